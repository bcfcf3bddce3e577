"""Jobs and salary statistics in the read-only JSON API (mounted at /api/v1/ by
jobboard/api.py).

A job search runs through JobSearch, as on /jobs/, so every parameter has the name and
meaning it has there and the same values are invalid; the schema below only describes
the parameters for OpenAPI. Unlike /jobs/, the API orders strictly by the chosen sort (no
featured-first block) and pages with a keyset cursor, so a deep page costs what the
first one does.
"""

import datetime
from typing import Annotated

from django.core import signing
from django.db.models import BigIntegerField, ExpressionWrapper, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.dateparse import parse_datetime
from ninja import Field, Query, Router, Schema, Status
from pydantic import WithJsonSchema

from jobboard.numbers import round_half_up
from roles.api import InvalidInput, Message, RoleRef, get_by_slug_or_404, invalid_input
from roles.models import Role

from .filters import POSTED_WITHIN, SORTS
from .forms import MAX_SALARY, SalaryOptionsForm
from .models import (
    SALARY_SORT,
    EmploymentType,
    ExchangeRate,
    JobPosting,
    SalaryPeriod,
    Seniority,
    Workplace,
)
from .salaries import MIN_SAMPLE, STAT_ORDER, salary_report
from .search import JobSearch

router = Router(tags=["jobs"])

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
# Ids are 64-bit; a larger number cannot be a job, and some databases refuse to compare it.
MAX_ID = 2**63 - 1
CURSOR_SALT = "postings.api.cursor"


def documented(schema):
    """Return the type of a query parameter that JobSearch validates, as on /jobs/:
    any string gets through to it (so its messages are the errors reported), while
    ``schema`` tells OpenAPI which values are valid."""
    annotation = list[str] if schema["type"] == "array" else str | None
    return Annotated[annotation, WithJsonSchema(schema)]


def one_of(choices):
    return {"type": "string", "enum": [value for value, _ in choices]}


# Its docstring is about how the model stores it; the API documents just the values.
EmploymentTypeCode = Annotated[EmploymentType, WithJsonSchema(one_of(EmploymentType.choices))]


class JobFilters(Schema):
    """The /jobs/ filters, with their names and meanings there. An empty value counts as
    not given, as an empty field of the /jobs/ form does."""

    q: documented({"type": "string", "maxLength": 200}) = Field(
        None, description="Keywords: title, company, location, description."
    )
    role: list[str] = Field([], description="Role slug; repeat for several roles.")
    seniority: documented({"type": "array", "items": one_of(Seniority.choices)}) = Field(
        [], description="Repeat for several levels."
    )
    type: documented({"type": "array", "items": one_of(EmploymentType.choices)}) = Field(
        [], description="Employment type; repeat for several."
    )
    workplace: documented({"type": "array", "items": one_of(Workplace.choices)}) = Field(
        [], description="Repeat for several."
    )
    location: documented({"type": "string", "maxLength": 100}) = Field(
        None, description="Part of a city or region."
    )
    country: documented({"type": "string"}) = Field(
        None, description="ISO 3166-1 alpha-2 code, e.g. DE."
    )
    min_salary: documented({"type": "number", "minimum": 0, "maximum": int(MAX_SALARY)}) = Field(
        None, description="Jobs whose range reaches this amount a year, in `currency`."
    )
    currency: documented({"type": "string"}) = Field(
        None, description="ISO 4217 code of `min_salary` (a currency with a rate); USD if absent."
    )
    posted_within: documented(one_of(POSTED_WITHIN)) = Field(
        None, description="Published in the past 1, 3, 7 or 30 days."
    )
    featured: documented({"type": "boolean"}) = Field(None, description="Only jobs featured now.")
    salary_stated: documented({"type": "boolean"}) = Field(
        None, description="Only jobs that state a salary."
    )
    company: documented({"type": "string", "maxLength": 200}) = Field(
        None, description="Company slug."
    )
    sort: documented(one_of(SORTS)) = Field(
        None,
        description="newest (default): newest first. salary: highest annual USD maximum "
        "first, jobs without a salary last.",
    )


