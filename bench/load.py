"""Load benchmark of a production-like deployment: gunicorn on PostgreSQL, driven over loopback.

Usage (from the repository root; PostgreSQL reachable, the database may be empty):

    createdb -h 127.0.0.1 -U postgres bench_load
    .venv/bin/python bench/load.py --database-url postgres://postgres@127.0.0.1:5432/bench_load

It migrates the database and tops it up to COUNT synthetic testimonies (`seed_synthetic`), makes
a reviewer and an admin with verified sessions (password and second factor), collects static
files, and starts gunicorn (deploy/gunicorn.conf.py, DEBUG off, whitenoise, bench-only keys) on
127.0.0.1. This process then drives it over loopback, page by page:

1. open loop: RATE requests per second for OPEN seconds, sent on schedule whatever the server
   does; latency is measured from the scheduled time, so a slow server is not hidden by the
   client waiting for it (no "coordinated omission");
2. saturation: CLIENTS clients in a closed loop with no think time for SATURATION seconds.

It prints p50/p95/p99 and throughput per page and the ratios of issue 8: list median over the
admin changelist's median (target at most 0.5) and list throughput over the trivial view's
(target at least 1/3). The trivial view is /healthz: no session, no database. Not run by CI.
"""

import argparse
import http.client
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HOST = "127.0.0.1"
GRACE = 10.0  # seconds after an open-loop window during which late requests are still sent
# Fixed keys for a throw-away benchmark database; never used anywhere else. Keys already in
# the environment win, so a database seeded earlier under other keys can be reused.
BENCH_KEYS = {
    "DJANGO_SECRET_KEY": "bench-only-secret-key-not-for-any-deployment-0123456789",
    "FIELD_ENCRYPTION_KEYS": "YmVuY2gtb25seS1maWVsZC1rZXktbm90LWZvci11c2U=",
    "BLIND_INDEX_KEY": "bench-only-blind-index-key",
    "BUNDLE_SIGNING_KEY": "YmVuY2gtb25seS1idW5kbGUtc2lnbmluZy1rZXktMzI=",
}
BENCH_ENVIRONMENT = {
    "DJANGO_DEBUG": "false",
    "DJANGO_ALLOWED_HOSTS": HOST,
    "DJANGO_SECURE_SSL_REDIRECT": "false",
    "DJANGO_HSTS_SECONDS": "0",
    "DJANGO_STATIC_MANIFEST": "true",
    "DATABASE_CONN_MAX_AGE": "60",
    "TESTIMONY_READYZ_WORKER": "false",
    "GUNICORN_ACCESS_LOG": "",
    "GUNICORN_LOG_LEVEL": "warning",
}


def configure(database_url: str, workdir: str) -> None:
    for name, value in BENCH_KEYS.items():
        os.environ.setdefault(name, value)
    os.environ.update(BENCH_ENVIRONMENT)
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_VAR_DIR"] = workdir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()


def prepare_database(count: int) -> None:
    from django.core.management import call_command
    from django.db import connection

    from testimony.management.commands.seed_synthetic import seed_synthetic
    from testimony.models import Testimony

    call_command("migrate", verbosity=0)
    missing = count - Testimony.objects.filter(case_code__startswith="SYN-").count()
    if missing > 0:
        started = time.perf_counter()
        seed_synthetic(missing, progress=lambda done: print(f"  seeded {done:,}", end="\r"))
        print(f"\nSeeded {missing:,} testimonies in {time.perf_counter() - started:.0f} s")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    call_command("collectstatic", interactive=False, verbosity=0)


def verified_session_cookie(username: str, *, superuser: bool = False) -> str:
    """A signed-in session of a user who passed the password and the second factor.

    The one place that knows how a session becomes verified: django-otp's session key holding
    a confirmed TOTP device, as after `otp_login`. If sign-in changes, only this changes.
    """
    from importlib import import_module

    from django.apps import apps
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.models import Group, User

    user = User.objects.filter(username=username).first()
    if user is None:
        user = User.objects.create_user(
            username, password="bench-password-2026", is_staff=superuser, is_superuser=superuser
        )
        user.groups.add(Group.objects.get(name="admin" if superuser else "reviewer"))
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    now = time.time()
    store["accounts_login_at"] = now
    store["accounts_last_activity"] = now
    if apps.is_installed("django_otp"):
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice

        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
        store[DEVICE_ID_SESSION_KEY] = device.persistent_id
    store.create()
    return f"{settings.SESSION_COOKIE_NAME}={store.session_key}"


