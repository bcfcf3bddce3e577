"""Every change of a posting's state, in one place.

Admin actions, the importer, ``generate_postings``, ``seed_demo`` and the employer forms
call these functions instead of setting fields themselves, so the publish rule, the
featuring rule and re-normalization after a rate change each live here once. Cached pages
are made fresh by jobboard.cache: saves and deletes through the ORM signal it, and the
bulk writes below say so themselves (``content_changed``), once their transaction commits.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from jobboard.cache import content_changed

from .models import (
    Company,
    DailyStats,
    EmploymentType,
    JobPosting,
    PostingRevision,
    StatusChange,
)


@dataclass
class Outcome:
    """What a bulk change did: the postings changed, and those left alone with the reason."""

    changed: list = field(default_factory=list)
    refused: list = field(default_factory=list)  # (posting, reason)

    @property
    def count(self):
        return len(self.changed)


@transaction.atomic
def publish(postings, *, by=None, note=""):
    """Publish each posting: the publish date defaults to now and the expiry date to the
    standard period after it. A posting whose dates would break a rule (an expiry date
    kept from a draft that falls before the new publish date) is refused with the reason.
    """
    outcome = Outcome()
    for posting in postings:
        before = posting.status
        posting.status = JobPosting.Status.PUBLISHED
        posting.derive_dates()
        try:
            posting.validate_constraints()
        except ValidationError as error:
            posting.status = before
            outcome.refused.append((posting, " ".join(error.messages)))
            continue
        posting.save()
        record([(posting.pk, before)], JobPosting.Status.PUBLISHED, by=by, note=note)
        outcome.changed.append(posting)
    return outcome


@transaction.atomic
def expire(queryset, *, by=None):
    """Mark the published postings among ``queryset`` expired; return how many.

    Only published postings have the publish date an expired one must keep; the others
    are left as they are.
    """
    return set_status(
        queryset.filter(status=JobPosting.Status.PUBLISHED), JobPosting.Status.EXPIRED, by=by
    )


@transaction.atomic
def archive(queryset, *, by=None):
    """Archive the postings: they leave every public page, their own included."""
    return set_status(queryset, JobPosting.Status.ARCHIVED, by=by)


def set_status(queryset, status, *, by=None, note="", **fields):
    """Set the postings of ``queryset`` to ``status`` (and ``fields``) in one UPDATE,
    recording each change of status, or each with a note; return how many were updated."""
    before = list(queryset.values_list("pk", "status"))
    count = JobPosting.objects.filter(pk__in=[pk for pk, _ in before]).update(
        status=status, updated_at=timezone.now(), **fields
    )
    record(before, status, by=by, note=note)
    content_changed()
    return count


def record(changes, to_status, *, by=None, note=""):
    """Record status changes, given as (posting id, status before) pairs."""
    StatusChange.objects.bulk_create(
        StatusChange(posting_id=pk, from_status=before, to_status=to_status, by=by, note=note)
        for pk, before in changes
        if before != to_status or note
    )


# Fields an employer fills in; staff decide the rest (status, dates, featuring).
EMPLOYER_FIELDS = [
    "title",
    "role",
    "seniority",
    *(kind.field for kind in EmploymentType),
    "location",
    "city",
    "country",
    "workplace",
    "remote_regions",
    "salary_min",
    "salary_max",
    "salary_currency",
    "salary_period",
    "description",
    "apply_url",
    "apply_email",
]
# An employer may renew a job from this long before it expires (and after it did).
RENEW_WITHIN = datetime.timedelta(days=7)


@transaction.atomic
def submit(posting, *, by):
    """Send an employer's draft (or rejected, or re-edited) job to the review queue."""
    if posting.status not in REVIEWABLE_FROM:
        raise ValidationError("Only a draft or a rejected job can be sent for review.")
    return set_status(JobPosting.objects.filter(pk=posting.pk), JobPosting.Status.PENDING, by=by)


REVIEWABLE_FROM = [JobPosting.Status.DRAFT, JobPosting.Status.REJECTED, JobPosting.Status.PENDING]


@transaction.atomic
def propose_edit(posting, edited, *, by):
    """Keep an employer's edit of a published job for review; the public goes on seeing
    the approved version. ``edited`` is an unsaved copy of the posting with the changes."""
    data = {name: stored_value(edited, name) for name in EMPLOYER_FIELDS}
    PostingRevision.objects.update_or_create(
        posting=posting, defaults={"data": data, "submitted_by": by, "submitted_at": timezone.now()}
    )


def stored_value(posting, name):
    """Return a field of a posting as a waiting edit keeps it: text, or None when empty
    in a column that allows NULL."""
    field = JobPosting._meta.get_field(name)
    empty = field.value_from_object(posting) in (None, "", [])
    return None if empty and field.null else field.value_to_string(posting)


@transaction.atomic
def approve(posting, *, by, note=""):
    """Approve a job waiting for review: publish it, or apply its waiting edit. Return
    the Outcome of publishing (refused with the reason when its dates break a rule)."""
    revision = PostingRevision.objects.filter(posting=posting).first()
    if revision is not None:
        for name, text in revision.data.items():
            field = JobPosting._meta.get_field(name)
            setattr(posting, field.attname, None if text is None else field.to_python(text))
        posting.full_clean(exclude=["company"])
        posting.save()
        revision.delete()
        record([(posting.pk, posting.status)], posting.status, by=by, note=note or "Edit approved.")
        return Outcome(changed=[posting])
    return publish([posting], by=by, note=note)


