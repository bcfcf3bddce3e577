"""One job search behind /jobs/, /jobs/feed/ and /api/v1/jobs (postings.search)."""

import datetime
import re
from decimal import Decimal

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.db.models import Q
from django.http import QueryDict
from django.utils import timezone

from postings.models import EmploymentType, JobPosting
from postings.search import JobSearch
from tests.factories import rate

pytestmark = pytest.mark.django_db

JOB_ID = re.compile(r"/jobs/(\d+)-")


def ids_in(links):
    return {int(JOB_ID.search(link).group(1)) for link in links}


def page_ids(client, query):
    """Return the status of /jobs/ for a search and the ids on all its pages."""
    params = QueryDict(query, mutable=True)
    ids, statuses = set(), set()
    for number in range(1, 100):
        params["page"] = str(number)
        # A search written some other way (q=&location=, repeats) is redirected to its
        # tidy address first.
        response = client.get(f"/jobs/?{params.urlencode()}", follow=True)
        statuses.add(response.status_code)
        page = BeautifulSoup(response.content, "html.parser")
        ids |= ids_in(a["href"] for a in page.select(".job-card .card-title a"))
        if not page.select_one(".pagination a[rel=next]"):
            [status] = statuses
            return status, ids
    raise AssertionError("the pages never ran out")


def feed_ids(client, query):
    response = client.get(f"/jobs/feed/?{query}")
    if response.status_code != 200:
        return response.status_code, response.content.decode()
    return 200, ids_in(entry.link for entry in feedparser.parse(response.content).entries)


def api_ids(client, query):
    """Return the status of /api/v1/jobs for a search and the ids of all its pages, two
    jobs a page, following next_cursor."""
    params = QueryDict(query, mutable=True)
    params["limit"] = "2"
    ids = set()
    for _ in range(100):
        response = client.get(f"/api/v1/jobs?{params.urlencode()}")
        body = response.json()
        if response.status_code != 200:
            return response.status_code, body
        ids |= {job["id"] for job in body["results"]}
        if body["next_cursor"] is None:
            return 200, ids
        params["cursor"] = body["next_cursor"]
    raise AssertionError("next_cursor never ran out")


def search_ids(query):
    return {posting.pk for posting in JobSearch(QueryDict(query)).queryset}


@pytest.fixture
def jobs(jobs, posting_factory, company_factory):
    """Return the ids by title of the visible jobs of tests.factories.jobs_to_search and of
    two more: each is found by some searches below and missed by others."""
    now = timezone.now()
    posting_factory(
        title="Paris Data Scientist",
        role=jobs["scientist"],
        seniority="mid",
        workplace="hybrid",
        location="Paris, France",
        city="Paris",
        country="FR",
        is_full_time=False,
        is_internship=True,
        salary_currency=rate("EUR"),
        salary_min=70_000,
        salary_max=100_000,  # USD 108,696
        published_at=now - datetime.timedelta(days=20),
    )
    posting_factory(
        title="Lead ML Engineer",
        company=company_factory(slug="acme"),
        seniority="senior",
        workplace="remote",
        location="Remote",
        salary_min=180_000,
        salary_max=200_000,
        featured=True,
        published_at=now - datetime.timedelta(days=5),
    )
    return dict(JobPosting.objects.visible().values_list("title", "pk"))


EVERY_JOB = [
    "Senior Data Scientist",
    "Junior Data Engineer",
    "Berlin Data Engineer",
    "Unpaid Mystery Role",
    "Paris Data Scientist",
    "Lead ML Engineer",
]

# Each search with the titles it finds; between them they use every parameter.
SEARCHES = [
    ("", EVERY_JOB),
    ("q=bayesian", ["Senior Data Scientist"]),
    ("role=data-engineer&seniority=senior", ["Berlin Data Engineer"]),
    (
        "seniority=senior&seniority=mid&seniority=senior",
        [
            "Senior Data Scientist",
            "Berlin Data Engineer",
            "Paris Data Scientist",
            "Lead ML Engineer",
        ],
    ),
    ("type=contract&type=internship", ["Junior Data Engineer", "Paris Data Scientist"]),
    ("workplace=hybrid&location=berlin", ["Berlin Data Engineer"]),
    # On-site or hybrid in France, or remote and open to it (Junior: DE and FR; Lead: anyone).
    ("country=FR", ["Paris Data Scientist", "Junior Data Engineer", "Lead ML Engineer"]),
    # EUR 100,000 is USD 108,696, exactly the Paris job's maximum.
    (
        "min_salary=100000&currency=EUR",
        [
            "Senior Data Scientist",
            "Berlin Data Engineer",
            "Paris Data Scientist",
            "Lead ML Engineer",
        ],
    ),
    ("min_salary=150000", ["Senior Data Scientist", "Lead ML Engineer"]),
    (
        "posted_within=7",
        [
            "Senior Data Scientist",
            "Berlin Data Engineer",
            "Unpaid Mystery Role",
            "Lead ML Engineer",
        ],
    ),
    ("featured=on", ["Berlin Data Engineer", "Lead ML Engineer"]),
    ("salary_stated=on&sort=salary", [t for t in EVERY_JOB if t != "Unpaid Mystery Role"]),
    ("company=acme&workplace=remote", ["Lead ML Engineer"]),
    ("sort=salary&page=2", EVERY_JOB),
    (
        "role=data-scientist&type=full_time&min_salary=50000&currency=GBP&posted_within=30"
        "&sort=newest",
        ["Senior Data Scientist"],
    ),
    (
        "q=engineer&country=DE&salary_stated=1&featured=true",
        ["Berlin Data Engineer", "Lead ML Engineer"],
    ),
]


