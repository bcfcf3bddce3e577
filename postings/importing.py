"""Import job postings from a CSV or JSON file (``manage.py import_postings FILE``).

A CSV file starts with a header row naming its columns; a JSON file holds one array of
objects whose keys are the same names. Columns:

- ``external_id`` (required): the job's id in the source, up to 100 characters. Importing
  a row again updates the job with this id instead of adding a second one. Must be unique
  within the file.
- ``title`` (required): up to 200 characters.
- ``company`` (required): the company name, matched exactly. A company not yet on the
  board is created, with a unique slug made from its name.
- ``company_website`` (optional): an http:// or https:// address. Used when the company
  is created, or when it has no website yet; an existing website is never overwritten.
- ``role`` (optional): the slug of an existing role, e.g. ``data-scientist``. An unknown
  slug is an error.
- ``location`` (required): as shown on the job, e.g. "Berlin, Germany and Remote".
- ``city`` (optional).
- ``country`` (optional): ISO 3166-1 alpha-2 code, e.g. ``DE``.
- ``workplace``: ``onsite``, ``hybrid`` or ``remote``; default ``onsite``.
- ``remote_regions`` (optional): alpha-2 codes of the countries applicants may live in,
  or region codes from data/regions.json (``EU``, ``EEA``, ``EUROPE``, ``APAC``, ...),
  separated by commas or spaces in CSV (``DE, AT CH``), a list in JSON. Empty means
  anywhere.
- ``employment_types`` (required): at least one of ``full_time``, ``part_time``,
  ``contract``, ``internship``, ``temporary``; comma-separated in CSV, a list in JSON.
- ``seniority`` (required): ``entry``, ``mid``, ``senior`` or ``executive``.
- ``salary_min``, ``salary_max`` (optional): plain numbers such as ``85000`` or
  ``42.50``, without thousands separators; not negative, and the minimum not above the
  maximum.
- ``salary_currency``: ISO 4217 code of a currency with an exchange rate on the board
  (USD, EUR, GBP, ...); required with a salary.
- ``salary_period``: ``hour``, ``day``, ``week``, ``month`` or ``year``; default ``year``.
- ``description`` (required): Markdown. Scripts and unsafe links are removed on saving.
- ``apply_url``: an http:// or https:// link; ``apply_email``: an e-mail address. A job
  needs at least one of the two.
- ``status``: ``draft``, ``published``, ``expired`` or ``archived``; default ``published``.
- ``published_at`` (optional): ISO 8601 date or date and time, e.g. ``2025-03-01`` or
  ``2025-03-01T09:00:00+01:00``; without a timezone it is UTC, a date alone is midnight
  UTC. A published job without one is published at the time of the import.
- ``expires_at`` (optional): same format, after ``published_at``; default
  ``published_at`` plus ``JOB_POSTING_DEFAULT_DAYS`` (30) days.
- ``featured`` (optional): ``true``/``false``, ``1``/``0`` or ``yes``/``no``; default false.
- ``featured_until`` (optional): same format as ``published_at``; empty means featured
  until unfeatured.

On a re-import, a column missing from the CSV header (or a key missing from a JSON object)
leaves that field of an existing job as it is, and an empty value clears the field or
restores its default. Empty ``published_at`` and ``expires_at`` keep an existing job's
dates, so importing a feed again does not move its jobs to the top of the list.

Every row is checked before anything is written; rows are numbered by the line they start
on in a CSV file (the header is line 1) and from 1 in a JSON array.
"""

import csv
import datetime
import functools
import io
import operator
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import ijson
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import (
    DecimalValidator,
    EmailValidator,
    MaxLengthValidator,
    MaxValueValidator,
    MinValueValidator,
    URLValidator,
)
from django.db import DatabaseError, connection, models, transaction
from django.db.models import BooleanField, F, Field
from django.utils import timezone
from django_countries import countries
from django_countries.fields import CountryField

from jobboard.bulk import batches
from jobboard.cache import content_changed
from jobboard.constraints import violations_of_values
from roles.models import Role

from . import regions as remote_regions
from .models import (
    Company,
    EmploymentType,
    ExchangeRate,
    JobPosting,
    SalaryPeriod,
    Seniority,
    Workplace,
    annual_usd_range,
    posting_dates,
    posting_search_text,
    posting_slug,
    render_markdown,
)
from .services import unique_company_slugs

COLUMNS = (
    "external_id",
    "title",
    "company",
    "company_website",
    "role",
    "location",
    "city",
    "country",
    "workplace",
    "remote_regions",
    "employment_types",
    "seniority",
    "salary_min",
    "salary_max",
    "salary_currency",
    "salary_period",
    "description",
    "apply_url",
    "apply_email",
    "status",
    "published_at",
    "expires_at",
    "featured",
    "featured_until",
)
REQUIRED = (
    "external_id",
    "title",
    "company",
    "location",
    "employment_types",
    "seniority",
    "description",
)
APPLY_COLUMNS = ("apply_url", "apply_email")
FORMATS = ("csv", "json")
# Rows are checked and written this many at a time: one query finds the batch's jobs
# already on the board, one its companies, and one or a few write it.
BATCH_SIZE = 1000
# Errors kept for the report; beyond them only the count grows.
MAX_REPORTED_ERRORS = 1000
# Unknown header columns named in a message; beyond them only the count.
MAX_NAMED_COLUMNS = 10
# After writing this many rows PostgreSQL's statistics are refreshed, so the first
# searches on the new data are planned for its real size.
ANALYZE_AFTER = 1000

