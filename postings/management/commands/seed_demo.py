"""Load the demo content from its data files; the files and the relative date notation
they use are described in ``roles/seeding.py``."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from postings.importing import ImportFailed, run_import
from postings.models import Company, JobPosting
from roles.seeding import load_json, relative_date, seed_roles, upsert

DATA = Path(__file__).resolve().parents[2] / "data"  # postings/data
COMPANIES_FILE = DATA / "demo-companies.json"
POSTINGS_FILE = DATA / "demo-postings.json"
DATE_COLUMNS = ("published_at", "expires_at", "featured_until")


class Command(BaseCommand):
    help = (
        "Load the demo roles, comparison articles, companies and job postings. "
        "Running it again changes nothing."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        now = timezone.now()
        roles = seed_roles(now)
        companies = seed_companies()
        rows = demo_rows(now)
        try:
            result = run_import(rows)
        except ImportFailed as error:
            raise CommandError(str(error)) from error
        if result.errors:
            reasons = "\n".join(f"Row {row}: {reason}" for row, reason in result.errors.items())
            raise CommandError(f"Invalid rows in {POSTINGS_FILE}; nothing loaded.\n{reasons}")
        self.stdout.write(
            f"Demo content ready: {len(roles)} roles, {companies} companies, "
            f"{len(rows)} job postings ({result.created} added, {result.updated} updated, "
            f"{result.unchanged} unchanged)."
        )


def seed_companies():
    """Create or update the demo companies by slug, before the postings name them."""
    companies = load_json(COMPANIES_FILE)
    for data in companies:
        upsert(Company, {"slug": data["slug"]}, {"name": data["name"], "website": data["website"]})
    return len(companies)


def demo_rows(now):
    """Return the demo postings as import rows, their relative dates resolved from ``now``.

    A posting already on the board keeps its dates: its row leaves the date columns out,
    and the importer keeps the values of missing columns.
    """
    rows = load_json(POSTINGS_FILE)
    ids = [row["external_id"] for row in rows]
    existing = set(
        JobPosting.objects.filter(external_id__in=ids).values_list("external_id", flat=True)
    )
    for row in rows:
        for column in DATE_COLUMNS:
            if column not in row:
                continue
            if row["external_id"] in existing:
                del row[column]
            else:
                moment = relative_date(row[column], now)
                row[column] = moment.isoformat() if moment else None
    return rows
