"""Settings for the testimony application: one file, every deployment value from the environment.

Development (DJANGO_DEBUG=true, as `make run` sets it) works with no configuration: secrets are
generated once into var/dev-secrets.json, which git ignores. Production (DEBUG off) refuses to
start until every secret is set in the environment.
"""

import base64
import json
import os
import secrets
from datetime import timedelta
from pathlib import Path

import dj_database_url
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
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
    if name in ("BUNDLE_SIGNING_KEY", "BACKUP_KEY"):
        return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()
    return secrets.token_urlsafe(50)


DEVELOPMENT_SECRETS = [
    "DJANGO_SECRET_KEY",
    "FIELD_ENCRYPTION_KEYS",
    "BLIND_INDEX_KEY",
    "BUNDLE_SIGNING_KEY",
    "BACKUP_KEY",
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
# AES-256 key of `manage.py backup` archives, url-safe base64 of 32 random bytes. Only the
# backup and restore jobs need it, so app servers start (and are better off) without it.
BACKUP_KEY = os.environ.get("BACKUP_KEY", "") or (
    _development_secrets()["BACKUP_KEY"] if DEBUG else ""
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
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_otp_webauthn",
    "axes",
    "testimony",
    "accounts",
]

# Background work (bundle builds) runs through Django's tasks framework, stored in the
# database: `manage.py db_worker` runs it, and `make run` starts one beside the server.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# /readyz fails when a task has waited this long for a worker and none started meanwhile;
# deployments without a worker (or with one checked elsewhere) turn the check off.
TESTIMONY_READYZ_WORKER = envbool("TESTIMONY_READYZ_WORKER", True)
TESTIMONY_WORKER_MAX_WAIT = envint("TESTIMONY_WORKER_MAX_WAIT", 5 * 60)
# Words (then lines) per side of a changed region that the versions page compares; the cost
# grows as its square, so past it the page says how much changed instead.
TESTIMONY_DIFF_MAX_TOKENS = envint("TESTIMONY_DIFF_MAX_TOKENS", 2000)
# Characters of machine-redacted text each process keeps in memory (never on disk), so a page
# shown again does not run the anonymizer again; 0 turns the cache off.
TESTIMONY_MASK_CACHE_CHARS = envint("TESTIMONY_MASK_CACHE_CHARS", 8_000_000)
BUNDLE_DIR = Path(os.environ.get("TESTIMONY_BUNDLE_DIR", VAR_DIR / "bundles"))
# A bundle build silent this long (no progress) is taken to have lost its worker: a second run
# of its task may take it over. Longer than any pause of a live build.
BUNDLE_STALE_AFTER = envint("TESTIMONY_BUNDLE_STALE_MINUTES", 15) * 60
if BUNDLE_STALE_AFTER < 60:
    raise ImproperlyConfigured("TESTIMONY_BUNDLE_STALE_MINUTES must be at least 1.")
# Unsaved work of the entry and edit forms (testimony/drafts.py) is kept this many days after
# it was last saved, then purged (on every save of a draft, and by `manage.py purge_drafts`).
TESTIMONY_DRAFT_DAYS = envint("TESTIMONY_DRAFT_DAYS", 14)
if TESTIMONY_DRAFT_DAYS < 1:
    raise ImproperlyConfigured("TESTIMONY_DRAFT_DAYS must be at least 1.")
# A TrueType font covering Hangul for bundle PDFs; empty means Debian's fonts-nanum.
TESTIMONY_PDF_FONT = os.environ.get("TESTIMONY_PDF_FONT", "")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After whitenoise: static files keep their long cache lifetime, pages get no-store.
    "config.middleware.SecurityHeadersMiddleware",
    # Outside every middleware that writes (the session, the audit of a view): after a request
    # that may have written, the corroboration pages' kept data is refreshed once the view's
    # transaction has committed, so the next pages need not.
    "testimony.middleware.RefreshKeptAfterWriteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before CSRF, whose check is the first to read a body: a form over the limits below comes
    # back with a sentence (config/too_large.py), not a bare 400.
    "config.too_large.FormTooLargeMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): whether this session passed the second factor.
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.SessionTimeoutMiddleware",
    "accounts.middleware.SecondFactorRequiredMiddleware",
    "accounts.language.PreferredLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes requires: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
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
                "django.template.context_processors.csp",
                "config.too_large.form_limits",
                "accounts.middleware.session_timing",
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

# Sign-in security (the accounts app). Argon2id first: new and changed passwords get it; older
# hashes still verify and are upgraded at the next login.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
# django-axes refuses a locked-out username+IP before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_FAILURE_LIMIT = envint("DJANGO_LOGIN_FAILURE_LIMIT", 5)
LOGIN_COOLOFF_MINUTES = envint("DJANGO_LOGIN_COOLOFF_MINUTES", 15)
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_COOLOFF_MINUTES)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.lockout.axes_lockout_response"
# Axes keeps a keyed hash of the typed username, never the name itself (a username typed into
# the wrong box is often a password), and no log of successful logins (the audit trail has them).
AXES_USERNAME_CALLABLE = "accounts.lockout.username_digest"
AXES_SENSITIVE_PARAMETERS = ["username", "password", "auth-username", "auth-password"]
AXES_DISABLE_ACCESS_LOG = True
# Each code-checking device throttles itself exponentially by default, which refuses a right
# code typed a second after a wrong one; the per-user lockout of the second-factor page
# (the same limit and cool-off as the login) replaces it.
OTP_TOTP_THROTTLE_FACTOR = 0
OTP_STATIC_THROTTLE_FACTOR = 0
# Django admin never shows an authenticator app's key or QR code: whoever saw it could make
# that user's codes.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
OTP_TOTP_ISSUER = os.environ.get("TESTIMONY_ORGANISATION", "Demo NGO") + " Testimonies"
# Passkeys (django-otp-webauthn) as a second factor only: never instead of the password.
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False
OTP_WEBAUTHN_EXCEPTION_LOGGER_NAME = "django_otp_webauthn"  # see LOGGING
OTP_WEBAUTHN_RP_ID = os.environ.get("DJANGO_WEBAUTHN_RP_ID", "") or (
    ALLOWED_HOSTS[0]
    if ALLOWED_HOSTS and ALLOWED_HOSTS[0] not in ("*", "127.0.0.1")
    else "localhost"
)
OTP_WEBAUTHN_RP_NAME = OTP_TOTP_ISSUER
OTP_WEBAUTHN_ALLOWED_ORIGINS = envlist("DJANGO_WEBAUTHN_ORIGINS") or (
    ["http://localhost:8000"] if DEBUG else [f"https://{OTP_WEBAUTHN_RP_ID}"]
)
# Session lifetime: signed out after this much inactivity, and this long after login whatever
# the activity (accounts.middleware.SessionTimeoutMiddleware).
SESSION_IDLE_TIMEOUT = envint("DJANGO_SESSION_IDLE_MINUTES", 30) * 60
SESSION_ABSOLUTE_TIMEOUT = envint("DJANGO_SESSION_ABSOLUTE_HOURS", 8) * 60 * 60
# Revealing identities and downloading bundles need the password again within this many seconds.
REAUTHENTICATION_MAX_AGE = 10 * 60

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

