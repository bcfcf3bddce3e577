"""Employers: the accounts (django-allauth users) that belong to a company and submit its
jobs for review. A company's first member is its owner, who invites colleagues or lets
them join."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone

from postings.models import Company, JobPosting


class Membership(models.Model):
    """A user's place in a company; a user belongs to one company."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership"
    )
    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="members")
    is_owner = models.BooleanField(default=False)
    joined_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["company", "joined_at"]

    def __str__(self):
        return f"{self.user} at {self.company}"


class Invitation(models.Model):
    """An owner's invitation to a colleague's e-mail address."""

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField()
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["company", "email"], name="invitation_once"),
            models.CheckConstraint(
                condition=Q(email=Lower("email")), name="invitation_email_lowercase"
            ),
        ]

    def __str__(self):
        return f"{self.email} to {self.company}"


class JoinRequest(models.Model):
    """A user's request to join an existing company, for its owners to accept."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="join_request"
    )
    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="join_requests")
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"{self.user} asks to join {self.company}"


class Submission(JobPosting):
    """The review queue in admin: jobs and edits employers submitted, waiting for staff."""

    class Meta:
        proxy = True
        verbose_name = "job awaiting review"
        verbose_name_plural = "jobs awaiting review"
