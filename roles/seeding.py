"""Load the demo roles and comparisons from ``roles/demo.py``; safe to run repeatedly."""

import datetime
from decimal import Decimal

from roles import demo
from roles.models import Comparison, Role, RoleItem

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


def seed_roles():
    """Create or update the demo roles and comparisons; return the roles by slug."""
    roles = {data["slug"]: seed_role(data) for data in demo.ROLES}
    for data in demo.COMPARISONS:
        seed_comparison(data, roles)
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
            "growth_percent": Decimal(growth) if growth is not None else None,
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


def seed_comparison(data, roles):
    role_a, role_b = roles[data["role_a"]], roles[data["role_b"]]
    published = datetime.datetime.combine(
        datetime.date.fromisoformat(data["published"]), datetime.time(9), tzinfo=datetime.UTC
    )
    fields = {
        "intro": data["intro"],
        "conclusion": data["conclusion"],
        "status": Comparison.Status.PUBLISHED,
        "published_at": published,
        **{LEAD_FIELDS[key]: text for key, text in data.get("leads", {}).items()},
    }
    upsert(Comparison, {"role_a": role_a, "role_b": role_b}, fields)


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