# Columns that set other model fields than their namesake (or more), and back.
COLUMN_FIELDS = {
    "employment_types": [kind.field for kind in EmploymentType],
    "featured": ["is_featured"],
    "salary_min": ["salary_min", "salary_min_usd"],
    "salary_max": ["salary_max", "salary_max_usd"],
    "company": ["company"],
}
FIELD_COLUMNS = {name: column for column, names in COLUMN_FIELDS.items() for name in names}
# Dates a re-import must not reset when the feed leaves them empty.
KEPT_WHEN_EMPTY = ("published_at", "expires_at")
# Left out of the model's field checks: foreign keys are resolved from the importer's
# own lookups (the model would check each with a query), and the parsers accept only
# valid choices and country codes (the model would walk every choice for each row).
CHECKED_BY_PARSERS = (
    "company",
    "role",
    "salary_currency",
    "country",
    "remote_regions",
    *(f.name for f in JobPosting._meta.concrete_fields if f.choices),
)
# What Model.clean_fields() would check, less the fields above, without walking every
# field of every row.
VALIDATED_FIELDS = [
    f
    for f in JobPosting._meta.concrete_fields
    if f.editable and f.name not in CHECKED_BY_PARSERS and not isinstance(f, BooleanField)
]
# The columns whose change makes a stored job "updated"; the rest is bookkeeping.
# Derived from the description and the company alone, so equal when those are; written
# with every update, as any change may change them.
TEXT_DERIVED = ("description_html", "search_text")
COMPARED_FIELDS = [
    f.attname
    for f in JobPosting._meta.concrete_fields
    if f.name not in ("id", "created_at", "updated_at", "search_vector", *TEXT_DERIVED)
]
FIELD_NAMES = {f.attname: f.name for f in JobPosting._meta.concrete_fields}
# Every field's default, in order: a new posting before the row's values.
NEW_POSTING = tuple(f.get_default() for f in JobPosting._meta.concrete_fields)

# DictReader files values beyond the header's columns under this key.
EXTRA_VALUES = object()
TYPE_SEPARATOR = re.compile(r"\s*,\s*")
REGION_SEPARATOR = re.compile(r"[\s,]+")


class ImportFailed(Exception):
    """The file cannot be imported as a whole; nothing was written."""


@dataclass
class ImportResult:
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    error_count: int = 0
    # Row number -> readable reasons, for the first MAX_REPORTED_ERRORS invalid rows.
    errors: dict = field(default_factory=dict)
    # Whether the rows were written: not in a dry run, nor when invalid rows stop it.
    written: bool = False
    seconds: float = 0.0

    @property
    def skipped(self):
        return self.error_count

    @property
    def rows_per_second(self):
        return self.rows / self.seconds if self.seconds else 0.0

    def add_error(self, number, reason):
        self.error_count += 1
        if len(self.errors) < MAX_REPORTED_ERRORS:
            self.errors[number] = reason


def run_import(
    source, *, file_format=None, dry_run=False, skip_invalid=False, progress=None, on_error=None
):
    """Check every row of ``source`` and, unless this is a dry run, write them.

    ``source`` is a path, an open binary file, or an iterable of rows as dicts (numbered
    from 1). Rows are checked and written in batches inside one transaction: invalid rows
    stop the whole import unless ``skip_invalid`` is set, and then nothing is written.
    Rows whose values equal the stored job write nothing. ``progress(rows, fraction)``
    is called after each batch, ``fraction`` being the share of the file read (None for
    an iterable); ``on_error(row number, reason)`` for each invalid row as it is found.

    Return an ImportResult; raise ImportFailed when the file as a whole is unusable.
    """
    started = time.perf_counter()
    job = PostingImport(progress=progress, on_error=on_error)
    reader = RowReader(source, file_format)
    if dry_run:
        # Nothing is written, so no transaction: the check holds no lock while it runs.
        result = job.run(reader, writing=False, skip_invalid=skip_invalid)
    else:
        try:
            with transaction.atomic():
                result = job.run(reader, writing=True, skip_invalid=skip_invalid)
                if not result.written:
                    transaction.set_rollback(True)
                elif result.created or result.updated:
                    content_changed()
        except DatabaseError as error:
            raise ImportFailed(
                f"The rows could not be saved ({error}); nothing imported."
            ) from error
        if result.written and result.created + result.updated >= ANALYZE_AFTER:
            analyze()
    result.seconds = time.perf_counter() - started
    return result


