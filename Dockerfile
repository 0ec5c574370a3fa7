# The testimony application as a container image: gunicorn serving Django, static files by
# whitenoise. Build: docker build -t testimony .   (not built by CI; see docs/DEPLOY.md)
# Run the same image as a task worker with: docker run ... testimony python manage.py db_worker
FROM python:3.12-slim

# GUNICORN_FORWARDED_ALLOW_IPS=*: the container's port is reached only through the reverse
# proxy (never publish it to the internet), whose address a container cannot know in advance.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_VAR_DIR=/srv/testimony/var \
    GUNICORN_BIND=0.0.0.0:8000 \
    GUNICORN_FORWARDED_ALLOW_IPS=*

# The fonts bundle PDFs embed: Hangul (fonts-nanum), Latin, Greek and Cyrillic
# (fonts-dejavu-core), Chinese (fonts-wqy-zenhei), symbols and emoji (fonts-symbola).
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
       fonts-nanum fonts-dejavu-core fonts-wqy-zenhei fonts-symbola \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system testimony \
    && useradd --system --gid testimony --home-dir /srv/testimony --shell /usr/sbin/nologin testimony

WORKDIR /srv/testimony
COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .
# collectstatic needs settings but no real secrets and no database: throw-away values, used
# for this step only and never stored in the image's environment.
RUN DJANGO_SECRET_KEY=collectstatic-only \
    FIELD_ENCRYPTION_KEYS=Y29sbGVjdHN0YXRpYy1vbmx5LWtleS0zMi1ieXRlcyE= \
    BLIND_INDEX_KEY=collectstatic-only \
    BUNDLE_SIGNING_KEY=Y29sbGVjdHN0YXRpYy1vbmx5LWtleS0zMi1ieXRlcyE= \
    DJANGO_VAR_DIR=/tmp/collectstatic \
    python manage.py collectstatic --no-input \
    && mkdir -p /srv/testimony/var \
    && mv /tmp/collectstatic/staticfiles /srv/testimony/var/staticfiles \
    && rm -rf /tmp/collectstatic \
    && chown -R testimony:testimony /srv/testimony/var

USER testimony
EXPOSE 8000
# Bundles and on-disk attachments live here; mount a volume (or use object storage).
VOLUME ["/srv/testimony/var/bundles", "/srv/testimony/var/attachments"]
CMD ["gunicorn", "-c", "deploy/gunicorn.conf.py"]
