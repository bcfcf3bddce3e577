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
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django_countries import countries

from jobboard.cache import content_changed
from roles.models import Role

from .models import (
    Company,
    EmploymentType,
    ExchangeRate,
    JobPosting,
    SalaryPeriod,
    Seniority,
    Workplace,
)

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
PROGRESS_EVERY = 1000

# Columns that set other model fields than their namesake (or more), and back.
COLUMN_FIELDS = {
    "employment_types": [kind.field for kind in EmploymentType],
    "featured": ["is_featured"],
    "salary_min": ["salary_min", "salary_min_usd"],
    "salary_max": ["salary_max", "salary_max_usd"],
}
FIELD_COLUMNS = {name: column for column, names in COLUMN_FIELDS.items() for name in names}
# Dates a re-import must not reset when the feed leaves them empty.
KEPT_WHEN_EMPTY = ("published_at", "expires_at")

# DictReader files values beyond the header's columns under this key.
EXTRA_VALUES = object()
LINE_BREAK = re.compile(r"\r\n|\r|\n")
TYPE_SEPARATOR = re.compile(r"\s*,\s*")
REGION_SEPARATOR = re.compile(r"[\s,]+")


class ImportFailed(Exception):
    """The file cannot be imported as a whole; nothing was written."""


@dataclass
class ImportResult:
    rows: int = 0
    created: int = 0
    updated: int = 0
    # Row number -> readable reasons, for every invalid row.
    errors: dict = field(default_factory=dict)
    # external_id -> the row that carries it; the second pass matches rows against it.
    external_ids: dict = field(default_factory=dict)

    @property
    def skipped(self):
        return len(self.errors)