def analyze():
    """Refresh the planner's statistics of the tables an import writes."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            for model in (JobPosting, Company):
                cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
        elif connection.vendor == "sqlite":
            cursor.execute("PRAGMA optimize")


class PostingImport:
    """Check rows a batch at a time and write each valid batch with bulk statements.

    A row is checked as a plain dict of the posting's column values by attname (the
    stored job's values, or the model's defaults for a new one, with the row's values
    over them), never as a model instance: the model's field validators and check
    constraints, and its derived fields, are applied to those values directly. Only the
    rows written through the ORM (updates, and new rows outside PostgreSQL) become
    instances, when they are written.
    """

    def __init__(self, progress=None, on_error=None):
        self.progress = progress or (lambda rows, fraction: None)
        self.on_error = on_error or (lambda number, reason: None)
        self.rates = {rate.currency: rate for rate in ExchangeRate.objects.all()}
        # Rates of stored jobs' currencies added since the import started; the file may
        # name only the currencies known at the start.
        self.stored_rates = {}
        self.roles = {role.slug: role for role in Role.objects.all()}
        # Companies by name: stored ones, and new ones (unsaved in a dry run).
        self.companies = {}
        # The names of stored jobs' companies by id.
        self.company_names = {}
        self.slugs_taken = set()
        # external_id -> the row that first carries it, to catch a repeat in the file.
        self.row_of_id = {}
        self.writing = False
        # Stored companies given a website by the file, saved with the next write.
        self.websites_filled = []
        # Made once per import rather than once per row.
        self.parsers = {**PARSERS, "role": self.role, "salary_currency": self.currency}
        # For text values (every CSV value, most JSON ones): the same parsers, remembering
        # what they made of the texts they saw most recently, where a file repeats them.
        self.text_parsers = {
            column: remembered(parser) if column not in UNIQUE_COLUMNS else parser
            for column, parser in self.parsers.items()
        }
        self.field_checks = [
            (f.name, f.attname, f.blank, f.empty_values, field_check(f)) for f in VALIDATED_FIELDS
        ]
        # The database's types of the columns COPY fills, read before the first COPY.
        self.copy_types = None
        self.company_checks = remembered(company_problems)
        self.slug = remembered(posting_slug)

    def run(self, reader, *, writing, skip_invalid):
        """Check every batch and write the valid ones.

        On PostgreSQL the work overlaps: the new jobs of one batch stream into the table
        through COPY while Python checks the next batch and reads the one after, so the
        database inserts (search trigger, indexes) while Python parses. Each batch's
        lookups are made before, since no other statement can run while COPY is open.
        """
        result = ImportResult()
        self.writing = writing
        upcoming = batches(reader.rows(), BATCH_SIZE)
        batch = next(upcoming, None)
        pending = None  # a checked batch not yet written
        while batch is not None:
            stored = self.look_up(batch)
            keep_writing = writing and (skip_invalid or not result.error_count)
            if pending and keep_writing:

                def check_and_read(batch=batch, stored=stored):
                    checked = self.check_batch(batch, stored, result)
                    return checked, reader.fraction(), next(upcoming, None)

                checked, fraction, following = self.write(pending, meanwhile=check_and_read)
            else:
                checked, fraction = self.check_batch(batch, stored, result), reader.fraction()
                following = None
            result.rows += len(batch)
            pending = checked
            self.progress(result.rows, fraction)
            batch = following if following is not None else next(upcoming, None)
        result.written = writing and (skip_invalid or not result.error_count)
        if pending and result.written:
            self.write(pending, meanwhile=lambda: None)
        return result

    def write(self, checked, meanwhile):
        """Write a checked batch: what its jobs need first, its new jobs, its changed
        jobs. Return what ``meanwhile()`` returns, run while the new jobs go in."""
        self.write_batch(checked)
        outcome = self.write_created(checked, meanwhile)
        self.write_updated(checked)
        return outcome

    def look_up(self, batch):
        """Return the batch's jobs already on the board by external_id, as dicts of
        their compared values, and load its companies not yet known, in one query each."""
        ids = {text_or_none(raw.get("external_id")) for _, raw in batch if isinstance(raw, dict)}
        ids = [i for i in ids if i]
        stored = {}
        if ids:
            found = (
                JobPosting.objects.filter(external_id__in=ids)
                .exclude(external_id="")
                .order_by()
                .values_list(*STORED_COLUMNS)
            )
            for values in found:
                row = dict(zip(STORED_COLUMNS, values, strict=True))
                # As a model instance holds them: a code, and a list of codes.
                for name, clean in COUNTRY_VALUES:
                    row[name] = clean(row[name])
                stored[row["external_id"]] = row
            # Their companies' names (for the search text) by a query of their own: joined
            # to the jobs, the planner may scan every job of a company, per company, while
            # an import makes the table grow faster than its statistics.
            unknown = {row["company_id"] for row in stored.values()} - set(self.company_names)
            if unknown:
                self.company_names.update(
                    Company.objects.filter(pk__in=unknown).order_by().values_list("pk", "name")
                )
            for row in stored.values():
                row["company_name"] = self.company_names[row["company_id"]]
        self.load_rates(row["salary_currency_id"] for row in stored.values())
        self.load_companies(raw.get("company") for _, raw in batch if isinstance(raw, dict))
        return stored

    def check_batch(self, batch, stored, result):
        """Return the batch's valid rows as (row, is_new, changed fields), counting
        them in ``result`` and recording the invalid ones. Makes no query."""
        checked = []
        row_of_id = self.row_of_id
        for number, raw in batch:
            errors = {}
            values = self.parse(raw, errors)
            row, before = None, None
            if isinstance(raw, dict):
                external_id = values.get("external_id")
                before = stored.get(external_id)
                row = self.build(before, values, errors)
                self.validate(row, before, errors)
                if external_id in row_of_id:
                    first = row_of_id[external_id]
                    errors.setdefault("external_id", []).append(
                        f"{external_id!r} is also on row {first}."
                    )
                elif external_id:
                    row_of_id[external_id] = number
            if errors:
                reason = describe(errors)
                result.add_error(number, reason)
                self.on_error(number, reason)
                continue
            if before is None:
                result.created += 1
                checked.append((row, True, None))
                continue
            changed = [name for name in COMPARED_FIELDS if before[name] != row[name]]
            if changed:
                result.updated += 1
                checked.append((row, False, changed))
            else:
                result.unchanged += 1
        return checked

    def parse(self, raw, errors):
        """Return the row's values as Python values by column, for the columns present."""
        if not isinstance(raw, dict):
            errors[None] = ["Expected an object with the job's fields."]
            return {}
        values = {}
        parsers, text_parsers = self.parsers, self.text_parsers
        for column, value in raw.items():
            if type(value) is str and column in text_parsers:
                try:
                    values[column] = text_parsers[column](value)
                except ValueError as error:
                    errors[column] = [str(error)]
                continue
            parser = parsers.get(column)
            if parser is None:
                if column is EXTRA_VALUES:
                    errors[None] = ["This line has more values than the header has columns."]
                elif column != "":  # a trailing comma in the header names no column
                    errors[column] = ["Unknown column."]
            elif isinstance(value, TooDeep):
                errors[column] = ["This value is nested too deeply."]
            else:
                try:
                    values[column] = parser(value)
                except ValueError as error:
                    errors[column] = [str(error)]
        for column in REQUIRED:
            # CSV headers are checked up front; a JSON object may still leave a key out.
            if column not in raw:
                errors[column] = ["This column is required."]
            elif column in ("external_id", "company") and values.get(column) == "":
                errors[column] = ["This field is required."]
        return values

    def write_batch(self, checked):
        """Save what a batch's jobs need first: new companies, and websites filled in for
        companies that had none."""
        new_companies = {
            row["company"].name: row["company"]
            for row, _, _ in checked
            if "company" in row and row["company"].pk is None
        }
        if new_companies:
            slugs = unique_company_slugs(new_companies, self.slugs_taken)
            for name, company in new_companies.items():
                company.slug = slugs[name]
            Company.objects.bulk_create(new_companies.values())
        for company in self.websites_filled:
            Company.objects.filter(pk=company.pk, website="").update(website=company.website)
        self.websites_filled = []
        now = timezone.now()
        for row, is_new, _ in checked:
            if "company" in row:
                # The row was built with its company before the company had an id.
                row["company_id"] = row["company"].pk
            row["updated_at"] = now
            if is_new:
                row["created_at"] = now

    def write_created(self, checked, meanwhile):
        """Insert the batch's new jobs; return what ``meanwhile()`` returns, which runs
        while PostgreSQL takes them in."""
        created = [row for row, is_new, _ in checked if is_new]
        if connection.vendor != "postgresql":
            JobPosting.objects.bulk_create(
                [JobPosting(*NEW_POSTING_VALUES(row)) for row in created], batch_size=500
            )
            return meanwhile()
        if self.copy_types is None:
            self.copy_types = column_types(JobPosting._meta.db_table, COPIED_FIELDS)
        return copy_postings(created, meanwhile, self.copy_types)

    def write_updated(self, checked):
        """Update the batch's changed jobs, only the fields that changed."""
        updated = [(row, changed) for row, is_new, changed in checked if not is_new]
        if updated:
            attnames = {name for _, changed in updated for name in changed}
            attnames = [*attnames, *TEXT_DERIVED, "updated_at"]
            postings = [
                JobPosting(id=row["id"], **{name: row[name] for name in attnames})
                for row, _ in updated
            ]
            fields = [FIELD_NAMES[name] for name in attnames]
            JobPosting.objects.bulk_update(postings, fields, batch_size=100)

    def load_companies(self, names):
        """Look up, in one query, the companies of a batch not yet known by name."""
        wanted = {text_or_none(name) for name in names} - set(self.companies) - {None, ""}
        if wanted:
            for company in Company.objects.filter(name__in=wanted).order_by():
                self.companies[company.name] = company

    def load_rates(self, codes):
        """Load the rates of stored jobs' currencies added since the import started."""
        wanted = set(codes) - set(self.rates) - set(self.stored_rates) - {None}
        if wanted:
            for rate in ExchangeRate.objects.filter(currency__in=wanted):
                self.stored_rates[rate.currency] = rate

    def company(self, name, website):
        """Return the company with this name: stored, or new and unsaved until written."""
        company = self.companies.get(name)
        if company is None:
            company = self.companies[name] = Company(name=name, website=website)
        elif website and not company.website:
            # A website is filled in when the company has none; never overwritten.
            company.website = website
            if company.pk is not None:
                self.websites_filled.append(company)
        return company

    def build(self, before, values, errors):
        """Return the values of the posting a row describes: the stored job's (``before``)
        or a new posting's, with the row's values over them."""
        if before is None:
            # An import publishes unless the file says otherwise; the model's default is
            # a draft.
            row = new_posting_row()
            row["external_id"] = values.get("external_id", "")
            row["status"] = JobPosting.Status.PUBLISHED
        else:
            row = dict(before)
        if values.get("company") and "company" not in errors:
            website = values.get("company_website", "")
            problems = self.company_checks(values["company"], website)
            if problems:
                errors.update({column: list(messages) for column, messages in problems.items()})
            else:
                company = self.company(values["company"], website)
                row["company"], row["company_id"] = company, company.pk
                row["company_name"] = company.name
        for column, value in values.items():
            if column in SAME_NAMED:
                row[column] = value
            elif column in SET_APART:
                continue
            elif column == "employment_types":
                for kind in EmploymentType:
                    row[kind.field] = kind in value
            elif column == "featured":
                row["is_featured"] = value
            elif column == "role":
                row["role_id"] = value.pk if value is not None else None
            elif column == "salary_currency":
                row["salary_currency_id"] = value.currency if value is not None else None
            elif column in KEPT_WHEN_EMPTY and value is None and before is not None:
                continue
            else:
                row[column] = value
        return row

    def derive(self, row, before):
        """Fill in the derived fields of a valid row, as JobPosting.derive_fields() does,
        rendering its HTML only when it will be stored and its description changed."""
        row["slug"] = self.slug(row["title"])
        row["published_at"], row["expires_at"] = posting_dates(
            row["status"], row["published_at"], row["expires_at"]
        )
        code = row["salary_currency_id"]
        rate = self.rates.get(code) or self.stored_rates.get(code)
        row["salary_min_usd"], row["salary_max_usd"] = annual_usd_range(
            rate, row["salary_min"], row["salary_max"], row["salary_period"]
        )
        if before is not None and row["description"] == before["description"]:
            # The HTML is derived from the description alone: the stored HTML stays.
            row["description_html"] = STORED_HTML
        elif self.writing:
            row["description_html"] = render_markdown(row["description"])
        else:
            row["description_html"] = ""  # a dry run never shows it
        row["search_text"] = posting_search_text(
            row["company_name"], row["location"], row["description"]
        )

    def role(self, value):
        slug = text(value)
        if not slug:
            return None
        if slug not in self.roles:
            raise ValueError(f"No role has the slug {slug!r}.")
        return self.roles[slug]

    def currency(self, value):
        code = text(value).upper()
        if not code:
            return None
        if code not in self.rates:
            known = ", ".join(self.rates)
            raise ValueError(f"No exchange rate for {code!r}; known currencies: {known}.")
        return self.rates[code]

    def validate(self, row, before, errors):
        """Add to ``errors`` what the model's fields and check constraints say, deriving
        the posting's other fields once its own are valid."""
        # A value that did not parse was never set; the model must not judge the old one.
        exclude = {name for column in errors for name in COLUMN_FIELDS.get(column, [column])}
        for name, attname, blank, empty_values, check in self.field_checks:
            if name in exclude:
                continue
            value = row[attname]
            if blank and value in empty_values:
                continue
            try:
                row[attname] = check(value)
            except ValidationError as error:
                add_messages(errors, {name: error.messages})
        if errors:
            # The date rules are checked below all the same.
            row["published_at"], row["expires_at"] = posting_dates(
                row["status"], row["published_at"], row["expires_at"]
            )
        else:
            self.derive(row, before)
        # A constraint on a column that is wrong already would only restate it.
        exclude |= {name for column in errors for name in COLUMN_FIELDS.get(column, [column])}
        for message in violations_of_values(JobPosting, row, exclude=frozenset(exclude)):
            errors.setdefault(None, []).append(message)


