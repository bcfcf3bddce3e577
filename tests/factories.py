import datetime
from decimal import Decimal

import factory
from django.utils import timezone

from postings.models import Company, ExchangeRate, JobPosting, Seniority
from roles.models import Comparison, Role, RoleItem


class RoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Role

    name = factory.Sequence(lambda n: f"Role {n}")
    slug = factory.Sequence(lambda n: f"role-{n}")
    definition = factory.LazyAttribute(lambda role: f"A {role.name} turns questions into answers.")
    outlook = "Demand keeps growing."


class RoleItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RoleItem

    role = factory.SubFactory(RoleFactory)
    kind = RoleItem.Kind.SKILL
    text = factory.Sequence(lambda n: f"Skill number {n}")
    position = factory.Sequence(lambda n: n)


class ComparisonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Comparison

    role_a = factory.SubFactory(RoleFactory)
    role_b = factory.SubFactory(RoleFactory)
    intro = "Two careers, one decision."
    conclusion = "Pick the work you enjoy."
    status = Comparison.Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))

    class Params:
        draft = factory.Trait(status=Comparison.Status.DRAFT, published_at=None)


class CompanyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Company
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Company {n}")
    slug = factory.Sequence(lambda n: f"company-{n}")
    website = factory.LazyAttribute(lambda c: f"https://{c.slug}.example")


def rate(currency):
    return ExchangeRate.objects.get(currency=currency)


class JobPostingFactory(factory.django.DjangoModelFactory):
    """A visible, full-time, on-site job paying USD 100K–150K a year, unless told otherwise."""

    class Meta:
        model = JobPosting

    title = factory.Sequence(lambda n: f"Data Job {n}")
    company = factory.SubFactory(CompanyFactory)
    location = "Austin, TX"
    city = "Austin"
    country = "US"
    seniority = Seniority.MID
    salary_min = Decimal(100_000)
    salary_max = Decimal(150_000)
    salary_currency = factory.LazyFunction(lambda: rate("USD"))
    description = "Build **pipelines** that people rely on."
    apply_url = "https://jobs.example/apply"
    status = JobPosting.Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))

    class Params:
        no_salary = factory.Trait(salary_min=None, salary_max=None, salary_currency=None)
        draft = factory.Trait(status=JobPosting.Status.DRAFT, published_at=None)
        expired = factory.Trait(
            status=JobPosting.Status.EXPIRED,
            published_at=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=40)),
            expires_at=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=2)),
        )
        featured = factory.Trait(is_featured=True)


def posting_form_data(company, **extra):
    """Return add-form data for a valid draft; pass None to leave a field out."""
    data = {
        "title": "Data Analyst",
        "company": company.pk,
        "role": "",
        "seniority": "mid",
        "is_full_time": "on",
        "location": "Berlin, Germany",
        "city": "",
        "country": "",
        "workplace": "onsite",
        "salary_min": "",
        "salary_max": "",
        "salary_currency": "",
        "salary_period": "year",
        "description": "Turn questions into answers.",
        "apply_url": "https://example.com/apply",
        "apply_email": "",
        "status": "draft",
        "published_at_0": "",
        "published_at_1": "",
        "expires_at_0": "",
        "expires_at_1": "",
        "featured_until_0": "",
        "featured_until_1": "",
        "external_id": "",
        **extra,
    }
    return {key: value for key, value in data.items() if value is not None}


def jobs_to_search():
    """Return four visible jobs of two roles in two currencies and four hidden ones, made
    for searching: {"scientist": role, "engineer": role, "visible": {...}, "hidden": {...}}."""
    scientist = RoleFactory(name="Data Scientist", slug="data-scientist")
    engineer = RoleFactory(name="Data Engineer", slug="data-engineer")
    acme = CompanyFactory(name="Acme Analytics", slug="acme", website="https://acme.example")
    now = timezone.now()
    visible = {
        "scientist": JobPostingFactory(
            title="Senior Data Scientist",
            role=scientist,
            seniority="senior",
            company=acme,
            salary_min=150_000,
            salary_max=190_000,
            description="Forecast demand with *Python* and Bayesian models.",
        ),
        "remote": JobPostingFactory(
            title="Junior Data Engineer",
            role=engineer,
            seniority="entry",
            workplace="remote",
            remote_regions=["DE", "FR"],
            country="",
            city="",
            location="Remote",
            salary_min=60_000,
            salary_max=80_000,
            is_full_time=False,
            is_contract=True,
            published_at=now - datetime.timedelta(days=10),
        ),
        "berlin": JobPostingFactory(
            title="Berlin Data Engineer",
            role=engineer,
            seniority="senior",
            workplace="hybrid",
            location="Berlin, Germany",
            city="Berlin",
            country="DE",
            salary_currency=rate("EUR"),
            salary_min=90_000,
            salary_max=110_000,  # about USD 119,565 a year
            is_part_time=True,
            featured=True,
        ),
        "unpaid": JobPostingFactory(
            title="Unpaid Mystery Role", no_salary=True, seniority="executive"
        ),
    }
    hidden = {
        "draft": JobPostingFactory(title="Hidden Draft", draft=True),
        "expired": JobPostingFactory(title="Old Expired", expired=True),
        "future": JobPostingFactory(
            title="Scheduled Job", published_at=now + datetime.timedelta(days=2)
        ),
        "lapsed": JobPostingFactory(
            title="Lapsed Job",
            published_at=now - datetime.timedelta(days=40),
            expires_at=now - datetime.timedelta(minutes=1),
        ),
    }
    return {"scientist": scientist, "engineer": engineer, "visible": visible, "hidden": hidden}


def role_items_management(**totals):
    """Return the management data of a role's bullet inlines (one per kind), with
    ``totals`` forms for the kinds named, e.g. role_items_management(tool=2)."""
    from roles.models import RoleItem

    data = {}
    for kind in RoleItem.Kind.values:
        data[f"items-{kind}-TOTAL_FORMS"] = str(totals.get(kind, 0))
        data[f"items-{kind}-INITIAL_FORMS"] = "0"
    return data
