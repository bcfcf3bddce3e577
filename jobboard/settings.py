"""Settings for the job board, read from the environment.

Every value has a default that runs the site on SQLite with a local-memory cache, so a
fresh clone needs nothing but Python. Production sets DEBUG off, a SECRET_KEY, the hosts,
and points DATABASE_URL at PostgreSQL and REDIS_URL at Redis.
"""

import os
import sys
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def env_float(name, default):
    value = os.environ.get(name, "").strip()
    return float(value) if value else default


DEBUG = env_bool("DEBUG")
# The test runner forces DEBUG off; it must still start without a production secret.
TESTING = "pytest" in sys.modules

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not (DEBUG or TESTING):
        raise ImproperlyConfigured("Set SECRET_KEY in the environment (or DEBUG=true locally).")
    SECRET_KEY = "django-insecure-local-development-key-never-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django_filters",
    "django_countries",
    "corsheaders",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "roles",
    "postings",
    "alerts",
    "allauth",
    "allauth.account",
    "employers",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "jobboard.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Every answer under /api/ is JSON, and HEAD and OPTIONS work there.
    "jobboard.middleware.JsonApiMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
    # Wraps the view alone: a read whose database connection was lost is answered again.
    "jobboard.middleware.RetryLostConnectionMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # Counts failed logins and refuses further attempts once the limit is reached.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    # Employers sign in with their e-mail address (django-allauth, at /accounts/); the
    # throttle above counts their failed attempts as it does staff's.
    "allauth.account.auth_backends.AuthenticationBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1  # hour
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_IPWARE_PROXY_COUNT = env_int("PROXY_COUNT", 0)
# A locked-out login gets the site's page saying how long the lock lasts.
AXES_LOCKOUT_CALLABLE = "jobboard.views.locked_out"
# Only staff sign in, through admin: where a login goes without a safe "next" address,
# and where a page that needs a login sends visitors.
LOGIN_REDIRECT_URL = "admin:index"
LOGIN_URL = "admin:login"

# Employer accounts (django-allauth): e-mail and password, the address verified before the
# first sign-in, password reset by e-mail. Its own rate limits apply on top of the throttle.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Career Compass] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http" if DEBUG else "https"
ACCOUNT_ADAPTER = "employers.adapter.AccountAdapter"
ACCOUNT_LOGOUT_REDIRECT_URL = "home"
# Failed sign-ins are counted by django-axes, as for admin (AXES_FAILURE_LIMIT per address
# and client, then a lockout page for AXES_COOLOFF_TIME); allauth keeps its per-client cap.
ACCOUNT_RATE_LIMITS = {"login_failed": "20/m/ip"}
ACCOUNT_SIGNUP_REDIRECT_URL = "employers:dashboard"
ACCOUNT_EMAIL_CONFIRMATION_AUTHENTICATED_REDIRECT_URL = "employers:dashboard"

ROOT_URLCONF = "jobboard.urls"
WSGI_APPLICATION = "jobboard.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: SQLite in the project folder unless DATABASE_URL says otherwise.
# PostgreSQL goes through psycopg 3, either with persistent connections checked before
# reuse (the default) or with psycopg's connection pool when DATABASE_POOL is set.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool("DATABASE_POOL"):
    # A pool replaces persistent connections; Django refuses both at once.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": env_int("DATABASE_POOL_MIN", 2),
        "max_size": env_int("DATABASE_POOL_MAX", 4),
        "timeout": 10,
    }

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The task worker and the web server share the file: write-ahead logging lets them
    # read while the other writes, and IMMEDIATE transactions wait for the write lock
    # up front instead of failing halfway.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The postings' covering index carries extra columns on PostgreSQL; SQLite builds it
# without them, which is fine for the quickstart.
SILENCED_SYSTEM_CHECKS = ["models.W040"]

# Cache: Redis when REDIS_URL is set, otherwise memory local to each process.
REDIS_URL = os.environ.get("REDIS_URL", "")


def redis_caches(url):
    """Return the caches kept in the Redis at ``url``: pages and figures ("default"), and
    the progress of background tasks ("progress"), each under a key prefix of its own.

    Both only make the site faster, so a Redis that is down or hung must cost speed and
    nothing else: short socket timeouts (the client library waits 5 s by default), and a
    backend that answers as an empty cache on any Redis error, then leaves Redis alone for
    CACHE_RETRY_SECONDS before trying again (see jobboard/redis_cache.py).
    """
    default = {
        "BACKEND": "jobboard.redis_cache.ResilientRedisCache",
        "LOCATION": url,
        "KEY_PREFIX": "jobboard",
        "OPTIONS": {
            "socket_timeout": env_float("REDIS_SOCKET_TIMEOUT", 0.5),
            "socket_connect_timeout": env_float("REDIS_CONNECT_TIMEOUT", 0.25),
        },
        "RETRY_SECONDS": env_float("CACHE_RETRY_SECONDS", 5.0),
    }
    return {"default": default, "progress": {**default, "KEY_PREFIX": "jobboard-progress"}}


