"""The alert e-mails: a plain-text and an HTML part each, and the headers that let mail
programs offer one-click unsubscribe (RFC 8058)."""

import itertools

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.defaultfilters import pluralize
from django.template.loader import render_to_string

from jobboard.meta import site_url
from postings.filters import Lookups

from . import links
from .models import Alert, Delivery


def message(to, subject, template, context, unsubscribe):
    context = {**context, "site_name": settings.SITE_NAME, "site_url": settings.SITE_URL}
    email = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"alerts/email/{template}.txt", context),
        to=[to],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    email.attach_alternative(
        render_to_string(f"alerts/email/{template}.html", context), "text/html"
    )
    return email


def confirmation(alert):
    """The e-mail that asks to confirm a new alert, or reminds of one already confirmed."""
    subscriber = alert.subscriber
    pending = alert.status == Alert.Status.PENDING
    search = alert.search.as_search()
    context = {
        "alert": alert,
        "pending": pending,
        "summary": search.summary,
        "jobs_url": site_url(alert.search.get_absolute_url()),
        "confirm_url": links.confirm_url(alert) if pending else "",
        "manage_url": links.manage_url(subscriber),
        "unsubscribe_url": links.unsubscribe_url(alert=alert),
    }
    subject = (
        f"Confirm your job alert: {search.summary}"
        if pending
        else f"You already get this job alert: {search.summary}"
    )
    return message(subscriber.email, subject, "confirm", context, context["unsubscribe_url"])


def digest(digest):
    """The e-mail with the new jobs of each alert in a digest, newest first."""
    subscriber = digest.subscriber
    deliveries = list(
        Delivery.objects.filter(digest=digest)
        .select_related("alert__search", "posting__company")
        .order_by("alert__created_at", "alert_id", "-posting__published_at", "-posting_id")
    )
    lookups = Lookups()  # roles and rates read once for every search in the e-mail
    sections = []
    for alert, group in itertools.groupby(deliveries, key=lambda delivery: delivery.alert):
        new = [delivery.posting for delivery in group]
        count = max(digest.new_jobs.get(str(alert.pk), 0), len(new))
        search = alert.search.as_search(lookups)
        sections.append(
            {
                "summary": search.summary,
                "frequency": alert.get_frequency_display().lower(),
                "postings": [(posting, site_url(posting.get_absolute_url())) for posting in new],
                "more": max(count - len(new), 0),
                "new": count,
                "total": search.total,
                "see_all_url": site_url(alert.search.get_absolute_url()),
                "unsubscribe_url": links.unsubscribe_url(alert=alert),
            }
        )
    total_new = sum(section["new"] for section in sections)
    context = {
        "sections": sections,
        "manage_url": links.manage_url(subscriber),
        "unsubscribe_url": links.unsubscribe_url(subscriber=subscriber),
    }
    jobs = f"{total_new} new job{pluralize(total_new)}"
    if len(sections) == 1:
        subject = f"{jobs}: {sections[0]['summary']}"
    else:
        subject = f"{jobs} for your {len(sections)} job alerts"
    return message(subscriber.email, subject, "digest", context, context["unsubscribe_url"])
