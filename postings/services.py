"""Every change of a posting's state, in one place.

Admin actions, the importer, ``generate_postings``, ``seed_demo`` and the employer forms
call these functions instead of setting fields themselves, so the publish rule, the
featuring rule and re-normalization after a rate change each live here once. Cached pages
are made fresh by jobboard.cache: saves and deletes through the ORM signal it, and the
bulk writes below say so themselves (``content_changed``), once their transaction commits.
"""

import datetime
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from jobboard.cache import content_changed

from .models import Company, JobPosting


@dataclass
class Outcome:
    """What a bulk change did: the postings changed, and those left alone with the reason."""

    changed: list = field(default_factory=list)
    refused: list = field(default_factory=list)  # (posting, reason)

    @property
    def count(self):
        return len(self.changed)


@transaction.atomic
def publish(postings):
    """Publish each posting: the publish date defaults to now and the expiry date to the
    standard period after it. A posting whose dates would break a rule (an expiry date
    kept from a draft that falls before the new publish date) is refused with the reason.
    """
    outcome = Outcome()
    for posting in postings:
        posting.status = JobPosting.Status.PUBLISHED
        posting.derive_dates()
        try:
            posting.validate_constraints()
        except ValidationError as error:
            outcome.refused.append((posting, " ".join(error.messages)))
            continue
        posting.save()
        outcome.changed.append(posting)
    return outcome


@transaction.atomic
def expire(queryset):
    """Mark the published postings among ``queryset`` expired; return how many.

    Only published postings have the publish date an expired one must keep; the others
    are left as they are.
    """
    count = queryset.filter(status=JobPosting.Status.PUBLISHED).update(
        status=JobPosting.Status.EXPIRED, updated_at=timezone.now()
    )
    content_changed()
    return count


@transaction.atomic
def archive(queryset):
    """Archive the postings: they leave every public page, their own included."""
    count = queryset.update(status=JobPosting.Status.ARCHIVED, updated_at=timezone.now())
    content_changed()
    return count


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
