import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def card_titles(response):
    return [a.get_text() for a in soup(response).select(".job-card .card-title a")]


def test_job_list_shows_visible_jobs_with_count_and_facets(client, posting_factory):
    posting_factory(title="Visible Job", seniority="senior")
    posting_factory(title="Draft Job", draft=True)
    posting_factory(title="Expired Job", expired=True)
    response = client.get("/jobs/")
    assert response.status_code == 200
    assert card_titles(response) == ["Visible Job"]
    page = soup(response)
    assert page.select_one(".result-count").get_text() == "1 job"
    senior = page.find("input", attrs={"name": "seniority", "value": "senior"})
    assert senior.find_parent("label").select_one(".count").get_text() == "1"


def test_job_list_pages_twenty_at_a_time(client, posting_factory):
    posting_factory.create_batch(25)
    first = client.get("/jobs/")
    assert len(card_titles(first)) == 20
    second = client.get("/jobs/?page=2")
    assert len(card_titles(second)) == 5
    assert soup(second).select_one(".result-count").get_text() == "25 jobs"


@pytest.mark.parametrize("page", ["0", "-1", "999999999999999999999999", "1e309", "x", "2.5"])
def test_absurd_page_numbers_show_a_page(client, posting_factory, page):
    posting_factory.create_batch(3)
    response = client.get("/jobs/", {"page": page})
    assert response.status_code == 200
    assert len(card_titles(response)) == 3


def test_invalid_filters_show_a_form_error_with_400(client, posting_factory):
    posting_factory(title="Remote Job", workplace="remote")
    posting_factory(title="Office Job")
    response = client.get("/jobs/?min_salary=lots&workplace=remote&seniority=wizard")
    assert response.status_code == 400
    errors = soup(response).select_one(".form-errors").get_text()
    assert "Minimum salary a year: Enter a number." in errors
    assert "Seniority: Select a valid choice." in errors
    assert card_titles(response) == ["Remote Job"]


def test_chips_link_to_the_search_without_them(client, posting_factory):
    posting_factory()
    response = client.get("/jobs/?seniority=mid&workplace=onsite&page=2")
    chips = {a.get_text(" ", strip=True): a["href"] for a in soup(response).select(".chip")}
    assert chips["Mid-level / Intermediate ×"] == "?workplace=onsite"
    assert chips["On-site ×"] == "?seniority=mid"
    assert soup(response).select_one(".clear-all")["href"] == "/jobs/"


def test_job_list_query_count_does_not_depend_on_filters_or_page_size(
    client, posting_factory, role_factory, django_assert_num_queries
):
    role = role_factory(slug="data-engineer")
    posting_factory.create_batch(30, role=role)
    posting_factory.create_batch(2, role=role, featured=True)
    # roles and currencies for the form, counts with facets, jobs by country (for the
    # counts beside the countries), featured jobs, other jobs
    with django_assert_num_queries(6):
        response = client.get("/jobs/")
    assert len(card_titles(response)) == 20
    # a page past the featured jobs does not look them up
    with django_assert_num_queries(5):
        client.get(
            "/jobs/?role=data-engineer&seniority=mid&type=full_time&workplace=onsite"
            "&min_salary=50000&currency=EUR&posted_within=7&country=US&q=data&sort=salary&page=2"
        )


def test_job_page_shows_every_field_and_an_apply_button(client, posting_factory, role_factory):
    role = role_factory(name="Data Engineer", slug="data-engineer")
    posting = posting_factory(
        title="Staff Data Engineer",
        role=role,
        is_part_time=True,
        seniority="senior",
        salary_min=100_000,
        salary_max=180_000,
        description="We build **lakes**.",
    )
    response = client.get(posting.get_absolute_url())
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text() == "Staff Data Engineer"
    assert page.select_one(".job-salary").get_text() == "USD 100K – 180K a year"
    apply = page.find("a", string="Apply now")
    # Through the board's own address, which counts the click and sends the visitor on.
    assert apply["href"] == f"/jobs/{posting.pk}/apply/"
    assert apply["rel"] == ["nofollow", "noopener"]
    assert client.get(apply["href"])["Location"] == "https://jobs.example/apply"
    facts = page.select_one(".facts").get_text(" ", strip=True)
    for fact in ["Full Time, Part Time", "Senior-level / Expert", "On-site", "Austin, TX"]:
        assert fact in facts
    assert page.select_one(".job-description strong").get_text() == "lakes"
    links = {a["href"] for a in page.select(".sidebar a")}
    assert {"/roles/data-engineer/", "/jobs/?role=data-engineer"} <= links


