import json

import pytest
from bs4 import BeautifulSoup

from postings.models import JobPosting
from roles.models import Comparison

pytestmark = pytest.mark.django_db


def head(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    page = BeautifulSoup(response.content, "html.parser")

    def meta(**attrs):
        tag = page.find("meta", attrs=attrs)
        return tag["content"] if tag else None

    return {
        "title": page.title.get_text(),
        "description": meta(name="description"),
        "canonical": page.find("link", rel="canonical")["href"],
        "og:title": meta(property="og:title"),
        "og:description": meta(property="og:description"),
        "og:url": meta(property="og:url"),
        "og:type": meta(property="og:type"),
        "twitter:card": meta(name="twitter:card"),
        "robots": meta(name="robots"),
        "json_ld": [
            json.loads(s.string) for s in page.find_all("script", type="application/ld+json")
        ],
    }


@pytest.fixture
def pages(demo_content):
    jobs = list(JobPosting.objects.visible().order_by("pk")[:2])
    return [
        "/",
        "/insights/",
        "/insights/?role=data-scientist",
        "/insights/data-scientist-vs-lead-machine-learning-engineer/",
        "/insights/data-scientist-vs-data-analyst/",
        "/roles/",
        "/roles/data-scientist/",
        "/roles/data-engineer/",
        "/jobs/",
        "/jobs/?role=data-engineer",
        "/jobs/?page=2",
        *[job.get_absolute_url() for job in jobs],
        "/salaries/",
        "/salaries/data-scientist/",
        "/salaries/data-scientist/?country=US",
    ]


def test_every_public_page_has_unique_complete_metadata(client, pages):
    heads = {url: head(client, url) for url in pages}
    for url, data in heads.items():
        assert data["title"].endswith(" · Career Compass"), url
        assert 20 < len(data["description"]) <= 160, url
        assert data["canonical"].startswith("http://testserver/"), url
        assert data["og:title"] == data["title"].removesuffix(" · Career Compass"), url
        assert data["og:description"] == data["description"], url
        assert data["og:url"] == data["canonical"], url
        assert data["twitter:card"] == "summary", url
        assert data["robots"] is None, url
    for field in ("title", "description", "canonical"):
        values = [data[field] for data in heads.values()]
        assert len(set(values)) == len(values), f"duplicate {field}: {values}"


def test_filtered_job_lists_point_their_canonical_at_a_sensible_page(client, demo_content):
    assert head(client, "/jobs/?seniority=senior&workplace=remote")["canonical"] == (
        "http://testserver/jobs/"
    )
    assert head(client, "/jobs/?role=data-engineer&seniority=senior")["canonical"] == (
        "http://testserver/jobs/?role=data-engineer"
    )
    assert head(client, "/jobs/?role=data-engineer&role=data-analyst")["canonical"] == (
        "http://testserver/jobs/"
    )


def test_comparison_carries_article_and_breadcrumbs(client, demo_content):
    url = "/insights/data-scientist-vs-lead-machine-learning-engineer/"
    data = head(client, url)
    assert data["og:type"] == "article"
    article, trail = data["json_ld"]
    assert article["@type"] == "Article"
    assert article["headline"] == (
        "Data Scientist vs. Lead Machine Learning Engineer: A Detailed Comparison"
    )
    published = Comparison.objects.get(
        role_a__slug="data-scientist", role_b__slug="lead-machine-learning-engineer"
    ).published_at
    assert article["datePublished"].startswith(published.date().isoformat())
    assert article["mainEntityOfPage"] == f"http://testserver{url}"
    assert [a["name"] for a in article["about"]] == [
        "Data Scientist",
        "Lead Machine Learning Engineer",
    ]
    assert trail["@type"] == "BreadcrumbList"
    assert [(item["position"], item["item"]) for item in trail["itemListElement"]] == [
        (1, "http://testserver/insights/"),
        (2, f"http://testserver{url}"),
    ]


def test_expired_jobs_and_previews_are_noindex(
    client, staff_client, posting_factory, comparison_factory
):
    expired = posting_factory(expired=True)
    assert head(client, expired.get_absolute_url())["robots"] == "noindex"
    draft = comparison_factory(draft=True)
    assert head(staff_client, draft.get_absolute_url())["robots"] == "noindex"
