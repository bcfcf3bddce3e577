"""The job seeker's experience of /jobs/: a phone-first search, honest sorting, remote
eligibility, freshness, counts beside every option."""

import datetime
import json
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from postings import regions
from postings.models import JobPosting
from tests.factories import rate

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def card_titles(response):
    return [a.get_text() for a in soup(response).select(".job-card .card-title a")]


@pytest.fixture
def remote_jobs(posting_factory):
    posting_factory(title="Berlin Office", country="DE", location="Berlin, Germany")
    posting_factory(title="Munich Hybrid", country="DE", workplace="hybrid", location="Munich")
    posting_factory(
        title="Remote EU", workplace="remote", country="FR", location="Remote - EU",
        remote_regions=["EU"],
    )  # fmt: skip
    posting_factory(
        title="Remote DACH", workplace="remote", country="", location="Remote",
        remote_regions=["DE", "AT", "CH"],
    )  # fmt: skip
    posting_factory(title="Remote Anywhere", workplace="remote", country="", location="Remote")
    posting_factory(
        title="Remote US only", workplace="remote", country="US", location="Remote - US",
        remote_regions=["US"],
    )  # fmt: skip
    posting_factory(title="Paris Office", country="FR", location="Paris")
    posting_factory(
        title="Remote APAC", workplace="remote", country="SG", location="Remote - APAC",
        remote_regions=["APAC"],
    )  # fmt: skip


# Phone-first search ------------------------------------------------------------------------


def test_filters_open_from_a_disclosure_that_counts_the_filters_in_use(client, posting_factory):
    posting_factory(seniority="senior", workplace="remote")
    response = client.get("/jobs/?seniority=senior&workplace=remote&q=data")
    page = soup(response)
    panel = page.select_one("aside details.filters-panel")
    assert panel is not None
    assert not panel.has_attr("open")
    # q is in the search row above, not in the panel: two filters in the panel.
    assert panel.summary.get_text(" ", strip=True) == "Filters (2) in use"
    # Results come after the (closed) panel's button, before nothing else of the panel.
    assert page.select_one("script[src$='job-search.js']").has_attr("defer")


def test_a_search_with_empty_or_default_parameters_is_redirected_to_its_tidy_address(client):
    response = client.get("/jobs/?q=&location=&seniority=senior&sort=newest&currency=USD&page=2")
    assert response.status_code == 302
    assert response["Location"] == "/jobs/?seniority=senior&page=2"
    assert client.get("/jobs/?q=&location=")["Location"] == "/jobs/"
    # Already tidy, or with errors to show: no redirect.
    assert client.get("/jobs/?seniority=senior").status_code == 200
    assert client.get("/jobs/?seniority=wizard&q=").status_code == 400


# Honest sorting ----------------------------------------------------------------------------


def test_salary_sort_never_puts_a_featured_job_above_a_higher_salary(client, posting_factory):
    posting_factory(title="Featured Modest", featured=True, salary_min=50_000, salary_max=60_000)
    posting_factory(title="Well Paid", salary_min=200_000, salary_max=240_000)
    posting_factory(
        title="Hourly Contract", is_full_time=False, is_contract=True,
        salary_min=Decimal(100), salary_max=Decimal(120), salary_period="hour",
    )  # fmt: skip
    posting_factory(title="No Salary", no_salary=True)
    response = client.get("/jobs/?sort=salary")
    # USD 120 an hour is USD 249,600 a year: above the 240K salary.
    assert card_titles(response) == ["Hourly Contract", "Well Paid", "Featured Modest", "No Salary"]
    hourly = soup(response).select(".job-card")[0].select_one(".salary").get_text(" ", strip=True)
    assert hourly == "USD 100 – 120 an hour (≈ USD 208K – 250K a year)"
    # The default order still pins featured jobs.
    assert card_titles(client.get("/jobs/"))[0] == "Featured Modest"


def test_salary_sort_costs_no_featured_query(client, posting_factory, django_assert_num_queries):
    posting_factory.create_batch(3)
    posting_factory(featured=True)
    # roles and currencies, counts, jobs by country, the page's jobs
    with django_assert_num_queries(5):
        assert client.get("/jobs/?sort=salary").status_code == 200


# Remote eligibility ------------------------------------------------------------------------


def test_country_finds_the_jobs_you_can_do_from_there(client, remote_jobs):
    response = client.get("/jobs/?country=DE")
    assert sorted(card_titles(response)) == [
        "Berlin Office", "Munich Hybrid", "Remote Anywhere", "Remote DACH", "Remote EU",
    ]  # fmt: skip
    page = soup(response)
    assert page.h1.get_text() == "Jobs you can do from Germany"
    assert "remote jobs open to people living there" in page.select_one(".lede").get_text()
    remote = client.get("/jobs/?country=DE&workplace=remote")
    assert sorted(card_titles(remote)) == ["Remote Anywhere", "Remote DACH", "Remote EU"]
    assert sorted(card_titles(client.get("/jobs/?country=SG"))) == [
        "Remote APAC", "Remote Anywhere",
    ]  # fmt: skip


def test_cards_say_where_remote_jobs_take_applicants_from(client, remote_jobs):
    tags = {
        card.select_one(".card-title").get_text(): card.select_one(".tags").get_text(" ")
        for card in soup(client.get("/jobs/?workplace=remote")).select(".job-card")
    }
    assert "Remote from European Union" in tags["Remote EU"]
    assert "Remote from anywhere" in tags["Remote Anywhere"]
    assert "Remote from Germany, Austria, Switzerland" in tags["Remote DACH"]


