import datetime
from decimal import Decimal

import pytest
from django.http import QueryDict
from django.utils import timezone

from postings.search import JobSearch
from tests.factories import rate

pytestmark = pytest.mark.django_db


def search(query=""):
    return JobSearch(QueryDict(query))


def listed(query=""):
    """Return every result of a search in list order, as the job list pages them."""
    found = search(query)
    return found.results[0 : found.counts.total]


def titles(query=""):
    return sorted(p.title for p in listed(query))


ALL = [
    "Berlin Data Engineer",
    "Junior Data Engineer",
    "Senior Data Scientist",
    "Unpaid Mystery Role",
]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ALL),
        ("q=bayesian", ["Senior Data Scientist"]),
        ("q=acme", ["Senior Data Scientist"]),
        ("q=engineer", ["Berlin Data Engineer", "Junior Data Engineer"]),
        ("role=data-engineer", ["Berlin Data Engineer", "Junior Data Engineer"]),
        ("role=data-engineer&role=data-scientist", ALL[:3]),
        ("seniority=senior", ["Berlin Data Engineer", "Senior Data Scientist"]),
        ("seniority=senior&seniority=entry", ALL[:3]),
        ("type=contract", ["Junior Data Engineer"]),
        ("type=part_time", ["Berlin Data Engineer"]),
        ("workplace=remote", ["Junior Data Engineer"]),
        (
            "workplace=hybrid&workplace=onsite",
            ["Berlin Data Engineer", "Senior Data Scientist", "Unpaid Mystery Role"],
        ),
        ("location=berlin", ["Berlin Data Engineer"]),
        # Hybrid in Germany, or remote and open to it.
        ("country=DE", ["Berlin Data Engineer", "Junior Data Engineer"]),
        ("min_salary=100000", ["Berlin Data Engineer", "Senior Data Scientist"]),
        ("min_salary=119000", ["Berlin Data Engineer", "Senior Data Scientist"]),
        ("min_salary=120000", ["Senior Data Scientist"]),
        ("min_salary=100000&currency=EUR", ["Berlin Data Engineer", "Senior Data Scientist"]),
        ("min_salary=110000&currency=EUR", ["Berlin Data Engineer", "Senior Data Scientist"]),
        ("min_salary=111000&currency=EUR", ["Senior Data Scientist"]),
        (
            "posted_within=7",
            ["Berlin Data Engineer", "Senior Data Scientist", "Unpaid Mystery Role"],
        ),
        ("featured=on", ["Berlin Data Engineer"]),
        ("company=acme", ["Senior Data Scientist"]),
        ("role=data-engineer&seniority=senior&min_salary=100000", ["Berlin Data Engineer"]),
        ("q=engineer&workplace=remote&type=contract", ["Junior Data Engineer"]),
    ],
)
def test_each_filter_alone_and_combined(jobs, query, expected):
    assert search(query).is_valid
    assert titles(query) == expected


def test_eur_posting_is_found_by_a_usd_minimum(jobs):
    # EUR 110K a year is about USD 119.6K: above a USD 115K floor, below a USD 125K one.
    assert "Berlin Data Engineer" in titles("min_salary=115000&currency=USD")
    assert "Berlin Data Engineer" not in titles("min_salary=125000&currency=USD")


def test_newest_first_with_featured_jobs_on_top(jobs, posting_factory):
    ordered = [p.title for p in listed()]
    assert ordered[0] == "Berlin Data Engineer"  # featured, though not the newest
    assert ordered[-1] == "Junior Data Engineer"  # oldest


def test_highest_salary_sort_puts_unsalaried_jobs_last(jobs):
    ordered = [p.title for p in listed("sort=salary")]
    # Honest: the featured Berlin job is not pinned above a higher salary.
    assert ordered == [
        "Senior Data Scientist",
        "Berlin Data Engineer",
        "Junior Data Engineer",
        "Unpaid Mystery Role",
    ]


