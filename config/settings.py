"""Settings for the testimony application: one file, every deployment value from the environment.

Development (DJANGO_DEBUG=true, as `make run` sets it) works with no configuration: secrets are
generated once into var/dev-secrets.json, which git ignores. Production (DEBUG off) refuses to
start until every secret is set in the environment.
"""

import base64
import json
import os
import secrets
from pathlib import Path

import dj_database_url
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("DJANGO_VAR_DIR", BASE_DIR / "var"))


def envbool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def envint(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def envlist(name: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


def _generate_secret(name: str) -> str:
    if name == "FIELD_ENCRYPTION_KEYS":
        return Fernet.generate_key().decode()
    if name == "BUNDLE_SIGNING_KEY":
        return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()
    return secrets.token_urlsafe(50)


DEVELOPMENT_SECRETS = [
    "DJANGO_SECRET_KEY",
    "FIELD_ENCRYPTION_KEYS",
    "BLIND_INDEX_KEY",
    "BUNDLE_SIGNING_KEY",
]


def _development_secrets() -> dict[str, str]:
    """Create once, then read, the secrets of a development machine whose environment has none.

    A secret added to the project later is generated into the existing file; existing ones are
    never replaced (the encrypted development data depends on them).
    """
    path = VAR_DIR / "dev-secrets.json"
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    try:
        # Created owner-only from the first byte; of two processes starting at once, one
        # writes and the other reads what it wrote.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        known = json.loads(path.read_text())
        missing = [name for name in DEVELOPMENT_SECRETS if name not in known]
        if missing:
            known.update({name: _generate_secret(name) for name in missing})
            path.write_text(json.dumps(known, indent=2))
        return known
    generated = {name: _generate_secret(name) for name in DEVELOPMENT_SECRETS}
    with os.fdopen(descriptor, "w") as file:
        file.write(json.dumps(generated, indent=2))
    return generated


def _secret(name: str, what: str) -> str:
    value = os.environ.get(name, "")
    if value:
        return value
    if DEBUG:
        return _development_secrets()[name]
    raise ImproperlyConfigured(
        f"{name} is not set. Set it in the environment to {what} "
        "(DJANGO_DEBUG is off, so no development value is generated)."
    )


DEBUG = envbool("DJANGO_DEBUG", False)

SECRET_KEY = _secret("DJANGO_SECRET_KEY", "a long random string")
# Fernet keys, comma-separated: the first encrypts, all of them decrypt (so keys can rotate).
FIELD_ENCRYPTION_KEYS = _secret(
    "FIELD_ENCRYPTION_KEYS",
    "one or more Fernet keys, comma-separated, newest first "
    '(make one with: python -c "from cryptography.fernet import Fernet; '
    'print(Fernet.generate_key().decode())")',
).split(",")
# Key of the HMAC that turns normalized names into blind-index digests. Changing it
# means rebuilding the index (manage.py rebuild_name_index).
BLIND_INDEX_KEY = _secret(
    "BLIND_INDEX_KEY", "a long random string, distinct from DJANGO_SECRET_KEY"
)
# Ed25519 seed that signs bundle manifests: url-safe base64 of 32 random bytes (make one with:
# python -c "import base64, os; print(base64.urlsafe_b64encode(os.urandom(32)).decode())").
BUNDLE_SIGNING_KEY = _secret(
    "BUNDLE_SIGNING_KEY", "url-safe base64 of 32 random bytes (the Ed25519 seed of bundles)"
)

ALLOWED_HOSTS = envlist("DJANGO_ALLOWED_HOSTS") or (["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = envlist("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_htmx",
    "bootstrap",
    "django_tasks_db",
    "testimony",
    "accounts",
]

# Background work (bundle builds) runs through Django's tasks framework, stored in the
# database: `manage.py db_worker` runs it, and `make run` starts one beside the server.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
BUNDLE_DIR = Path(os.environ.get("TESTIMONY_BUNDLE_DIR", VAR_DIR / "bundles"))
# A TrueType font covering Hangul for bundle PDFs; empty means Debian's fonts-nanum.
TESTIMONY_PDF_FONT = os.environ.get("TESTIMONY_PDF_FONT", "")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# SQLite in var/ is the embedded default; DATABASE_URL (postgres://...) selects PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=envint("DATABASE_CONN_MAX_AGE", 0),
    )
}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Every request writes (the audit trail records views too). IMMEDIATE takes the write lock
    # at BEGIN, so concurrent requests queue for up to `timeout` seconds instead of failing
    # with "database is locked" when two read-then-write transactions collide; WAL lets
    # readers go on meanwhile.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "testimony:dashboard"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("ko", _("Korean"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Without collected files (development, tests) whitenoise serves straight from the finders.
WHITENOISE_USE_FINDERS = not envbool("DJANGO_STATIC_MANIFEST", not DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if envbool("DJANGO_STATIC_MANIFEST", not DEBUG)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Cookies and transport: secure by default, relaxed only for the plain-HTTP development server.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_AGE = envint("DJANGO_SESSION_COOKIE_AGE", 8 * 60 * 60)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = envbool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = envint("DJANGO_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
if envbool("DJANGO_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Logs carry no request bodies or form data: Django's default handlers are kept, but
# error e-mails (which would include POST data) are not configured.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}

TESTIMONY_ORGANISATION = os.environ.get("TESTIMONY_ORGANISATION", "Demo NGO")
TESTIMONY_CASE_CODE_PREFIX = os.environ.get("TESTIMONY_CASE_CODE_PREFIX", "TST")
