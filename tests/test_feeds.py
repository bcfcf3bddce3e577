import datetime
from decimal import Decimal

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.http import QueryDict
from django.utils import timezone

from postings.models import JobPosting
from postings.search import JobSearch
from tests.factories import rate

pytestmark = pytest.mark.django_db

SERVER = "http://testserver"


def parse(response):
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.bozo_exception
    return parsed


def jobs_feed(client, query=""):
    return parse(client.get(f"/jobs/feed/?{query}"))


def aware(value):
    parsed = datetime.datetime.fromisoformat(value)
    assert parsed.tzinfo is not None
    return parsed


def list_links(client, query=""):
    """Return the absolute job links on the first page of the same search on /jobs/."""
    response = client.get(f"/jobs/?{query}")
    assert response.status_code == 200
    cards = BeautifulSoup(response.content, "html.parser").select(".job-card .card-title a")
    return {SERVER + a["href"] for a in cards}


def search_links(query=""):
    return {SERVER + posting.get_absolute_url() for posting in JobSearch(QueryDict(query)).queryset}


HIDDEN = [
    "Draft Scientist",
    "Expired Scientist",
    "Lapsed Scientist",
    "Future Scientist",
    "Archived Scientist",
]


@pytest.fixture
def jobs(posting_factory, role_factory, company_factory):
    scientist = role_factory(name="Data Scientist", slug="data-scientist")
    engineer = role_factory(name="Data Engineer", slug="data-engineer")
    acme = company_factory(name="Acme Analytics", slug="acme")
    now = timezone.now()
    days = datetime.timedelta(days=1)
    posting_factory(
        title="Senior Data Scientist",
        role=scientist,
        company=acme,
        seniority="senior",
        salary_min=150_000,
        salary_max=190_000,
        description="Forecast demand with Bayesian models.",
        published_at=now - 3 * days,
    )
    posting_factory(
        title="Data Scientist, Berlin",
        role=scientist,
        seniority="mid",
        salary_min=95_000,
        salary_max=115_000,
        salary_currency=rate("EUR"),
        location="Berlin, Germany",
        country="DE",
        published_at=now - 2 * days,
    )
    posting_factory(
        title="Junior Data Scientist",
        role=scientist,
        seniority="entry",
        salary_min=60_000,
        salary_max=80_000,
        published_at=now - 5 * days,
    )
    posting_factory(
        title="Senior Data Engineer",
        role=engineer,
        seniority="senior",
        workplace="remote",
        description="Own the pipelines our analysts rely on.",
        no_salary=True,
        published_at=now - 4 * days,
    )
    posting_factory(
        title="Staff Data Engineer",
        role=engineer,
        seniority="senior",
        is_featured=True,
        published_at=now - 10 * days,
    )
    # Hidden, each for its own reason, and each one would match every search above.
    hidden = {
        "role": scientist,
        "seniority": "senior",
        "salary_min": 200_000,
        "salary_max": 250_000,
        "description": "Bayesian pipelines.",
    }
    posting_factory(title="Draft Scientist", draft=True, **hidden)
    posting_factory(title="Expired Scientist", expired=True, **hidden)
    posting_factory(
        title="Lapsed Scientist",
        published_at=now - 40 * days,
        expires_at=now - days,
        **hidden,
    )
    posting_factory(title="Future Scientist", published_at=now + days, **hidden)
    posting_factory(
        title="Archived Scientist",
        status=JobPosting.Status.ARCHIVED,
        published_at=now - 2 * days,
        **hidden,
    )
    return {"scientist": scientist, "engineer": engineer}