def field_check(model_field):
    """Return a function that does what ``model_field.clean(value, None)`` does: return
    the cleaned value, or raise its ValidationError.

    A value that certainly passes is answered at once (text within the field's length,
    a datetime, an amount within its digits, an address whose scheme and host passed
    already, an e-mail address seen already); any other value, and every value of a
    field whose checks are not all of those kinds, goes through ``clean()`` itself, so
    the messages are the model's own.
    """
    passes = quick_check(model_field)
    clean = model_field.clean
    if passes is None:
        return lambda value: clean(value, None)

    def check(value):
        return value if passes(value) else clean(value, None)

    return check


def quick_check(model_field):
    """Return a predicate true only of values ``model_field.clean()`` returns unchanged
    without complaint, or None when the field's checks are not ones it knows."""
    kind = type(model_field)
    if (
        model_field.choices
        or kind.clean is not Field.clean
        or kind.validate is not Field.validate
        or kind.run_validators is not Field.run_validators
    ):
        return None
    validators = list(model_field.validators)
    lengths = [v for v in validators if type(v) is MaxLengthValidator]
    others = [v for v in validators if type(v) is not MaxLengthValidator]
    if issubclass(kind, models.CharField) and kind.to_python is models.CharField.to_python:
        if len(lengths) != 1 or lengths[0].limit_value != model_field.max_length:
            return None
        longest = model_field.max_length
        if not others:
            return lambda value: type(value) is str and 0 < len(value) <= longest
        if len(others) != 1:
            return None
        if type(others[0]) is URLValidator:
            address = QuickURLCheck(others[0])
            return lambda value: (
                type(value) is str and 0 < len(value) <= longest and address.passes(value)
            )
        if type(others[0]) is EmailValidator:
            email = remembered(passes_validator(others[0]))
            return lambda value: type(value) is str and 0 < len(value) <= longest and email(value)
        return None
    if validators:
        return quick_number_check(model_field, kind, validators)
    if kind is models.TextField:
        return lambda value: type(value) is str and value != ""
    if kind is models.DateTimeField:
        return lambda value: type(value) is datetime.datetime
    return None


