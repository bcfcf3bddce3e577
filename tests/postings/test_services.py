"""The write path: every state change of a posting, and the cache freshness it brings."""

import datetime
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.utils import timezone

from jobboard.cache import VERSION_KEY, content_version
from postings import services
from postings.models import Company, ExchangeRate, JobPosting

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


@pytest.fixture
def version_changes(settings, django_capture_on_commit_callbacks):
    """Return a function telling whether a block of code bumps the content version once
    its transaction commits."""
    settings.CACHE_SECONDS = 300
    cache.delete(VERSION_KEY)

    def changes(action):
        before = content_version()
        with django_capture_on_commit_callbacks(execute=True):
            result = action()
        return content_version() != before, result

    return changes


def test_publish_sets_the_dates_and_refuses_an_expiry_in_the_past(posting_factory):
    draft = posting_factory(status="draft", published_at=None, expires_at=None)
    stale = posting_factory(status="draft", published_at=None, expires_at=timezone.now() - DAY)
    outcome = services.publish([draft, stale])

    assert outcome.changed == [draft]
    assert [(p, reason) for p, reason in outcome.refused] == [
        (stale, "A job must expire after it is published.")
    ]
    draft.refresh_from_db()
    assert draft.is_visible
    assert draft.expires_at - draft.published_at == datetime.timedelta(days=30)
    stale.refresh_from_db()
    assert stale.status == "draft"


def test_expire_touches_published_postings_only(posting_factory, version_changes):
    live = posting_factory()
    draft = posting_factory(status="draft", published_at=None, expires_at=None)
    changed, count = version_changes(lambda: services.expire(JobPosting.objects.all()))

    assert (changed, count) == (True, 1)
    live.refresh_from_db()
    draft.refresh_from_db()
    assert (live.status, draft.status) == ("expired", "draft")
    assert not JobPosting.objects.visible().exists()


def test_archive_takes_postings_off_every_page(client, posting_factory, version_changes):
    posting = posting_factory()
    changed, count = version_changes(lambda: services.archive(JobPosting.objects.all()))

    assert (changed, count) == (True, 1)
    assert client.get(posting.get_absolute_url()).status_code == 404


def test_feature_and_unfeature(posting_factory, version_changes):
    posting = posting_factory()
    changed, (count, until) = version_changes(
        lambda: services.feature(JobPosting.objects.all(), days=7)
    )
    assert changed
    assert count == 1
    assert abs(until - (timezone.now() + 7 * DAY)) < datetime.timedelta(minutes=1)
    assert list(JobPosting.objects.featured()) == [posting]

    changed, count = version_changes(lambda: services.unfeature(JobPosting.objects.all()))
    assert (changed, count) == (True, 1)
    assert not JobPosting.objects.featured().exists()


def test_duplicate_makes_an_unpublished_copy(posting_factory):
    original = posting_factory(external_id="feed-7", is_featured=True)
    (copy,) = services.duplicate(JobPosting.objects.filter(pk=original.pk))

    assert copy.pk != original.pk
    assert copy.title == f"Copy of {original.title}"
    assert (copy.status, copy.published_at, copy.external_id, copy.is_featured) == (
        "draft",
        None,
        "",
        False,
    )


def test_a_rate_change_renormalizes_that_currency_once(posting_factory, version_changes):
    eur = ExchangeRate.objects.get(currency="EUR")
    in_eur = posting_factory(
        salary_min=Decimal(50_000), salary_max=Decimal(50_000), salary_currency=eur
    )
    in_usd = posting_factory(
        salary_min=Decimal(50_000),
        salary_max=Decimal(50_000),
        salary_currency=ExchangeRate.objects.get(currency="USD"),
    )
    eur.units_per_usd = Decimal("0.5")
    changed, count = version_changes(lambda: services.save_rate(eur, rate_changed=True))

    assert (changed, count) == (True, 1)
    in_eur.refresh_from_db()
    in_usd.refresh_from_db()
    assert (in_eur.salary_min_usd, in_usd.salary_min_usd) == (100_000, 50_000)


def test_one_conversion_rounds_half_up():
    rate = ExchangeRate(currency="XTS", units_per_usd=Decimal(2))
    assert [rate.to_usd(Decimal(n)) for n in (1, 3, 5, 7)] == [1, 2, 3, 4]
    assert rate.to_annual_usd(Decimal("0.5"), "year") == 0  # 0.25 rounds down
    assert rate.to_annual_usd(Decimal(1), "hour") == 1040


def test_saving_or_deleting_any_public_row_refreshes_the_pages(
    posting_factory, role_factory, version_changes
):
    posting = posting_factory()
    assert version_changes(lambda: posting.save())[0]
    assert version_changes(lambda: role_factory())[0]
    assert version_changes(lambda: posting.delete())[0]


def test_unique_company_slug_skips_taken_ones():
    Company.objects.create(name="Acme", slug="acme")
    assert services.unique_company_slug("Acme!") == "acme-2"
    assert services.unique_company_slug("Acme", taken={"acme-2"}) == "acme-3"
    assert services.unique_company_slug("!!!") == "company"
