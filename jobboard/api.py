"""The read-only JSON API, version 1: jobboard/urls.py includes this module at /api/v1/.

The endpoints live with their apps (postings/api.py, roles/api.py); this module gathers
them into one django-ninja API and decides how errors read. Every error is JSON with a
"detail" message: 404 {"detail": "Not found"} for an unknown id or slug, and 400
{"detail": ..., "errors": {parameter: [messages]}} for any parameter that does not
validate, whether the type check or the /jobs/ FilterSet caught it. The OpenAPI 3
document is at /api/v1/openapi.json.

What the endpoints do not answer themselves, jobboard.middleware.JsonApiMiddleware
does, for every address under /api/: HEAD as GET, OPTIONS with the methods, and any other
error (405, a failed CSRF check, 500, an address outside /api/v1/) as {"detail": ...}.
"""

from django.http import Http404, JsonResponse
from django.urls import re_path
from django.views.decorators.common import no_append_slash
from ninja import NinjaAPI
from ninja.errors import ValidationError

from postings.api import router as postings_router
from roles.api import router as roles_router

api = NinjaAPI(
    title="Career Compass API",
    version="1",
    description="Read-only access to job postings, roles, comparisons and salary statistics.",
    urls_namespace="api-v1",
    # No interactive docs page: django-ninja's loads Swagger UI from a CDN unless "ninja"
    # is an installed app, and no page of the site loads code from elsewhere at run time.
    # The OpenAPI document is all a client or a docs tool needs.
    docs_url=None,
)
api.add_router("", postings_router)
api.add_router("", roles_router)


@api.exception_handler(ValidationError)
def invalid_parameters(request, exc):
    # Type errors get the same 400 body as FilterSet errors, so clients handle one shape.
    errors = {}
    for error in exc.errors:
        location = error.get("loc") or ["request"]
        field = str(location[1] if len(location) > 1 else location[0])
        errors.setdefault(field, []).append(error.get("msg", "Invalid value."))
    body = {"detail": "Invalid parameters.", "errors": errors}
    return api.create_response(request, body, status=400)


@api.exception_handler(Http404)
def not_found(request, exc):
    return api.create_response(request, {"detail": "Not found"}, status=404)


@no_append_slash
def unknown_endpoint(request, path):
    return JsonResponse({"detail": "Not found"}, status=404)


# Included as a URLconf module, under the API's own namespace. Any other address under
# /api/v1/ answers a JSON 404 too, rather than the site's HTML page (and no slash
# redirect: no API path ends in one).
app_name = api.urls_namespace
urlpatterns = [*api.urls[0], re_path(r"^(?P<path>.*)$", unknown_endpoint)]