def test_job_page_query_count(client, posting_factory, role_factory, django_assert_num_queries):
    role = role_factory()
    posting = posting_factory(role=role)
    posting_factory.create_batch(5, role=role)
    # posting with company, role and rate; similar jobs; the role's comparisons
    with django_assert_num_queries(3):
        response = client.get(posting.get_absolute_url())
    assert len(soup(response).select(".related .job-card")) == 4


def test_old_slug_and_bare_id_redirect_to_the_current_address(client, posting_factory):
    posting = posting_factory(title="Data Engineer")
    old = posting.get_absolute_url()
    posting.title = "Senior Data Engineer"
    posting.save()
    for url in (old, f"/jobs/{posting.pk}/"):
        response = client.get(url)
        assert response.status_code == 301
        assert response["Location"] == f"/jobs/{posting.pk}-senior-data-engineer/"


@pytest.mark.parametrize("kind", ["draft", "future", "archived", "missing"])
def test_hidden_jobs_are_404(client, posting_factory, kind):
    if kind == "missing":
        url = "/jobs/987654-nothing/"
    else:
        overrides = {
            "draft": {"draft": True},
            "future": {"published_at": timezone.now() + datetime.timedelta(days=1)},
            "archived": {"status": "archived"},
        }[kind]
        url = posting_factory(**overrides).get_absolute_url()
    assert client.get(url).status_code == 404


def test_expired_job_keeps_its_page_with_a_notice_noindex_and_no_json_ld(client, posting_factory):
    lapsed = posting_factory(published_at=timezone.now() - datetime.timedelta(days=50))
    lapsed.expires_at = timezone.now() - datetime.timedelta(days=1)
    lapsed.save()
    for posting in (posting_factory(expired=True), lapsed):
        response = client.get(posting.get_absolute_url())
        assert response.status_code == 200
        page = soup(response)
        assert "no longer accepting applications" in page.select_one(".notice").get_text()
        assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
        assert not page.find("script", attrs={"type": "application/ld+json"})
        assert not page.find("a", string="Apply now")


def test_visible_job_page_carries_json_ld(client, posting_factory):
    posting = posting_factory()
    page = soup(client.get(posting.get_absolute_url()))
    data = json.loads(page.find("script", attrs={"type": "application/ld+json"}).string)
    assert data["@type"] == "JobPosting"
    assert data["url"] == f"http://testserver{posting.get_absolute_url()}"


def test_article_shows_featured_jobs_of_its_roles_first(
    client, comparison_factory, posting_factory, django_assert_num_queries
):
    comparison = comparison_factory()
    mine = posting_factory(title="Role A Featured", role=comparison.role_a, featured=True)
    other = posting_factory(title="Elsewhere Featured", featured=True)
    posting_factory(title="Not Featured", role=comparison.role_b)
    posting_factory(title="Expired Featured", role=comparison.role_a, featured=True, expired=True)
    # comparison, items of each role, related articles, featured jobs, salaries (2)
    with django_assert_num_queries(7):
        response = client.get(comparison.get_absolute_url())
    assert card_titles(response) == [mine.title, other.title]
    links = [a["href"] for a in soup(response).select(".more-links a")]
    assert links == [
        f"/jobs/?role={comparison.role_a.slug}",
        f"/jobs/?role={comparison.role_b.slug}",
    ]


def test_article_shows_at_most_four_featured_jobs(client, comparison_factory, posting_factory):
    comparison = comparison_factory()
    posting_factory.create_batch(6, role=comparison.role_a, featured=True)
    assert len(card_titles(client.get(comparison.get_absolute_url()))) == 4


def test_role_page_lists_its_visible_jobs(client, role_factory, posting_factory):
    role = role_factory(slug="data-analyst")
    posting_factory(title="Analyst Job", role=role)
    posting_factory(title="Draft Analyst Job", role=role, draft=True)
    posting_factory(title="Other Job")
    page = soup(client.get("/roles/data-analyst/"))
    assert [a.get_text() for a in page.select(".job-links a")] == ["Analyst Job"]


def test_home_shows_featured_jobs_and_a_job_search(client, posting_factory):
    posting_factory(title="Shiny Featured", featured=True)
    posting_factory(title="Plain Job")
    page = soup(client.get("/"))
    assert card_titles_from(page) == ["Shiny Featured"]
    assert page.select_one("form.hero-search")["action"] == "/jobs/"


def card_titles_from(page):
    return [a.get_text() for a in page.select(".job-card .card-title a")]
