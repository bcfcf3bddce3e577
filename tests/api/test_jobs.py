import datetime
from decimal import Decimal

import pytest
from django.core import signing
from django.http import QueryDict
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from postings.api import CURSOR_SALT
from postings.models import JobPosting
from postings.search import JobSearch
from tests.factories import rate

from .conftest import get_json

pytestmark = pytest.mark.django_db

JOBS = "/api/v1/jobs"


def walk(client, query="", limit=100):
    """Return the ids of every page of a search, in order, following next_cursor."""
    params = QueryDict(query, mutable=True)
    params["limit"] = str(limit)
    ids = []
    for _ in range(1000):
        status, body = get_json(client, f"{JOBS}?{params.urlencode()}")
        assert status == 200, body
        ids += [job["id"] for job in body["results"]]
        if body["next_cursor"] is None:
            return ids
        params["cursor"] = body["next_cursor"]
    raise AssertionError("next_cursor never ran out")


def same_time(value, expected):
    # JSON carries milliseconds.
    return abs(parse_datetime(value) - expected) < datetime.timedelta(milliseconds=1)


def test_list_fields_and_types(client, jobs):
    status, body = get_json(client, JOBS)

    assert status == 200
    assert set(body) == {"results", "next_cursor"}
    assert body["next_cursor"] is None
    by_id = {job["id"]: job for job in body["results"]}
    berlin = jobs["visible"]["berlin"]
    job = by_id[berlin.pk]
    assert set(job) == {
        "id", "title", "url", "company", "role", "location", "city", "country", "workplace",
        "remote_regions", "employment_types", "seniority", "salary", "published_at",
        "expires_at", "featured",
    }  # fmt: skip
    assert job["title"] == "Berlin Data Engineer"
    assert job["url"] == f"http://testserver/jobs/{berlin.pk}-berlin-data-engineer/"
    assert job["company"] == {
        "name": berlin.company.name,
        "slug": berlin.company.slug,
        "website": berlin.company.website,
    }
    assert job["role"] == {"name": "Data Engineer", "slug": "data-engineer"}
    assert (job["location"], job["city"], job["country"]) == ("Berlin, Germany", "Berlin", "DE")
    assert job["workplace"] == "hybrid"
    assert job["remote_regions"] == []
    assert job["employment_types"] == ["full_time", "part_time"]
    assert job["seniority"] == "senior"
    assert job["salary"] == {
        "as_posted": {
            "min": 90000,
            "max": 110000,
            "currency": "EUR",
            "period": "year",
            "display": "EUR 90K – 110K a year",
        },
        "annual_usd": {"min": 97826, "max": 119565},
    }
    assert same_time(job["published_at"], berlin.published_at)
    assert same_time(job["expires_at"], berlin.expires_at)
    assert job["featured"] is True

    remote = by_id[jobs["visible"]["remote"].pk]
    assert (remote["city"], remote["country"]) == (None, None)
    assert remote["remote_regions"] == ["DE", "FR"]
    assert remote["employment_types"] == ["contract"]
    assert remote["featured"] is False
    assert by_id[jobs["visible"]["unpaid"].pk]["salary"] is None
    assert by_id[jobs["visible"]["unpaid"].pk]["role"] is None


def test_list_is_newest_first_without_moving_featured_jobs_up(client, jobs):
    _, body = get_json(client, JOBS)

    ids = [job["id"] for job in body["results"]]
    assert ids == [p.pk for p in JobPosting.objects.visible().in_order("newest")]
    # The Berlin job, featured, leads on /jobs/ but not here: another job is newer.
    assert ids.index(jobs["visible"]["berlin"].pk) == 1


def test_detail_has_the_list_fields_and_the_description(client, jobs):
    scientist = jobs["visible"]["scientist"]
    _, listed = get_json(client, JOBS)
    status, job = get_json(client, f"{JOBS}/{scientist.pk}")

    assert status == 200
    assert job["description_html"] == scientist.description_html
    assert "<em>Python</em>" in job["description_html"]
    del job["description_html"]
    assert job == next(item for item in listed["results"] if item["id"] == scientist.pk)


@pytest.mark.parametrize("query", ["", "sort=salary", "featured=on", "salary_stated=on"])
def test_hidden_jobs_never_appear_in_the_list(client, jobs, query):
    ids = walk(client, query)

    assert not set(ids) & {posting.pk for posting in jobs["hidden"].values()}