@transaction.atomic
def reject(posting, *, by, note):
    """Turn down a job waiting for review, or its waiting edit, with the reason."""
    if PostingRevision.objects.filter(posting=posting).delete()[0]:
        record([(posting.pk, posting.status)], posting.status, by=by, note=f"Edit rejected: {note}")
        return
    set_status(
        JobPosting.objects.filter(pk=posting.pk), JobPosting.Status.REJECTED, by=by, note=note
    )


def may_renew(posting, now=None):
    now = now or timezone.now()
    return (
        posting.status in (JobPosting.Status.PUBLISHED, JobPosting.Status.EXPIRED)
        and posting.expires_at is not None
        and posting.expires_at <= now + RENEW_WITHIN
    )


@transaction.atomic
def renew(posting, *, by):
    """Run a job near (or past) its expiry for another standard period from today."""
    if not may_renew(posting):
        raise ValidationError("A job can be renewed in its last week or after it expired.")
    now = timezone.now()
    days = datetime.timedelta(days=settings.JOB_POSTING_DEFAULT_DAYS)
    return set_status(
        JobPosting.objects.filter(pk=posting.pk),
        JobPosting.Status.PUBLISHED,
        by=by,
        note="Renewed.",
        expires_at=max(now, posting.expires_at) + days,
        expiry_reminded_at=None,
    )


@transaction.atomic
def close(posting, *, by):
    """End a published job now: it stops taking applications and leaves the lists."""
    if posting.status != JobPosting.Status.PUBLISHED:
        raise ValidationError("Only a published job can be closed.")
    now = timezone.now()
    expires = max(now, posting.published_at + datetime.timedelta(seconds=1))
    return set_status(
        JobPosting.objects.filter(pk=posting.pk),
        JobPosting.Status.EXPIRED,
        by=by,
        note="Closed early.",
        expires_at=expires,
    )


def count(posting_id, what):
    """Add one to today's views or apply clicks of a posting ("views", "apply_clicks")."""
    today = timezone.localdate()
    rows = DailyStats.objects.filter(posting_id=posting_id, day=today)
    if rows.update(**{what: F(what) + 1}):
        return
    try:
        with transaction.atomic():
            DailyStats.objects.create(posting_id=posting_id, day=today, **{what: 1})
    except IntegrityError:  # created meanwhile by another request
        rows.update(**{what: F(what) + 1})


@transaction.atomic
def feature(queryset, *, days):
    """Feature the postings for ``days`` days from now; return (count, end of featuring)."""
    now = timezone.now()
    until = now + datetime.timedelta(days=days)
    count = queryset.update(is_featured=True, featured_until=until, updated_at=now)
    content_changed()
    return count, until


@transaction.atomic
def unfeature(queryset):
    count = queryset.update(is_featured=False, featured_until=None, updated_at=timezone.now())
    content_changed()
    return count


@transaction.atomic
def duplicate(postings):
    """Return draft copies of the postings, titled "Copy of …", not featured, without
    dates or external id, ready to be edited and published."""
    copies, longest = [], JobPosting._meta.get_field("title").max_length
    for posting in postings:
        posting.pk = None
        posting._state.adding = True
        posting.title = f"Copy of {posting.title}"[:longest]
        posting.status = JobPosting.Status.DRAFT
        posting.published_at = posting.expires_at = None
        posting.is_featured, posting.featured_until = False, None
        posting.external_id = ""
        posting.save()
        copies.append(posting)
    return copies


@transaction.atomic
def save_rate(rate, *, rate_changed):
    """Save an exchange rate; when its value changed, re-normalize the annual USD
    salaries of every posting in that currency. Return how many were re-normalized."""
    rate.save()
    if not rate_changed:
        return 0
    count = JobPosting.objects.filter(salary_currency=rate).renormalize()
    content_changed()
    return count


@transaction.atomic
def move_postings(companies, to):
    """Give every posting of ``companies`` to the company ``to`` (merging duplicates)."""
    count = JobPosting.objects.filter(company__in=companies).update(
        company=to, updated_at=timezone.now()
    )
    content_changed()
    return count


def company_slug_base(name):
    """Return the slug a company's name gives before any number is added."""
    return slugify(name)[:190] or "company"


def unique_company_slug(name, taken=()):
    """Return a slug for a new company made from its name, unique among the companies
    stored and ``taken`` (slugs handed out but not yet saved)."""
    base = company_slug_base(name)
    slug, number = base, 1
    while slug in taken or Company.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def unique_company_slugs(names, taken):
    """Return {name: slug} for new companies, as unique_company_slug() would hand them
    out one after another (each slug taken, in ``taken``, before the next name), with
    one query for the slugs their names give at first and one per name whose first
    slug is taken."""
    bases = {name: company_slug_base(name) for name in names}
    stored = set(
        Company.objects.filter(slug__in=set(bases.values())).values_list("slug", flat=True)
    )
    slugs = {}
    for name, base in bases.items():
        free = base not in taken and base not in stored
        slugs[name] = slug = base if free else unique_company_slug(name, taken)
        taken.add(slug)
    return slugs
