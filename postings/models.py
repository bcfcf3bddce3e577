import datetime
import html
from decimal import ROUND_HALF_UP, Decimal

import cmarkgfm
import nh3
from cmarkgfm.cmark import Options as CmarkOptions
from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.validators import MinValueValidator, RegexValidator, URLValidator
from django.db import models
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.db.models.functions import Coalesce, Length, Upper
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator, slugify
from django_countries.fields import CountryField

from . import regions
from .regions import RemoteAreas

# Lets constraints say "exactly three letters" on every database.
models.CharField.register_lookup(Length)
models.TextField.register_lookup(Length)

http_url = URLValidator(schemes=["http", "https"], message="Enter an http:// or https:// address.")


class HttpURLField(models.URLField):
    """A URL field that takes http(s) addresses only, checked by one validator (a plain
    URLField would check every address twice: any scheme, then http(s))."""

    default_validators = [http_url]

    def formfield(self, **kwargs):
        # Forms say what the field wants, not just that the address is wrong.
        error_messages = {"invalid": http_url.message, **kwargs.pop("error_messages", {})}
        return super().formfield(error_messages=error_messages, **kwargs)


currency_code = RegexValidator(r"^[A-Z]{3}$", "Use a three-letter ISO 4217 code such as USD.")


class ExchangeRate(models.Model):
    currency = models.CharField(
        max_length=3,
        unique=True,
        validators=[currency_code],
        help_text="ISO 4217 code, e.g. EUR.",
    )
    name = models.CharField(max_length=60, blank=True, help_text='e.g. "Euro".')
    units_per_usd = models.DecimalField(
        "units per US dollar",
        max_digits=18,
        decimal_places=6,
        validators=[MinValueValidator(Decimal("0.0001"))],
        help_text="How many units of this currency one US dollar buys, e.g. 0.92 for EUR.",
    )
    as_of = models.DateField(help_text="The date the rate was taken.")

    class Meta:
        ordering = ["currency"]
        constraints = [
            models.CheckConstraint(
                # The floor keeps every normalized salary inside a 64-bit integer.
                condition=Q(units_per_usd__gte=Decimal("0.0001")),
                name="exchangerate_positive",
                violation_error_message="A rate must be at least 0.0001.",
            ),
            models.CheckConstraint(
                condition=Q(currency=Upper("currency")) & Q(currency__length=3),
                name="exchangerate_currency_code",
                violation_error_message="Use a three-letter ISO 4217 code in capitals.",
            ),
        ]

    def __str__(self):
        return self.currency

    def to_usd(self, amount):
        """Return an amount in this currency as whole US dollars, rounded half up.

        Every conversion on the board (stored salaries, salary filters) goes through here,
        so they all round alike.
        """
        return int((Decimal(amount) / self.units_per_usd).quantize(Decimal(1), ROUND_HALF_UP))

    def to_annual_usd(self, amount, period):
        """Return a posted amount as whole US dollars a year, or None without an amount."""
        if amount is None:
            return None
        return self.to_usd(Decimal(amount) * PERIOD_FACTORS[period])


COMPANY_DESCRIPTION_MAX_LENGTH = 500


