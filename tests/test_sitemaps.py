import datetime
import xml.etree.ElementTree as ET

import factory
import pytest
from django.utils import timezone

from jobboard.sitemaps import JobSitemap
from postings.models import JobPosting
from roles.models import Comparison, Role

pytestmark = pytest.mark.django_db

SERVER = "http://testserver"
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
SECTIONS = ["pages", "comparisons", "roles", "salaries", "jobs", "companies"]


def parse(response, root):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    tree = ET.fromstring(response.content)
    assert tree.tag == f"{{{NS['sm']}}}{root}"
    return tree


def index(client):
    tree = parse(client.get("/sitemap.xml"), "sitemapindex")
    return [loc.text for loc in tree.findall("sm:sitemap/sm:loc", NS)]


def urlset(client, section, page=None):
    """Return {location: lastmod or None} of one page of a section."""
    url = f"/sitemap-{section}.xml" + (f"?p={page}" if page else "")
    tree = parse(client.get(url), "urlset")
    return {
        node.findtext("sm:loc", namespaces=NS): node.findtext("sm:lastmod", namespaces=NS)
        for node in tree.findall("sm:url", NS)
    }


def absolute(*objects):
    return {SERVER + obj.get_absolute_url() for obj in objects}


@pytest.fixture
def content(posting_factory, role_factory, comparison_factory):
    now = timezone.now()
    scientist = role_factory(name="Data Scientist", slug="data-scientist")
    engineer = role_factory(name="Data Engineer", slug="data-engineer")
    analyst = role_factory(name="Data Analyst", slug="data-analyst")
    architect = role_factory(name="Data Architect", slug="data-architect")
    lonely = role_factory(name="Prompt Engineer", slug="prompt-engineer")
    visible = [
        posting_factory(title="Visible Scientist", role=scientist),
        posting_factory(title="Visible Engineer", role=engineer, no_salary=True),
    ]
    # Only hidden or unsalaried postings: no salary page for the analyst or the architect.
    posting_factory(title="Draft Analyst", role=analyst, draft=True)
    posting_factory(title="Expired Analyst", role=analyst, expired=True)
    posting_factory(
        title="Lapsed Analyst",
        role=analyst,
        published_at=now - datetime.timedelta(days=40),
        expires_at=now - datetime.timedelta(days=1),
    )
    posting_factory(
        title="Future Analyst", role=analyst, published_at=now + datetime.timedelta(days=1)
    )
    posting_factory(
        title="Archived Analyst",
        role=architect,
        status=JobPosting.Status.ARCHIVED,
        published_at=now - datetime.timedelta(days=2),
    )
    published = comparison_factory(role_a=scientist, role_b=engineer)
    comparison_factory(role_a=scientist, role_b=analyst, draft=True)
    comparison_factory(
        role_a=engineer, role_b=analyst, published_at=now + datetime.timedelta(days=1)
    )
    return {
        "visible": visible,
        "hidden": JobPosting.objects.exclude(pk__in=[p.pk for p in visible]),
        "roles": [scientist, engineer, analyst, architect, lonely],
        "published": published,
    }


def test_sitemap_index_names_every_section(client, content):
    assert index(client) == [f"{SERVER}/sitemap-{section}.xml" for section in SECTIONS]
    assert client.get("/sitemap.xml")["X-Robots-Tag"] == "noindex, noodp, noarchive"


def test_pages_section_lists_the_main_pages(client, content):
    assert urlset(client, "pages") == {
        f"{SERVER}/": None,
        f"{SERVER}/insights/": None,
        f"{SERVER}/roles/": None,
        f"{SERVER}/jobs/": None,
        f"{SERVER}/salaries/": None,
    }


def test_jobs_section_lists_visible_jobs_only_with_lastmod(client, content):
    jobs = urlset(client, "jobs")
    assert set(jobs) == absolute(*content["visible"])
    assert not set(jobs) & absolute(*content["hidden"])
    assert jobs == {
        SERVER + posting.get_absolute_url(): posting.updated_at.date().isoformat()
        for posting in JobPosting.objects.filter(pk__in=[p.pk for p in content["visible"]])
    }


