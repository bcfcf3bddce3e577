import csv
import datetime
import io
import json
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError
from django.utils import timezone

from postings import importing
from postings.models import Company, EmploymentType, ExchangeRate, JobPosting
from tests.factories import RoleFactory

pytestmark = pytest.mark.django_db

HEADER = [
    "external_id",
    "title",
    "company",
    "company_website",
    "role",
    "location",
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
]


def row(**overrides):
    values = {
        "external_id": "ext-1",
        "title": "Data Analyst",
        "company": "Acme Analytics",
        "company_website": "https://acme.example",
        "role": "",
        "location": "Berlin, Germany",
        "country": "DE",
        "workplace": "onsite",
        "remote_regions": "",
        "employment_types": "full_time",
        "seniority": "mid",
        "salary_min": "50000",
        "salary_max": "70000",
        "salary_currency": "USD",
        "salary_period": "year",
        "description": "Turn **questions** into answers.",
        "apply_url": "https://acme.example/jobs/1",
        "apply_email": "",
    }
    values.update(overrides)
    return values


def write_csv(path, rows, header=None):
    header = header or list(rows[0])
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
    return path


def three_rows():
    return [
        row(),
        row(
            external_id="ext-2",
            title="Senior Data Scientist",
            company="Nordlicht GmbH",
            company_website="",
            role="data-scientist",
            workplace="remote",
            remote_regions="DE, AT CH",
            employment_types="full_time, contract",
            seniority="senior",
            salary_min="80000",
            salary_max="95000",
            salary_currency="EUR",
        ),
        row(
            external_id="ext-3",
            title="Analytics Intern",
            employment_types="internship,part_time",
            seniority="entry",
            salary_min="20",
            salary_max="",
            salary_currency="gbp",
            salary_period="hour",
            apply_url="",
            apply_email="jobs@acme.example",
        ),
    ]


