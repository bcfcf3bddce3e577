import csv
import datetime
import random
import sys
from contextlib import nullcontext

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from postings.importing import COLUMNS, ImportFailed, run_import
from postings.models import (
    EmploymentType,
    ExchangeRate,
    JobPosting,
    SalaryPeriod,
    Seniority,
    Workplace,
)
from roles.models import Role

# (country, city, currency, typical senior annual salary in that currency)
PLACES = [
    ("US", "New York", "USD", 185_000),
    ("US", "San Francisco", "USD", 200_000),
    ("US", "Austin", "USD", 160_000),
    ("CA", "Toronto", "CAD", 170_000),
    ("GB", "London", "GBP", 95_000),
    ("DE", "Berlin", "EUR", 85_000),
    ("FR", "Paris", "EUR", 75_000),
    ("NL", "Amsterdam", "EUR", 90_000),
    ("ES", "Barcelona", "EUR", 60_000),
    ("CH", "Zurich", "CHF", 150_000),
    ("SE", "Stockholm", "SEK", 850_000),
    ("PL", "Warsaw", "PLN", 320_000),
    ("IN", "Bengaluru", "INR", 4_500_000),
    ("SG", "Singapore", "SGD", 160_000),
    ("AU", "Sydney", "AUD", 190_000),
    ("JP", "Tokyo", "JPY", 14_000_000),
    ("BR", "São Paulo", "BRL", 300_000),
]
LEVELS = {
    Seniority.ENTRY: 0.55,
    Seniority.MID: 0.8,
    Seniority.SENIOR: 1.0,
    Seniority.EXECUTIVE: 1.45,
}
TITLE_PARTS = {
    Seniority.ENTRY: ["Junior", "Associate", "Graduate"],
    Seniority.MID: ["", "", "Mid-level"],
    Seniority.SENIOR: ["Senior", "Staff", "Lead"],
    Seniority.EXECUTIVE: ["Head of", "Director,", "VP,"],
}
FOCUS = [
    "Platform",
    "Growth",
    "Payments",
    "Search",
    "Risk",
    "Forecasting",
    "Data Quality",
    "Health",
]
DESCRIPTIONS = [
    "We are hiring a **{role}** to join our {focus} team.\n\n"
    "## What you will do\n\n- Own {focus_lower} work end to end\n- Work with product and "
    "engineering\n- Share what you learn\n\n## What we look for\n\n- Experience as a {role}\n"
    "- Clear writing and curiosity",
    "Join us as a {role} and help our {focus} group ship reliable data products.\n\n"
    "- Hybrid or remote friendly\n- Learning budget\n- Small, senior team",
    "Our {focus} team needs a {role} who enjoys messy real-world data.\n\n"
    "## You bring\n\n- Solid fundamentals\n- A habit of testing your assumptions",
]