class PostingImport:
    """Check a file of postings in one pass, then write its valid rows in a second.

    Neither pass keeps postings in memory: the first keeps row numbers, reasons and the
    external ids seen, the second reads the file again and saves row by row.
    """

    def __init__(self, path, file_format=None, progress=None):
        self.path = Path(path)
        self.format = file_format or format_from_name(self.path)
        if self.format not in FORMATS:
            raise ImportFailed(f"Unknown format {self.format!r}; use csv or json.")
        self.progress = progress or (lambda message: None)
        self.rates = {rate.currency: rate for rate in ExchangeRate.objects.all()}
        self.roles = {}
        self.companies = {}

    def check(self):
        """Return the rows that would be created and updated and the invalid ones."""
        result = ImportResult()
        self.companies, company_errors = {}, {}
        for number, raw in self.rows():
            if result.rows and result.rows % PROGRESS_EVERY == 0:
                self.progress(f"Checked {result.rows:,} rows…")
            result.rows += 1
            errors = {}
            values = self.parse(raw, errors)
            posting = self.build(values) if isinstance(raw, dict) else None
            if posting is not None:
                self.validate(posting, values, errors, company_errors)
                external_id = posting.external_id
                if external_id in result.external_ids:
                    first = result.external_ids[external_id]
                    errors.setdefault("external_id", []).append(
                        f"{external_id!r} is also on row {first}."
                    )
                elif external_id:
                    result.external_ids[external_id] = number
            if errors:
                result.errors[number] = describe(errors)
            elif posting.pk is None:
                result.created += 1
            else:
                result.updated += 1
        return result

    def write(self, checked):
        """Save the rows ``check()`` found valid, all in one transaction."""
        result = ImportResult(rows=checked.rows, errors=checked.errors)
        self.companies = {}
        number = None
        try:
            with transaction.atomic():
                for count, (number, raw) in enumerate(self.rows(), start=1):
                    if checked.rows > PROGRESS_EVERY and count % PROGRESS_EVERY == 0:
                        self.progress(f"Imported {count:,} of {checked.rows:,} rows…")
                    if number in checked.errors:
                        continue
                    errors = {}
                    values = self.parse(raw, errors)
                    # The file is read twice; a row that differs from the checked one was
                    # never validated, so it must not be written.
                    if errors or checked.external_ids.get(values.get("external_id")) != number:
                        raise ImportFailed(
                            f"Row {number} changed since the file was checked; "
                            "nothing imported. Run the import again."
                        )
                    posting = self.build(values, create_company=True)
                    is_new = posting.pk is None
                    posting.save()
                    if is_new:
                        result.created += 1
                    else:
                        result.updated += 1
                content_changed()
        except DatabaseError as error:
            raise ImportFailed(
                f"Row {number} could not be saved ({error}); nothing imported."
            ) from error
        return result

    def rows(self):
        """Yield (row number, values) one row at a time."""
        try:
            if self.format == "csv":
                with self.path.open(newline="", encoding="utf-8-sig") as file:
                    yield from csv_rows(file)
            else:
                with self.path.open(encoding="utf-8-sig") as file:
                    yield from enumerate(JsonArray(file), start=1)
        except OSError as error:
            raise ImportFailed(f"Cannot read {self.path}: {error.strerror}.") from error
        except UnicodeDecodeError as error:
            raise ImportFailed(f"{self.path} is not UTF-8 text.") from error
        except csv.Error as error:
            raise ImportFailed(f"{self.path} is not valid CSV: {error}.") from error

    def build(self, values, create_company=False):
        """Return the posting a row's parsed values describe, new or matched by
        external_id, unsaved."""
        external_id = values.get("external_id", "")
        posting = None
        if external_id:
            # The only index on external_id is partial (non-empty ids); SQLite uses it only
            # when the query repeats its condition, and otherwise scans the whole table.
            posting = (
                JobPosting.objects.select_related("company")
                .filter(external_id=external_id)
                .exclude(external_id="")
                .first()
            )
        if posting is None:
            # An import publishes unless the file says otherwise; the model's default is a draft.
            posting = JobPosting(external_id=external_id, status=JobPosting.Status.PUBLISHED)
        if values.get("company"):
            posting.company = self.company(
                values["company"], values.get("company_website", ""), create_company
            )
        for column, value in values.items():
            if column in ("external_id", "company", "company_website"):
                continue
            if column == "employment_types":
                for kind in EmploymentType:
                    setattr(posting, kind.field, kind in value)
            elif column == "featured":
                posting.is_featured = value
            elif column in KEPT_WHEN_EMPTY and value is None and posting.pk:
                continue
            else:
                setattr(posting, column, value)
        return posting

    def parse(self, raw, errors):
        """Return the row's values as Python values by column, for the columns present."""
        if not isinstance(raw, dict):
            errors[None] = ["Expected an object with the job's fields."]
            return {}
        values = {}
        for column, value in raw.items():
            if column is EXTRA_VALUES:
                errors[None] = ["This line has more values than the header has columns."]
            elif column == "":
                continue  # a trailing comma in the header names no column
            elif column not in PARSERS:
                errors[column] = ["Unknown column."]
            else:
                try:
                    values[column] = PARSERS[column](self, value)
                except ValueError as error:
                    errors[column] = [str(error)]
        for column in REQUIRED:
            # CSV headers are checked up front; a JSON object may still leave a key out.
            if column not in raw:
                errors[column] = ["This column is required."]
            elif column in ("external_id", "company") and values.get(column) == "":
                errors[column] = ["This field is required."]
        return values

    def validate(self, posting, values, errors, company_errors):
        """Add to ``errors`` what the models and their constraints say about the row.

        ``company_errors`` remembers, by name, what was found about each company to be
        created, so a company on many rows is checked once.
        """
        # A value that did not parse was never set; the model must not judge the old one.
        exclude = {name for column in errors for name in COLUMN_FIELDS.get(column, [column])}
        company = None
        if "company" not in errors:
            company = posting.company
            if company.pk is None:
                exclude.add("company")  # it cannot point at a row that does not exist yet
                if company.name not in company_errors:
                    try:
                        company.full_clean(exclude=["slug", "website"])
                        company_errors[company.name] = []
                    except ValidationError as error:
                        company_errors[company.name] = error.messages
                if company_errors[company.name]:
                    errors["company"] = company_errors[company.name]
        website = values.get("company_website")
        if website and "company_website" not in errors:
            try:
                Company._meta.get_field("website").clean(website, company)
            except ValidationError as error:
                errors["company_website"] = error.messages
        # save() derives the yearly USD amounts; deriving them here validates the posting
        # as it will be stored, those columns' range included.
        posting.normalize_salary()
        try:
            posting.full_clean(exclude=exclude)
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                column = None if name == NON_FIELD_ERRORS else FIELD_COLUMNS.get(name, name)
                errors.setdefault(column, []).extend(
                    message for message in messages if message not in errors.get(column, [])
                )

    def company(self, name, website, create):
        """Return the company with this name, creating it when ``create`` is set and
        otherwise returning an unsaved one to validate."""
        # Companies are few next to postings, so each is looked up once per pass.
        if name not in self.companies:
            self.companies[name] = Company.objects.filter(name=name).first()
        company = self.companies[name]
        if company is None:
            company = Company(name=name, website=website)
            if create:
                company.slug = unique_company_slug(name)
                company.save()
                self.companies[name] = company
        elif create and website and not company.website:
            company.website = website
            company.save(update_fields=["website"])
        return company

    def role(self, value):
        slug = text(value)
        if not slug:
            return None
        if slug not in self.roles:
            self.roles[slug] = Role.objects.filter(slug=slug).first()
        if self.roles[slug] is None:
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