@pytest.mark.parametrize("name", ["draft", "expired", "future", "lapsed"])
def test_hidden_job_detail_is_not_found(client, jobs, name):
    status, body = get_json(client, f"{JOBS}/{jobs['hidden'][name].pk}")

    assert (status, body) == (404, {"detail": "Not found"})


def test_eur_job_is_found_by_a_usd_minimum(client, jobs):
    berlin = jobs["visible"]["berlin"].pk  # EUR 110K a year is about USD 119,565

    assert berlin in walk(client, "min_salary=115000")
    assert berlin not in walk(client, "min_salary=120000")
    assert berlin in walk(client, "min_salary=105000&currency=EUR")
    assert berlin not in walk(client, "min_salary=115000&currency=EUR")


SEARCHES = [
    "",
    "q=python",
    "q=data+engineer",
    "role=data-engineer",
    "role=data-engineer&role=data-scientist",
    "seniority=senior",
    "seniority=senior&seniority=entry",
    "type=contract",
    "type=part_time&type=contract",
    "workplace=remote&workplace=hybrid",
    "location=berlin",
    "country=DE",
    "min_salary=100000",
    "min_salary=100000&currency=EUR",
    "posted_within=7",
    "featured=on",
    "salary_stated=on",
    "company=acme",
    "sort=salary",
    "seniority=senior&workplace=hybrid&type=part_time&salary_stated=on",
    # What the /jobs/ form submits when nothing is filled in.
    "q=&location=&country=&min_salary=&currency=USD&posted_within=&sort=newest",
]


@pytest.mark.parametrize("query", SEARCHES)
def test_same_search_finds_the_same_jobs_as_the_job_list(client, jobs, query):
    search = JobSearch(QueryDict(query))
    assert search.is_valid

    ids = walk(client, query, limit=2)

    assert ids == [posting.pk for posting in search.queryset]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("role=nope", "role"),
        ("seniority=boss", "seniority"),
        ("seniority=senior&seniority=", "seniority"),
        ("type=forever", "type"),
        ("workplace=moon", "workplace"),
        ("country=XX", "country"),
        ("currency=XYZ", "currency"),
        ("posted_within=2", "posted_within"),
        ("min_salary=-5", "min_salary"),
        ("min_salary=lots", "min_salary"),
        ("min_salary=1e309", "min_salary"),
        ("min_salary=NaN", "min_salary"),
        ("min_salary=99999999999999999999999", "min_salary"),
        ("sort=oldest", "sort"),
        ("q=" + "x" * 201, "q"),
        ("company=" + "x" * 201, "company"),
    ],
)
def test_filter_errors_are_those_of_the_job_search(client, jobs, query, field):
    search = JobSearch(QueryDict(query))

    status, body = get_json(client, f"{JOBS}?{query}")

    assert status == 400
    assert body == {"detail": "Invalid parameters.", "errors": search.errors}
    assert list(body["errors"]) == [field]


@pytest.mark.parametrize(
    "limit", ["abc", "", "0", "-1", "101", "1.5", "1e309", "99999999999999999999999"]
)
def test_invalid_limit_is_a_400_in_the_same_shape(client, jobs, limit):
    status, body = get_json(client, JOBS, {"limit": limit})

    assert status == 400
    assert body["detail"] == "Invalid parameters."
    assert list(body["errors"]) == ["limit"]
    assert all(isinstance(message, str) for message in body["errors"]["limit"])


@pytest.mark.parametrize(
    "name",
    ["q", "role", "seniority", "location", "country", "currency", "company", "sort", "cursor"],
)
def test_nul_bytes_are_a_400(client, jobs, name):
    status, body = get_json(client, JOBS, {name: "a\x00b"})

    assert status == 400
    assert name in body["errors"]


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("99999999999999999999999", 404),
        (str(2**63), 404),
        ("0", 404),
        ("-1", 404),
        ("abc", 400),
        ("1e309", 400),
        ("%00", 400),
    ],
)
def test_absurd_job_ids_are_answered_in_json(client, jobs, path, status):
    assert get_json(client, f"{JOBS}/{path}")[0] == status


@pytest.fixture
def crowd(posting_factory, company_factory):
    """Jobs made for paging: equal publish times, equal, zero and missing salaries."""
    tie = timezone.now() - datetime.timedelta(hours=3)
    company = company_factory()
    salaries = [None, 50_000, 50_000, 90_000, None, 90_000, 120_000, None, 50_000, None, 70_000, 0]
    for index, salary in enumerate(salaries):
        posting_factory(
            company=company,
            published_at=tie if index % 3 else tie - datetime.timedelta(minutes=index),
            **(
                {"no_salary": True}
                if salary is None
                else {"salary_min": Decimal(salary), "salary_max": Decimal(salary)}
            ),
        )
    posting_factory(company=company, draft=True)


