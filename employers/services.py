"""Every change an employer or a reviewer makes, in one place: companies and their members,
job submissions, reviews, renewals, and the reminders before a job expires. Posting state
itself changes through postings.services; this module adds who may do it and who hears
about it."""

import datetime

from django.conf import settings
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from jobboard.meta import site_url
from postings import services as postings
from postings.models import Company, JobPosting

from .models import Invitation, JoinRequest, Membership
from .tasks import send_message

INVITATION = "employers.invitation"
INVITATION_DAYS = 14
REMIND_BEFORE = datetime.timedelta(days=3)


def company_of(user):
    """Return the company a user belongs to, or None."""
    if not user.is_authenticated:
        return None
    membership = Membership.objects.select_related("company").filter(user=user).first()
    return membership.company if membership else None


def postings_of(user):
    """Return the postings the user's company owns: all an employer may see or change."""
    company = company_of(user)
    if company is None:
        return JobPosting.objects.none()
    return JobPosting.objects.filter(company=company)


def notify(to, subject, template, context):
    """Queue a plain-text e-mail rendered from templates/employers/email/."""
    context = {**context, "site_name": settings.SITE_NAME, "site_url": settings.SITE_URL}
    body = render_to_string(f"employers/email/{template}.txt", context)
    addresses = [to] if isinstance(to, str) else list(to)
    if addresses:
        transaction.on_commit(
            lambda: send_message.enqueue(f"[{settings.SITE_NAME}] {subject}", body, addresses)
        )


@transaction.atomic
def create_company(user, form):
    """Create the company of a CompanyForm with ``user`` as its first member and owner."""
    if company_of(user) is not None:
        raise PermissionDenied("You belong to a company already.")
    company = form.save(commit=False)
    company.slug = postings.unique_company_slug(company.name)
    if form.cleaned_data.get("logo_upload"):
        company.logo = form.cleaned_data["logo_upload"]
    company.save()
    Membership.objects.create(user=user, company=company, is_owner=True)
    JoinRequest.objects.filter(user=user).delete()
    return company


@transaction.atomic
def update_company(company, form):
    company = form.save(commit=False)
    if form.cleaned_data.get("logo_upload"):
        company.logo = form.cleaned_data["logo_upload"]
    company.save()
    return company


def owners(company):
    return [m.user.email for m in company.members.select_related("user").filter(is_owner=True)]


@transaction.atomic
def ask_to_join(user, company):
    """Ask a company's owners to let ``user`` join it."""
    if company_of(user) is not None:
        raise PermissionDenied("You belong to a company already.")
    request, created = JoinRequest.objects.update_or_create(
        user=user, defaults={"company": company}
    )
    if created or request.company_id == company.pk:
        notify(
            owners(company),
            f"{user.email} asks to join {company.name}",
            "join_request",
            {
                "user": user,
                "company": company,
                "members_url": site_url(reverse("employers:members")),
            },
        )
    return request


@transaction.atomic
def answer_join_request(request, *, by, accept):
    """An owner lets a colleague in, or declines."""
    require_owner(by, request.company)
    user, company = request.user, request.company
    request.delete()
    if accept and company_of(user) is None:
        Membership.objects.create(user=user, company=company)
        notify(
            user.email,
            f"You can now post jobs for {company.name}",
            "joined",
            {"company": company, "dashboard_url": site_url(reverse("employers:dashboard"))},
        )


def require_owner(user, company):
    if not Membership.objects.filter(user=user, company=company, is_owner=True).exists():
        raise PermissionDenied("Only the company's owners can do that.")


@transaction.atomic
def invite(company, email, *, by):
    """Invite a colleague by e-mail; the link signs them in as a member once they have an
    account with that verified address."""
    require_owner(by, company)
    invitation, _ = Invitation.objects.update_or_create(
        company=company, email=email, defaults={"invited_by": by, "created_at": timezone.now()}
    )
    token = signing.TimestampSigner(salt=INVITATION).sign_object({"invitation": invitation.pk})
    notify(
        email,
        f"Join {company.name} on {settings.SITE_NAME}",
        "invitation",
        {
            "company": company,
            "by": by,
            "url": site_url(reverse("employers:accept_invitation", args=[token])),
            "days": INVITATION_DAYS,
        },
    )
    return invitation


def read_invitation(token):
    """Return the invitation of a token, or None when it is forged, too old or gone."""
    try:
        data = signing.TimestampSigner(salt=INVITATION).unsign_object(
            token, max_age=INVITATION_DAYS * 24 * 3600
        )
    except signing.BadSignature:
        return None
    return Invitation.objects.select_related("company").filter(pk=data["invitation"]).first()