def quick_number_check(model_field, kind, validators):
    """The predicate of quick_check() for a decimal amount not below zero within its
    digits, or an integer within its bounds."""
    types = {type(v) for v in validators}
    if kind is models.DecimalField and types == {MinValueValidator, DecimalValidator}:
        bounds = [v for v in validators if type(v) is MinValueValidator]
        if len(validators) != 2 or bounds[0].limit_value != 0:
            return None
        places = model_field.decimal_places
        whole = model_field.max_digits - places

        def passes(value):
            if type(value) is not Decimal:
                return False
            sign, digits, exponent = value.as_tuple()
            # Not negative, at most `places` decimals, at most `whole` digits before them.
            return (
                sign == 0
                and type(exponent) is int
                and -places <= exponent <= 0
                and len(digits) + exponent <= whole
            )

        return passes
    if (
        issubclass(kind, models.IntegerField)
        and kind.to_python is models.IntegerField.to_python
        and types <= {MinValueValidator, MaxValueValidator}
    ):
        low = max((v.limit_value for v in validators if type(v) is MinValueValidator), default=None)
        high = min(
            (v.limit_value for v in validators if type(v) is MaxValueValidator), default=None
        )
        if low is None or high is None:
            return None
        return lambda value: type(value) is int and low <= value <= high
    return None


def passes_validator(validator):
    def passes(value):
        try:
            validator(value)
        except ValidationError:
            return False
        return True

    return passes


class QuickURLCheck:
    """Tells at once that an address passes a URLValidator when one with the same scheme
    and host did.

    The validator's verdict on ``scheme://host/rest`` (a host holding no ``@``, ``?`` or
    ``#``) depends on the scheme and host alone, the same as on ``scheme://host/``, as
    long as the rest holds no whitespace and the whole is within the validator's
    length: its pattern and its parse of the address both end the host at the first
    ``/``. Anything else is left to the validator.
    """

    WHITESPACE = re.compile(r"\s")

    def __init__(self, validator):
        self.validator = validator
        self.heads = remembered(passes_validator(validator))

    def passes(self, value):
        if len(value) > self.validator.max_length:
            return False
        scheme, separator, rest = value.partition("://")
        if not separator:
            return False
        slash = rest.find("/")
        host, path = (rest, "") if slash < 0 else (rest[:slash], rest[slash:])
        if "@" in host or "?" in host or "#" in host or self.WHITESPACE.search(path):
            return False
        return self.heads(f"{scheme}://{host}/")


# What a row of a stored job is read as: its id and the compared columns (and then its
# company's name, for the search text).
STORED_COLUMNS = ["id", *COMPARED_FIELDS]
COUNTRY_VALUES = [
    (f.attname, f.get_clean_value)
    for f in JobPosting._meta.concrete_fields
    if isinstance(f, CountryField)
]
# Columns a posting's values do not take as they come: they name its company.
SET_APART = frozenset({"external_id", "company", "company_website"})
# Columns whose value is the posting's value of the field of the same name, always.
SAME_NAMED = frozenset(
    {
        "title",
        "location",
        "city",
        "country",
        "workplace",
        "remote_regions",
        "seniority",
        "salary_min",
        "salary_max",
        "salary_period",
        "description",
        "apply_url",
        "apply_email",
        "status",
        "featured_until",
    }
)
# Columns whose every value is different, as a rule: not worth remembering.
UNIQUE_COLUMNS = frozenset({"external_id", "description", "apply_url"})
# Results remembered per function (the most recent ones), for values a file repeats:
# companies, places, titles, currencies, choices, the hosts of addresses.
REMEMBERED_VALUES = 2048


