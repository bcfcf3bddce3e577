"""How long ago something happened, in words a reader takes in at a glance."""

import datetime

from django import template
from django.utils import timezone
from django.utils.html import format_html

register = template.Library()


def ago(moment, now=None):
    """Return "just now", "5 minutes ago", "3 hours ago", "yesterday", "2 days ago",
    "3 weeks ago", or the date for anything older than about two months."""
    now = now or timezone.now()
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return "just now"
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes} minute{'s' if minutes != 1 else ''} ago"
    hours = minutes // 60
    if hours < 24:
        return f"{hours} hour{'s' if hours != 1 else ''} ago"
    days = hours // 24
    if days == 1:
        return "yesterday"
    if days < 14:
        return f"{days} days ago"
    if days < 60:
        return f"{days // 7} weeks ago"
    return timezone.localtime(moment).strftime("%b %-d, %Y")


@register.filter
def time_ago(moment):
    """Return a <time> element saying how long ago ``moment`` was, with the exact date
    and time in its ``datetime`` and its tooltip."""
    if not moment:
        return ""
    local = timezone.localtime(moment)
    return format_html(
        '<time datetime="{}" title="{}">{}</time>',
        local.isoformat(timespec="seconds"),
        local.strftime("%b %-d, %Y %H:%M"),
        ago(moment),
    )


NEW_FOR = datetime.timedelta(hours=48)


@register.filter
def is_new(moment):
    """Return whether ``moment`` lies within the last 48 hours (a "New" job)."""
    return bool(moment) and timezone.now() - moment < NEW_FOR