class Company(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    website = HttpURLField(blank=True, help_text="http(s) only.")
    description = models.TextField(
        blank=True,
        max_length=COMPANY_DESCRIPTION_MAX_LENGTH,
        help_text="A sentence or two about the company, shown on its page (plain text).",
    )
    # Always a PNG the site made itself (postings.logos): never the file as uploaded.
    logo = models.ImageField(upload_to="logos/", blank=True)
    is_verified = models.BooleanField(
        "verified",
        default=False,
        help_text="Staff checked that the company is who it says it is.",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "companies"
        constraints = [
            models.CheckConstraint(
                condition=Q(website="")
                | Q(website__istartswith="http://")
                | Q(website__istartswith="https://"),
                name="company_website_http",
                violation_error_message="Enter an http:// or https:// address.",
            ),
            models.CheckConstraint(
                condition=Q(description__length__lte=COMPANY_DESCRIPTION_MAX_LENGTH),
                name="company_description_length",
                violation_error_message="A description can be at most 500 characters.",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("companies:detail", kwargs={"slug": self.slug})

    @property
    def jobs_url(self):
        return f"{reverse('postings:list')}?company={self.slug}"


class Seniority(models.TextChoices):
    ENTRY = "entry", "Entry-level / Junior"
    MID = "mid", "Mid-level / Intermediate"
    SENIOR = "senior", "Senior-level / Expert"
    EXECUTIVE = "executive", "Executive-level / Director"


class Workplace(models.TextChoices):
    ONSITE = "onsite", "On-site"
    HYBRID = "hybrid", "Hybrid"
    REMOTE = "remote", "Remote"


class EmploymentType(models.TextChoices):
    """Each type is stored as its own boolean column (see JobPosting) so a posting can have
    several, and filters and counts stay plain indexed comparisons on every database."""

    FULL_TIME = "full_time", "Full Time"
    PART_TIME = "part_time", "Part Time"
    CONTRACT = "contract", "Contract"
    INTERNSHIP = "internship", "Internship"
    TEMPORARY = "temporary", "Temporary / Freelance"

    @property
    def field(self):
        return f"is_{self.value}"


class SalaryPeriod(models.TextChoices):
    HOUR = "hour", "an hour"
    DAY = "day", "a day"
    WEEK = "week", "a week"
    MONTH = "month", "a month"
    YEAR = "year", "a year"


# Paid periods in a working year: 40 h × 52 weeks, 5 days × 52 weeks (see README, "Jobs").
PERIOD_FACTORS = {
    SalaryPeriod.HOUR: Decimal(2080),
    SalaryPeriod.DAY: Decimal(260),
    SalaryPeriod.WEEK: Decimal(52),
    SalaryPeriod.MONTH: Decimal(12),
    SalaryPeriod.YEAR: Decimal(1),
}


def featured_now():
    """Return the condition for a posting featured at this moment."""
    return Q(is_featured=True) & (
        Q(featured_until__isnull=True) | Q(featured_until__gt=timezone.now())
    )


# Unstated salaries sort last; an expression rather than NULLS LAST, which SQLite
# cannot index.
SALARY_SORT = Coalesce("salary_max_usd", Value(-1), output_field=models.BigIntegerField())
SORT_ORDERS = {
    "newest": ["-published_at", "-id"],
    "salary": [SALARY_SORT.desc(), "-published_at", "-id"],
}


class JobPostingQuerySet(models.QuerySet):
    def visible(self):
        """Return postings the public may see: published, publish time come, not expired.

        Every public surface (job list, job page, featured cards, role pages, feeds,
        sitemap, API and salary statistics) starts from this one method.
        """
        now = timezone.now()
        return self.filter(status=JobPosting.Status.PUBLISHED, published_at__lte=now).filter(
            Q(expires_at__isnull=True) | Q(expires_at__gt=now)
        )

    def reachable(self):
        """Return postings whose page answers: visible ones, plus expired ones, which keep a
        page saying they no longer take applications."""
        return self.filter(
            status__in=[JobPosting.Status.PUBLISHED, JobPosting.Status.EXPIRED],
            published_at__lte=timezone.now(),
        )

    def featured(self):
        return self.visible().filter(featured_now())

    def not_featured(self):
        """Return postings that are not featured now (the complement of featured_now())."""
        return self.filter(Q(is_featured=False) | Q(featured_until__lte=timezone.now()))

    def for_role(self, role):
        return self.filter(role=role)

    def featured_for_roles(self, roles, limit=4):
        """Return up to ``limit`` featured postings, those of the given roles first and
        other featured postings after them when the roles have too few."""
        return (
            self.featured()
            .for_cards()
            .annotate(
                for_roles=Case(
                    When(role__in=[role.pk for role in roles], then=Value(1)),
                    default=Value(0),
                    output_field=IntegerField(),
                )
            )
            .order_by("-for_roles", "-published_at", "-id")[:limit]
        )

    def for_cards(self):
        """Return postings with what a job card shows, in one query, leaving out the long
        text columns a card never shows."""
        return self.select_related("company", "role", "salary_currency").defer(
            "description", "description_html", "search_text", "search_vector"
        )

    def for_page(self):
        """Return postings with everything a job page shows, in one query."""
        return self.select_related("company", "role", "salary_currency")

    def in_order(self, sort="newest"):
        """Return postings in a job list's order: "newest" or "salary" (highest first)."""
        return self.order_by(*SORT_ORDERS[sort])

    def newest_first(self):
        return self.in_order("newest")

    def renormalize(self):
        """Recompute the annual USD amounts of these postings from their current rates.

        Rows are read in chunks and written back in bulk, so a currency with many postings
        is never held in memory at once. Return the number of postings updated.
        """
        batch, updated = [], 0
        for posting in self.select_related("salary_currency").iterator(chunk_size=1000):
            posting.normalize_salary()
            batch.append(posting)
            if len(batch) == 1000:
                updated += self.model.objects.bulk_update(
                    batch, ["salary_min_usd", "salary_max_usd"]
                )
                batch = []
        if batch:
            updated += self.model.objects.bulk_update(batch, ["salary_min_usd", "salary_max_usd"])
        return updated


PUBLISHED = Q(status="published")
# Long enough for any real job description, and far inside PostgreSQL's full-text limits
# (a tsvector holds at most 1 MB and positions up to 16,383).
DESCRIPTION_MAX_LENGTH = 20_000
FACET_COLUMNS = [
    "expires_at",
    "seniority",
    "workplace",
    "is_full_time",
    "is_part_time",
    "is_contract",
    "is_internship",
    "is_temporary",
    "is_featured",
    "featured_until",
    "role_id",
    "country",
    "remote_regions",  # where remote jobs can be done from: the country filter reads it
    "salary_min_usd",
    "salary_max_usd",
]


class JobPosting(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PENDING = "pending", "Pending review"
        REJECTED = "rejected", "Rejected"
        PUBLISHED = "published", "Published"
        EXPIRED = "expired", "Expired"
        ARCHIVED = "archived", "Archived"

    title = models.CharField(max_length=200)
    # Pages are found by id; the slug only makes the address readable, so no index.
    slug = models.SlugField(
        max_length=200, editable=False, db_index=False, help_text="Derived from the title."
    )
    company = models.ForeignKey(Company, on_delete=models.PROTECT, related_name="postings")
    # A role with postings cannot be deleted (admin lists the postings in the way), as one
    # with comparisons cannot: its jobs would silently drop off its pages and figures.
    role = models.ForeignKey(
        "roles.Role",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        db_index=False,  # posting_pub_role leads with it
        related_name="postings",
        help_text="The career this job belongs to; links it to articles and salary insights.",
    )
    location = models.CharField(
        max_length=200, help_text='As shown on the job, e.g. "Berlin, Germany and Remote".'
    )
    city = models.CharField(max_length=100, blank=True)
    country = CountryField(blank=True, help_text="Where the job is based.")
    workplace = models.CharField(max_length=10, choices=Workplace.choices, default=Workplace.ONSITE)
    remote_regions = CountryField(
        "open to applicants in",
        countries=RemoteAreas,
        multiple=True,
        multiple_sort=False,
        blank=True,
        help_text="For remote jobs: the countries and regions (EU, Europe, APAC, ...) "
        "applicants may live in. Empty means anywhere.",
    )
    is_full_time = models.BooleanField("full time", default=True)
    is_part_time = models.BooleanField("part time", default=False)
    is_contract = models.BooleanField("contract", default=False)
    is_internship = models.BooleanField("internship", default=False)
    is_temporary = models.BooleanField("temporary / freelance", default=False)
    seniority = models.CharField(max_length=10, choices=Seniority.choices)
    salary_min = models.DecimalField(
        max_digits=12, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    salary_max = models.DecimalField(
        max_digits=12, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    salary_currency = models.ForeignKey(
        ExchangeRate,
        to_field="currency",
        db_column="salary_currency",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        db_index=False,  # a plain index in Meta; no pattern-matching twin needed
        related_name="postings",
        help_text="Currency of the amounts as posted.",
    )
    salary_period = models.CharField(
        max_length=5, choices=SalaryPeriod.choices, default=SalaryPeriod.YEAR
    )
    salary_min_usd = models.PositiveBigIntegerField(
        "minimum, USD a year",
        null=True,
        blank=True,
        editable=False,
        help_text="Derived from the posted salary and the exchange rate.",
    )
    salary_max_usd = models.PositiveBigIntegerField(
        "maximum, USD a year",
        null=True,
        blank=True,
        editable=False,
        help_text="Derived from the posted salary and the exchange rate.",
    )
    description = models.TextField(
        max_length=DESCRIPTION_MAX_LENGTH,
        help_text="Markdown, up to 20,000 characters. Links and formatting are kept; "
        "scripts never.",
    )
    description_html = models.TextField(editable=False, default="")
    apply_url = HttpURLField(max_length=500, blank=True, help_text="http(s) only.")
    apply_email = models.EmailField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(
        null=True, blank=True, help_text="When the job goes public. Set on publishing if empty."
    )
    expires_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the job stops taking applications. Defaults to a set number of days "
        "after publishing.",
    )
    is_featured = models.BooleanField("featured", default=False)
    featured_until = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Featuring ends at this time; empty means until unfeatured.",
    )
    external_id = models.CharField(
        max_length=100, blank=True, help_text="Identifier from the source of an import."
    )
    search_text = models.TextField(editable=False, default="")
    # Filled by a database trigger on PostgreSQL (migration 0002); unused on SQLite.
    search_vector = SearchVectorField(null=True, editable=False)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submitted_postings",
        editable=False,
        help_text="The employer who submitted the job, for jobs that came through review.",
    )
    expiry_reminded_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = JobPostingQuerySet.as_manager()

    class Meta:
        # Unpublished postings (no date) last on every database.
        ordering = [F("published_at").desc(nulls_last=True), "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(salary_min__isnull=True)
                | Q(salary_max__isnull=True)
                | Q(salary_min__lte=F("salary_max")),
                name="posting_salary_min_le_max",
                violation_error_message="The minimum salary cannot be above the maximum.",
            ),
            models.CheckConstraint(
                condition=(Q(salary_min__isnull=True) | Q(salary_min__gte=0))
                & (Q(salary_max__isnull=True) | Q(salary_max__gte=0)),
                name="posting_salary_not_negative",
                violation_error_message="Salaries cannot be negative.",
            ),
            models.CheckConstraint(
                condition=(Q(salary_min__isnull=True) & Q(salary_max__isnull=True))
                | Q(salary_currency__isnull=False),
                name="posting_salary_has_currency",
                violation_error_message="A salary needs its currency.",
            ),
            models.CheckConstraint(
                condition=~Q(apply_url="") | ~Q(apply_email=""),
                name="posting_has_apply_target",
                violation_error_message="Give an apply link or an apply e-mail address.",
            ),
            models.CheckConstraint(
                condition=Q(apply_url="")
                | Q(apply_url__istartswith="http://")
                | Q(apply_url__istartswith="https://"),
                name="posting_apply_url_http",
                violation_error_message="Enter an http:// or https:// address.",
            ),
            models.CheckConstraint(
                condition=Q(is_full_time=True)
                | Q(is_part_time=True)
                | Q(is_contract=True)
                | Q(is_internship=True)
                | Q(is_temporary=True),
                name="posting_has_employment_type",
                violation_error_message="Choose at least one employment type.",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["draft", "pending", "rejected", "archived"])
                | Q(published_at__isnull=False),
                name="posting_published_has_date",
                violation_error_message="A published or expired job needs a publish date.",
            ),
            models.CheckConstraint(
                condition=Q(expires_at__isnull=True)
                | Q(published_at__isnull=True)
                | Q(expires_at__gt=F("published_at")),
                name="posting_expires_after_publishing",
                violation_error_message="A job must expire after it is published.",
            ),
            models.CheckConstraint(
                condition=Q(description__length__lte=DESCRIPTION_MAX_LENGTH),
                name="posting_description_length",
                violation_error_message="A description can be at most 20,000 characters.",
            ),
            models.UniqueConstraint(
                fields=["external_id"],
                condition=~Q(external_id=""),
                name="posting_unique_external_id",
                violation_error_message="Another job already has this external id.",
            ),
        ]
        # Every public query starts from visible(), so the filter indexes are partial on
        # published rows: equality column first, then the list's order. The first one
        # also carries the facet columns, so counting a broad search reads the index only.
        indexes = [
            models.Index(
                F("published_at").desc(),
                F("id").desc(),
                name="posting_pub_newest",
                condition=PUBLISHED,
                include=FACET_COLUMNS,
            ),
            *[
                models.Index(
                    column,
                    F("published_at").desc(),
                    name=f"posting_pub_{column.removesuffix('_id')}",
                    condition=PUBLISHED,
                )
                for column in ("role_id", "company_id", "country", "seniority", "workplace")
            ],
            *[
                models.Index(
                    F("published_at").desc(),
                    name=f"posting_pub_{kind.value}",
                    condition=PUBLISHED & Q(**{kind.field: True}),
                )
                for kind in EmploymentType
                if kind != EmploymentType.FULL_TIME  # most jobs: the first index serves it
            ],
            models.Index(
                F("published_at").desc(),
                name="posting_pub_featured",
                condition=PUBLISHED & Q(is_featured=True),
            ),
            models.Index(
                SALARY_SORT.desc(),
                F("published_at").desc(),
                F("id").desc(),
                name="posting_pub_salary",
                condition=PUBLISHED,
            ),
            models.Index(fields=["salary_currency"], name="posting_currency"),
        ]

    def __str__(self):
        return f"{self.title} at {self.company}" if self.company_id else self.title

    def save(self, *args, **kwargs):
        self.derive_fields()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("postings:detail", kwargs={"pk": self.pk, "slug": self.slug})

    def clean(self):
        self.derive_dates()

    def derive_fields(self, render=None):
        """Fill in every derived field: slug, dates, normalized salary, HTML, search text.

        Bulk loaders that skip save() call this; ``render`` lets them reuse the HTML of a
        description they have already rendered.
        """
        self.slug = posting_slug(self.title)
        self.derive_dates()
        self.normalize_salary()
        self.description_html = (render or render_markdown)(self.description)
        self.search_text = posting_search_text(self.company.name, self.location, self.description)

    def derive_dates(self):
        self.published_at, self.expires_at = posting_dates(
            self.status, self.published_at, self.expires_at
        )

    def normalize_salary(self):
        """Derive the annual USD amounts; one end stands in for the other when only one is
        posted, so filters and statistics treat "from 80K" as 80K."""
        self.salary_min_usd, self.salary_max_usd = annual_usd_range(
            self.salary_currency, self.salary_min, self.salary_max, self.salary_period
        )

    @property
    def employment_types(self):
        return [kind for kind in EmploymentType if getattr(self, kind.field)]

    @property
    def is_visible(self):
        now = timezone.now()
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= now
            and (self.expires_at is None or self.expires_at > now)
        )

    @property
    def is_featured_now(self):
        return self.is_featured and (
            self.featured_until is None or self.featured_until > timezone.now()
        )

    @property
    def summary(self):
        """Return the start of the description as plain text, for cards and meta tags."""
        text = html.unescape(strip_tags(self.description_html))
        return Truncator(" ".join(text.split())).words(35)

    @property
    def has_salary(self):
        return self.salary_min is not None or self.salary_max is not None

    @property
    def salary_display(self):
        """Return the salary as posted, e.g. "USD 100K – 180K a year"."""
        if not self.has_salary:
            return ""
        amounts = [a for a in (self.salary_min, self.salary_max) if a is not None]
        if len(amounts) == 2 and amounts[0] != amounts[1]:
            shown = f"{short_amount(amounts[0])} – {short_amount(amounts[1])}"
        elif self.salary_min is not None and self.salary_max is None:
            shown = f"from {short_amount(self.salary_min)}"
        elif self.salary_max is not None and self.salary_min is None:
            shown = f"up to {short_amount(self.salary_max)}"
        else:
            shown = short_amount(amounts[0])
        return f"{self.salary_currency_id} {shown} {self.get_salary_period_display()}"

    @property
    def open_to(self):
        """Where a remote job takes applicants from: "anywhere" or the places' names."""
        return regions.open_to(self)

    @property
    def annual_equivalent(self):
        """Return an hourly, daily, weekly or monthly rate as the year's pay it is compared
        by (sorting, salary filters), e.g. "≈ USD 250K a year"; "" for annual salaries."""
        if not self.has_salary or self.salary_period == SalaryPeriod.YEAR:
            return ""
        low, high = self.salary_min_usd, self.salary_max_usd
        if low is None:
            return ""
        # An equivalent, not a figure anyone posted: whole thousands say enough.
        low, high = (
            (Decimal(amount) / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP) * 1000
            for amount in (low, high)
        )
        shown = short_amount(low) if low == high else f"{short_amount(low)} – {short_amount(high)}"
        return f"≈ USD {shown} a year"


# What a posting derives from its own fields, as functions of plain values, so a bulk loader
# that holds a row's values rather than a model instance derives them exactly alike.


def posting_slug(title):
    return slugify(title)[:200] or "job"


def posting_dates(status, published_at, expires_at):
    """Return (published_at, expires_at): a published job without a date is published now,
    and a job with a date expires JOB_POSTING_DEFAULT_DAYS later unless it says when."""
    if status == JobPosting.Status.PUBLISHED and published_at is None:
        published_at = timezone.now()
    if published_at and expires_at is None:
        expires_at = published_at + datetime.timedelta(days=settings.JOB_POSTING_DEFAULT_DAYS)
    return published_at, expires_at


def posting_search_text(company_name, location, description):
    """Return the text the search vector is built from (with the title, weighted higher)."""
    return " ".join([company_name, location, description])


def annual_usd_range(rate, low, high, period):
    """Return (min, max) as whole US dollars a year; one end stands in for the other when
    only one is posted; (None, None) without a salary."""
    if rate is None:
        return None, None
    low, high = rate.to_annual_usd(low, period), rate.to_annual_usd(high, period)
    return (low if low is not None else high), (high if high is not None else low)


def short_amount(amount):
    """Return 100000 as "100K", 1250000 as "1.25M", 45.5 as "45.50", rounding half up as
    every figure on the site does (12,345 reads "12.35K")."""
    amount = Decimal(amount)
    cents = Decimal("0.01")
    for size, suffix in ((Decimal(1_000_000), "M"), (Decimal(1000), "K")):
        scaled = (amount / size).quantize(cents, rounding=ROUND_HALF_UP)
        # Compare after rounding, so 999,999 reads "1M", not "1000K".
        if scaled >= 1:
            return f"{scaled.normalize():f}{suffix}"
    if amount == amount.to_integral_value():
        return f"{amount:.0f}"
    return f"{amount.quantize(cents, rounding=ROUND_HALF_UP)}"


ALLOWED_TAGS = {
    "a", "p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "h2", "h3", "h4",
    "blockquote", "code", "pre", "hr",
}  # fmt: skip


LINK_PREFIXES = ("http://", "https://", "mailto:")


def absolute_links_only(element, attribute, value):
    # Relative and scheme-relative links ("//other.example") could point anywhere on
    # the site or off it without saying so; a description links out with a full address.
    if attribute == "href" and not value.strip().lower().startswith(LINK_PREFIXES):
        return None
    return value


# Built once: the sanitizer's rules, reused for every description.
SANITIZER = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes={"a": {"href", "title"}},
    attribute_filter=absolute_links_only,
    url_schemes={"http", "https", "mailto"},
    link_rel="nofollow noopener",
)