def remembered(function):
    """Return ``function`` remembering its most recent results (for one import)."""
    return functools.lru_cache(maxsize=REMEMBERED_VALUES)(function)


# Stands for the stored HTML of a job whose description stays: an update keeps it.
STORED_HTML = F("description_html")
# A row's values in the model's field order, to make an instance of it.
NEW_POSTING_VALUES = operator.itemgetter(*(f.attname for f in JobPosting._meta.concrete_fields))


@functools.cache
def new_posting():
    """Return a new posting's values by attname: the model's defaults as an instance
    holds them (a country code, a list of codes)."""
    posting = JobPosting(*NEW_POSTING)
    return {f.attname: getattr(posting, f.attname) for f in JobPosting._meta.concrete_fields} | {
        name: posting.__dict__[name] for name, _ in COUNTRY_VALUES
    }


def new_posting_row():
    row = dict(new_posting())
    row["remote_regions"] = list(row["remote_regions"])
    return row


# Every column COPY fills: the id comes from its sequence, the search vector from the
# table's trigger.
COPIED_FIELDS = [
    f for f in JobPosting._meta.concrete_fields if f.name not in ("id", "search_vector")
]
# A row for COPY in one call; psycopg adapts text, numbers, dates and booleans itself,
# and the list of countries is stored as the model stores it, codes joined by commas.
COPIED_VALUES = operator.itemgetter(*(f.attname for f in COPIED_FIELDS))
REGIONS_COLUMN = next(i for i, f in enumerate(COPIED_FIELDS) if f.name == "remote_regions")


def copy_row(row):
    values = list(COPIED_VALUES(row))
    values[REGIONS_COLUMN] = ",".join(values[REGIONS_COLUMN])
    return values


def column_types(table, fields):
    """Return the type (oid) of each field's column, as PostgreSQL's catalog has it."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attname, atttypid FROM pg_attribute "
            "WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped",
            [connection.ops.quote_name(table)],
        )
        types = dict(cursor.fetchall())
    return [types[f.column] for f in fields]


def copy_postings(rows, meanwhile, types):
    """Insert new postings with PostgreSQL's COPY, which streams rows without building
    a statement of tens of thousands of parameters; return what ``meanwhile()`` returns,
    which runs after the rows are sent and before COPY waits for the database.

    Rows go in COPY's binary format, each value as its column's type (``types``): the
    database stores them as they come, with no text to parse or unescape."""
    table = connection.ops.quote_name(JobPosting._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in COPIED_FIELDS)
    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)") as copy,
    ):
        copy.set_types(types)
        for row in rows:
            copy.write_row(copy_row(row))
        return meanwhile()


def add_messages(errors, message_dict):
    for name, messages in message_dict.items():
        column = None if name == NON_FIELD_ERRORS else FIELD_COLUMNS.get(name, name)
        errors.setdefault(column, []).extend(
            message for message in messages if message not in errors.get(column, [])
        )


def company_problems(name, website):
    """Return the errors of a company's name and website, by column."""
    problems = {}
    for column, field_name, value in (
        ("company", "name", name),
        ("company_website", "website", website),
    ):
        if not value:
            continue
        try:
            Company._meta.get_field(field_name).clean(value, None)
        except ValidationError as error:
            problems[column] = error.messages
    return problems


def text_or_none(value):
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return str(value).strip()


def describe(errors):
    """Return a row's errors as one line: "column: message; ..." in column order."""
    order = {column: position for position, column in enumerate(COLUMNS)}
    parts = []
    for column in sorted(errors, key=lambda column: order.get(column, len(order))):
        messages = " ".join(errors[column])
        parts.append(f"{column}: {messages}" if column else messages)
    return "; ".join(parts)


class RowReader:
    """The rows of a CSV or JSON file, read as a stream: one batch in memory at a time."""

    def __init__(self, source, file_format=None):
        self.source, self.file = source, None
        self.size = None
        if isinstance(source, str | Path):
            self.name = str(source)
            self.format = file_format or format_from_name(Path(source))
        elif hasattr(source, "read"):
            self.name = getattr(source, "name", "the file")
            self.format = file_format or format_from_name(Path(self.name))
        else:
            self.name, self.format = "rows", "rows"
        if self.format not in (*FORMATS, "rows"):
            raise ImportFailed(f"Unknown format {self.format!r}; use csv or json.")

    def fraction(self):
        """Return the share of the file read so far, or None when it cannot be told."""
        if self.file is None or not self.size:
            return None
        try:
            return min(self.file.tell() / self.size, 1.0)
        except (OSError, ValueError):
            return None

    def rows(self):
        """Yield (row number, values) one row at a time."""
        if self.format == "rows":
            yield from enumerate(self.source, start=1)
            return
        try:
            if isinstance(self.source, str | Path):
                with open(self.source, "rb") as file:
                    yield from self.read(file)
            else:
                yield from self.read(self.source)
        except OSError as error:
            raise ImportFailed(f"Cannot read {self.name}: {error.strerror}.") from error
        except UnicodeDecodeError as error:
            raise ImportFailed(f"{self.name} is not UTF-8 text.") from error

    def read(self, file):
        self.file = file
        try:
            file.seek(0, io.SEEK_END)
            self.size = file.tell()
            file.seek(0)
        except (OSError, AttributeError):
            self.size = None
        if self.format == "csv":
            text = io.TextIOWrapper(file, encoding="utf-8-sig", newline="")
            try:
                yield from csv_rows(text)
            finally:
                text.detach()  # leave the caller's file open
        else:
            yield from json_rows(file)


def format_from_name(path):
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ImportFailed(
            f"Cannot tell the format of {path} from its name; pass --format csv or json."
        )
    return suffix