@pytest.mark.parametrize(("query", "titles"), SEARCHES)
def test_page_feed_and_api_find_the_same_jobs(client, jobs, query, titles):
    expected = {jobs[title] for title in titles}

    assert search_ids(query) == expected
    assert page_ids(client, query) == (200, expected)
    assert feed_ids(client, query) == (200, expected)
    assert api_ids(client, query) == (200, expected)


# Invalid searches: the list shows what the valid filters find; the feed and the API refuse.
INVALID = [
    ("seniority=wizard&workplace=remote", ["Junior Data Engineer", "Lead ML Engineer"]),
    # An amount in an unknown currency means nothing: the minimum is left out whole.
    (
        "min_salary=100000&currency=XYZ&role=data-engineer",
        ["Junior Data Engineer", "Berlin Data Engineer"],
    ),
    ("featured=on&min_salary=lots&sort=oldest", ["Berlin Data Engineer", "Lead ML Engineer"]),
]


@pytest.mark.parametrize(("query", "titles"), INVALID)
def test_an_invalid_search_is_refused_alike_and_listed_without_its_invalid_values(
    client, jobs, query, titles
):
    search = JobSearch(QueryDict(query))
    assert not search.is_valid

    assert page_ids(client, query) == (400, {jobs[title] for title in titles})
    status, text = feed_ids(client, query)
    assert status == 400
    assert text == search.error_text
    assert api_ids(client, query) == (
        400,
        {"detail": "Invalid parameters.", "errors": search.errors},
    )


def test_errors_name_the_parameter_at_fault(client, jobs):
    search = JobSearch(QueryDict("min_salary=lots&currency=XYZ&seniority=wizard"))

    assert search.errors == {
        "seniority": ["Select a valid choice. wizard is not one of the available choices."],
        "min_salary": ["Enter a number."],
        "currency": ["Select a valid choice. XYZ is not one of the available choices."],
    }
    assert search.error_text == (
        "These search parameters cannot be used:\n"
        "- seniority (Seniority): Select a valid choice. wizard is not one of the available "
        "choices.\n"
        "- min_salary (Minimum salary a year): Enter a number.\n"
        "- currency (Currency): Select a valid choice. XYZ is not one of the available choices.\n"
    )
    page = BeautifulSoup(client.get("/jobs/?currency=XYZ").content, "html.parser")
    assert [li.get_text() for li in page.select(".form-errors li")] == [
        "Currency: Select a valid choice. XYZ is not one of the available choices."
    ]


# Normalized query strings --------------------------------------------------------------


@pytest.mark.parametrize(("query", "titles"), SEARCHES + INVALID)
def test_the_normalized_query_finds_the_same_jobs_again(jobs, query, titles):
    normalized = JobSearch(QueryDict(query)).normalized_query
    again = JobSearch(QueryDict(normalized))

    assert again.is_valid
    assert search_ids(normalized) == search_ids(query)
    assert again.normalized_query == normalized


@pytest.mark.parametrize(
    ("queries", "normalized"),
    [
        (
            [
                "workplace=remote&seniority=senior&seniority=entry",
                "seniority=entry&workplace=remote&seniority=senior",
                "seniority=senior&seniority=senior&workplace=remote&seniority=entry&page=4",
            ],
            "seniority=entry&seniority=senior&workplace=remote",
        ),
        (
            [
                "sort=salary&company=acme&salary_stated=on&featured=yes&posted_within=7"
                "&currency=EUR&min_salary=90000&country=DE&location=Berlin&workplace=hybrid"
                "&type=part_time&seniority=senior&role=data-engineer&q=python",
            ],
            "q=python&role=data-engineer&seniority=senior&type=part_time&workplace=hybrid"
            "&location=Berlin&country=DE&min_salary=90000&currency=EUR&posted_within=7"
            "&featured=on&salary_stated=on&company=acme&sort=salary",
        ),
        # Empty values, unticked boxes and the default sort say nothing.
        (
            [
                "",
                "q=&location=&country=&min_salary=&currency=USD&posted_within=&sort=newest",
                "q=+++&featured=off&salary_stated=0&role=&company=&page=2",
            ],
            "",
        ),
        # An amount always travels with its currency, USD when none is given.
        (
            [
                "min_salary=100000",
                "min_salary=1e5&currency=USD",
                "currency=USD&min_salary=100000.00",
            ],
            "min_salary=100000&currency=USD",
        ),
        # Invalid values are left out, as the search leaves them out.
        (
            [
                "role=data-engineer&seniority=wizard",
                "role=data-engineer&min_salary=abc&currency=EUR",
                "role=data-engineer&min_salary=1000&currency=XYZ",
                "role=data-engineer&sort=oldest&posted_within=2&country=ZZ",
            ],
            "role=data-engineer",
        ),
        # An unknown role makes the whole choice of roles invalid, as on /jobs/.
        (["role=data-engineer&role=nobody&country=DE"], "country=DE"),
        (["q=++machine+learning++&location=+Berlin+"], "q=machine+learning&location=Berlin"),
    ],
)
def test_equal_searches_have_one_normalized_query(jobs, queries, normalized):
    assert {JobSearch(QueryDict(query)).normalized_query for query in queries} == {normalized}