if REDIS_URL:
    CACHES = redis_caches(REDIS_URL)
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        # Progress of background tasks, written by a worker and read by the admin pages:
        # without Redis it is shared through files, which the processes of one machine
        # (`make run`'s server and worker) all see.
        "progress": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("PROGRESS_CACHE_DIR", str(BASE_DIR / ".cache" / "progress")),
        },
    }

# Background work (imports, e-mails) through Django's task API. The database backend needs
# nothing but the database: `manage.py db_worker` processes, on any number of machines,
# take the tasks from it. TASKS_BACKEND may name another backend's class instead.
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "rq": "django_tasks_rq.RQBackend",
}
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "database")
TASKS = {"default": {"BACKEND": TASK_BACKENDS.get(TASKS_BACKEND, TASKS_BACKEND)}}
if TASKS_BACKEND == "rq":
    # RQ keeps its queues in Redis (REDIS_URL); its workers run `manage.py rqworker`.
    INSTALLED_APPS.append("django_rq")
    RQ_QUEUES = {"default": {"URL": REDIS_URL}}
# /healthz reports "degraded" once a task has waited this many seconds for a worker.
HEALTH_TASKS_MAX_WAIT = env_int("HEALTH_TASKS_MAX_WAIT", 600)
# How long public pages and figures are cached; every edit makes them fresh at once (see
# jobboard/cache.py). Off without Redis: processes could not tell each other about edits.
CACHE_SECONDS = env_int("CACHE_SECONDS", 300 if REDIS_URL else 0)
# Larger pages are served but never cached (a sitemap section of 10,000 jobs is about
# 1.3 MB; an ordinary page 20-60 KB).
PAGE_CACHE_MAX_BYTES = env_int("PAGE_CACHE_MAX_BYTES", 2 * 1024 * 1024)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
# Uploaded files (posting imports): never served to the public.
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "media/"
# The largest posting file admin accepts; the command line has no limit.
IMPORT_MAX_BYTES = env_int("IMPORT_MAX_BYTES", 200 * 1024 * 1024)
# Where collectstatic gathers the hashed files that whitenoise serves.
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Hashed, compressed files in production; plain files while developing and testing,
        # so neither needs a collectstatic run first.
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        ),
    },
}

# Production hardening; each one can be relaxed through the environment when the site
# runs behind something that already does it.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG and not TESTING)
# Except the health checks, which a load balancer asks each instance for over plain http.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^ping$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG and not TESTING)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Scripts only from this site, never inline (JSON-LD data blocks are not scripts); inline
# style attributes stay allowed for the admin's widgets. Nothing is loaded from elsewhere.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}

# CORS: the read-only API at /api/ is public data meant for other sites' scripts, so any
# origin may GET it; the HTML pages, forms and admin send no CORS headers at all.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "OPTIONS", "HEAD")
# A failed CSRF check answers JSON under /api/, Django's page elsewhere.
CSRF_FAILURE_VIEW = "jobboard.views.csrf_failure"

# E-mail (job alerts) through Django's mail API. With no EMAIL_HOST, e-mails are printed
# to the console of the process that sends them (`make run`'s task worker), links and all.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Career Compass <jobs@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The site's public address, for links in e-mails (written by task workers, which have no
# request to take it from). Production defaults to https on the first allowed host.
SITE_URL = os.environ.get(
    "SITE_URL",
    "http://127.0.0.1:8000" if DEBUG or TESTING else f"https://{ALLOWED_HOSTS[0]}",
)
# Job alerts: confirmation e-mails an address can be sent a day, subscriptions one client
# (IP address) can ask for an hour, searches one address can follow.
ALERT_REQUESTS_PER_ADDRESS_DAY = env_int("ALERT_REQUESTS_PER_ADDRESS_DAY", 3)
ALERT_REQUESTS_PER_CLIENT_HOUR = env_int("ALERT_REQUESTS_PER_CLIENT_HOUR", 10)
ALERTS_PER_ADDRESS = env_int("ALERTS_PER_ADDRESS", 20)

# Site-wide numbers editors may want to tune.
ARTICLE_WORDS_PER_MINUTE = 230
JOB_POSTING_DEFAULT_DAYS = env_int("JOB_POSTING_DEFAULT_DAYS", 30)
SITE_NAME = "Career Compass"
