"""Load the demo roles and comparison articles from ``roles/data``; safe to run repeatedly.

The demo content is data, loaded by ``manage.py seed_demo`` in this order:

- ``roles/data/demo-roles.json``: the roles, each with its bullet items by kind
  (``responsibility``, ``skill``, ``degree``, ``certification``, ``tool``, ``industry``,
  ``tip``) and its growth figure (``growth_percent`` and the fields around it, or nulls).
  Bullets two roles share are written with exactly the same words, so comparison articles
  can mark them as shared.
- ``roles/data/demo-comparisons.json``: the comparison articles, each naming its two roles
  by slug, with its intro, conclusion, section leads and ``published`` date.
- ``postings/data/demo-companies.json``: the companies (name, slug, website).
- ``postings/data/demo-postings.json``: the job postings, in the import format of
  ``manage.py import_postings`` (see ``postings/importing.py``), except for their dates.

Relative dates: so the demo always looks recent, every date in these files (a comparison's
``published``; a posting's ``published_at``, ``expires_at`` and ``featured_until``) is
written relative to the moment of loading, as a sign, a whole number of days and ``d``:
``"-3d"`` is three days before, ``"+7d"`` seven days after, ``"-0d"`` the moment itself;
``null`` means no date. The loader turns them into absolute date-times before anything is
saved (the import format itself takes only ISO 8601 dates).

Dates are resolved when a row is first created: a later run keeps the stored dates of the
comparisons and postings already there, and rewrites only what differs from the files, so
running it again changes nothing.
"""

import datetime
import json
import re
from decimal import Decimal
from pathlib import Path

from django.utils import timezone

from roles.models import Comparison, Role, RoleItem

DATA = Path(__file__).parent / "data"
ROLES_FILE = DATA / "demo-roles.json"
COMPARISONS_FILE = DATA / "demo-comparisons.json"

RELATIVE_DATE = re.compile(r"([+-])(\d+)d")

LEAD_FIELDS = {
    "definitions": "definitions_lead",
    "responsibilities": "responsibilities_lead",
    "skills": "skills_lead",
    "education": "education_lead",
    "tools": "tools_lead",
    "industries": "industries_lead",
    "outlook": "outlook_lead",
    "tips": "tips_lead",
}


def load_json(path):
    """Return a demo data file's content; numbers with a fraction stay exact Decimals."""
    return json.loads(Path(path).read_text(encoding="utf-8"), parse_float=Decimal)


def relative_date(value, now):
    """Return the moment a relative date such as ``"-3d"`` names, counted from ``now``;
    None for None."""
    if value is None:
        return None
    match = RELATIVE_DATE.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise ValueError(f"{value!r} is not a relative date such as -3d or +7d.")
    sign, days = match.groups()
    return now + datetime.timedelta(days=int(days) * (-1 if sign == "-" else 1))


def seed_roles(now=None):
    """Create or update the demo roles and comparisons; return the roles by slug."""
    now = now or timezone.now()
    roles = {data["slug"]: seed_role(data) for data in load_json(ROLES_FILE)}
    for data in load_json(COMPARISONS_FILE):
        seed_comparison(data, roles, now)
    return roles


def seed_role(data):
    growth = data.get("growth_percent")
    role = upsert(
        Role,
        {"slug": data["slug"]},
        {
            "name": data["name"],
            "definition": data["definition"],
            "outlook": data.get("outlook", ""),
            "growth_percent": Decimal(str(growth)) if growth is not None else None,
            "growth_start_year": data.get("growth_start_year"),
            "growth_end_year": data.get("growth_end_year"),
            "growth_occupation": data.get("growth_occupation", ""),
            "growth_source": data.get("growth_source", ""),
        },
    )
    wanted = set()
    for kind, texts in data["items"].items():
        for position, text in enumerate(texts, start=1):
            item = upsert(
                RoleItem,
                {"role": role, "kind": RoleItem.Kind(kind), "text": text},
                {"position": position},
            )
            wanted.add(item.pk)
    role.items.exclude(pk__in=wanted).delete()
    return role


def seed_comparison(data, roles, now):
    lookup = {"role_a": roles[data["role_a"]], "role_b": roles[data["role_b"]]}
    fields = {
        "intro": data["intro"],
        "conclusion": data["conclusion"],
        "status": Comparison.Status.PUBLISHED,
        **{LEAD_FIELDS[key]: text for key, text in data.get("leads", {}).items()},
    }
    if not Comparison.objects.filter(**lookup).exists():
        fields["published_at"] = relative_date(data["published"], now)
    upsert(Comparison, lookup, fields)


def upsert(model, lookup, values):
    """Create the row, or update it only where a value differs, so that a second run
    leaves every row, including its "updated" timestamp, untouched."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        return model.objects.create(**lookup, **values)
    changed = {name: value for name, value in values.items() if getattr(obj, name) != value}
    if changed:
        for name, value in changed.items():
            setattr(obj, name, value)
        obj.save()
    return obj