def csv_rows(file):
    """Yield (line number, values) for each record of a CSV file with a header row.

    Records are read as csv.DictReader reads them (values beyond the header's columns
    under EXTRA_VALUES, missing ones None, blank lines skipped) and numbered by the lines
    it counts, without its per-record overhead."""
    reader = csv.reader(file)
    line = 0  # the lines read so far, as DictReader tells them
    try:
        fieldnames = next(reader, None)
        if fieldnames is None:
            raise ImportFailed("The file is empty; it needs a header row naming the columns.")
        line = reader.line_num
        header = [name.strip().lower() for name in fieldnames]
        check_header(header)
        width = len(header)
        consumed = line  # the lines before the record
        for row in reader:
            line = reader.line_num
            while row == []:
                consumed = line
                row = next(reader, None)
                if row is None:
                    return
                line = reader.line_num
            values = dict(zip(header, row, strict=False))
            if width < len(row):
                values[EXTRA_VALUES] = row[width:]
            elif width > len(row):
                for key in header[len(row) :]:
                    values[key] = None
            # line is where the record ends; a quoted value may span lines, and people
            # look for the line where the record starts. A record read from one line has
            # no line break in it, but for its line's own at the end of its last value
            # when the file ends inside quotes.
            one_line = line - consumed == 1 and not row[-1].endswith(("\n", "\r"))
            breaks = 0 if one_line else record_breaks(values)
            consumed = line
            yield line - breaks, values
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            raise ImportFailed(
                f"Line {line}: a value is longer than "
                f"{csv.field_size_limit():,} characters; nothing imported."
            ) from error
        raise ImportFailed(f"Not valid CSV on line {line}: {error}.") from error


def record_breaks(values):
    """Return the number of line breaks in a record's values."""
    try:
        # Nearly every record holds text alone: count in one piece, the values kept apart
        # by a character that cannot make "\r" and "\n" one break.
        return line_breaks("\0".join(values.values()))
    except TypeError:  # values beyond the header's columns, or fewer
        return sum(
            line_breaks(value)
            for value in flatten(values.values())
            if isinstance(value, str) and ("\n" in value or "\r" in value)
        )


def line_breaks(value):
    return value.count("\n") + value.count("\r") - value.count("\r\n")


def flatten(values):
    for value in values:
        if isinstance(value, list):
            yield from value
        else:
            yield value


def named(names):
    """Return up to MAX_NAMED_COLUMNS names, saying how many more there are."""
    shown = ", ".join(names[:MAX_NAMED_COLUMNS])
    more = len(names) - MAX_NAMED_COLUMNS
    return f"{shown} and {more:,} more" if more > 0 else shown


def check_header(header):
    named_columns = [name for name in header if name]
    problems = []
    counts = Counter(named_columns)
    twice = sorted(name for name, count in counts.items() if count > 1)
    if twice:
        problems.append(f"columns named twice: {named(twice)}")
    unknown = [name for name in dict.fromkeys(named_columns) if name not in COLUMNS]
    if unknown:
        problems.append(f"unknown columns: {named(unknown)}")
    missing = [name for name in REQUIRED if name not in counts]
    if missing:
        problems.append(f"missing required columns: {', '.join(missing)}")
    if not any(name in counts for name in APPLY_COLUMNS):
        problems.append("it needs an apply_url or an apply_email column")
    if problems:
        raise ImportFailed(f"The header row is not usable: {'; '.join(problems)}.")


# A job is an object of scalars and lists of scalars; anything deeper is not a job.
MAX_JSON_DEPTH = 3


class TooDeep:
    """Stands for a value nested deeper than a job's fields go."""


def json_rows(file):
    """Yield (item number, value) for each item of a top-level JSON array.

    Items are assembled from ijson's low-level events, so a file costs one item of
    memory whatever its size, and hostile nesting costs nothing: values deeper than a
    job's fields are skipped as they stream past and reported on their row.
    """
    events = ijson.basic_parse(DigitGuard(file), use_float=False)
    not_an_array = ImportFailed(
        "Invalid JSON: the file must hold one array of objects, starting with [."
    )
    try:
        try:
            first = next(events, None)
        except ijson.JSONError:
            raise not_an_array from None
        if first is None or first[0] != "start_array":
            raise not_an_array
        for number, (event, value) in enumerate(events, start=1):
            if event == "end_array":
                break
            yield number, json_value(event, value, events, depth=2)
        next(events, None)  # anything after the array is an error
    except ijson.JSONError as error:
        raise ImportFailed(
            f"Invalid JSON near byte {position(file):,}: {reason(error)}."
        ) from error


class DigitGuard:
    """A binary file that refuses a run of more digits than Python turns into an int.

    The C parser would hand such a number to int(), which refuses it, and the parser
    does not survive that; no job has a number that long, so the file is refused first.
    """

    LIMIT = 4000
    DIGITS = b"0123456789"
    # Every digit as a zero byte and every other byte as one: a run of digits is then a
    # run of zero bytes, which bytes' own search finds far faster than a pattern would.
    MARKS = bytes(0 if 0x30 <= byte <= 0x39 else 1 for byte in range(256))
    LONG_RUN = bytes(LIMIT + 1)

    def __init__(self, file):
        self.file, self.run = file, 0

    def read(self, size=-1):
        chunk = self.file.read(size)
        rest = chunk.lstrip(self.DIGITS)
        self.run += len(chunk) - len(rest)  # a run may go on from the last chunk
        too_long = self.run > self.LIMIT
        if rest:
            too_long = too_long or self.LONG_RUN in rest.translate(self.MARKS)
            self.run = len(rest) - len(rest.rstrip(self.DIGITS))
        if too_long:
            raise ImportFailed(
                f"Invalid JSON near byte {position(self.file):,}: a number has more than "
                f"{self.LIMIT:,} digits."
            )
        return chunk

    def tell(self):
        return self.file.tell()


# What yajl says, in words for the person fixing the file.
JSON_REASONS = {
    "premature EOF": "the file ends before the array is closed",
    "trailing garbage": "unexpected text after the array",
    "unallowed token": "a value is missing or a character is out of place",
    "invalid object key": "an object key must be text in double quotes",
    "lexical error": "a character is not valid here (text and keys need double quotes, "
    "and NaN or Infinity are not JSON)",
}