@pytest.mark.parametrize("sort", ["newest", "salary"])
@pytest.mark.parametrize("limit", [1, 2, 3, 5, 100])
def test_cursor_walks_every_job_once_in_order(client, crowd, sort, limit):
    expected = [p.pk for p in JobPosting.objects.visible().in_order(sort)]

    ids = walk(client, f"sort={sort}", limit=limit)

    assert ids == expected
    assert len(ids) == len(set(ids)) == 12


def test_salary_sort_puts_jobs_without_salary_last(client, crowd):
    _, body = get_json(client, JOBS, {"sort": "salary", "limit": 100})

    maxima = [job["salary"] and job["salary"]["annual_usd"]["max"] for job in body["results"]]
    assert maxima == [120_000, 90_000, 90_000, 70_000, 50_000, 50_000, 50_000, 0] + [None] * 4


def test_cursor_keeps_working_with_filters(client, crowd):
    expected = [p.pk for p in JobPosting.objects.visible().filter(salary_max_usd__gte=60_000)]

    assert walk(client, "min_salary=60000&sort=newest", limit=1) == expected


@pytest.mark.parametrize(
    ("tamper", "sort"),
    [
        ("flip", "newest"),
        ("truncate", "newest"),
        ("garbage", "newest"),
        ("other_sort", "salary"),
        ("signed_nonsense", "newest"),
        ("signed_wrong_types", "salary"),
    ],
)
def test_bad_cursor_is_a_400(client, crowd, tamper, sort):
    _, first = get_json(client, JOBS, {"limit": 2})
    cursor = {
        "flip": first["next_cursor"][:5]
        + ("A" if first["next_cursor"][5] != "A" else "B")
        + first["next_cursor"][6:],
        "truncate": first["next_cursor"][:-1],
        "garbage": "not-a-cursor",
        "other_sort": first["next_cursor"],
        # Signed with our key but not a sort key: shapes the code must not trust blindly.
        "signed_nonsense": signing.dumps(["newest", "yesterday", 1], salt=CURSOR_SALT),
        "signed_wrong_types": signing.dumps(["salary", "a lot", "2024", "1"], salt=CURSOR_SALT),
    }[tamper]

    status, body = get_json(client, JOBS, {"limit": 2, "cursor": cursor, "sort": sort})

    assert status == 400
    assert body == {"detail": "Invalid parameters.", "errors": {"cursor": ["Invalid cursor."]}}


@pytest.mark.parametrize("limit", [1, 20, 100])
@pytest.mark.parametrize(
    ("query", "queries"),
    [
        # the page itself
        ("", 1),
        # the roles and the currencies to check the search against, then the page
        ("sort=salary&role=data-engineer&role=data-scientist&min_salary=1000", 3),
    ],
)
def test_list_runs_a_fixed_number_of_queries(
    client, jobs, posting_factory, company_factory, django_assert_num_queries, limit, query, queries
):
    for index in range(110):
        posting_factory(
            role=jobs["engineer"] if index % 2 else jobs["scientist"],
            company=company_factory(),
            salary_currency=rate("GBP" if index % 3 else "USD"),
            remote_regions=["DE", "FR"],
        )
    _, first = get_json(client, f"{JOBS}?{query}&limit=3")

    with django_assert_num_queries(queries):
        status, body = get_json(client, f"{JOBS}?{query}&limit={limit}")
    with django_assert_num_queries(queries):
        get_json(client, f"{JOBS}?{query}&limit={limit}&cursor={first['next_cursor']}")

    assert status == 200
    assert len(body["results"]) == limit


def test_cors_header_on_the_api_only(client, jobs):
    origin = {"Origin": "https://elsewhere.example"}

    api = client.get(JOBS, headers=origin)
    page = client.get("/jobs/", headers=origin)

    assert api["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Origin" not in page


def test_cors_preflight_allows_reading_only(client):
    response = client.options(
        JOBS,
        headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "GET"},
    )

    assert response["Access-Control-Allow-Origin"] == "*"
    assert set(response["Access-Control-Allow-Methods"].split(", ")) == {"GET", "OPTIONS", "HEAD"}
