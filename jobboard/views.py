import logging

from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.urls import reverse

logger = logging.getLogger(__name__)


def ping(request):
    """Return 200 without touching the database: a liveness check, and the baseline the
    benchmark compares pages with."""
    return HttpResponse("pong\n", content_type="text/plain")


def healthz(request):
    """Return 200 after a database round trip, 503 when the database cannot be reached."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check failed: database unreachable")
        return HttpResponse("database unreachable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def robots_txt(request):
    """Return robots.txt: crawl everything public but the admin, and find the sitemap."""
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('admin:index')}",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