# Attachments (consent scans, documents, photos, recordings): encrypted by testimony/attachments.py
# before they reach the "attachments" storage, and served only through a permission-checked view.
# A directory outside the web root by default; an S3-compatible bucket when
# ATTACHMENTS_S3_BUCKET is set (credentials from the environment, never a public URL).
ATTACHMENT_MAX_BYTES = envint("ATTACHMENT_MAX_MB", 25) * 1024 * 1024
ATTACHMENTS_S3_BUCKET = os.environ.get("ATTACHMENTS_S3_BUCKET", "")
if ATTACHMENTS_S3_BUCKET:
    STORAGES["attachments"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": ATTACHMENTS_S3_BUCKET,
            "endpoint_url": os.environ.get("ATTACHMENTS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("ATTACHMENTS_S3_REGION") or None,
            "access_key": os.environ.get("ATTACHMENTS_S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("ATTACHMENTS_S3_SECRET_ACCESS_KEY") or None,
            "location": os.environ.get("ATTACHMENTS_S3_PREFIX", "attachments"),
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
else:
    STORAGES["attachments"] = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {
            "location": Path(os.environ.get("TESTIMONY_ATTACHMENT_DIR", VAR_DIR / "attachments")),
            "base_url": None,
            "file_permissions_mode": 0o600,
            "directory_permissions_mode": 0o700,
        },
    }
# Importing testimonies from sheets and transcripts (testimony/importing/): the largest file,
# the most columns and rows of a sheet. The import pages receive their files in memory only (never
# a temporary file), up to this limit for all the files of one request; past it they are cut off
# while they arrive (importing/uploads.py, memory_uploads).
IMPORT_MAX_BYTES = envint("TESTIMONY_IMPORT_MAX_MB", 20) * 1024 * 1024
IMPORT_MAX_COLUMNS = envint("TESTIMONY_IMPORT_MAX_COLUMNS", 200)
IMPORT_MAX_ROWS = envint("TESTIMONY_IMPORT_MAX_ROWS", 50_000)
# Sheets up to this size are previewed and imported within the request; larger ones as a task
# for `manage.py db_worker`, with a progress bar.
IMPORT_SYNC_MAX_BYTES = envint("TESTIMONY_IMPORT_SYNC_MAX_KB", 256) * 1024
# Files past the limit are cut off while they arrive, not after landing on disk; files up to
# 2.5 MB stay in memory.
FILE_UPLOAD_HANDLERS = [
    "testimony.attachments.UploadSizeLimitHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# A form's fields without its files: 20 MB holds a transcript of several hundred pages in
# two languages (DJANGO_DATA_UPLOAD_MAX_MB, the older name, is still read); 20,000 fields hold
# 1,000 persons of 13 fields each with room for indicators. Past either, the entry form comes
# back with a sentence (config/too_large.py); static/js/form_size.js warns before sending.
TESTIMONY_MAX_FORM_MB = envint("TESTIMONY_MAX_FORM_MB", envint("DJANGO_DATA_UPLOAD_MAX_MB", 20))
if TESTIMONY_MAX_FORM_MB < 1:
    raise ImproperlyConfigured("TESTIMONY_MAX_FORM_MB must be at least 1.")
DATA_UPLOAD_MAX_MEMORY_SIZE = TESTIMONY_MAX_FORM_MB * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = envint("TESTIMONY_MAX_FORM_FIELDS", 20_000)
DATA_UPLOAD_MAX_NUMBER_FILES = 10

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Cookies and transport: secure by default, relaxed only for the plain-HTTP development server.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
# No script of this application reads the CSRF cookie (forms carry the token), so a script
# injected despite the CSP cannot read it either.
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = not DEBUG
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = envint("DJANGO_SESSION_COOKIE_AGE", 8 * 60 * 60)
# Sessions are in the database by default, so any number of app servers share them with no
# other service. "cached_db" reads them from a cache shared by every server (Redis at
# DJANGO_REDIS_URL; needs the `redis` client package) and writes through to the database. A
# per-process cache would let a session signed out on one server live on in another.
SESSION_STORE = os.environ.get("DJANGO_SESSION_STORE", "db")
if SESSION_STORE not in ("db", "cached_db"):
    raise ImproperlyConfigured(
        f"DJANGO_SESSION_STORE must be db or cached_db, not {SESSION_STORE!r}."
    )
SESSION_ENGINE = f"django.contrib.sessions.backends.{SESSION_STORE}"
if os.environ.get("DJANGO_REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["DJANGO_REDIS_URL"],
        }
    }
elif SESSION_STORE == "cached_db":
    raise ImproperlyConfigured(
        "DJANGO_SESSION_STORE=cached_db needs a cache shared by every app server: set "
        "DJANGO_REDIS_URL (redis://host:6379/0)."
    )
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = envbool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = envint("DJANGO_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
# The header only consents to the browsers' preload list; the domain's owner still submits it.
SECURE_HSTS_PRELOAD = envbool("DJANGO_HSTS_PRELOAD", not DEBUG)
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Load balancers probe these over plain HTTP inside the network; they reveal nothing.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
if envbool("DJANGO_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # The lockout counts failures per username and client address: behind the proxy the
    # address is the one it puts in X-Real-IP (overwritten, never passed on from the client),
    # not its own - else every user would share one counter.
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_REAL_IP", "REMOTE_ADDR")

# Content Security Policy (Django's ContentSecurityPolicyMiddleware): this origin only, no
# inline script or style except elements carrying the request's nonce (Django admin's few),
# no plugins, no framing, no <base>. Bootstrap's icons are data: SVGs in its CSS. Violations
# are reported to config.csp_report, which logs them.
CSP_REPORT_ENDPOINT = "/csp-report/"
# Reports logged per client address and minute (counted in the cache); more are dropped.
CSP_REPORTS_PER_MINUTE = envint("DJANGO_CSP_REPORTS_PER_MINUTE", 100)
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
    "report-uri": CSP_REPORT_ENDPOINT,
    "report-to": "csp",
}
# Browser features no page of this application uses, refused to every frame and script.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
)

# Logs carry no request bodies or form data. Django's own loggers lose their default
# handlers, the error e-mail among them (it would send POST data to whoever is in ADMINS),
# and write through the root console handler like everything else.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"client_error": {"()": "config.log_filters.ClientErrorWithoutTraceback"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
    "loggers": {
        "django": {"handlers": [], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
        # A passkey ceremony the browser got wrong (wrong origin, bad signature) is answered
        # 422 and audited; the library's traceback of it becomes one warning line.
        OTP_WEBAUTHN_EXCEPTION_LOGGER_NAME: {
            "handlers": ["console"],
            "filters": ["client_error"],
            "propagate": False,
        },
    },
}

TESTIMONY_ORGANISATION = os.environ.get("TESTIMONY_ORGANISATION", "Demo NGO")
TESTIMONY_CASE_CODE_PREFIX = os.environ.get("TESTIMONY_CASE_CODE_PREFIX", "TST")