# Each filter through the search ----------------------------------------------------------


def test_facet_groups_come_from_the_filter_declarations(jobs):
    filterset = JobSearch(QueryDict()).filterset

    assert list(filterset.facets) == ["role", "seniority", "type", "workplace"]
    types = filterset.facets["type"]
    assert list(types.options) == EmploymentType.values
    assert types.condition(["contract"]) == Q(is_contract=True)
    assert types.condition(["contract", "internship"]) == Q(is_contract=True) | Q(
        is_internship=True
    )
    assert types.condition([]) is None
    assert filterset.facets["seniority"].options["mid"] == Q(seniority="mid")


def test_facet_counts_are_one_query_and_apply_the_other_groups(jobs, django_assert_num_queries):
    search = JobSearch(QueryDict("workplace=remote&workplace=hybrid&seniority=senior"))

    # The roles (whose options are counted too), then one aggregate.
    with django_assert_num_queries(2):
        total, featured, facets = search.counts

    assert (total, featured) == (2, 2)  # Berlin (hybrid) and Lead (remote)
    # Seniorities among remote and hybrid jobs; workplaces among senior jobs.
    assert facets["seniority"] == {"entry": 1, "mid": 1, "senior": 2, "executive": 0}
    assert facets["workplace"] == {"onsite": 1, "hybrid": 1, "remote": 1}
    assert facets["type"] == {
        "full_time": 2,
        "part_time": 1,
        "contract": 0,
        "internship": 0,
        "temporary": 0,
    }


def test_a_minimum_in_a_currency_finds_a_job_posted_at_exactly_that_amount(posting_factory):
    # EUR 100,000 and EUR 99,999 are USD 108,696 and 108,695 once rounded: the search's
    # amount is converted as the postings' are, so only the first reaches EUR 100,000.
    exact = posting_factory(salary_currency=rate("EUR"), salary_min=50_000, salary_max=100_000)
    posting_factory(salary_currency=rate("EUR"), salary_min=50_000, salary_max=99_999)

    assert search_ids("min_salary=100000&currency=EUR") == {exact.pk}


def test_the_minimum_salary_field_reads_two_parameters(jobs):
    search = JobSearch(QueryDict("min_salary=90000&currency=EUR"))

    assert search.values["min_salary"] == (Decimal(90_000), "EUR")
    assert "currency" not in search.values  # no filter of its own
    assert search.chips == [("EUR 90,000+ a year", "")]
    assert JobSearch(QueryDict("min_salary=90000")).values["min_salary"] == (90_000, "USD")
    assert "min_salary" not in JobSearch(QueryDict("currency=EUR")).values


@pytest.mark.parametrize(
    ("query", "sort", "order"),
    [
        ("", "newest", ["-published_at", "-id"]),
        ("sort=newest", "newest", ["-published_at", "-id"]),
        ("sort=oldest", "newest", ["-published_at", "-id"]),
        ("sort=salary", "salary", None),
    ],
)
def test_sort_orders_the_search(jobs, query, sort, order):
    search = JobSearch(QueryDict(query))

    assert search.sort == sort
    expected = JobPosting.objects.visible().in_order(sort)
    assert [p.pk for p in search.queryset] == [p.pk for p in expected]
    if order:
        assert list(search.queryset.query.order_by) == order


def test_chips_link_to_the_normalized_search_without_them(jobs):
    search = JobSearch(
        QueryDict("role=data-engineer&q=+data+&seniority=wizard&featured=on&sort=salary&page=2")
    )

    assert search.chips == [
        ("“data”", "role=data-engineer&featured=on&sort=salary"),
        ("Data Engineer", "q=data&featured=on&sort=salary"),
        ("Featured only", "q=data&role=data-engineer&sort=salary"),
    ]