def run(path, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_postings", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def run_failing(path, *args):
    err = io.StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("import_postings", str(path), *args, stdout=io.StringIO(), stderr=err)
    return str(failure.value), err.getvalue()


def test_csv_creates_postings(tmp_path):
    role = RoleFactory(slug="data-scientist")
    out, _ = run(write_csv(tmp_path / "jobs.csv", three_rows()))

    assert "created 3, updated 0, unchanged 0, skipped 0" in out
    assert JobPosting.objects.count() == 3
    assert Company.objects.count() == 2

    analyst = JobPosting.objects.get(external_id="ext-1")
    assert analyst.status == JobPosting.Status.PUBLISHED
    assert analyst.published_at is not None
    assert analyst.company.slug == "acme-analytics"
    assert analyst.company.website == "https://acme.example"
    assert analyst.country.code == "DE"
    assert analyst.role is None
    assert (analyst.salary_min_usd, analyst.salary_max_usd) == (50000, 70000)
    assert analyst.description_html == "<p>Turn <strong>questions</strong> into answers.</p>"

    scientist = JobPosting.objects.get(external_id="ext-2")
    eur = ExchangeRate.objects.get(currency="EUR")
    assert scientist.role == role
    assert scientist.salary_min_usd == round(Decimal(80000) / eur.units_per_usd)
    assert scientist.salary_max_usd == round(Decimal(95000) / eur.units_per_usd)
    assert scientist.employment_types == [EmploymentType.FULL_TIME, EmploymentType.CONTRACT]
    assert sorted(country.code for country in scientist.remote_regions) == ["AT", "CH", "DE"]
    assert scientist.company.name == "Nordlicht GmbH"

    intern = JobPosting.objects.get(external_id="ext-3")
    gbp = ExchangeRate.objects.get(currency="GBP")
    assert intern.employment_types == [EmploymentType.PART_TIME, EmploymentType.INTERNSHIP]
    assert intern.salary_currency == gbp
    # One end of a range stands in for the other; an hour is 1/2080 of a working year.
    assert intern.salary_min_usd == intern.salary_max_usd == round(20 * 2080 / gbp.units_per_usd)
    assert intern.apply_email == "jobs@acme.example"
    assert intern.company == analyst.company


def test_json_file(tmp_path):
    RoleFactory(slug="data-engineer")
    items = [
        {
            "external_id": 1001,
            "title": "Data Engineer",
            "company": "Pipelines Ltd",
            "role": "data-engineer",
            "location": "London or remote",
            "workplace": "Hybrid",
            "remote_regions": ["GB", "IE"],
            "employment_types": ["full_time", "temporary"],
            "seniority": "senior",
            "salary_min": 65000.5,
            "salary_max": 80000,
            "salary_currency": "GBP",
            "description": "Build *pipelines*.",
            "apply_email": "hiring@pipelines.example",
            "published_at": "2025-03-01",
            "expires_at": "2025-04-01T12:00:00+02:00",
            "featured": True,
            "featured_until": "2025-03-15T09:30:00",
        },
        {
            "external_id": "1002",
            "title": "Junior Data Engineer",
            "company": "Pipelines Ltd",
            "location": "London",
            "employment_types": "full_time",
            "seniority": "entry",
            "salary_min": None,
            "description": "Learn the trade.",
            "apply_url": "https://pipelines.example/apply",
            "status": "draft",
            "featured": "no",
        },
    ]
    path = tmp_path / "jobs.json"
    path.write_text(json.dumps(items), encoding="utf-8")

    out, _ = run(path)

    assert "created 2, updated 0, unchanged 0, skipped 0" in out
    engineer = JobPosting.objects.get(external_id="1001")
    assert engineer.workplace == "hybrid"
    assert engineer.salary_min == Decimal("65000.50")
    assert [country.code for country in engineer.remote_regions] == ["GB", "IE"]
    assert engineer.employment_types == [EmploymentType.FULL_TIME, EmploymentType.TEMPORARY]
    assert engineer.role.slug == "data-engineer"
    assert engineer.is_featured
    # Dates without a timezone are UTC.
    assert engineer.published_at == datetime.datetime(2025, 3, 1, tzinfo=datetime.UTC)
    assert engineer.expires_at == datetime.datetime(2025, 4, 1, 10, tzinfo=datetime.UTC)
    assert engineer.featured_until == datetime.datetime(2025, 3, 15, 9, 30, tzinfo=datetime.UTC)

    junior = JobPosting.objects.get(external_id="1002")
    assert junior.status == JobPosting.Status.DRAFT
    assert junior.published_at is None
    assert not junior.is_featured
    assert junior.salary_currency is None
    assert Company.objects.filter(name="Pipelines Ltd").count() == 1


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (
            {"salary_min": "90000", "salary_max": "60000"},
            "The minimum salary cannot be above the maximum.",
        ),
        (
            {"apply_url": "javascript:alert(1)"},
            "apply_url: Enter an http:// or https:// address.",
        ),
        ({"salary_currency": "XYZ"}, "salary_currency: No exchange rate for 'XYZ'"),
        ({"salary_currency": ""}, "A salary needs its currency."),
        ({"salary_min": "50,000"}, "salary_min: '50,000' is not a number"),
        ({"salary_min": "-5"}, "salary_min: Ensure this value is greater than or equal to 0."),
        ({"role": "astronaut"}, "role: No role has the slug 'astronaut'."),
        ({"seniority": "guru"}, "seniority: 'guru' is not one of entry, mid, senior, executive."),
        ({"seniority": ""}, "seniority: This field cannot be blank."),
        ({"employment_types": ""}, "employment_types: Give at least one of full_time"),
        ({"employment_types": "gig"}, "employment_types: 'gig' is not one of full_time"),
        ({"remote_regions": "DE, XX"}, "remote_regions: 'XX' is not an ISO 3166-1 alpha-2"),
        ({"country": "DEU"}, "country: 'DEU' is not an ISO 3166-1 alpha-2 country code."),
        ({"apply_url": "", "apply_email": ""}, "Give an apply link or an apply e-mail address."),
        ({"apply_email": "not-an-address"}, "apply_email: Enter a valid email address."),
        ({"title": ""}, "title: This field cannot be blank."),
        ({"title": "x" * 201}, "title: Ensure this value has at most 200 characters"),
        ({"external_id": ""}, "external_id: This field is required."),
        ({"company": ""}, "company: This field is required."),
        ({"company": "C" * 201}, "company: Ensure this value has at most 200 characters"),
        ({"company_website": "ftp://acme.example"}, "company_website: Enter an http:// or"),
    ],
)
def test_one_bad_row_imports_nothing(tmp_path, bad, reason):
    rows = three_rows()
    rows[1].update(bad)
    RoleFactory(slug="data-scientist")
    message, err = run_failing(write_csv(tmp_path / "jobs.csv", rows))

    assert message == "1 invalid row; nothing imported."
    assert err.startswith("Row 3: ")  # the header is line 1
    assert reason in err
    assert not JobPosting.objects.exists()
    assert not Company.objects.exists()