@pytest.mark.parametrize(
    "query",
    [
        "",
        "seniority=senior",
        "role=data-scientist&min_salary=100000&currency=EUR",
        "q=pipelines",
        "q=bayesian",
        "workplace=remote&seniority=senior",
        "featured=on",
    ],
)
def test_jobs_feed_lists_exactly_the_jobs_of_the_same_search(client, jobs, query):
    parsed = jobs_feed(client, query)
    links = {entry.link for entry in parsed.entries}
    assert links  # a search that matches nothing would prove nothing
    assert links == search_links(query)
    assert links == list_links(client, query)
    assert len(parsed.entries) == len(links)
    assert {entry.id for entry in parsed.entries} == links
    titles = " ".join(entry.title for entry in parsed.entries)
    assert not any(hidden in titles for hidden in HIDDEN)


def test_jobs_feed_searches_narrow_as_the_list_does(client, jobs):
    def titles(query):
        return {entry.title.split(" at ")[0] for entry in jobs_feed(client, query).entries}

    assert titles("seniority=senior") == {
        "Senior Data Scientist",
        "Senior Data Engineer",
        "Staff Data Engineer",
    }
    # EUR 100,000 is about USD 108,700: the Berlin job (up to EUR 115K) reaches it, the
    # junior job (up to USD 80K) does not.
    assert titles("role=data-scientist&min_salary=100000&currency=EUR") == {
        "Senior Data Scientist",
        "Data Scientist, Berlin",
    }
    assert titles("q=bayesian") == {"Senior Data Scientist"}


def test_jobs_feed_is_newest_first_not_featured_first(client, jobs):
    parsed = jobs_feed(client, "sort=salary&page=2")
    published = [aware(entry.published) for entry in parsed.entries]
    assert published == sorted(published, reverse=True)
    # The featured job heads the list page but is the oldest, so it comes last here.
    assert parsed.entries[-1].title.startswith("Staff Data Engineer")


def test_jobs_feed_entry_fields(client, posting_factory, company_factory, role_factory):
    company = company_factory(name="Smith & Co", slug="smith", website="https://smith.example")
    posting = posting_factory(
        title="R&D Data Scientist",
        company=company,
        role=role_factory(name="Data Scientist", slug="data-scientist"),
        location="Berlin, Germany",
        workplace="hybrid",
        is_contract=True,
        seniority="senior",
        salary_min=Decimal(90_000),
        salary_max=Decimal(120_000),
        salary_currency=rate("EUR"),
        description="Design experiments <script>alert(1)</script> that matter.",
    )
    posting.refresh_from_db()
    [entry] = jobs_feed(client).entries
    url = SERVER + posting.get_absolute_url()
    assert entry.title == "R&D Data Scientist at Smith & Co"
    assert entry.link == url
    assert entry.id == url
    assert aware(entry.published) == posting.published_at
    assert aware(entry.updated) == posting.updated_at
    assert entry.author == "Smith & Co"
    assert entry.author_detail.href == "https://smith.example"
    summary = entry.summary
    for fact in [
        "Smith &amp; Co",
        "Berlin, Germany",
        "Full Time, Contract",
        "Senior-level / Expert",
        "Hybrid",
        "EUR 90K – 120K a year",
        "Design experiments",
    ]:
        assert fact in summary
    assert "<script" not in summary
    assert {tag.term for tag in entry.tags} == {
        "Data Scientist",
        "Senior-level / Expert",
        "Hybrid",
        "Full Time",
        "Contract",
    }


def test_jobs_feed_entry_without_salary_states_none(client, posting_factory):
    posting_factory(no_salary=True, location="Remote", workplace="remote")
    [entry] = jobs_feed(client).entries
    assert " a year" not in entry.summary
    assert entry.summary.count("Remote") == 1


def test_scheduled_job_is_updated_no_earlier_than_published(client, posting_factory):
    posting = posting_factory()
    later = timezone.now() - datetime.timedelta(minutes=5)
    JobPosting.objects.filter(pk=posting.pk).update(
        published_at=later, updated_at=later - datetime.timedelta(days=3)
    )
    [entry] = jobs_feed(client).entries
    assert aware(entry.updated) == aware(entry.published) == later


