import datetime
from decimal import Decimal

import pytest
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from jobboard.numbers import round_half_up
from postings.salaries import MIN_SAMPLE, salary_report
from roles.models import RoleItem
from tests.factories import rate

from .conftest import get_json

pytestmark = pytest.mark.django_db


def test_roles_are_listed_by_name(client, role_factory):
    role_factory(name="Data Scientist", slug="data-scientist", definition="Finds answers.")
    role_factory(name="Actuary", slug="actuary")

    status, body = get_json(client, "/api/v1/roles")

    assert status == 200
    assert [role["slug"] for role in body] == ["actuary", "data-scientist"]
    assert body[1] == {
        "name": "Data Scientist",
        "slug": "data-scientist",
        "url": "http://testserver/roles/data-scientist/",
        "definition": "Finds answers.",
    }


def test_role_detail_groups_its_items_by_kind(client, role_factory, item_factory):
    role = role_factory(
        slug="data-scientist",
        growth_percent=Decimal("35.5"),
        growth_start_year=2022,
        growth_end_year=2032,
        growth_source="US Bureau of Labor Statistics",
    )
    item_factory(role=role, kind=RoleItem.Kind.SKILL, text="Statistics", position=2)
    item_factory(role=role, kind=RoleItem.Kind.SKILL, text="Python", position=1)
    item_factory(role=role, kind=RoleItem.Kind.TOOL, text="Jupyter", position=1)

    status, body = get_json(client, "/api/v1/roles/data-scientist")

    assert status == 200
    assert body["slug"] == "data-scientist"
    assert body["url"] == "http://testserver/roles/data-scientist/"
    assert body["outlook"] == role.outlook
    assert body["growth"] == {
        "percent": 35.5,
        "start_year": 2022,
        "end_year": 2032,
        "occupation": "",
        "source": "US Bureau of Labor Statistics",
    }
    assert set(body["items"]) == set(RoleItem.Kind.values)
    assert body["items"]["skill"] == ["Python", "Statistics"]
    assert body["items"]["tool"] == ["Jupyter"]
    assert body["items"]["degree"] == []


def test_role_without_growth_figure(client, role_factory):
    role_factory(slug="actuary")

    assert get_json(client, "/api/v1/roles/actuary")[1]["growth"] is None


@pytest.fixture
def comparisons(comparison_factory, role_factory):
    now = timezone.now()
    analyst = role_factory(name="Data Analyst", slug="data-analyst")
    scientist = role_factory(name="Data Scientist", slug="data-scientist")
    engineer = role_factory(name="Data Engineer", slug="data-engineer")
    return {
        "older": comparison_factory(
            role_a=analyst, role_b=scientist, published_at=now - datetime.timedelta(days=5)
        ),
        "newer": comparison_factory(role_a=scientist, role_b=engineer),
        "draft": comparison_factory(role_a=analyst, role_b=engineer, draft=True),
        "scheduled": comparison_factory(
            role_a=engineer,
            role_b=role_factory(),
            published_at=now + datetime.timedelta(days=1),
        ),
    }


def test_published_comparisons_newest_first(client, comparisons):
    status, body = get_json(client, "/api/v1/comparisons")

    assert status == 200
    assert [item["slug"] for item in body] == [
        "data-scientist-vs-data-engineer",
        "data-analyst-vs-data-scientist",
    ]
    newer = comparisons["newer"]
    item = body[0]
    assert set(item) == {
        "slug", "title", "url", "role_a", "role_b", "published_at", "updated_at",
    }  # fmt: skip
    assert item["title"] == "Data Scientist vs. Data Engineer: A Detailed Comparison"
    assert item["url"] == "http://testserver/insights/data-scientist-vs-data-engineer/"
    assert item["role_a"] == {"name": "Data Scientist", "slug": "data-scientist"}
    assert item["role_b"] == {"name": "Data Engineer", "slug": "data-engineer"}
    assert abs(parse_datetime(item["published_at"]) - newer.published_at).total_seconds() < 0.001
    assert parse_datetime(item["updated_at"]) is not None


def test_comparison_detail(client, comparisons):
    status, body = get_json(client, "/api/v1/comparisons/data-scientist-vs-data-engineer")

    assert status == 200
    assert body["intro"] == comparisons["newer"].intro
    assert body["conclusion"] == comparisons["newer"].conclusion
    assert body["role_a"]["slug"] == "data-scientist"


@pytest.mark.parametrize(
    ("path", "queries"),
    [
        ("/api/v1/roles", 1),
        ("/api/v1/roles/data-scientist", 2),
        ("/api/v1/comparisons", 1),
        ("/api/v1/comparisons/data-analyst-vs-data-scientist", 1),
    ],
)
def test_role_and_comparison_endpoints_run_a_fixed_number_of_queries(
    client, comparisons, comparison_factory, item_factory, django_assert_num_queries, path, queries
):
    for _ in range(5):
        comparison_factory()
    item_factory.create_batch(3, role=comparisons["older"].role_b)

    with django_assert_num_queries(queries):
        assert get_json(client, path)[0] == 200