def format_from_name(path):
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ImportFailed(
            f"Cannot tell the format of {path} from its name; pass --format csv or json."
        )
    return suffix


def describe(errors):
    """Return a row's errors as one line: "column: message; ..." in column order."""
    order = {column: position for position, column in enumerate(COLUMNS)}
    parts = []
    for column in sorted(errors, key=lambda column: order.get(column, len(order))):
        messages = " ".join(errors[column])
        parts.append(f"{column}: {messages}" if column else messages)
    return "; ".join(parts)


def unique_company_slug(name):
    base = slugify(name)[:190] or "company"
    slug, number = base, 1
    while Company.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def csv_rows(file):
    """Yield (line number, values) for each record of a CSV file with a header row."""
    reader = csv.DictReader(file, restkey=EXTRA_VALUES)
    if reader.fieldnames is None:
        raise ImportFailed("The file is empty; it needs a header row naming the columns.")
    header = [name.strip().lower() for name in reader.fieldnames]
    check_header(header)
    reader.fieldnames = header
    for values in reader:
        # line_num is where the record ends; a quoted value may span lines, and people
        # look for the line where the record starts.
        breaks = sum(
            len(LINE_BREAK.findall(value))
            for value in flatten(values.values())
            if isinstance(value, str)
        )
        yield reader.line_num - breaks, values


def flatten(values):
    for value in values:
        if isinstance(value, list):
            yield from value
        else:
            yield value


def check_header(header):
    named = [name for name in header if name]
    problems = []
    twice = sorted({name for name in named if named.count(name) > 1})
    if twice:
        problems.append(f"columns named twice: {', '.join(twice)}")
    unknown = [name for name in named if name not in COLUMNS]
    if unknown:
        problems.append(f"unknown columns: {', '.join(unknown)}")
    missing = [name for name in REQUIRED if name not in named]
    if missing:
        problems.append(f"missing required columns: {', '.join(missing)}")
    if not any(name in named for name in APPLY_COLUMNS):
        problems.append("it needs an apply_url or an apply_email column")
    if problems:
        raise ImportFailed(f"The header row is not usable: {'; '.join(problems)}.")