def reason(error):
    message = str(error).splitlines()[0].removeprefix("parse error: ").strip()
    message = "lexical error" if message.startswith("lexical error") else message
    return next((words for key, words in JSON_REASONS.items() if message.startswith(key)), message)


def position(file):
    try:
        return file.tell()
    except (OSError, ValueError):
        return 0


# The events that open a value holding others.
NESTED = frozenset({"start_map", "start_array"})


def json_value(event, value, events, depth):
    """Return the value starting with ``event``, reading the rest of it from ``events``."""
    if event == "start_map":
        if depth > MAX_JSON_DEPTH:
            return skip(events)
        item = {}
        for event, value in events:
            if event == "end_map":
                return item
            key = value
            event, value = next(events)
            # A job's values are scalars, nearly all: taken as they come.
            item[key] = json_value(event, value, events, depth + 1) if event in NESTED else value
    if event == "start_array":
        if depth > MAX_JSON_DEPTH:
            return skip(events)
        items = []
        for event, value in events:
            if event == "end_array":
                break
            items.append(json_value(event, value, events, depth + 1) if event in NESTED else value)
        # A list holding something too deep is itself too deep to be a job's value.
        return TooDeep() if any(isinstance(item, TooDeep) for item in items) else items
    return value


def skip(events):
    """Consume a nested value's events without keeping them; return TooDeep."""
    depth = 1
    for event, _ in events:
        if event in ("start_map", "start_array"):
            depth += 1
        elif event in ("end_map", "end_array"):
            depth -= 1
            if depth == 0:
                break
    return TooDeep()


# Parsers: each turns a CSV string or a JSON value into the field's value or raises
# ValueError with a message for the person fixing the file.


def text(value):
    if type(value) is str:  # nearly every value: the fast way
        return no_nul(value).strip()
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError("Expected text.")
    return str(value).strip()


def no_nul(value):
    # PostgreSQL cannot store a NUL character; say so at the check, not at the write.
    if "\x00" in value:
        raise ValueError("Contains a NUL character (\\0), which text cannot hold.")
    return value


def markdown_text(value):
    # Leading spaces mean something in Markdown, so only an all-blank value is cleared.
    value = text(value) if not isinstance(value, str) else no_nul(value)
    return value if value.strip() else ""


def choice(choices, default=""):
    values = frozenset(choices.values)

    def parse(value):
        code = text(value).lower()
        if not code and not default:
            raise ValueError("This field cannot be blank.")
        if not code:
            return default
        if code not in values:
            raise ValueError(f"{code!r} is not one of {', '.join(choices.values)}.")
        return code

    return parse


@functools.cache
def country_codes():
    return frozenset(code for code, _ in countries)


def country(value):
    code = text(value).upper()
    if code and code not in country_codes():
        raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 country code.")
    return code


def items(value, separator):
    if value is None:
        return []
    if isinstance(value, str):
        return [item for item in separator.split(value.strip()) if item]
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return [item.strip() for item in value if item.strip()]
    raise ValueError("Expected a list of codes.")


def regions(value):
    codes = []
    for code in items(value, REGION_SEPARATOR):
        code = code.upper()
        if code not in country_codes() and not remote_regions.is_region(code):
            raise ValueError(
                f"{code!r} is not an ISO 3166-1 alpha-2 country code or a region "
                f"({', '.join(remote_regions.regions())})."
            )
        if code not in codes:
            codes.append(code)
    return codes


EMPLOYMENT_TYPES = {kind.value: kind for kind in EmploymentType}


def employment_types(value):
    kinds = set()
    for item in items(value, TYPE_SEPARATOR):
        code = item.lower().replace("-", "_").replace(" ", "_")
        if code not in EMPLOYMENT_TYPES:
            raise ValueError(f"{item!r} is not one of {', '.join(EMPLOYMENT_TYPES)}.")
        kinds.add(EMPLOYMENT_TYPES[code])
    if not kinds:
        raise ValueError(f"Give at least one of {', '.join(EmploymentType.values)}.")
    return kinds


def amount(value):
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("Expected a number.")
    if isinstance(value, int | float | Decimal):
        number = Decimal(str(value))
    else:
        raw = text(value)
        if not raw:
            return None
        try:
            number = Decimal(raw)
        except InvalidOperation:
            raise ValueError(f"{raw!r} is not a number; write it like 85000 or 42.50.") from None
    if not number.is_finite():
        raise ValueError("Expected a finite number.")
    return number


def moment(value):
    raw = text(value)
    if not raw:
        return None
    try:
        parsed = datetime.datetime.fromisoformat(raw)
    except ValueError:
        raise ValueError(
            f"{raw!r} is not an ISO 8601 date or date and time, "
            "e.g. 2025-03-01 or 2025-03-01T09:00:00Z."
        ) from None
    if timezone.is_naive(parsed):
        parsed = parsed.replace(tzinfo=datetime.UTC)
    return parsed


FLAGS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}


def flag(value):
    if isinstance(value, bool):
        return value
    raw = text(value).lower() if value is not None else ""
    if not raw:
        return False
    if raw not in FLAGS:
        raise ValueError(f"{raw!r} is not one of true, false, 1, 0, yes, no.")
    return FLAGS[raw]


# The parsers of the columns that need no lookup; the importer adds those of role and
# salary_currency, which look in its roles and rates.
PARSERS = {
    "external_id": text,
    "title": text,
    "company": text,
    "company_website": text,
    "location": text,
    "city": text,
    "country": country,
    "workplace": choice(Workplace, Workplace.ONSITE.value),
    "remote_regions": regions,
    "employment_types": employment_types,
    "seniority": choice(Seniority),
    "salary_min": amount,
    "salary_max": amount,
    "salary_period": choice(SalaryPeriod, SalaryPeriod.YEAR.value),
    "description": markdown_text,
    "apply_url": text,
    "apply_email": text,
    "status": choice(JobPosting.Status, JobPosting.Status.PUBLISHED.value),
    "published_at": moment,
    "expires_at": moment,
    "featured": flag,
    "featured_until": moment,
}