def test_facet_counts_apply_the_other_groups_filters(jobs):
    total, featured, facets = search("seniority=senior&workplace=hybrid").counts
    assert featured == 1
    assert total == 1
    # Seniority counts ignore the seniority choice but respect the workplace one.
    assert facets["seniority"] == {"entry": 0, "mid": 0, "senior": 1, "executive": 0}
    # Workplace counts respect the seniority choice only.
    assert facets["workplace"] == {"onsite": 1, "hybrid": 1, "remote": 0}
    assert facets["type"]["full_time"] == 1
    assert facets["type"]["part_time"] == 1


def test_facet_counts_without_filters_count_every_visible_job(jobs):
    total, _, facets = search().counts
    assert total == 4
    assert sum(facets["seniority"].values()) == 4
    assert facets["workplace"] == {"onsite": 2, "hybrid": 1, "remote": 1}


@pytest.mark.parametrize(
    "query",
    [
        "seniority=wizard",
        "role=astronaut",
        "min_salary=abc",
        "min_salary=-5",
        "min_salary=1e309",
        "min_salary=NaN",
        "currency=XYZ&min_salary=5",
        "country=ZZ",
        "posted_within=9999",
        "sort=random",
        "q=" + "x" * 300,
    ],
)
def test_invalid_values_are_form_errors_and_other_filters_still_apply(jobs, query):
    found = search(query + "&workplace=remote")
    assert not found.is_valid
    assert titles(query + "&workplace=remote") == ["Junior Data Engineer"]
    assert found.counts.total == 1


def test_chips_remove_one_value_each(jobs):
    found = search("seniority=senior&seniority=entry&min_salary=90000&currency=EUR&page=3")
    chips = dict(found.chips)
    assert list(chips) == ["Senior-level / Expert", "Entry-level / Junior", "EUR 90,000+ a year"]
    assert chips["Senior-level / Expert"] == "seniority=entry&min_salary=90000&currency=EUR"
    assert chips["Entry-level / Junior"] == "seniority=senior&min_salary=90000&currency=EUR"
    assert chips["EUR 90,000+ a year"] == "seniority=entry&seniority=senior"


def test_salary_threshold_uses_the_chosen_currency_rate(jobs):
    # GBP 90K is about USD 113.9K: the EUR job (USD 119.6K) reaches it, the junior one not.
    assert titles("min_salary=90000&currency=GBP") == [
        "Berlin Data Engineer",
        "Senior Data Scientist",
    ]
    assert Decimal(90_000) / rate("GBP").units_per_usd > 113_000


def test_pages_split_featured_and_other_jobs_without_gaps_or_repeats(posting_factory):
    now = timezone.now()
    for n in range(7):
        posting_factory(title=f"Plain {n}", published_at=now - datetime.timedelta(hours=n + 1))
    for n in range(3):
        posting_factory(
            title=f"Featured {n}",
            featured=True,
            published_at=now - datetime.timedelta(days=n + 2),
        )
    posting_factory(
        title="Featuring over",
        is_featured=True,
        featured_until=now - datetime.timedelta(hours=1),
        published_at=now - datetime.timedelta(minutes=30),
    )
    found = search()
    total, featured, _ = found.counts
    assert (total, featured) == (11, 3)
    results = found.results
    pages = [[p.title for p in results[start : start + 4]] for start in range(0, 12, 4)]
    assert pages == [
        ["Featured 0", "Featured 1", "Featured 2", "Featuring over"],
        ["Plain 0", "Plain 1", "Plain 2", "Plain 3"],
        ["Plain 4", "Plain 5", "Plain 6"],
    ]


@pytest.mark.parametrize("value", ["0", "off", "no", "false", "FALSE", ""])
def test_flags_read_off_values_as_unticked(jobs, value):
    assert len(titles(f"featured={value}")) == 4
    assert len(titles(f"salary_stated={value}")) == 4


@pytest.mark.parametrize("value", ["on", "1", "true", "yes"])
def test_flags_read_on_values_as_ticked(jobs, value):
    assert titles(f"featured={value}") == ["Berlin Data Engineer"]
    assert "Unpaid Mystery Role" not in titles(f"salary_stated={value}")
