import logging
import time

from axes.helpers import get_cool_off
from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connection
from django.db.models import Count, Min
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.module_loading import import_string
from django.utils.timesince import timesince
from django.views import csrf
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from . import redis_cache
from .meta import page_meta
from .middleware import is_api_path

logger = logging.getLogger(__name__)


def ping(request):
    """Return 200 without touching the database: a liveness check, and the baseline the
    benchmark compares pages with."""
    return HttpResponse("pong\n", content_type="text/plain")


def healthz(request):
    """Report each dependency as JSON, with an overall status.

    200 while the database answers: "ok", or "degraded" when the cache is out of reach
    (pages are then served uncached, only slower) or tasks wait too long for a worker, so a
    load balancer keeps the instance. 503 "down" when the database cannot be reached.
    """
    database = check_database()
    checks = {
        "database": database,
        "cache": check_cache(),
        "tasks": check_tasks() if database["status"] == "ok" else {"status": "unknown"},
    }
    if database["status"] != "ok":
        status = "down"
    elif all(check["status"] == "ok" for check in checks.values()):
        status = "ok"
    else:
        status = "degraded"
    response = JsonResponse(
        {"status": status, "checks": checks}, status=503 if status == "down" else 200
    )
    add_never_cache_headers(response)
    return response


def check_database():
    started = time.perf_counter()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        logger.exception("Health check failed: database unreachable")
        return {"status": "down", "error": str(error)}
    return {"status": "ok", "ms": elapsed_ms(started)}


def check_cache():
    """Ask Redis for a PING (the local caches need no check), and show this process's
    count of cache calls that failed or were skipped while Redis was out of reach."""
    cache = caches["default"]
    if not isinstance(cache, redis_cache.ResilientRedisCache):
        return {"status": "ok", "backend": "local"}
    started = time.perf_counter()
    answered = cache.ping()
    stats = redis_cache.stats()
    return {
        "status": "ok" if answered else "down",
        "backend": "redis",
        "ms": elapsed_ms(started),
        "errors": stats["errors"],
        "skipped": stats["skipped"],
        "last_error": stats["last_error"],
    }


def check_tasks():
    """Count the tasks waiting for a worker (django-tasks-db) and tell how long the oldest
    has waited; "backlog" once that is more than HEALTH_TASKS_MAX_WAIT seconds."""
    backend = settings.TASKS["default"]["BACKEND"]
    if not issubclass(import_string(backend), DatabaseBackend):
        return {"status": "ok", "backend": backend.rsplit(".", 1)[-1]}
    try:
        waiting = DBTaskResult.objects.ready().aggregate(
            pending=Count("pk"), oldest=Min("enqueued_at")
        )
    except DatabaseError as error:
        return {"status": "unknown", "backend": "database", "error": str(error)}
    age = None
    if waiting["oldest"] is not None:
        age = round((timezone.now() - waiting["oldest"]).total_seconds(), 1)
    late = age is not None and age > settings.HEALTH_TASKS_MAX_WAIT
    return {
        "status": "backlog" if late else "ok",
        "backend": "database",
        "pending": waiting["pending"],
        "oldest_pending_seconds": age,
    }


def elapsed_ms(started):
    return round((time.perf_counter() - started) * 1000, 1)


def csrf_failure(request, reason=""):
    """Refuse a request that failed the CSRF check: in JSON under /api/, with Django's own
    page elsewhere."""
    if is_api_path(request.path_info):
        return JsonResponse({"detail": f"CSRF verification failed: {reason}"}, status=403)
    return csrf.csrf_failure(request, reason)


def locked_out(request, original_response=None, credentials=None):
    """The page django-axes answers a locked-out login with (AXES_LOCKOUT_CALLABLE): the
    site's own page, saying how long the lock lasts (AXES_COOLOFF_TIME)."""
    status = settings.AXES_HTTP_RESPONSE_CODE
    cool_off = get_cool_off(request)
    now = timezone.now()
    context = {
        "meta": page_meta(request, "Sign-in paused", noindex=True),
        "status": status,
        "wait": timesince(now - cool_off, now) if cool_off else "",
    }
    response = render(request, "locked_out.html", context, status=status)
    if cool_off:
        response["Retry-After"] = str(int(cool_off.total_seconds()))
    add_never_cache_headers(response)
    return response


def robots_txt(request):
    """Return robots.txt: crawl everything public but the admin, and find the sitemap."""
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('admin:index')}",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def favicon(request):
    """Answer browsers and crawlers asking for /favicon.ico with the site's icon."""
    return HttpResponsePermanentRedirect(static("favicon.svg"))
