import datetime
import functools
import itertools
import random
import time
from decimal import Decimal

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from jobboard.cache import content_changed
from postings.models import (
    Company,
    EmploymentType,
    ExchangeRate,
    JobPosting,
    SalaryPeriod,
    Seniority,
    Workplace,
    annual_usd_range,
    render_markdown,
)
from roles.models import Role

BATCH = 5000

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
    help = "Generate a realistic data set of job postings for load tests and benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=10_000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--companies", type=int, default=500)

    def handle(self, *args, count, seed, companies, **options):
        if count < 1:
            raise CommandError("--count must be at least 1.")
        roles = list(Role.objects.all())
        if not roles:
            raise CommandError("No roles yet: run `manage.py seed_demo` first.")
        rates = ExchangeRate.objects.in_bulk(field_name="currency")
        missing = {currency for _, _, currency, _ in PLACES} - set(rates)
        if missing:
            raise CommandError(f"Missing exchange rates: {', '.join(sorted(missing))}.")
        prefix = f"gen-{seed}-"
        if JobPosting.objects.filter(external_id__startswith=prefix).exists():
            raise CommandError(
                f"Postings from --seed {seed} exist already; choose another seed or delete them."
            )
        rng = random.Random(seed)
        self.now = timezone.now()
        started = time.perf_counter()
        with transaction.atomic():
            firms = self.companies(companies, seed)
            postings = (
                self.posting(rng, roles, firms, rates, index, prefix) for index in range(count)
            )
            if connection.vendor == "postgresql":
                copy_postings(postings, self.progress)
            else:
                for start in range(0, count, BATCH):
                    batch = [JobPosting(**row) for row in itertools.islice(postings, BATCH)]
                    JobPosting.objects.bulk_create(batch, batch_size=1000)
                    self.progress(min(start + BATCH, count))
            content_changed()
        elapsed = time.perf_counter() - started
        self.stderr.write("")
        self.stdout.write(
            f"Created {count:,} postings in {elapsed:.1f} s ({count / elapsed:,.0f} rows/s)."
        )

    def progress(self, done):
        self.stderr.write(f"{done:,} postings", ending="\r")

    def companies(self, count, seed):
        names = [f"Generated Company {seed}-{n}" for n in range(count)]
        Company.objects.bulk_create(
            [
                Company(name=name, slug=slugify(name), website=f"https://{slugify(name)}.example")
                for name in names
            ],
            ignore_conflicts=True,
        )
        return list(Company.objects.filter(name__in=names))

    def posting(self, rng, roles, companies, rates, index, prefix_id):
        """Return one posting as column values, derived fields included.

        Rows skip model instances on purpose (building one costs more than inserting it);
        the derived values come from the same functions the model's save() uses.
        """
        role = rng.choice(roles)
        company = rng.choice(companies)
        seniority = rng.choices(list(LEVELS), weights=[2, 5, 4, 1])[0]
        country, city, currency, senior_pay = rng.choice(PLACES)
        workplace = rng.choices(list(Workplace), weights=[3, 5, 2])[0]
        focus = rng.choice(FOCUS)
        prefix = rng.choice(TITLE_PARTS[seniority])
        title = " ".join(part for part in (prefix, role.name, f"– {focus}") if part)
        location = f"{city}{' or remote' if workplace == Workplace.REMOTE else ''}"
        description = rng.choice(DESCRIPTIONS).format(
            role=role.name, focus=focus, focus_lower=focus.lower()
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
        rate, low, high, period = None, None, None, SalaryPeriod.YEAR
        if rng.random() < 0.85:
            pay = senior_pay * LEVELS[seniority] * rng.uniform(0.8, 1.2)
            if EmploymentType.CONTRACT in kinds or EmploymentType.TEMPORARY in kinds:
                period, pay = SalaryPeriod.HOUR, pay / 1600
            # Round as employers do: whole thousands a year, whole units an hour.
            places = -3 if period == SalaryPeriod.YEAR else 0
            rate = rates[currency]
            low = Decimal(str(round(pay, places)))
            high = Decimal(str(round(pay * rng.uniform(1.1, 1.4), places)))
        low_usd, high_usd = annual_usd_range(rate, low, high, period)
        draft = status == JobPosting.Status.DRAFT
        return {
            "title": title,
            "slug": slugify(title),
            "company_id": company.pk,
            "role_id": role.pk,
            "location": location,
            "city": city,
            "country": country,
            "workplace": workplace,
            "remote_regions": country
            if workplace == Workplace.REMOTE and rng.random() < 0.5
            else "",
            **{kind.field: kind in kinds for kind in EmploymentType},
            "seniority": seniority,
            "salary_min": low,
            "salary_max": high,
            "salary_currency_id": rate.currency if rate else None,
            "salary_period": period,
            "salary_min_usd": low_usd,
            "salary_max_usd": high_usd,
            "description": description,
            "description_html": cached_markdown(description),
            "apply_url": f"https://jobs.example/{index}",
            "apply_email": "",
            "status": status,
            "published_at": None if draft else published,
            "expires_at": None if draft else expires,
            "is_featured": rng.random() < 0.01,
            "featured_until": None,
            "external_id": f"{prefix_id}{index}",
            "search_text": " ".join([company.name, location, description]),
            "search_vector": None,
            "created_at": self.now,
            "updated_at": self.now,
        }


@functools.lru_cache(maxsize=256)
def cached_markdown(text):
    return render_markdown(text)


def copy_postings(rows, progress):
    """Stream rows into PostgreSQL with COPY: each row goes out as it is generated, so the
    database stores one row while Python builds the next."""
    first = next(rows)
    columns = list(first)
    column_of = {field.attname: field.column for field in JobPosting._meta.concrete_fields}
    names = ", ".join(connection.ops.quote_name(column_of[name]) for name in columns)
    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY {JobPosting._meta.db_table} ({names}) FROM STDIN") as copy,
    ):
        for done, row in enumerate(itertools.chain([first], rows), start=1):
            copy.write_row([row[column] for column in columns])
            if done % BATCH == 0:
                progress(done)