class Page(Schema):
    cursor: str | None = Field(
        None, description="The `next_cursor` of the previous page; absent for the first page."
    )
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Jobs per page.")


class CompanyOut(Schema):
    name: str
    slug: str
    website: str | None

    @staticmethod
    def resolve_website(obj):
        return obj.website or None


class PostedSalary(Schema):
    min: float | None
    max: float | None
    currency: str
    period: SalaryPeriod
    display: str = Field(description='As shown on the site, e.g. "USD 100K – 180K a year".')


class AnnualUSD(Schema):
    min: int
    max: int


class SalaryOut(Schema):
    as_posted: PostedSalary
    annual_usd: AnnualUSD = Field(description="Normalized to US dollars a year.")


class JobOut(Schema):
    id: int
    title: str
    url: str
    company: CompanyOut
    role: RoleRef | None
    location: str
    city: str | None
    country: str | None = Field(description="ISO 3166-1 alpha-2 code.")
    workplace: Workplace
    remote_regions: list[str] = Field(
        description="Countries (ISO codes) and regions (EU, EEA, EUROPE, APAC, ...) a remote "
        "job takes applicants from; empty: anywhere."
    )
    employment_types: list[EmploymentTypeCode]
    seniority: Seniority
    salary: SalaryOut | None
    published_at: datetime.datetime
    expires_at: datetime.datetime | None
    featured: bool = Field(description="Featured now.")

    @staticmethod
    def resolve_url(obj, context):
        return context["request"].build_absolute_uri(obj.get_absolute_url())

    @staticmethod
    def resolve_city(obj):
        return obj.city or None

    @staticmethod
    def resolve_country(obj):
        return obj.country.code or None

    @staticmethod
    def resolve_remote_regions(obj):
        return [country.code for country in obj.remote_regions]

    @staticmethod
    def resolve_salary(obj):
        if not obj.has_salary:
            return None
        return {
            "as_posted": {
                "min": obj.salary_min,
                "max": obj.salary_max,
                "currency": obj.salary_currency_id,
                "period": obj.salary_period,
                "display": obj.salary_display,
            },
            "annual_usd": {"min": obj.salary_min_usd, "max": obj.salary_max_usd},
        }

    @staticmethod
    def resolve_featured(obj):
        return obj.is_featured_now


class JobDetailOut(JobOut):
    description_html: str


class JobPage(Schema):
    results: list[JobOut]
    next_cursor: str | None = Field(
        description="Pass as `cursor` for the next page; null at the end."
    )


class Figures(Schema):
    """Statistics of a group of postings in the chosen currency, each posting counted at
    the midpoint of its range. The figures are null below `min_sample` postings."""

    count: int
    low: int | None
    p25: int | None
    median: int | None
    p75: int | None
    high: int | None


class SenioritySalaries(Figures):
    seniority: Seniority


class CountrySalaries(Figures):
    country: str | None = Field(description="ISO 3166-1 alpha-2 code; null: not stated.")


class RoleSalariesOut(Schema):
    role: RoleRef
    currency: str
    country: str | None
    min_sample: int
    overall: Figures
    by_seniority: list[SenioritySalaries]
    by_country: list[CountrySalaries]


class SalaryOptions(Schema):
    currency: str = Field("USD", description="ISO 4217 code of a currency with a rate.")
    country: str | None = Field(None, description="ISO 3166-1 alpha-2 code; all when absent.")


# The model's salary order (an unstated salary counts as -1, so it comes last), typed as
# a signed integer: Django finds nothing for a lookup on a positive field with -1.
SALARY_KEY = ExpressionWrapper(SALARY_SORT, output_field=BigIntegerField())
# The columns of each sort, all descending. A page starts after the last row of the one
# before it in this order, so a deep page costs what the first does (no OFFSET).
KEYS = {"newest": ["published_at", "pk"], "salary": ["salary_key", "published_at", "pk"]}


def encode_cursor(sort, posting):
    """Return an opaque, signed cursor holding the sort key of a page's last row."""
    *salary, published_at, pk = (getattr(posting, name) for name in KEYS[sort])
    return signing.dumps([sort, *salary, published_at.isoformat(), pk], salt=CURSOR_SALT)


