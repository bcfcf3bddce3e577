"""Job alerts: a job search sent by e-mail, daily or weekly, to an address that confirmed it.

A Subscriber is one e-mail address and everything kept about it; deleting it deletes its
alerts and what was sent. An Alert is one search (a SavedSearch: the normalized query
string of /jobs/) at a frequency. Each send_alerts run records, per alert, the postings it
found new (Delivery, unique per alert and posting, so a job is sent at most once) together
with the Digest, one e-mail per address, that carries them.
"""

import datetime

from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone

from postings.models import JobPosting
from postings.search import JobSearch


class Subscriber(models.Model):
    email = models.EmailField(max_length=254, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Confirmation e-mails sent today, so a stranger cannot mail-bomb the address.
    requests_on = models.DateField(null=True, blank=True)
    requests_that_day = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["email"]
        constraints = [
            models.CheckConstraint(
                condition=Q(email=Lower("email")),
                name="subscriber_email_lowercase",
                violation_error_message="E-mail addresses are kept in lower case.",
            ),
        ]

    def __str__(self):
        return self.email


class SavedSearch(models.Model):
    """A job search as its normalized query string; one row per distinct search, shared by
    every alert on it, so each search is matched once a run however many follow it."""

    query = models.CharField(max_length=2000, unique=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "saved searches"
        ordering = ["query"]

    def __str__(self):
        return self.summary

    def get_absolute_url(self):
        return reverse("postings:list") + (f"?{self.query}" if self.query else "")

    def as_search(self, lookups=None):
        """Return the search as /jobs/ runs it; ``lookups`` may be shared by many."""
        return JobSearch(QueryDict(self.query), lookups=lookups)

    @property
    def summary(self):
        return self.as_search().summary


class Frequency(models.TextChoices):
    DAILY = "daily", "Daily"
    WEEKLY = "weekly", "Weekly"


PERIODS = {
    Frequency.DAILY: datetime.timedelta(days=1),
    Frequency.WEEKLY: datetime.timedelta(days=7),
}


class AlertQuerySet(models.QuerySet):
    def due(self, now):
        """Return the active alerts whose period has passed since they were last checked.

        An hour's slack lets a daily cron job find daily alerts due each day even when a
        run starts a little earlier than the one before.
        """
        slack = datetime.timedelta(hours=1)
        due = Q()
        for frequency, period in PERIODS.items():
            due |= Q(frequency=frequency, last_checked_at__lte=now - period + slack)
        return self.filter(Q(last_checked_at__isnull=True) | due, status=Alert.Status.ACTIVE)


class Alert(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for confirmation"
        ACTIVE = "active", "Active"
        PAUSED = "paused", "Paused"

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="alerts")
    search = models.ForeignKey(SavedSearch, on_delete=models.PROTECT, related_name="alerts")
    frequency = models.CharField(max_length=6, choices=Frequency.choices, default=Frequency.DAILY)
    status = models.CharField(max_length=7, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    last_checked_at = models.DateTimeField(
        null=True, blank=True, help_text="When send_alerts last looked for new jobs for it."
    )
    last_sent_at = models.DateTimeField(
        null=True, blank=True, help_text="When a digest with its jobs was last sent."
    )

    objects = AlertQuerySet.as_manager()

    class Meta:
        ordering = ["subscriber", "created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "search"],
                name="alert_one_per_search",
                violation_error_message="This address already has an alert for this search.",
            ),
            models.CheckConstraint(
                condition=Q(frequency__in=Frequency.values),
                name="alert_frequency_known",
                violation_error_message="Choose daily or weekly.",
            ),
            models.CheckConstraint(
                condition=(
                    Q(status="pending", confirmed_at__isnull=True)
                    | Q(status__in=["active", "paused"], confirmed_at__isnull=False)
                ),
                name="alert_confirmed_unless_pending",
                violation_error_message="Only a confirmed alert can be active or paused.",
            ),
        ]
        indexes = [models.Index(fields=["status", "last_checked_at"], name="alert_due")]

    def __str__(self):
        return f"{self.search.summary} ({self.get_frequency_display().lower()})"

    @property
    def period(self):
        return PERIODS[self.frequency]

    def window_start(self, now):
        return window_start(self.period, self.confirmed_at, self.last_checked_at, now)


# Jobs whose publish date lies up to this long before an alert's last check still count as
# new when they were not sent yet: Delivery rows keep them from being sent twice.
LATE_ALLOWANCE = datetime.timedelta(days=2)


def window_start(period, confirmed_at, last_checked_at, now):
    """Return the moment after which a job's publish date makes it new to an alert.

    From the last check, less an allowance for jobs that go live with an earlier publish
    date (a feed's own date, a job scheduled by hand); never before the alert was
    confirmed, nor further back than one period and the allowance.
    """
    start = now - period - LATE_ALLOWANCE
    if last_checked_at is not None:
        start = max(start, last_checked_at - LATE_ALLOWANCE)
    return max(start, confirmed_at)


class Digest(models.Model):
    """One e-mail to one address, with the new jobs of each of its alerts due in a run."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="digests")
    created_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(max_length=7, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    enqueued_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    new_jobs = models.JSONField(
        default=dict, blank=True, help_text="How many jobs were new for each alert, by its id."
    )

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="sent", sent_at__isnull=False) | ~Q(status="sent"),
                name="digest_sent_has_date",
                violation_error_message="A sent digest has the moment it was sent.",
            ),
        ]
        indexes = [models.Index(fields=["status", "enqueued_at"], name="digest_pending")]

    def __str__(self):
        return f"Digest to {self.subscriber} of {self.created_at:%Y-%m-%d %H:%M}"


class Delivery(models.Model):
    """A job a digest lists for an alert: an alert gets each job at most once."""

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="deliveries")
    posting = models.ForeignKey(JobPosting, on_delete=models.CASCADE, related_name="+")
    digest = models.ForeignKey(Digest, on_delete=models.CASCADE, related_name="deliveries")

    class Meta:
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(
                fields=["alert", "posting"],
                name="delivery_once_per_alert",
                violation_error_message="A job is sent to an alert once.",
            ),
        ]
        indexes = [models.Index(fields=["digest", "alert"], name="delivery_digest")]

    def __str__(self):
        return f"{self.posting_id} for alert {self.alert_id}"
