import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from postings.models import (
    EmploymentType,
    ExchangeRate,
    JobPosting,
    render_markdown,
    short_amount,
)
from tests.factories import rate

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("currency", "period", "low", "high", "expected"),
    [
        ("USD", "year", 100_000, 180_000, (100_000, 180_000)),
        ("USD", "hour", 50, 75, (104_000, 156_000)),
        ("USD", "day", 400, None, (104_000, 104_000)),
        ("USD", "week", None, 2000, (104_000, 104_000)),
        ("USD", "month", 10_000, 12_000, (120_000, 144_000)),
        ("EUR", "year", 70_000, 90_000, (76_087, 97_826)),
        ("GBP", "month", 5000, 6000, (75_949, 91_139)),
    ],
)
def test_salary_is_normalized_to_annual_usd(posting_factory, currency, period, low, high, expected):
    posting = posting_factory(
        salary_currency=rate(currency),
        salary_period=period,
        salary_min=None if low is None else Decimal(low),
        salary_max=None if high is None else Decimal(high),
    )
    assert (posting.salary_min_usd, posting.salary_max_usd) == expected


def test_changing_a_rate_renormalizes_postings_in_that_currency_only(posting_factory):
    euro = posting_factory(salary_currency=rate("EUR"), salary_min=92_000, salary_max=92_000)
    dollar = posting_factory()
    assert euro.salary_min_usd == 100_000
    ExchangeRate.objects.filter(currency="EUR").update(units_per_usd=Decimal("0.80"))
    assert JobPosting.objects.filter(salary_currency="EUR").renormalize() == 1
    euro.refresh_from_db()
    dollar.refresh_from_db()
    assert euro.salary_min_usd == 115_000
    assert dollar.salary_min_usd == 100_000


@pytest.mark.parametrize(
    ("low", "high", "period", "currency", "shown"),
    [
        (100_000, 180_000, "year", "USD", "USD 100K – 180K a year"),
        (70_000, 90_000, "year", "EUR", "EUR 70K – 90K a year"),
        (85, 120, "hour", "USD", "USD 85 – 120 an hour"),
        (80_000, None, "year", "GBP", "GBP from 80K a year"),
        (None, 1_250_000, "year", "INR", "INR up to 1.25M a year"),
        (5500, 5500, "month", "CHF", "CHF 5.5K a month"),
        # Halves round up, never to the even neighbour.
        (12_345, 12_345, "year", "USD", "USD 12.35K a year"),
    ],
)
def test_salary_is_shown_as_posted(posting_factory, low, high, period, currency, shown):
    posting = posting_factory(
        salary_min=low, salary_max=high, salary_period=period, salary_currency=rate(currency)
    )
    assert posting.salary_display == shown


def test_no_salary_shows_nothing(posting_factory):
    posting = posting_factory(no_salary=True)
    assert posting.salary_display == ""
    assert posting.salary_min_usd is None


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"salary_min": 200_000, "salary_max": 100_000}, "minimum salary cannot be above"),
        ({"salary_min": -5}, "greater than or equal to 0"),
        ({"salary_currency": None}, "A salary needs its currency"),
        ({"apply_url": "", "apply_email": ""}, "apply link or an apply e-mail"),
        ({"apply_url": "javascript:alert(1)"}, "http:// or https://"),
        ({"apply_url": "ftp://files.example/job"}, "http:// or https://"),
        ({"is_full_time": False}, "at least one employment type"),
    ],
)
def test_model_validation_rejects_bad_postings(posting_factory, changes, message):
    posting = posting_factory.build(company=posting_factory().company, **changes)
    with pytest.raises(ValidationError, match=message):
        posting.full_clean()


@pytest.mark.parametrize(
    "changes",
    [
        {"salary_min": 200_000, "salary_max": 100_000},
        {"salary_min": -5, "salary_max": None},
        {"salary_currency": None},
        {"apply_url": "", "apply_email": ""},
        {"apply_url": "javascript:alert(1)"},
        {"is_full_time": False},
    ],
)
def test_database_rejects_bad_postings_too(posting_factory, changes):
    posting = posting_factory()
    with pytest.raises(IntegrityError), transaction.atomic():
        JobPosting.objects.filter(pk=posting.pk).update(**changes)