def render_markdown(text):
    """Return Markdown as HTML that is safe to show: an explicit allowlist of tags, links
    limited to absolute http(s) and mailto addresses, every link nofollow noopener."""
    # CommonMark through GitHub's C implementation (as PyPI renders descriptions): about a
    # hundred times faster than a Python renderer, which matters for feeds of tens of
    # thousands of jobs. Raw HTML is passed on to nh3, the one sanitizer.
    rendered = cmarkgfm.markdown_to_html(text or "", options=CmarkOptions.CMARK_OPT_UNSAFE)
    return SANITIZER.clean(rendered).strip()


class ImportRun(models.Model):
    """One upload of a posting file through admin: its check, then its import."""

    class Status(models.TextChoices):
        CHECKING = "checking", "Checking"
        CHECKED = "checked", "Checked, waiting for confirmation"
        IMPORTING = "importing", "Importing"
        DONE = "done", "Imported"
        REFUSED = "refused", "Not imported: invalid rows"
        FAILED = "failed", "Failed"

    file = models.FileField(upload_to="imports/%Y/%m/", help_text="The file as uploaded.")
    file_name = models.CharField(max_length=255, help_text="The name the file was uploaded as.")
    file_format = models.CharField(max_length=4, choices=[("csv", "CSV"), ("json", "JSON")])
    skip_invalid = models.BooleanField(
        default=False, help_text="Import the valid rows even when some rows are invalid."
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.CHECKING)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        help_text="Who uploaded the file.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    rows = models.PositiveIntegerField(default=0)
    to_create = models.PositiveIntegerField("new jobs", default=0)
    to_update = models.PositiveIntegerField("changed jobs", default=0)
    unchanged = models.PositiveIntegerField(default=0)
    error_count = models.PositiveIntegerField("invalid rows", default=0)
    errors = models.JSONField(
        default=list, blank=True, help_text="[row number, reasons] of the first invalid rows."
    )
    message = models.TextField(blank=True, help_text="Why the file could not be used.")
    check_seconds = models.FloatField(null=True, blank=True)
    import_seconds = models.FloatField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    status__in=["checking", "checked", "importing", "done", "refused", "failed"]
                ),
                name="importrun_status_known",
            ),
        ]

    def __str__(self):
        return (
            f"{self.file_name} ({self.created_at:%Y-%m-%d %H:%M})"
            if self.created_at
            else self.file_name
        )

    def get_absolute_url(self):
        return reverse("admin:postings_importrun_change", args=[self.pk])

    @property
    def can_confirm(self):
        return self.status == self.Status.CHECKED

    @property
    def is_running(self):
        return self.status in (self.Status.CHECKING, self.Status.IMPORTING)


