"""schema.org structured data as JSON-LD script elements."""

import json

from django.utils.safestring import mark_safe

# The characters that could end a <script> element or open markup inside it, written as
# JSON unicode escapes (the same set Django's json_script escapes).
SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def ld_json_script(*items):
    """Return the items as <script type="application/ld+json"> elements whose content
    cannot close the element, whatever editors typed."""
    scripts = []
    for data in items:
        payload = json.dumps(data, ensure_ascii=False).translate(SCRIPT_ESCAPES)
        scripts.append(f'<script type="application/ld+json">{payload}</script>')
    return mark_safe("\n".join(scripts))


def breadcrumbs(request, *trail):
    """Return a BreadcrumbList for (name, path) pairs, first to last."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": name,
                "item": request.build_absolute_uri(path),
            }
            for position, (name, path) in enumerate(trail, start=1)
        ],
    }
