"""Settings for the test suite: the site's own settings (jobboard/settings.py) with what
only tests want. pyproject.toml points pytest at this module; the site never reads it.

Values the tests depend on are pinned here, so that an environment set up for running the
site (REDIS_URL, CACHE_SECONDS, AXES_FAILURE_LIMIT, PROXY_COUNT...) cannot change what the
tests see. DATABASE_URL still chooses the database: the suite runs on SQLite and on
PostgreSQL alike.
"""

from jobboard.settings import *  # noqa: F403

# Django's default hasher (PBKDF2 at over a million iterations) spends a good part of a
# second on every password it sets or checks: each staff user a test creates, each login.
# MD5 keeps the same code paths at no cost; it is never used outside tests.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Memory local to the test process, whatever REDIS_URL says: test transactions never
# commit, so a shared cache would keep pages built from other tests' data. Page caching is
# off unless a test turns it on (tests/test_cache.py does). Import progress stays in memory
# too, rather than in files under .cache/ that every run and every worktree would share.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "progress": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "progress",
    },
}
CACHE_SECONDS = 0

# Background tasks run in the request that queues them: no test waits on a worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Mail never leaves the process; tests read django.core.mail.outbox.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# The login throttle (django-axes) stays on, at the production limit, since
# tests/security/test_admin_access.py checks it. Its failed attempts are rows in the test
# database, rolled back or flushed after every test, so no test starts with a lockout.
# Tests that are not about logging in use force_login, which the throttle never sees.
AXES_ENABLED = True
AXES_FAILURE_LIMIT = 5
AXES_IPWARE_PROXY_COUNT = 0

# Plain http on the test server: no redirect to https, cookies not limited to https
# (tests/security/test_headers.py turns these on to check them), and static files served
# from the app folders without a collectstatic run.
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

JOB_POSTING_DEFAULT_DAYS = 30

# Links in e-mails are absolute on the public https address, as in production; tests open
# them through the test client by their path.
SITE_URL = "https://jobs.example.com"
ALERT_REQUESTS_PER_ADDRESS_DAY = 3
ALERT_REQUESTS_PER_CLIENT_HOUR = 10
ALERTS_PER_ADDRESS = 20