class StatusChange(models.Model):
    """One change of a posting's status: who, when, from what to what, and why (a review's
    comment). Written by postings.services, which every status change goes through."""

    posting = models.ForeignKey(JobPosting, on_delete=models.CASCADE, related_name="status_changes")
    at = models.DateTimeField(default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    from_status = models.CharField(max_length=10, choices=JobPosting.Status.choices, blank=True)
    to_status = models.CharField(max_length=10, choices=JobPosting.Status.choices)
    note = models.TextField(blank=True, help_text="A review's comment or a rejection's reason.")

    class Meta:
        ordering = ["at", "id"]

    def __str__(self):
        return f"{self.get_from_status_display() or 'new'} → {self.get_to_status_display()}"


class PostingRevision(models.Model):
    """An employer's edit of a published job, waiting for review: the public keeps seeing
    the approved version until staff approve the edit."""

    posting = models.OneToOneField(JobPosting, on_delete=models.CASCADE, related_name="revision")
    data = models.JSONField(help_text="The edited fields, as the employer's form saved them.")
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Edit of {self.posting}"


class DailyStats(models.Model):
    """Views of a job's page and clicks on its apply button in one day, counted on the
    server for people (not bots); no third-party tracking."""

    posting = models.ForeignKey(JobPosting, on_delete=models.CASCADE, related_name="daily_stats")
    day = models.DateField()
    views = models.PositiveIntegerField(default=0)
    apply_clicks = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name_plural = "daily stats"
        constraints = [
            models.UniqueConstraint(fields=["posting", "day"], name="stats_one_row_a_day"),
        ]

    def __str__(self):
        return f"{self.posting_id} on {self.day}"
