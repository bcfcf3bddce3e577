"""What a page tells search engines and link previews about itself."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.utils.text import Truncator

DEFAULT_DESCRIPTION = (
    "Compare careers in data and AI side by side, see what each role pays, and find jobs "
    "that match your pay, level and place."
)


@dataclass(frozen=True)
class PageMeta:
    title: str
    description: str
    canonical: str
    og_type: str = "website"
    noindex: bool = False


def page_meta(request, title, description="", path=None, params=None, **extra):
    """Return a page's metadata; the canonical URL is absolute, built from ``path`` (the
    request's path by default) and only the ``params`` that define the page."""
    url = path or request.path
    query = urlencode({key: value for key, value in (params or {}).items() if value})
    canonical = request.build_absolute_uri(f"{url}?{query}" if query else url)
    summary = " ".join((description or DEFAULT_DESCRIPTION).split())
    return PageMeta(title, Truncator(summary).chars(160), canonical, **extra)


def site_url(path):
    """Return a path as an absolute link on the site's public address (SITE_URL), for
    what is read away from a request: e-mails written by task workers."""
    return settings.SITE_URL.rstrip("/") + path