def test_external_ids_are_unique_but_may_be_empty(posting_factory):
    posting_factory(external_id="")
    posting_factory(external_id="")
    posting_factory(external_id="feed-1")
    with pytest.raises(IntegrityError), transaction.atomic():
        posting_factory(external_id="feed-1")


def test_publishing_sets_publish_and_default_expiry_dates(posting_factory, settings):
    settings.JOB_POSTING_DEFAULT_DAYS = 45
    posting = posting_factory(draft=True)
    assert posting.published_at is None
    assert posting.expires_at is None
    posting.status = JobPosting.Status.PUBLISHED
    posting.save()
    assert posting.expires_at - posting.published_at == datetime.timedelta(days=45)


def test_visible_is_published_started_and_not_expired(posting_factory):
    now = timezone.now()
    live = posting_factory()
    posting_factory(draft=True)
    posting_factory(expired=True)
    posting_factory(status="archived")
    posting_factory(published_at=now + datetime.timedelta(hours=1))
    lapsed = posting_factory(published_at=now - datetime.timedelta(days=40))
    lapsed.expires_at = now - datetime.timedelta(minutes=1)
    lapsed.save()
    assert list(JobPosting.objects.visible()) == [live]
    assert live.is_visible
    assert not lapsed.is_visible


def test_featured_ends_with_its_end_date(posting_factory):
    now = timezone.now()
    current = posting_factory(featured=True, featured_until=now + datetime.timedelta(days=3))
    posting_factory(featured=True, featured_until=now - datetime.timedelta(days=1))
    posting_factory(featured=True, expired=True)
    assert list(JobPosting.objects.featured()) == [current]


def test_several_employment_types(posting_factory):
    posting = posting_factory(is_part_time=True)
    assert posting.employment_types == [EmploymentType.FULL_TIME, EmploymentType.PART_TIME]


def test_slug_follows_the_title(posting_factory):
    posting = posting_factory(title="Senior Data Engineer, Streaming")
    assert posting.slug == "senior-data-engineer-streaming"
    assert posting.get_absolute_url() == f"/jobs/{posting.pk}-senior-data-engineer-streaming/"


@pytest.mark.parametrize(
    ("markdown_text", "forbidden"),
    [
        ("<script>alert(1)</script>", "<script"),
        ("[click](javascript:alert(1))", "javascript:"),
        ('<img src=x onerror="alert(1)">', "onerror"),
        ("<iframe src='https://evil.example'></iframe>", "<iframe"),
        ('<a href="data:text/html,hi">x</a>', "data:"),
    ],
)
def test_markdown_is_sanitized(markdown_text, forbidden):
    assert forbidden not in render_markdown(markdown_text)


def test_markdown_keeps_formatting_and_marks_links():
    html = render_markdown("## Team\n\n- **Python**\n- [our blog](https://acme.example/blog)")
    assert "<h2>Team</h2>" in html
    assert "<strong>Python</strong>" in html
    assert 'rel="nofollow noopener"' in html


@pytest.mark.parametrize(
    "link", ["[x](/admin/)", "[x](//evil.example/login)", "[x](relative/page)", "[x](#top)"]
)
def test_descriptions_link_out_only_with_full_addresses(link):
    html = render_markdown(link)
    assert "href" not in html
    assert "x" in html


def test_summary_is_plain_text_once(posting_factory):
    posting = posting_factory(description="We work with **AT&T** & <partners>.")
    assert posting.summary == "We work with AT&T & ."


def test_short_amounts_round_half_up():
    assert [short_amount(Decimal(n)) for n in ("12345", "42.125", "1234500", "999999")] == [
        "12.35K",
        "42.13",
        "1.23M",  # 1.2345M: the half is past the second decimal, so it stays down
        "1M",
    ]