class Command(BaseCommand):
    help = (
        "Generate a realistic data set of job postings for load tests and benchmarks, "
        "imported through the posting importer, or written as an import file (--output)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=10_000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--companies", type=int, default=500)
        parser.add_argument(
            "--output",
            help="Write the postings to this CSV file (- for standard output) in the import "
            "format instead of importing them.",
        )

    def handle(self, *args, count, seed, companies, output, **options):
        if count < 1:
            raise CommandError("--count must be at least 1.")
        roles = list(Role.objects.values_list("slug", "name"))
        if not roles:
            raise CommandError("No roles yet: run `manage.py seed_demo` first.")
        missing = {currency for _, _, currency, _ in PLACES} - set(
            ExchangeRate.objects.values_list("currency", flat=True)
        )
        if missing:
            raise CommandError(f"Missing exchange rates: {', '.join(sorted(missing))}.")
        prefix = f"gen-{seed}-"
        if not output and JobPosting.objects.filter(external_id__startswith=prefix).exists():
            raise CommandError(
                f"Postings from --seed {seed} exist already; choose another seed or delete them."
            )
        rng = random.Random(seed)
        self.now = timezone.now()
        firms = [f"Generated Company {seed}-{n}" for n in range(companies)]
        rows = (self.posting(rng, roles, firms, index, prefix) for index in range(count))
        if output:
            self.write_csv(rows, output)
            return
        try:
            result = run_import(rows, progress=self.progress)
        except ImportFailed as error:
            raise CommandError(str(error)) from error
        if result.error_count:
            raise CommandError(f"Generated rows were refused: {result.errors}")
        self.stderr.write("")
        self.stdout.write(
            f"Created {result.created:,} postings in {result.seconds:.1f} s "
            f"({result.rows_per_second:,.0f} rows/s)."
        )

    def progress(self, done, fraction):
        self.stderr.write(f"{done:,} postings", ending="\r")

    def write_csv(self, rows, output):
        # A feed in the import format, read back by import_postings, not a file for a
        # spreadsheet: quoting formula-like cells (jobboard/csv_files.py) would change the
        # data imported, such as a Markdown description starting with "- ".
        with (
            open(output, "w", newline="", encoding="utf-8")
            if output != "-"
            else (nullcontext(sys.stdout)) as file
        ):
            writer = csv.DictWriter(file, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(rows)

    def posting(self, rng, roles, companies, index, prefix_id):
        """Return one posting as a row of the import format."""
        slug, role = rng.choice(roles)
        company = rng.choice(companies)
        seniority = rng.choices(list(LEVELS), weights=[2, 5, 4, 1])[0]
        country, city, currency, senior_pay = rng.choice(PLACES)
        workplace = rng.choices(list(Workplace), weights=[3, 5, 2])[0]
        focus = rng.choice(FOCUS)
        prefix = rng.choice(TITLE_PARTS[seniority])
        title = " ".join(part for part in (prefix, role, f"– {focus}") if part)
        location = f"{city}{' or remote' if workplace == Workplace.REMOTE else ''}"
        # Every description differs, as in a real feed, so nothing downstream can get
        # away with rendering a few hundred texts once.
        description = (
            rng.choice(DESCRIPTIONS).format(role=role, focus=focus, focus_lower=focus.lower())
            + f"\n\nReference {prefix_id}{index}: {company}, {city}."
        )
        status = rng.choices(
            [JobPosting.Status.PUBLISHED, JobPosting.Status.EXPIRED, JobPosting.Status.DRAFT],
            weights=[90, 7, 3],
        )[0]
        # Within the default 30-day window, so published postings are visible.
        published = self.now - datetime.timedelta(minutes=rng.randint(1, 60 * 24 * 28))
        expires = published + (
            datetime.timedelta(days=1)
            if status == JobPosting.Status.EXPIRED
            else datetime.timedelta(days=settings.JOB_POSTING_DEFAULT_DAYS)
        )
        kinds = [EmploymentType.FULL_TIME]
        if rng.random() < 0.15:
            kinds = [rng.choice([EmploymentType.CONTRACT, EmploymentType.TEMPORARY])]
        elif seniority == Seniority.ENTRY and rng.random() < 0.3:
            kinds = [EmploymentType.INTERNSHIP]
        elif rng.random() < 0.05:
            kinds.append(EmploymentType.PART_TIME)
        low = high = ""
        period = SalaryPeriod.YEAR
        if rng.random() < 0.85:
            pay = senior_pay * LEVELS[seniority] * rng.uniform(0.8, 1.2)
            if EmploymentType.CONTRACT in kinds or EmploymentType.TEMPORARY in kinds:
                period, pay = SalaryPeriod.HOUR, pay / 1600
            # Round as employers do: whole thousands a year, whole units an hour.
            places = -3 if period == SalaryPeriod.YEAR else 0
            low = str(int(round(pay, places)))
            high = str(int(round(pay * rng.uniform(1.1, 1.4), places)))
        draft = status == JobPosting.Status.DRAFT
        return {
            "external_id": f"{prefix_id}{index}",
            "title": title,
            "company": company,
            "company_website": "",
            "role": slug,
            "location": location,
            "city": city,
            "country": country,
            "workplace": workplace.value,
            "remote_regions": country
            if workplace == Workplace.REMOTE and rng.random() < 0.5
            else "",
            "employment_types": ",".join(kind.value for kind in kinds),
            "seniority": seniority.value,
            "salary_min": low,
            "salary_max": high,
            "salary_currency": currency if low else "",
            "salary_period": period.value,
            "description": description,
            "apply_url": f"https://jobs.example/{index}",
            "apply_email": "",
            "status": status.value,
            "published_at": "" if draft else published.isoformat(),
            "expires_at": "" if draft else expires.isoformat(),
            "featured": "true" if rng.random() < 0.01 else "false",
            "featured_until": "",
        }