@transaction.atomic
def accept_invitation(invitation, user):
    """Make ``user`` a member, when the invitation was sent to their verified address."""
    from allauth.account.models import EmailAddress

    verified = EmailAddress.objects.filter(
        user=user, email__iexact=invitation.email, verified=True
    ).exists()
    if not verified:
        raise PermissionDenied(
            f"This invitation is for {invitation.email}: sign in with that address."
        )
    if company_of(user) is not None:
        raise PermissionDenied("You belong to a company already.")
    Membership.objects.create(user=user, company=invitation.company)
    JoinRequest.objects.filter(user=user).delete()
    invitation.delete()


@transaction.atomic
def merge_companies(keep, duplicates):
    """Merge duplicate companies into ``keep``: their jobs, members (as members, not
    owners) and requests move over, details ``keep`` lacks are taken from them, and the
    duplicates are deleted. Return how many jobs moved."""
    duplicates = [company for company in duplicates if company.pk != keep.pk]
    moved = postings.move_postings(duplicates, keep)
    Membership.objects.filter(company__in=duplicates).update(company=keep, is_owner=False)
    JoinRequest.objects.filter(company__in=duplicates).update(company=keep)
    Invitation.objects.filter(company__in=duplicates).delete()
    for company in duplicates:
        for field in ["website", "description", "logo"]:
            if not getattr(keep, field) and getattr(company, field):
                setattr(keep, field, getattr(company, field))
    keep.is_verified = keep.is_verified or any(c.is_verified for c in duplicates)
    keep.save()
    Company.objects.filter(pk__in=[company.pk for company in duplicates]).delete()
    return moved


def reviewers():
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.filter(is_active=True, is_staff=True)
    return list(
        users.filter(groups__name="Job managers").values_list("email", flat=True).distinct()
    )


@transaction.atomic
def submit(posting, *, by):
    """Send a job to the review queue and tell the reviewers."""
    postings.submit(posting, by=by)
    notify(
        [email for email in reviewers() if email],
        f"Job to review: {posting.title} at {posting.company.name}",
        "to_review",
        {"posting": posting, "url": site_url(reverse("admin:employers_submission_changelist"))},
    )


@transaction.atomic
def save_edit(posting, form, *, by):
    """Save an employer's edit: a published job's edit waits for review (the public keeps
    the approved version); any other job is changed in place and, if it was waiting or
    turned down, goes back to the queue."""
    if posting.status in (JobPosting.Status.PUBLISHED, JobPosting.Status.EXPIRED):
        postings.propose_edit(posting, form.instance, by=by)
        notify(
            [email for email in reviewers() if email],
            f"Edit to review: {posting.title} at {posting.company.name}",
            "to_review",
            {"posting": posting, "url": site_url(reverse("admin:employers_submission_changelist"))},
        )
        return "review"
    form.save()
    return "saved"


@transaction.atomic
def approve(posting, *, by, note=""):
    outcome = postings.approve(posting, by=by, note=note)
    if outcome.changed:
        tell_employer(posting, "approved", note)
    return outcome


@transaction.atomic
def reject(posting, *, by, note):
    postings.reject(posting, by=by, note=note)
    tell_employer(posting, "rejected", note)


def tell_employer(posting, verdict, note):
    to = posting.submitted_by.email if posting.submitted_by else owners(posting.company)
    notify(
        to,
        f"Your job {posting.title} was {verdict}",
        "reviewed",
        {
            "posting": posting,
            "verdict": verdict,
            "note": note,
            "url": site_url(posting.get_absolute_url()),
            "dashboard_url": site_url(reverse("employers:dashboard")),
        },
    )


def send_expiry_reminders(now=None):
    """E-mail the employer of each published job that expires within three days, once,
    with the link to renew it; return how many were sent."""
    now = now or timezone.now()
    due = JobPosting.objects.filter(
        status=JobPosting.Status.PUBLISHED,
        submitted_by__isnull=False,
        expiry_reminded_at__isnull=True,
        expires_at__gt=now,
        expires_at__lte=now + REMIND_BEFORE,
    ).select_related("submitted_by", "company")
    sent = 0
    for posting in due:
        with transaction.atomic():
            marked = JobPosting.objects.filter(
                pk=posting.pk, expiry_reminded_at__isnull=True
            ).update(expiry_reminded_at=now)
            if marked:
                notify(
                    posting.submitted_by.email,
                    f"{posting.title} expires on {posting.expires_at:%B %-d}",
                    "expiring",
                    {"posting": posting, "dashboard_url": site_url(reverse("employers:dashboard"))},
                )
                sent += 1
    return sent