class JsonArray:
    """Iterate over the items of a top-level JSON array, decoding one item at a time.

    json.load would hold the whole text and every decoded object at once; this keeps about
    one item and one chunk of text in memory, whatever the size of the file.
    """

    def __init__(self, file, chunk_size=1 << 16):
        self.file, self.chunk_size = file, chunk_size
        # Amounts stay exact; NaN and Infinity become Decimals the amount parser rejects.
        self.decoder = json.JSONDecoder(parse_float=Decimal, parse_constant=Decimal)
        self.buffer, self.pos = "", 0
        self.line = 1  # the line the buffer starts on, for error messages

    def __iter__(self):
        if self.peek() != "[":
            self.fail("The file must hold one array of objects, starting with [")
        self.pos += 1
        if self.peek() == "]":
            self.pos += 1
        else:
            while True:
                yield self.item()
                char = self.peek()
                self.pos += 1
                if char == "]":
                    break
                if char != ",":
                    self.fail("Expected , or ] after an item" if char else "Unclosed array")
        if self.peek():
            self.fail("Unexpected text after the array")

    def item(self):
        self.peek()  # raw_decode does not skip leading white space
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as error:
                if self.read_more():
                    continue  # the item may just run on into the next chunk
                self.fail(error.msg, error.pos)
            # A number ending exactly at the chunk's end may have more digits to come.
            if end == len(self.buffer) and self.read_more():
                continue
            self.pos = end
            return value

    def peek(self):
        """Return the next character that is not white space, or "" at the end."""
        while True:
            while self.pos < len(self.buffer) and self.buffer[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self.read_more():
                return ""

    def read_more(self):
        chunk = self.file.read(self.chunk_size)
        if not chunk:
            return False
        # Drop the text already decoded so the buffer holds one item and a chunk at most.
        self.line += self.buffer.count("\n", 0, self.pos)
        self.buffer = self.buffer[self.pos :] + chunk
        self.pos = 0
        return True

    def fail(self, message, pos=None):
        line = self.line + self.buffer.count("\n", 0, self.pos if pos is None else pos)
        raise ImportFailed(f"Invalid JSON on line {line}: {message}.")


# Parsers: each turns a CSV string or a JSON value into the field's value or raises
# ValueError with a message for the person fixing the file.


def text(value):
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError("Expected text.")
    return str(value).strip()


def markdown_text(value):
    # Leading spaces mean something in Markdown, so only an all-blank value is cleared.
    value = text(value) if not isinstance(value, str) else value
    return value if value.strip() else ""


def choice(choices, default=""):
    def parse(value):
        code = text(value).lower()
        if not code:
            return default
        if code not in choices.values:
            raise ValueError(f"{code!r} is not one of {', '.join(choices.values)}.")
        return code

    return parse


def country(value):
    code = text(value).upper()
    if code and code not in countries:
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
        if code not in countries:
            raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 country code.")
        if code not in codes:
            codes.append(code)
    return codes


def employment_types(value):
    kinds = set()
    for item in items(value, TYPE_SEPARATOR):
        code = item.lower().replace("-", "_").replace(" ", "_")
        if code not in EmploymentType.values:
            raise ValueError(f"{item!r} is not one of {', '.join(EmploymentType.values)}.")
        kinds.add(EmploymentType(code))
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


def plain(parser):
    """Adapt a parser that needs no importer to the (importer, value) signature."""
    return lambda importer, value: parser(value)


PARSERS = {
    "external_id": plain(text),
    "title": plain(text),
    "company": plain(text),
    "company_website": plain(text),
    "role": PostingImport.role,
    "location": plain(text),
    "city": plain(text),
    "country": plain(country),
    "workplace": plain(choice(Workplace, Workplace.ONSITE.value)),
    "remote_regions": plain(regions),
    "employment_types": plain(employment_types),
    "seniority": plain(choice(Seniority)),
    "salary_min": plain(amount),
    "salary_max": plain(amount),
    "salary_currency": PostingImport.currency,
    "salary_period": plain(choice(SalaryPeriod, SalaryPeriod.YEAR.value)),
    "description": plain(markdown_text),
    "apply_url": plain(text),
    "apply_email": plain(text),
    "status": plain(choice(JobPosting.Status, JobPosting.Status.PUBLISHED.value)),
    "published_at": plain(moment),
    "expires_at": plain(moment),
    "featured": plain(flag),
    "featured_until": plain(moment),
}