def test_the_rule_in_python_agrees_with_the_filter(remote_jobs):
    for country in ["DE", "FR", "US", "SG", "AT", "BR"]:
        found = set(
            JobPosting.objects.visible()
            .filter(regions.eligible_from(country))
            .values_list("title", flat=True)
        )
        visible = JobPosting.objects.visible()
        expected = {p.title for p in visible if regions.is_eligible(p, country)}
        assert found == expected, country


def test_json_ld_spells_out_regions_as_countries(client, posting_factory):
    posting = posting_factory(workplace="remote", remote_regions=["EEA", "GB"])
    page = soup(client.get(posting.get_absolute_url()))
    data = json.loads(page.find("script", type="application/ld+json").string)
    names = [place["name"] for place in data["applicantLocationRequirements"]]
    assert len(names) == 31  # the 30 EEA countries and the United Kingdom
    assert {"Germany", "Norway", "Iceland", "United Kingdom"} <= set(names)
    assert "(from European Economic Area, United Kingdom)" in page.select_one(".facts").get_text()


def test_a_location_search_for_a_region_finds_the_regions_inside_it(client, remote_jobs):
    europe = sorted(card_titles(client.get("/jobs/?location=Europe")))
    assert europe == ["Berlin Office", "Munich Hybrid", "Paris Office", "Remote DACH", "Remote EU"]
    assert card_titles(client.get("/jobs/?location=apac")) == ["Remote APAC"]
    # Any other text is looked for as it is.
    assert card_titles(client.get("/jobs/?location=munich")) == ["Munich Hybrid"]


def test_country_options_show_how_many_jobs_each_would_give(client, remote_jobs):
    page = soup(client.get("/jobs/"))
    options = {o["value"]: o.get_text() for o in page.select("select[name=country] option")}
    # Germany: two on the spot, Remote EU, Remote DACH, Remote Anywhere.
    assert options["DE"] == "Germany (5)"
    assert options["BR"] == "Brazil (1)"  # anyone may apply to Remote Anywhere
    assert options[""] == "Any country"


# Freshness -------------------------------------------------------------------------------


def test_cards_say_how_long_ago_and_mark_new_jobs(client, posting_factory):
    now = timezone.now()
    posting_factory(title="Fresh", published_at=now - datetime.timedelta(hours=5))
    posting_factory(title="Older", published_at=now - datetime.timedelta(days=2, hours=1))
    cards = {
        card.select_one(".card-title").get_text(): card
        for card in soup(client.get("/jobs/")).select(".job-card")
    }
    fresh, older = cards["Fresh"], cards["Older"]
    assert fresh.select_one(".badge-new").get_text() == "New"
    assert fresh.select_one("time").get_text() == "5 hours ago"
    assert older.select_one(".badge-new") is None
    assert older.select_one("time").get_text() == "2 days ago"
    assert older.select_one("time")["datetime"].startswith(
        timezone.localtime(now - datetime.timedelta(days=2, hours=1)).date().isoformat()
    )


def test_home_page_cards_show_freshness_too(client, posting_factory):
    posting_factory(featured=True, published_at=timezone.now() - datetime.timedelta(hours=3))
    card = soup(client.get("/")).select_one(".job-card")
    assert card.select_one("time").get_text() == "3 hours ago"
    assert card.select_one(".badge-new")


# Counts, roles, company ------------------------------------------------------------------


def test_roles_are_listed_alphabetically_with_counts(client, posting_factory, role_factory):
    mlops = role_factory(name="MLOps Engineer", slug="mlops-engineer")
    role_factory(name="Machine Learning Engineer", slug="machine-learning-engineer")
    analyst = role_factory(name="data Analyst", slug="data-analyst")
    posting_factory.create_batch(2, role=mlops)
    posting_factory(role=analyst)
    page = soup(client.get("/jobs/"))
    roles = [
        (label.select_one("span").get_text(), label.select_one(".count").get_text())
        for label in page.select("input[name=role]")
        for label in [label.find_parent("label")]
    ]
    assert roles == [
        ("data Analyst", "1"), ("Machine Learning Engineer", "0"), ("MLOps Engineer", "2"),
    ]  # fmt: skip


def test_the_company_chip_shows_the_company_name(client, posting_factory, company_factory):
    posting_factory(company=company_factory(name="Tessellate Labs", slug="tessellate-labs"))
    page = soup(client.get("/jobs/?company=tessellate-labs"))
    chips = [a.get_text(" ", strip=True) for a in page.select(".chip")]
    assert chips == ["Company: Tessellate Labs ×"]


def test_favicon_answers(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith(".svg")
    assert 'rel="icon"' in client.get("/").content.decode()


def test_four_featured_cards_sit_two_by_two(client, comparison_factory, posting_factory):
    comparison = comparison_factory()
    posting_factory.create_batch(4, featured=True)
    grid = soup(client.get(comparison.get_absolute_url())).select_one(".featured-jobs .card-grid")
    assert "pairs" in grid["class"]


def test_remote_regions_in_rates(db):
    # The region data is consistent: every region lists known countries, no repeats.
    from django_countries import countries

    known = {code for code, _ in countries}
    for code, region in regions.regions().items():
        assert set(region["countries"]) <= known, code
        assert len(set(region["countries"])) == len(region["countries"]), code
    assert set(regions.regions_containing("DE")) == {"EU", "EEA", "EUROPE"}
    assert rate("USD")
