"""Load the demo companies and postings from ``postings/demo.py``; safe to run repeatedly.

Publish dates are relative to the first run (so a fresh demo shows recent jobs); a later
run leaves dates alone, so running it twice changes nothing.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from roles.seeding import upsert

from . import demo
from .models import Company, EmploymentType, ExchangeRate, JobPosting


def seed_postings(roles):
    companies = {
        data["slug"]: upsert(
            Company, {"slug": data["slug"]}, {"name": data["name"], "website": data["website"]}
        )
        for data in demo.COMPANIES
    }
    rates = {rate.currency: rate for rate in ExchangeRate.objects.all()}
    for data in demo.POSTINGS:
        seed_posting(data, companies, roles, rates)
    return len(demo.POSTINGS)


def seed_posting(data, companies, roles, rates):
    types = set(data["employment_types"])
    values = {
        "title": data["title"],
        "company": companies[data["company"]],
        "role": roles.get(data["role"]) if data["role"] else None,
        "location": data["location"],
        "city": data["city"],
        "country": data["country"],
        "workplace": data["workplace"],
        "remote_regions": data["remote_regions"],
        "seniority": data["seniority"],
        "salary_min": _amount(data["salary_min"]),
        "salary_max": _amount(data["salary_max"]),
        "salary_currency": rates[data["currency"]] if data["currency"] else None,
        "salary_period": data["period"],
        "description": data["description"],
        "apply_url": data["apply_url"],
        "apply_email": data["apply_email"],
        "status": data["status"],
        "is_featured": data["featured"],
        **{kind.field: kind.value in types for kind in EmploymentType},
    }
    posting = JobPosting.objects.filter(external_id=data["external_id"]).first()
    if posting is None:
        published = timezone.now() - datetime.timedelta(days=data["days_ago"])
        values["published_at"] = None if data["status"] == "draft" else published
        if data["status"] == "expired":
            values["expires_at"] = timezone.now() - datetime.timedelta(days=1)
            values["published_at"] = published - datetime.timedelta(days=40)
        return JobPosting.objects.create(external_id=data["external_id"], **values)
    return upsert(JobPosting, {"pk": posting.pk}, values)


def _amount(value):
    return None if value is None else Decimal(value)