def test_dates_are_checked(tmp_path):
    rows = [
        row(published_at="2025-13-01"),
        row(external_id="ext-2", published_at="2025-03-01", expires_at="2025-02-01"),
    ]
    header = [*HEADER, "published_at", "expires_at"]
    message, err = run_failing(write_csv(tmp_path / "jobs.csv", rows, header))

    assert message == "2 invalid rows; nothing imported."
    assert "Row 2: published_at: '2025-13-01' is not an ISO 8601 date" in err
    assert "Row 3: A job must expire after it is published." in err


def test_every_reason_of_a_row_is_reported(tmp_path):
    rows = [row(title="", seniority="guru", salary_currency="XYZ", apply_url="javascript:x")]
    _, err = run_failing(write_csv(tmp_path / "jobs.csv", rows))

    assert err.strip() == (
        "Row 2: title: This field cannot be blank.; "
        "seniority: 'guru' is not one of entry, mid, senior, executive.; "
        "salary_currency: No exchange rate for 'XYZ'; known currencies: "
        + ", ".join(ExchangeRate.objects.values_list("currency", flat=True))
        + ".; apply_url: Enter an http:// or https:// address."
    )


def test_skip_invalid_imports_the_others(tmp_path):
    rows = three_rows()
    rows[0]["apply_url"] = "javascript:alert(1)"
    RoleFactory(slug="data-scientist")
    out, err = run(write_csv(tmp_path / "jobs.csv", rows), "--skip-invalid")

    assert "created 2, updated 0, unchanged 0, skipped 1" in out
    assert "Skipped row 2: apply_url:" in err
    assert set(JobPosting.objects.values_list("external_id", flat=True)) == {"ext-2", "ext-3"}


def test_reimport_updates_without_duplicates(tmp_path):
    RoleFactory(slug="data-scientist")
    rows = three_rows()
    path = write_csv(tmp_path / "jobs.csv", rows)
    run(path)
    first = {posting.external_id: posting for posting in JobPosting.objects.all()}

    rows[1]["title"] = "Lead Data Scientist"
    rows[1]["salary_max"] = "99000"
    out, _ = run(write_csv(path, rows))

    assert "created 0, updated 1, unchanged 2, skipped 0" in out
    assert JobPosting.objects.count() == 3
    assert Company.objects.count() == 2
    edited = JobPosting.objects.get(external_id="ext-2")
    assert edited.pk == first["ext-2"].pk
    assert edited.title == "Lead Data Scientist"
    assert edited.slug == "lead-data-scientist"
    assert edited.salary_max == 99000
    # An empty published_at keeps the date, so a re-import does not push jobs to the top.
    assert edited.published_at == first["ext-2"].published_at
    assert edited.expires_at == first["ext-2"].expires_at


def test_reimport_leaves_absent_columns_alone(tmp_path):
    role = RoleFactory(slug="data-scientist")
    path = tmp_path / "jobs.csv"
    run(write_csv(path, [row(role="data-scientist")]))
    Company.objects.update(website="https://edited-in-admin.example")

    rows = [row(title="Data Analyst II", company_website="https://other.example")]
    for values in rows:
        del values["role"]
    run(write_csv(path, rows))

    posting = JobPosting.objects.get()
    assert posting.title == "Data Analyst II"
    assert posting.role == role
    assert posting.company.website == "https://edited-in-admin.example"


