"""Load the demo content from its data files; the files and the relative date notation
they use are described in ``roles/seeding.py``."""

import json
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from jobboard.cache import content_changed
from postings.importing import ImportFailed, PostingImport
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
            result = import_demo_rows(rows)
        except ImportFailed as error:
            raise CommandError(str(error)) from error
        if result.errors:
            reasons = "\n".join(f"Row {row}: {reason}" for row, reason in result.errors.items())
            raise CommandError(f"Invalid rows in {POSTINGS_FILE}; nothing loaded.\n{reasons}")
        content_changed()
        self.stdout.write(
            f"Demo content ready: {len(roles)} roles, {companies} companies, "
            f"{len(rows)} job postings ({result.created} added, {result.updated} updated)."
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


def import_demo_rows(rows):
    """Import the rows through the posting importer; return its result (``created``,
    ``updated`` and ``errors`` by row number, counted from 1).

    Stands in for ``postings.importing.run_import(rows)`` until that exists: today's
    importer reads a file and saves every valid row, so the rows go through a temporary
    JSON file, and rows that equal their stored job are left out, as saving them would
    still move the job's ``updated_at``.
    """
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo-postings.json"
        importer = PostingImport(path, file_format="json")
        numbers = [n for n, row in enumerate(rows, start=1) if not stored_as_is(importer, row)]
        rows = [rows[number - 1] for number in numbers]
        path.write_text(json.dumps(rows, cls=DjangoJSONEncoder), encoding="utf-8")
        checked = importer.check()
        if checked.errors:
            checked.errors = {numbers[n - 1]: reason for n, reason in checked.errors.items()}
            return checked
        return importer.write(checked)


def stored_as_is(importer, row):
    """Whether the job with this row's external_id already holds every value of the row,
    derived fields included."""
    errors = {}
    values = importer.parse(row, errors)
    if errors or not values.get("external_id"):
        return False
    posting = importer.build(values)
    if posting.pk is None or posting.company.pk is None:
        return False
    stored = JobPosting.objects.get(pk=posting.pk)
    posting.derive_fields()
    return all(
        getattr(posting, field.attname) == getattr(stored, field.attname)
        for field in JobPosting._meta.concrete_fields
    )