def pages_to_measure() -> dict[str, tuple[str, str]]:
    """Name -> (path, whose session: 'reviewer', 'admin' or '' for none)."""
    from testimony.models import Status, Testimony

    approved = Testimony.objects.filter(status=Status.APPROVED).order_by("created_at")
    middle = approved.values_list("uuid", flat=True)[approved.count() // 2]
    return {
        "dashboard": ("/", "reviewer"),
        "list page 1": ("/testimonies/", "reviewer"),
        "list filtered": (
            "/testimonies/?status=approved&country=kuwait&sector=construction",
            "reviewer",
        ),
        "search English": ("/testimonies/?q=passports", "reviewer"),
        "search Hangul": ("/testimonies/?" + urllib.parse.urlencode({"q": "여권"}), "reviewer"),
        "detail": (f"/testimonies/{middle}/", "reviewer"),
        "admin changelist": ("/admin/testimony/testimony/", "admin"),
        "trivial (/healthz)": ("/healthz", ""),
    }


def start_server(port: int, workers: int, workdir: str) -> subprocess.Popen:
    environment = dict(os.environ)
    environment.update(
        GUNICORN_BIND=f"{HOST}:{port}",
        GUNICORN_WORKERS=str(workers),
        GUNICORN_WORKER_TMP_DIR=workdir,
    )
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "-c", str(ROOT / "deploy/gunicorn.conf.py")],
        cwd=ROOT,
        env=environment,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if request(port, "/healthz", "")[0] == 200:
                return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise SystemExit("gunicorn did not answer /healthz within 60 s")


def request(port: int, path: str, cookie: str) -> tuple[int, int]:
    """GET a page on a new connection (gunicorn's sync workers close each one); status, size."""
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    try:
        headers = {"Cookie": cookie} if cookie else {}
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        body = response.read()
        return response.status, len(body)
    finally:
        connection.close()


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    # Open loop: requests never sent because the server was too far behind (see open_loop).
    dropped: int = 0
    elapsed: float = 0.0

    def percentile(self, p: float) -> float:
        """In ms; a dropped request counts as slower than any answered one."""
        ordered = sorted(self.latencies) + [float("inf")] * self.dropped
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.elapsed if self.elapsed else 0.0

    def send(self, lock: threading.Lock, port: int, path: str, cookie: str, since: float) -> None:
        """One request; its latency counted from `since`, or an error if it was not a 200."""
        try:
            status, _size = request(port, path, cookie)
        except OSError:
            status = 0
        with lock:
            if status == 200:
                self.latencies.append(time.perf_counter() - since)
            else:
                self.errors += 1