def test_existing_company_is_matched_by_name(tmp_path):
    company = Company.objects.create(name="Acme Analytics", slug="acme", website="")
    Company.objects.create(name="Other", slug="nordlicht-gmbh")
    RoleFactory(slug="data-scientist")
    out, _ = run(write_csv(tmp_path / "jobs.csv", three_rows()))

    assert "created 3, updated 0, unchanged 0, skipped 0" in out

    company.refresh_from_db()
    assert company.website == "https://acme.example"  # filled in, as it had none
    assert JobPosting.objects.filter(company=company).count() == 2
    # The new company's slug is taken; it gets the next free one.
    assert Company.objects.get(name="Nordlicht GmbH").slug == "nordlicht-gmbh-2"


def test_duplicate_external_id_in_the_file(tmp_path):
    rows = [row(), row(title="Another"), row(external_id="ext-2")]
    message, err = run_failing(write_csv(tmp_path / "jobs.csv", rows))

    assert message == "1 invalid row; nothing imported."
    assert "Row 3: external_id: 'ext-1' is also on row 2." in err
    assert not JobPosting.objects.exists()


def test_dry_run_writes_nothing(tmp_path):
    path = write_csv(tmp_path / "jobs.csv", [row(), row(external_id="ext-2")])
    out, _ = run(path, "--dry-run")

    assert "would create 2, update 0, leave 0 unchanged, skip 0" in out
    assert not JobPosting.objects.exists()
    assert not Company.objects.exists()

    run(path)
    out, _ = run(path, "--dry-run")
    assert "would create 0, update 0, leave 2 unchanged, skip 0" in out


def test_dry_run_reports_invalid_rows(tmp_path):
    path = write_csv(tmp_path / "jobs.csv", [row(), row(external_id="ext-2", seniority="x")])

    message, err = run_failing(path, "--dry-run")
    assert message == "1 invalid row; nothing imported."
    assert "Row 3: seniority:" in err

    out, err = run(path, "--dry-run", "--skip-invalid")
    assert "would create 1, update 0, leave 0 unchanged, skip 1" in out
    assert not JobPosting.objects.exists()


def test_failure_midway_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "BATCH_SIZE", 1)
    write_batch = importing.PostingImport.write_batch
    calls = []

    def failing_write(importer, checked):
        calls.append(checked)
        if len(calls) == 2:
            raise DatabaseError("disk full")
        write_batch(importer, checked)

    monkeypatch.setattr(importing.PostingImport, "write_batch", failing_write)
    rows = [row(), row(external_id="ext-2", company="Second Company")]
    message, _ = run_failing(write_csv(tmp_path / "jobs.csv", rows))

    assert message == "The rows could not be saved (disk full); nothing imported."
    assert len(calls) == 2
    assert not JobPosting.objects.exists()
    assert not Company.objects.exists()


def test_missing_file(tmp_path):
    message, _ = run_failing(tmp_path / "nowhere.csv")
    assert message == f"Cannot read {tmp_path / 'nowhere.csv'}: No such file or directory."


def test_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_bytes(b"external_id,title\n\xff\xfe\x00\n")
    message, _ = run_failing(path)
    assert message == f"{path} is not UTF-8 text."


def test_unknown_extension_needs_a_format(tmp_path):
    path = tmp_path / "jobs.txt"
    path.write_text(json.dumps([row()]), encoding="utf-8")

    message, _ = run_failing(path)
    assert "pass --format csv or json" in message

    out, _ = run(path, "--format", "json")
    assert "created 1" in out


def test_missing_required_column(tmp_path):
    header = [name for name in HEADER if name not in ("title", "seniority")]
    rows = [{name: value for name, value in row().items() if name in header}]
    message, _ = run_failing(write_csv(tmp_path / "jobs.csv", rows, header))

    assert message == ("The header row is not usable: missing required columns: title, seniority.")


