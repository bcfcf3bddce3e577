"""Roles and comparisons in the read-only JSON API (mounted at /api/v1/ by jobboard/api.py).

The two error bodies every endpoint documents are declared here too: postings' endpoints
import them, as postings already builds on roles.
"""

from datetime import datetime

from django.core.validators import slug_re
from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import Router, Schema

from .models import Comparison, Role, RoleItem

router = Router(tags=["roles"])


class Message(Schema):
    detail: str


class InvalidInput(Schema):
    detail: str
    errors: dict[str, list[str]]


def invalid_input(errors):
    """Return the 400 body for a form's errors: {"detail": ..., "errors": {field: [...]}}."""
    return {
        "detail": "Invalid parameters.",
        "errors": {field: list(messages) for field, messages in errors.items()},
    }


def get_by_slug_or_404(queryset, slug):
    """Return the object of ``queryset`` with this slug, or raise Http404.

    A value that cannot be a slug is not looked up at all: PostgreSQL rejects some
    characters (NUL) outright, and that must read as "not found", not as a server error.
    """
    if not slug_re.match(slug):
        raise Http404
    return get_object_or_404(queryset, slug=slug)


class RoleRef(Schema):
    name: str
    slug: str


class RoleOut(Schema):
    name: str
    slug: str
    url: str
    definition: str

    @staticmethod
    def resolve_url(obj, context):
        return context["request"].build_absolute_uri(obj.get_absolute_url())


class Growth(Schema):
    percent: float
    start_year: int | None
    end_year: int | None
    occupation: str
    source: str


class RoleItems(Schema):
    """A role's bullet items, one list per kind, each in the editors' order."""

    responsibility: list[str]
    skill: list[str]
    degree: list[str]
    certification: list[str]
    tool: list[str]
    industry: list[str]
    tip: list[str]


class RoleDetailOut(RoleOut):
    outlook: str
    growth: Growth | None
    items: RoleItems
    updated_at: datetime

    @staticmethod
    def resolve_growth(obj):
        if not obj.has_growth_figure:
            return None
        return {
            "percent": obj.growth_percent,
            "start_year": obj.growth_start_year,
            "end_year": obj.growth_end_year,
            "occupation": obj.growth_occupation,
            "source": obj.growth_source,
        }

    @staticmethod
    def resolve_items(obj):
        return {
            kind.value: [item.text for item in obj.items_of_kind(kind)] for kind in RoleItem.Kind
        }


class ComparisonOut(Schema):
    slug: str
    title: str
    url: str
    role_a: RoleRef
    role_b: RoleRef
    published_at: datetime
    updated_at: datetime

    @staticmethod
    def resolve_url(obj, context):
        return context["request"].build_absolute_uri(obj.get_absolute_url())


class ComparisonDetailOut(ComparisonOut):
    intro: str
    conclusion: str


@router.get("/roles", response=list[RoleOut], summary="List roles")
def list_roles(request):
    """Return every role, by name."""
    return Role.objects.all()


@router.get("/roles/{slug}", response={200: RoleDetailOut, 404: Message}, summary="Get one role")
def get_role(request, slug: str):
    """Return one role with its profile and its bullet items grouped by kind."""
    return get_by_slug_or_404(Role.objects.for_profile(), slug)


@router.get(
    "/comparisons",
    response=list[ComparisonOut],
    summary="List published comparisons",
    tags=["comparisons"],
)
def list_comparisons(request):
    """Return the published comparisons, newest first."""
    return Comparison.objects.published().with_roles().newest_first()


@router.get(
    "/comparisons/{slug}",
    response={200: ComparisonDetailOut, 404: Message},
    summary="Get one published comparison",
    tags=["comparisons"],
)
def get_comparison(request, slug: str):
    """Return one published comparison. Drafts and scheduled ones are not found, and
    the reversed slug (b-vs-a) is not redirected as the HTML page does."""
    return get_by_slug_or_404(Comparison.objects.published().with_roles(), slug)
