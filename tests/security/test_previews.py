"""Previews of what the public cannot see yet: draft and scheduled comparisons and job
postings open, with a "Preview" banner and noindex, for users who may view them in admin
(the comparison's or the posting's view permission), never for other staff or anonymous
visitors, and never from or into a cache."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from postings.models import JobPosting

pytestmark = pytest.mark.django_db


def client_for(django_user_model, username, *groups, permissions=(), is_staff=True):
    user = django_user_model.objects.create_user(username, password="x" * 20, is_staff=is_staff)
    user.groups.add(*Group.objects.filter(name__in=groups))
    for codename in permissions:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor(django_user_model):
    return client_for(django_user_model, "article-editor", "Editors")


@pytest.fixture
def job_manager(django_user_model):
    return client_for(django_user_model, "job-manager", "Job managers")


@pytest.fixture
def bare_staff(django_user_model):
    """Staff with no permission at all: admin shows them nothing."""
    return client_for(django_user_model, "bare-staff")


@pytest.fixture
def comparison_viewer(django_user_model):
    return client_for(django_user_model, "reader", permissions=["view_comparison"])


def robots(response):
    tag = BeautifulSoup(response.content, "html.parser").find("meta", attrs={"name": "robots"})
    return tag["content"] if tag else None


def assert_private_preview(response, banner):
    assert response.status_code == 200
    assert banner.encode() in response.content
    assert robots(response) == "noindex"
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


# Comparisons


@pytest.fixture
def draft_comparison(comparison_factory):
    return comparison_factory(draft=True)


def test_editors_preview_draft_comparisons(editor, draft_comparison):
    response = editor.get(draft_comparison.get_absolute_url())
    assert_private_preview(response, "Preview: this comparison is a draft")


def test_the_view_permission_alone_is_enough(comparison_viewer, draft_comparison):
    response = comparison_viewer.get(draft_comparison.get_absolute_url())
    assert_private_preview(response, "Preview: this comparison is a draft")


@pytest.mark.parametrize("who", ["job_manager", "bare_staff", "client"])
def test_others_get_404_for_draft_comparisons(request, who, draft_comparison):
    client = request.getfixturevalue(who)
    assert client.get(draft_comparison.get_absolute_url()).status_code == 404
    reversed_url = f"/insights/{draft_comparison.role_b.slug}-vs-{draft_comparison.role_a.slug}/"
    assert client.get(reversed_url).status_code == 404


def test_published_comparisons_are_not_marked_private(editor, comparison_factory):
    response = editor.get(comparison_factory().get_absolute_url())
    assert response.status_code == 200
    assert b"Preview:" not in response.content
    assert "no-store" not in response.get("Cache-Control", "")


# Job postings


@pytest.mark.parametrize(
    ("kind", "banner"),
    [
        ({"draft": True}, "Preview: this job is a draft"),
        (
            {"published_at": timezone.now() + datetime.timedelta(days=2)},
            "Preview: this job is scheduled for",
        ),
        ({"status": JobPosting.Status.ARCHIVED}, "Preview: this job is archived"),
    ],
)
def test_job_managers_preview_hidden_postings(job_manager, posting_factory, kind, banner):
    posting = posting_factory(title="Hidden Analyst", **kind)
    response = job_manager.get(posting.get_absolute_url())
    assert_private_preview(response, banner)
    assert b"Hidden Analyst" in response.content
    assert b"application/ld+json" not in response.content
    assert b"no longer accepting applications" not in response.content


@pytest.mark.parametrize("who", ["editor", "bare_staff", "client"])
def test_others_get_404_for_hidden_postings(request, who, posting_factory):
    client = request.getfixturevalue(who)
    posting = posting_factory(draft=True)
    assert client.get(posting.get_absolute_url()).status_code == 404
    assert client.get(f"/jobs/{posting.pk}/").status_code == 404


def test_a_preview_with_an_old_slug_moves_to_the_current_address(job_manager, posting_factory):
    posting = posting_factory(draft=True)
    response = job_manager.get(f"/jobs/{posting.pk}-old-title/")
    assert response.status_code == 301
    assert response["Location"] == posting.get_absolute_url()


def test_admin_view_on_site_opens_the_preview(job_manager, posting_factory):
    posting = posting_factory(draft=True, title="Draft From Admin")
    page = job_manager.get(reverse("admin:postings_jobposting_change", args=[posting.pk]))
    link = BeautifulSoup(page.content, "html.parser").select_one("a.viewsitelink")["href"]
    response = job_manager.get(link, follow=True)
    assert_private_preview(response, "Preview: this job is a draft")


def test_visible_and_expired_postings_are_not_previews(job_manager, posting_factory):
    for posting in (posting_factory(), posting_factory(expired=True)):
        response = job_manager.get(posting.get_absolute_url())
        assert response.status_code == 200
        assert b"Preview:" not in response.content
        assert "no-store" not in response.get("Cache-Control", "")


# Caching


@pytest.fixture
def page_cache(settings):
    settings.CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def test_previews_never_reach_the_public_through_the_cache(
    page_cache, client, job_manager, editor, posting_factory, comparison_factory
):
    posting = posting_factory(draft=True)
    comparison = comparison_factory(draft=True)
    assert job_manager.get(posting.get_absolute_url()).status_code == 200
    assert editor.get(comparison.get_absolute_url()).status_code == 200
    assert client.get(posting.get_absolute_url()).status_code == 404
    assert client.get(comparison.get_absolute_url()).status_code == 404