def _in_threads(target: Callable[[], None], count: int) -> None:
    threads = [threading.Thread(target=target) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def open_loop(port: int, path: str, cookie: str, rate: float, seconds: float) -> Result:
    """Send `rate` requests per second on schedule; latency counts from the scheduled time.

    The phase is bounded: a request still unsent GRACE seconds after the window closes is
    dropped and counted as slower than any answered one, so an overloaded page shows as such
    (p95 "inf") instead of stretching the run for minutes.
    """
    result = Result()
    lock = threading.Lock()
    schedule: queue.Queue[float | None] = queue.Queue()
    start = time.perf_counter() + 0.2
    deadline = start + seconds + GRACE
    total = int(rate * seconds)
    for number in range(total):
        schedule.put(start + number / rate)
    senders = 32
    for _ in range(senders):
        schedule.put(None)

    def send() -> None:
        while (due := schedule.get()) is not None:
            if time.perf_counter() > deadline:
                with lock:
                    result.dropped += 1
                continue
            delay = due - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            result.send(lock, port, path, cookie, since=due)

    _in_threads(send, senders)
    result.elapsed = time.perf_counter() - start
    return result


def saturation(port: int, path: str, cookie: str, clients: int, seconds: float) -> Result:
    """`clients` clients each sending the next request as soon as the last one is answered."""
    result = Result()
    lock = threading.Lock()
    start = time.perf_counter()
    stop = start + seconds

    def client() -> None:
        while time.perf_counter() < stop:
            result.send(lock, port, path, cookie, since=time.perf_counter())

    _in_threads(client, clients)
    result.elapsed = time.perf_counter() - start
    return result


def row(name: str, result: Result) -> str:
    return (
        f"{name:<20} {result.percentile(50):>8.1f} {result.percentile(95):>8.1f} "
        f"{result.percentile(99):>8.1f} {result.throughput:>8.1f} {result.errors:>6} "
        f"{result.dropped:>7}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True, help="postgres://... (a scratch database)")
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=5, help="gunicorn workers (2 x cores + 1)")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--rate", type=float, default=10.0, help="open loop, requests/s per page")
    parser.add_argument("--open-seconds", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--saturation-seconds", type=float, default=20.0)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--pages",
        help="comma-separated page names to measure (default: all; the ratios need "
        "'list page 1', 'admin changelist' and 'trivial (/healthz)')",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-load-") as workdir:
        configure(args.database_url, workdir)
        prepare_database(args.count)
        cookies = {
            "reviewer": verified_session_cookie("bench-reviewer"),
            "admin": verified_session_cookie("bench-admin", superuser=True),
            "": "",
        }
        pages = pages_to_measure()
        if args.pages:
            wanted = [name.strip() for name in args.pages.split(",")]
            unknown = [name for name in wanted if name not in pages]
            if unknown:
                raise SystemExit(f"Unknown pages {unknown}; known: {list(pages)}")
            pages = {name: pages[name] for name in wanted}
        from django.db import connections

        connections.close_all()
        server = start_server(args.port, args.workers, workdir)
        try:
            for name, (path, who) in pages.items():
                status, _size = request(args.port, path, cookies[who])
                if status != 200:
                    raise SystemExit(f"{name} ({path}) answered {status}, not 200: check sign-in")
                for _ in range(3):  # warm each worker's caches and connections
                    request(args.port, path, cookies[who])
            header = (
                f"{'page':<20} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'req/s':>8} "
                f"{'errors':>6} {'dropped':>7}"
            )
            print(f"\nOpen loop: {args.rate:g} requests/s per page, {args.open_seconds:g} s each")
            print(header)
            opened = {}
            for name, (path, who) in pages.items():
                opened[name] = open_loop(
                    args.port, path, cookies[who], args.rate, args.open_seconds
                )
                print(row(name, opened[name]), flush=True)
            print(
                f"\nSaturation: {args.clients} clients, no think time, "
                f"{args.saturation_seconds:g} s each"
            )
            print(header)
            saturated = {}
            for name, (path, who) in pages.items():
                saturated[name] = saturation(
                    args.port, path, cookies[who], args.clients, args.saturation_seconds
                )
                print(row(name, saturated[name]), flush=True)
        finally:
            server.terminate()
            server.wait(timeout=30)

    slowest_p95 = max(result.percentile(95) for result in opened.values())
    print(f"\nSlowest open-loop p95: {slowest_p95:.0f} ms (target: every page under 150 ms)")
    figures: dict = {
        phase: {
            name: {
                "p50_ms": result.percentile(50),
                "p95_ms": result.percentile(95),
                "p99_ms": result.percentile(99),
                "throughput": result.throughput,
                "errors": result.errors,
                "dropped": result.dropped,
            }
            for name, result in results.items()
        }
        for phase, results in (("open_loop", opened), ("saturation", saturated))
    }
    if {"list page 1", "admin changelist", "trivial (/healthz)"} <= set(saturated):
        list_vs_admin = saturated["list page 1"].percentile(50) / saturated[
            "admin changelist"
        ].percentile(50)
        list_vs_trivial = (
            saturated["list page 1"].throughput / saturated["trivial (/healthz)"].throughput
        )
        print("Ratios at saturation (issue 8):")
        print(f"  list median / admin changelist median = {list_vs_admin:.2f} (target <= 0.50)")
        print(f"  list throughput / trivial throughput = {list_vs_trivial:.2f} (target >= 0.33)")
        figures["ratios"] = {"list_vs_admin": list_vs_admin, "list_vs_trivial": list_vs_trivial}
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
