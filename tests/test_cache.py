import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = ["/", "/insights/", "/roles/", "/jobs/", "/salaries/", "/jobs/feed/", "/sitemap.xml"]


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def posting(posting_factory, role_factory):
    return posting_factory(title="Original Title", role=role_factory(slug="data-engineer"))


def test_second_anonymous_visit_is_served_without_queries(
    client, posting, django_assert_num_queries
):
    for url in (*PUBLIC_PAGES, posting.get_absolute_url(), "/salaries/data-engineer/"):
        first = client.get(url)
        assert first.status_code == 200, url
        with django_assert_num_queries(0):
            second = client.get(url)
        assert second.content == first.content, url


def test_anonymous_pages_touch_neither_session_nor_csrf(client, posting, comparison_factory):
    urls = [*PUBLIC_PAGES, posting.get_absolute_url(), comparison_factory().get_absolute_url()]
    for url in urls:
        response = client.get(url)
        assert not response.cookies, url
        assert "Cookie" not in response.get("Vary", ""), url


def test_an_admin_edit_shows_at_once(
    client, staff_client, posting, django_capture_on_commit_callbacks
):
    assert b"Original Title" in client.get("/jobs/").content
    url = reverse("admin:postings_jobposting_change", args=[posting.pk])
    form = staff_client.get(url).context["adminform"].form
    data = {
        name: value
        for name, value in form.initial.items()
        if value is not None and not isinstance(value, list)
    }
    data |= {
        "title": "Edited Title",
        "company": posting.company.pk,
        "role": posting.role.pk,
        "salary_currency": "USD",
        "remote_regions": [],
        "published_at_0": posting.published_at.strftime("%Y-%m-%d"),
        "published_at_1": posting.published_at.strftime("%H:%M:%S"),
        "expires_at_0": posting.expires_at.strftime("%Y-%m-%d"),
        "expires_at_1": posting.expires_at.strftime("%H:%M:%S"),
        "featured_until_0": "",
        "featured_until_1": "",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    page = client.get("/jobs/").content
    assert b"Edited Title" in page
    assert b"Original Title" not in page


def test_an_admin_action_shows_at_once(
    client, staff_client, posting, django_capture_on_commit_callbacks
):
    assert posting.get_absolute_url().encode() in client.get("/jobs/").content
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(
            reverse("admin:postings_jobposting_changelist"),
            {"action": "expire", "_selected_action": [posting.pk]},
        )
    assert posting.get_absolute_url().encode() not in client.get("/jobs/").content


def test_an_import_refreshes_salary_figures(
    client, posting, tmp_path, django_capture_on_commit_callbacks
):
    assert b"<dd>1 posting</dd>" in client.get("/salaries/data-engineer/").content
    source = tmp_path / "jobs.csv"
    source.write_text(
        "external_id,title,company,role,location,employment_types,seniority,"
        "salary_min,salary_max,salary_currency,description,apply_url\n"
        "x-1,Imported,Acme,data-engineer,Berlin,full_time,mid,90000,100000,EUR,Hello,"
        "https://acme.example/jobs/1\n"
    )
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_postings", str(source), stdout=io.StringIO())
    assert b"<dd>2 postings</dd>" in client.get("/salaries/data-engineer/").content


def test_signed_in_editors_bypass_the_cache(client, staff_client, posting_factory):
    client.get("/jobs/")
    # Written straight to the database, as no editor would: the cache is not told.
    posting_factory(title="Unannounced Job")
    assert b"Unannounced Job" not in client.get("/jobs/").content
    assert b"Unannounced Job" in staff_client.get("/jobs/").content


def test_errors_are_not_cached(client, posting_factory):
    assert client.get("/jobs/?min_salary=abc").status_code == 400
    posting_factory(title="Later Job")
    assert client.get("/jobs/?min_salary=abc").status_code == 400
    assert b"Later Job" in client.get("/jobs/?min_salary=abc").content


def cache_keys():
    return len(cache._cache)


def test_junk_query_parameters_add_no_cache_keys(client, posting, unrecorded_templates):
    pages = [*PUBLIC_PAGES, "/insights/feed/", "/salaries/data-engineer/", "/roles/data-engineer/"]
    for url in pages:
        assert client.get(url).status_code == 200, url
    before = cache_keys()

    for number in range(1000):
        url = pages[number % len(pages)]
        response = client.get(f"{url}?utm_source=ad{number}&junk{number}=x{number}")
        assert response.status_code == 200, url

    assert cache_keys() == before


def test_junk_parameters_are_served_the_clean_page(client, posting, django_assert_num_queries):
    clean = client.get("/insights/").content
    with django_assert_num_queries(0):
        junk = client.get("/insights/?utm_source=newsletter&fbclid=abc").content
    assert junk == clean
    assert b"utm_source" not in junk


def test_a_page_keys_on_the_parameters_it_reads(client, posting, role_factory):
    role_factory(name="Data Analyst", slug="data-analyst")
    everything = client.get("/jobs/").content
    analysts = client.get("/jobs/?role=data-analyst&utm_source=x").content
    assert analysts != everything
    assert analysts == client.get("/jobs/?role=data-analyst").content
    assert b"No jobs match" in analysts or b"0 jobs" in analysts
    feed = client.get("/jobs/feed/?role=data-engineer&ref=x").content
    assert posting.title.encode() in feed
    assert posting.title.encode() not in client.get("/jobs/feed/?role=data-analyst").content


def test_every_job_search_parameter_is_part_of_the_key():
    from postings.search import PARAMETERS

    assert set(PARAMETERS) == {
        "q", "role", "seniority", "type", "workplace", "location", "country", "min_salary",
        "currency", "posted_within", "featured", "salary_stated", "company", "sort",
    }  # fmt: skip


def test_pages_over_the_size_cap_are_not_cached(
    client, posting, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_MAX_BYTES = 5_000
    assert len(client.get("/jobs/").content) > 5_000
    with django_assert_num_queries(5):
        client.get("/jobs/")
    assert len(client.get("/robots.txt").content) < 5_000
    small = client.get("/sitemap.xml")
    assert len(small.content) < 5_000
    with django_assert_num_queries(0):
        client.get("/sitemap.xml")


def test_the_size_cap_has_room_for_every_ordinary_page(settings):
    assert 1_000_000 <= settings.PAGE_CACHE_MAX_BYTES <= 4_000_000