def decode_cursor(sort, cursor):
    """Return the sort key a cursor holds, or None when it is not one of ours for ``sort``."""
    try:
        sort_name, *salary, published_at, pk = signing.loads(cursor, salt=CURSOR_SALT)
        published_at = parse_datetime(published_at)
    except (signing.BadSignature, ValueError, TypeError, UnicodeError):
        return None
    key = [*salary, published_at, pk]
    if sort_name != sort or len(key) != len(KEYS[sort]) or published_at is None:
        return None
    if not all(type(number) is int for number in [*salary, pk]):
        return None
    return key


def after(names, values):
    """Return the condition for rows that come after ``values`` when ordered by the
    columns ``names``, each descending."""
    name, value = names[0], values[0]
    condition = Q(**{f"{name}__lt": value})
    if len(names) > 1:
        condition |= Q(**{name: value}) & after(names[1:], values[1:])
    return condition


@router.get(
    "/jobs",
    response={200: JobPage, 400: InvalidInput},
    summary="Search jobs",
)
def list_jobs(request, filters: Query[JobFilters], page: Query[Page]):
    """Return visible jobs matching the /jobs/ filters, a page at a time.

    Results are ordered strictly by `sort` (jobs featured now are not moved first, as
    they are on /jobs/). Follow `next_cursor` for the next page.
    """
    # ``filters`` only documents the parameters: JobSearch reads the query string itself,
    # exactly as on /jobs/ (the paging parameters are not the search's).
    search = JobSearch(request.GET)
    if not search.is_valid:
        return Status(400, invalid_input(search.errors))
    jobs = search.queryset.for_cards().annotate(salary_key=SALARY_KEY)
    if page.cursor:
        key = decode_cursor(search.sort, page.cursor)
        if key is None:
            return Status(400, invalid_input({"cursor": ["Invalid cursor."]}))
        jobs = jobs.filter(after(KEYS[search.sort], key))
    rows = list(jobs[: page.limit + 1])
    results, more = rows[: page.limit], len(rows) > page.limit
    return {
        "results": results,
        "next_cursor": encode_cursor(search.sort, results[-1]) if more else None,
    }


@router.get(
    "/jobs/{job_id}",
    response={200: JobDetailOut, 400: InvalidInput, 404: Message},
    summary="Get one job",
)
def get_job(request, job_id: int):
    """Return one visible job. Drafts, expired and scheduled jobs are not found."""
    if not 0 < job_id <= MAX_ID:
        raise Http404
    return get_object_or_404(JobPosting.objects.visible().for_page(), pk=job_id)


def figures(stats):
    """Return a group's statistics rounded to whole units, the figures left out (None)
    when the group has fewer than MIN_SAMPLE postings."""
    if stats is None:
        return {"count": 0, **dict.fromkeys(STAT_ORDER)}
    return {
        "count": stats.count,
        **{
            name: round_half_up(getattr(stats, name)) if stats.enough else None
            for name in STAT_ORDER
        },
    }


@router.get(
    "/roles/{slug}/salaries",
    response={200: RoleSalariesOut, 400: InvalidInput, 404: Message},
    summary="Get a role's salary statistics",
    tags=["salaries"],
)
def role_salaries(request, slug: str, options: Query[SalaryOptions]):
    """Return the salary statistics of a role's visible postings that state a salary, as on
    /salaries/<role>/: overall, by seniority and by country, in `currency`."""
    role = get_by_slug_or_404(Role.objects.all(), slug)
    rates = ExchangeRate.objects.in_bulk(field_name="currency")
    form = SalaryOptionsForm(request.GET, rates, ["country", "currency"])
    if not form.is_valid():
        return Status(400, invalid_input(form.errors))
    report = salary_report(role, form.value("country"), form.rate)
    return {
        "role": role,
        "currency": report.rate.currency,
        "country": report.country or None,
        "min_sample": MIN_SAMPLE,
        "overall": figures(report.overall),
        "by_seniority": [
            {"seniority": value, **figures(stats)} for value, _, stats in report.by_seniority
        ],
        "by_country": [
            {"country": code or None, **figures(stats)} for code, _, stats in report.by_country
        ],
    }