def test_unknown_and_repeated_columns(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_text(",".join([*HEADER, "salary_mni", "title"]) + "\n", encoding="utf-8")
    message, _ = run_failing(path)

    assert message == (
        "The header row is not usable: columns named twice: title; unknown columns: salary_mni."
    )


def test_empty_csv(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_text("", encoding="utf-8")
    message, _ = run_failing(path)
    assert message == "The file is empty; it needs a header row naming the columns."


def test_row_numbers_are_where_a_record_starts(tmp_path):
    rows = [
        row(description="First line.\n\nSecond paragraph.\n"),
        row(external_id="ext-2", seniority="guru"),
    ]
    _, err = run_failing(write_csv(tmp_path / "jobs.csv", rows))
    assert err.startswith("Row 6: seniority:")


def test_row_with_too_many_values(tmp_path):
    path = write_csv(tmp_path / "jobs.csv", [row()])
    with path.open("a", encoding="utf-8") as file:
        file.write("ext-2,Title,Acme,,,Berlin,DE,onsite,,full_time,mid,,,,,Text,,a@b.example,x\n")
    _, err = run_failing(path)
    assert err.strip() == "Row 3: This line has more values than the header has columns."


def test_json_rows_are_numbered_from_one(tmp_path):
    items = [row(), {"external_id": "ext-2", "title": "Half a job", "salary_mni": 3}, "text"]
    path = tmp_path / "jobs.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    message, err = run_failing(path)

    assert message == "2 invalid rows; nothing imported."
    lines = err.splitlines()
    assert lines[0].startswith("Row 2: company: This column is required.; location: ")
    assert "salary_mni: Unknown column." in lines[0]
    assert lines[1] == "Row 3: Expected an object with the job's fields."


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{"external_id": "ext-1"}', "the file must hold one array of objects, starting with ["),
        ("", "the file must hold one array of objects, starting with ["),
        ("not json", "the file must hold one array of objects, starting with ["),
        ('[{"external_id": "ext-1"},\n]', "a value is missing or a character is out of place"),
        ('[{"external_id": "ext-1"}', "the file ends before the array is closed"),
        ("[{}] []", "unexpected text after the array"),
        ("[{external_id: 1}]", "a character is not valid here"),
        ('[{"salary_min": NaN}]', "NaN or Infinity are not JSON"),
    ],
)
def test_broken_json(tmp_path, text, reason):
    path = tmp_path / "jobs.json"
    path.write_text(text, encoding="utf-8")
    message, _ = run_failing(path)
    assert message.startswith("Invalid JSON")
    assert reason in message
    assert "\n" not in message


def test_deeply_nested_json_is_a_row_error_not_a_crash(tmp_path):
    # A million levels: assembled naively this would take gigabytes of memory.
    nested = "[" * 1_000_000 + "]" * 1_000_000
    path = tmp_path / "jobs.json"
    path.write_text(f'[{{"external_id": "ext-1", "title": {nested}}}]', encoding="utf-8")
    _, err = run_failing(path)
    assert "Row 1: " in err
    assert "title: This value is nested too deeply." in err


@pytest.mark.parametrize(
    ("amount", "reason"),
    [
        ("1e28", "salary_min: Ensure that there are no more than 12 digits in total."),
        ("1e308", "salary_min: Ensure that there are no more than 12 digits in total."),
        ("9" * 3000, "salary_min: Ensure that there are no more than 12 digits in total."),
    ],
)
def test_numbers_too_large_for_the_columns(tmp_path, amount, reason):
    write_csv(tmp_path / "jobs.csv", [row(salary_min=amount, salary_max="")])
    # In JSON the amount is a bare number, as a feed would write it.
    item = json.dumps(row(salary_min="AMOUNT", salary_max=None)).replace('"AMOUNT"', amount)
    (tmp_path / "jobs.json").write_text(f"[{item}]", encoding="utf-8")
    for name in ("jobs.csv", "jobs.json"):
        _, err = run_failing(tmp_path / name)
        assert reason in err, name


def test_a_number_longer_than_python_converts_is_refused(tmp_path):
    path = tmp_path / "jobs.json"
    path.write_text('[{"salary_min": 1' + "0" * 5000 + "}]", encoding="utf-8")
    message, _ = run_failing(path)
    assert message.endswith("a number has more than 4,000 digits.")


@pytest.mark.parametrize("chunk", [1, 7, 4001, 1 << 16])
def test_long_digit_runs_are_found_across_reads(chunk):
    def read_all(data):
        guard = importing.DigitGuard(io.BytesIO(data))
        while guard.read(chunk):
            pass

    read_all(b"[" + b"1" * 4000 + b", " + b"2" * 4000 + b"]")
    with pytest.raises(importing.ImportFailed):
        read_all(b"[" + b"1" * 4001 + b"]")