def test_comparisons_section_lists_published_comparisons_only(client, content):
    comparisons = urlset(client, "comparisons")
    assert set(comparisons) == absolute(content["published"])
    hidden = Comparison.objects.exclude(pk=content["published"].pk)
    assert hidden.count() == 2
    assert not set(comparisons) & absolute(*hidden)
    assert all(comparisons.values())


def test_comparison_lastmod_follows_its_roles(client, content):
    comparison = content["published"]
    Comparison.objects.filter(pk=comparison.pk).update(
        published_at=datetime.datetime(2024, 1, 2, tzinfo=datetime.UTC),
        updated_at=datetime.datetime(2024, 1, 3, tzinfo=datetime.UTC),
    )
    Role.objects.update(updated_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))
    assert urlset(client, "comparisons") == {SERVER + comparison.get_absolute_url(): "2024-01-03"}
    # The article is built from the roles' data: editing one changes the page.
    Role.objects.filter(pk=comparison.role_b_id).update(
        updated_at=datetime.datetime(2024, 3, 4, tzinfo=datetime.UTC)
    )
    assert urlset(client, "comparisons") == {SERVER + comparison.get_absolute_url(): "2024-03-04"}


def test_roles_section_lists_every_role_with_lastmod(client, content):
    Role.objects.filter(slug="data-analyst").update(
        updated_at=datetime.datetime(2024, 5, 6, tzinfo=datetime.UTC)
    )
    roles = urlset(client, "roles")
    assert set(roles) == absolute(*content["roles"])
    assert roles[f"{SERVER}/roles/data-analyst/"] == "2024-05-06"
    assert all(roles.values())


def test_salaries_section_lists_roles_with_a_visible_salaried_job(client, content):
    assert urlset(client, "salaries") == {f"{SERVER}/salaries/data-scientist/": None}


def test_sections_paginate_and_the_index_lists_every_page(client, posting_factory, monkeypatch):
    postings = posting_factory.create_batch(5)
    posting_factory(draft=True)
    monkeypatch.setattr(JobSitemap, "limit", 2)
    jobs = f"{SERVER}/sitemap-jobs.xml"
    assert index(client)[-4:-1] == [jobs, f"{jobs}?p=2", f"{jobs}?p=3"]
    pages = [urlset(client, "jobs", page) for page in (None, 2, 3)]
    assert [len(page) for page in pages] == [2, 2, 1]
    assert set().union(*pages) == absolute(*postings)
    for page in ("4", "0", "x"):
        assert client.get(f"/sitemap-jobs.xml?p={page}").status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_urls_use_the_request_scheme_and_host(client, posting_factory, settings):
    settings.ALLOWED_HOSTS = ["jobs.example"]
    posting = posting_factory()
    response = client.get("/sitemap-jobs.xml", headers={"host": "jobs.example"}, secure=True)
    assert f"<loc>https://jobs.example{posting.get_absolute_url()}</loc>" in response.text
    response = client.get("/sitemap.xml", headers={"host": "jobs.example"}, secure=True)
    assert "<loc>https://jobs.example/sitemap-jobs.xml</loc>" in response.text


def test_sitemap_query_counts_do_not_grow_with_items(
    client, posting_factory, role_factory, comparison_factory, django_assert_num_queries
):
    posting_factory.create_batch(3, role=factory.Iterator(role_factory.create_batch(3)))
    comparison_factory()
    # jobs: count, then the page
    with django_assert_num_queries(2):
        assert len(urlset(client, "jobs")) == 3
    # latest lastmod and count for comparisons, roles and jobs; count for salaries and
    # companies
    with django_assert_num_queries(8):
        index(client)
    posting_factory.create_batch(20, role=factory.Iterator(role_factory.create_batch(5)))
    comparison_factory.create_batch(3)
    with django_assert_num_queries(2):
        assert len(urlset(client, "jobs")) == 23
    with django_assert_num_queries(8):
        index(client)
    with django_assert_num_queries(2):
        urlset(client, "comparisons")
    with django_assert_num_queries(2):
        assert len(urlset(client, "salaries")) == 8
    with django_assert_num_queries(0):
        urlset(client, "pages")


def test_robots_txt_allows_the_site_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.text == (
        "User-agent: *\nDisallow: /admin/\n\nSitemap: http://testserver/sitemap.xml\n"
    )
    assert "/api/" not in response.text
