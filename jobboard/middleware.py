import json
import logging

from django.db import InterfaceError, OperationalError, connection

logger = logging.getLogger(__name__)


class PermissionsPolicyMiddleware:
    """Tell browsers this site uses none of the powerful features a page could ask for."""

    POLICY = ", ".join(
        f"{feature}=()"
        for feature in (
            "accelerometer",
            "camera",
            "geolocation",
            "gyroscope",
            "magnetometer",
            "microphone",
            "payment",
            "usb",
            "browsing-topics",
        )
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.POLICY)
        return response


API_METHODS = ["GET", "HEAD", "OPTIONS"]
ERROR_DETAILS = {
    400: "Bad request",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    500: "Server error",
}


def is_api_path(path):
    return path == "/api" or path.startswith("/api/")


class JsonApiMiddleware:
    """Make every answer under /api/ JSON, and answer the methods the API's CORS headers
    advertise.

    - HEAD is answered as GET (the server sends the headers only).
    - OPTIONS lists the methods wherever GET would answer: a CORS preflight (answered by
      django-cors-headers) or a plain OPTIONS request.
    - Any error that is not JSON yet becomes {"detail": ...} with its status and headers
      kept: an unknown address (404), another method (405, with Allow), a failed CSRF
      check (403, see csrf_failure), an uncaught exception (500, logged as usual).

    It sits before CorsMiddleware, so the CORS headers land on these answers too.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_api_path(request.path_info):
            return self.get_response(request)
        method = request.method
        if method == "HEAD":
            request.method = "GET"
        response = self.get_response(request)
        request.method = method
        if method == "OPTIONS" and response.status_code in (200, 405):
            # 405 is the API's answer to any method but GET: the address exists.
            response.status_code, response.reason_phrase = 200, "OK"
            response["Allow"] = ", ".join(API_METHODS)
            set_json(response, {"methods": API_METHODS})
            return response
        if response.status_code == 405:
            response["Allow"] = ", ".join(API_METHODS)
        if response.status_code >= 400 and not is_json(response):
            detail = ERROR_DETAILS.get(response.status_code, response.reason_phrase)
            set_json(response, {"detail": detail})
        return response


def is_json(response):
    return response.get("Content-Type", "").startswith("application/json")


def set_json(response, body):
    response.content = json.dumps(body)
    response["Content-Type"] = "application/json"
    if response.has_header("Content-Length"):
        response["Content-Length"] = str(len(response.content))


class RetryLostConnectionMiddleware:
    """Answer a read again, once, when its database connection was lost under it.

    A persistent connection the database has ended while idle is caught by Django's health
    check before it is used (CONN_MAX_AGE with conn_health_checks). One ended while a
    request is using it (the server restarted, failed over, or an operator ended it) fails
    that request. A GET or HEAD changes nothing, so it is answered once more on a new
    connection; a write is never run twice. Last in MIDDLEWARE, so it wraps the view alone.
    """

    SAFE_METHODS = ("GET", "HEAD")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method not in self.SAFE_METHODS:
            return None
        try:
            return view_func(request, *view_args, **view_kwargs)
        except (OperationalError, InterfaceError) as error:
            if not connection_lost():
                raise
            logger.warning("Database connection lost during %s (%s); answering again",
                           request.path, error)  # fmt: skip
            reconnect()
        return view_func(request, *view_args, **view_kwargs)


def connection_lost():
    """Whether the database connection is gone and may be replaced: not usable any more,
    and no transaction of the request's still depends on it."""
    return not connection.in_atomic_block and not connection.is_usable()


def reconnect():
    connection.close()  # the next query opens a new connection