def test_a_header_of_fifty_thousand_columns_is_answered_at_once(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_text(",".join([*HEADER, *(f"extra_{n}" for n in range(50_000))]) + "\n")
    message, _ = run_failing(path)
    assert message == (
        "The header row is not usable: unknown columns: "
        + ", ".join(f"extra_{n}" for n in range(10))
        + " and 49,990 more."
    )


def test_a_nul_character_is_caught_by_the_dry_run(tmp_path):
    path = write_csv(tmp_path / "jobs.csv", [row(title="Data\x00Analyst")])
    message, err = run_failing(path, "--dry-run")
    assert message == "1 invalid row; nothing imported."
    assert "Row 2: title: Contains a NUL character" in err


def test_a_description_over_the_limit_is_refused(tmp_path):
    path = write_csv(tmp_path / "jobs.csv", [row(description="word " * 4001)])
    _, err = run_failing(path)
    assert "Row 2: A description can be at most 20,000 characters." in err


def test_progress_is_reported_for_each_whole_batch(tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "BATCH_SIZE", 2)
    rows = [row(external_id=f"ext-{number}") for number in range(5)]
    out, err = run(write_csv(tmp_path / "jobs.csv", rows))

    assert "created 5" in out
    assert err.splitlines() == ["Read 2 rows…", "Read 4 rows…"]


def test_no_progress_for_small_files(tmp_path):
    rows = [row(external_id=f"ext-{number}") for number in range(2)]
    _, err = run(write_csv(tmp_path / "jobs.csv", rows))
    assert err == ""


def test_published_and_featured_values(tmp_path):
    header = [*HEADER, "status", "published_at", "featured", "featured_until"]
    rows = [
        row(status="Expired", published_at="2025-01-02T03:04:05Z", featured="YES"),
        row(external_id="ext-2", featured="maybe"),
    ]
    _, err = run_failing(write_csv(tmp_path / "jobs.csv", rows, header))
    assert err.strip() == "Row 3: featured: 'maybe' is not one of true, false, 1, 0, yes, no."

    rows[1]["featured"] = "0"
    run(write_csv(tmp_path / "jobs.csv", rows, header))
    expired = JobPosting.objects.get(external_id="ext-1")
    assert expired.status == JobPosting.Status.EXPIRED
    assert expired.published_at == datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    assert expired.is_featured
    assert not JobPosting.objects.get(external_id="ext-2").is_featured
    assert JobPosting.objects.get(external_id="ext-2").published_at <= timezone.now()


def test_batches_share_new_companies_and_write_every_kind_of_change(tmp_path, monkeypatch):
    # Two rows a batch: the pipeline writes each batch while checking the next.
    monkeypatch.setattr(importing, "BATCH_SIZE", 2)
    Company.objects.create(name="Old Firm", slug="old-firm", website="")
    path = tmp_path / "jobs.csv"
    run(write_csv(path, [row(external_id=f"ext-{n}") for n in range(3)]))

    rows = [row(external_id=f"ext-{n}", company="New Firm") for n in range(5)]
    rows[0]["title"] = "Changed title"
    rows[4].update(company="Old Firm", company_website="https://old.example")
    out, _ = run(write_csv(path, rows))

    assert "created 2, updated 3, unchanged 0, skipped 0" in out
    assert JobPosting.objects.count() == 5
    assert JobPosting.objects.get(external_id="ext-0").title == "Changed title"
    assert JobPosting.objects.filter(company__name="New Firm").count() == 4
    assert Company.objects.get(name="New Firm").slug == "new-firm"
    assert Company.objects.get(name="Old Firm").website == "https://old.example"


def test_a_changed_description_is_rendered_and_searched_anew(tmp_path):
    path = tmp_path / "jobs.csv"
    run(write_csv(path, [row()]))
    run(write_csv(path, [row(description="Model **churn** for telecoms.")]))

    posting = JobPosting.objects.get()
    assert posting.description_html == "<p>Model <strong>churn</strong> for telecoms.</p>"
    assert "telecoms" in posting.search_text
    assert "questions" not in posting.search_text
