"""gunicorn settings for the testimony application (`gunicorn -c deploy/gunicorn.conf.py`).

Every value can be overridden from the environment, so the same file serves systemd, the
container image and the load benchmark (bench/load.py).
"""

import multiprocessing
import os

# Behind nginx on the same host (or the container network): plain HTTP on an internal address.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
wsgi_app = "config.wsgi:application"

# Sync workers: each request holds a worker, and Django's per-request transaction and database
# connection stay simple. Two per core plus one is gunicorn's usual starting point; pages are
# CPU-bound (template rendering), so more workers than that only queue on the cores.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
# Load Django once, then fork: less memory per worker and faster restarts. No database
# connection is opened at import time, so none is shared between workers.
preload_app = True
# A bundle download streams a large file; anything slower than this is a stuck worker.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 120))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so that a slow leak never grows without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 2000))
max_requests_jitter = 200
# Heartbeat files in memory: container file systems can stall on disk writes. gunicorn makes
# them with mkstemp, owner-only, so the shared folder is safe.
worker_tmp_dir = os.environ.get("GUNICORN_WORKER_TMP_DIR", "/dev/shm")  # noqa: S108

# nginx sets X-Forwarded-For/-Proto; trust them only from the proxy's address.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")

# Access log without query strings: a search for a witness's name must never land in a log.
# %(U)s is the path alone.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