@pytest.mark.parametrize("name", ["draft", "scheduled"])
def test_unpublished_comparison_is_not_found(client, comparisons, name):
    status, body = get_json(client, f"/api/v1/comparisons/{comparisons[name].slug}")

    assert (status, body) == (404, {"detail": "Not found"})


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/roles/nope",
        "/api/v1/roles/%00",
        "/api/v1/roles/a%20b",
        "/api/v1/roles/%E2%9C%93",
        "/api/v1/roles/nope/salaries",
        "/api/v1/roles/%00/salaries",
        "/api/v1/comparisons/nope",
        "/api/v1/comparisons/%00",
        "/api/v1/comparisons/data-engineer-vs-data-scientist",
    ],
)
def test_unknown_slugs_are_a_json_404(client, comparisons, path):
    assert get_json(client, path) == (404, {"detail": "Not found"})


@pytest.fixture
def salaries(posting_factory, role_factory):
    """Seven US and two German data scientist salaries, plus noise the figures ignore."""
    role = role_factory(name="Data Scientist", slug="data-scientist")
    for index, amount in enumerate([80, 90, 100, 110, 120, 130, 140]):
        posting_factory(
            role=role,
            seniority="senior" if index < MIN_SAMPLE else "entry",
            salary_min=Decimal(amount * 1000),
            salary_max=Decimal(amount * 1000 + 20_000),
        )
    for amount in (60_000, 70_000):
        posting_factory(
            role=role,
            country="DE",
            salary_currency=rate("EUR"),
            salary_min=amount,
            salary_max=amount,
        )
    posting_factory(role=role, no_salary=True)
    posting_factory(role=role, draft=True, salary_min=1, salary_max=1)
    posting_factory(role=role_factory(), salary_min=1_000_000, salary_max=1_000_000)
    return role


def test_role_salaries_match_the_salary_page(client, salaries):
    report = salary_report(salaries, "", rate("USD"))

    status, body = get_json(client, "/api/v1/roles/data-scientist/salaries")

    assert status == 200
    assert body["role"] == {"name": "Data Scientist", "slug": "data-scientist"}
    assert (body["currency"], body["country"], body["min_sample"]) == ("USD", None, MIN_SAMPLE)
    overall = report.overall
    assert body["overall"] == {
        "count": 9,
        "low": round_half_up(overall.low),
        "p25": round_half_up(overall.p25),
        "median": round_half_up(overall.median),
        "p75": round_half_up(overall.p75),
        "high": round_half_up(overall.high),
    }
    assert body["by_seniority"] == [
        {
            "seniority": "entry",
            "count": 2,
            **dict.fromkeys(["low", "p25", "median", "p75", "high"]),
        },
        {
            "seniority": "mid",
            "count": 2,
            **dict.fromkeys(["low", "p25", "median", "p75", "high"]),
        },
        {
            "seniority": "senior",
            "count": 5,
            "low": 90_000,
            "p25": 100_000,
            "median": 110_000,
            "p75": 120_000,
            "high": 130_000,
        },
    ]
    assert [(group["country"], group["count"]) for group in body["by_country"]] == [
        ("US", 7),
        ("DE", 2),
    ]
    assert body["by_country"][1]["median"] is None


def test_role_salaries_in_another_currency_and_country(client, salaries):
    status, body = get_json(
        client, "/api/v1/roles/data-scientist/salaries", {"currency": "EUR", "country": "US"}
    )

    assert status == 200
    assert (body["currency"], body["country"]) == ("EUR", "US")
    assert body["overall"]["count"] == 7
    # USD 120K (the middle midpoint) at 0.92 EUR to the dollar.
    assert body["overall"]["median"] == 110_400
    assert [group["country"] for group in body["by_country"]] == ["US"]


def test_role_without_salaries_has_empty_figures(client, role_factory):
    role_factory(slug="actuary")

    status, body = get_json(client, "/api/v1/roles/actuary/salaries")

    assert status == 200
    assert body["overall"] == {"count": 0, **dict.fromkeys(["low", "p25", "median", "p75", "high"])}
    assert (body["by_seniority"], body["by_country"]) == ([], [])


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"currency": "XYZ"}, "currency"),
        ({"currency": "usd\x00"}, "currency"),
        ({"country": "XX"}, "country"),
        ({"country": "\x00"}, "country"),
    ],
)
def test_role_salaries_reject_unknown_options(client, salaries, params, field):
    status, body = get_json(client, "/api/v1/roles/data-scientist/salaries", params)

    assert status == 400
    assert body["detail"] == "Invalid parameters."
    assert list(body["errors"]) == [field]