def test_jobs_feed_title_and_links_follow_the_search(client, posting_factory):
    posting_factory(seniority="senior", workplace="remote")
    parsed = jobs_feed(client, "seniority=senior&workplace=remote&page=3")
    assert parsed.feed.title == "Jobs: Senior-level / Expert, Remote"
    links = {link.rel: link.href for link in parsed.feed.links}
    assert links["alternate"] == f"{SERVER}/jobs/?seniority=senior&workplace=remote"
    assert links["self"] == f"{SERVER}/jobs/feed/?seniority=senior&workplace=remote"
    assert parsed.feed.author == "Career Compass"

    everything = jobs_feed(client)
    assert everything.feed.title == "All jobs"
    assert everything.feed.link == f"{SERVER}/jobs/"


def test_jobs_feed_keeps_the_newest_fifty(client, posting_factory):
    now = timezone.now()
    postings = [
        posting_factory(published_at=now - datetime.timedelta(hours=hours))
        for hours in range(1, 56)
    ]
    parsed = jobs_feed(client)
    assert [entry.link for entry in parsed.entries] == [
        SERVER + posting.get_absolute_url() for posting in postings[:50]
    ]


@pytest.mark.parametrize(
    ("query", "messages"),
    [
        ("min_salary=lots", ["min_salary (Minimum salary a year): Enter a number."]),
        (
            "seniority=wizard&role=nobody",
            [
                "seniority (Seniority): Select a valid choice.",
                "role (Role): Select a valid choice.",
            ],
        ),
        ("currency=XXX&min_salary=1", ["currency (Currency): Select a valid choice."]),
        ("posted_within=365", ["posted_within (Posted): Select a valid choice."]),
    ],
)
def test_invalid_parameters_answer_400_with_the_errors(client, posting_factory, query, messages):
    posting_factory()
    response = client.get(f"/jobs/feed/?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    for message in messages:
        assert message in text
    assert "<feed" not in text


def test_jobs_feed_query_count_does_not_grow_with_entries(
    client, posting_factory, role_factory, django_assert_num_queries
):
    role = role_factory(slug="data-engineer")
    posting_factory.create_batch(3, role=role)
    # one page of jobs with company, role and currency
    with django_assert_num_queries(1):
        assert len(jobs_feed(client).entries) == 3
    posting_factory.create_batch(30, role=role, is_contract=True)
    with django_assert_num_queries(1):
        assert len(jobs_feed(client).entries) == 33
    # the roles and the currencies to check the search against, then the page
    with django_assert_num_queries(3):
        jobs_feed(client, "role=data-engineer&seniority=mid&min_salary=50000&currency=EUR&q=data")


def test_insights_feed_lists_published_comparisons_newest_first(
    client, comparison_factory, django_assert_num_queries
):
    now = timezone.now()
    older = comparison_factory(published_at=now - datetime.timedelta(days=5))
    newer = comparison_factory(
        published_at=now - datetime.timedelta(days=1), intro="Two careers & one <choice>."
    )
    comparison_factory(draft=True)
    comparison_factory(published_at=now + datetime.timedelta(days=1))  # scheduled
    with django_assert_num_queries(1):
        parsed = parse(client.get("/insights/feed/"))
    assert parsed.feed.title == "Career Compass: career comparisons"
    assert parsed.feed.link == f"{SERVER}/insights/"
    assert [entry.link for entry in parsed.entries] == [
        SERVER + newer.get_absolute_url(),
        SERVER + older.get_absolute_url(),
    ]
    entry = parsed.entries[0]
    newer.refresh_from_db()
    assert entry.title == f"{newer.role_a.name} vs. {newer.role_b.name}: A Detailed Comparison"
    assert entry.id == entry.link
    assert aware(entry.published) == newer.published_at
    assert aware(entry.updated) == newer.updated_at
    assert "Two careers &amp; one &lt;choice&gt;." in entry.summary
    assert {tag.term for tag in entry.tags} == {newer.role_a.name, newer.role_b.name}
