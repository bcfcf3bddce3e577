"""The importer's shortcuts give what the work they stand in for gives.

The importer answers at once for field values that certainly pass the model's field
validation, reads CSV records without csv.DictReader and remembers parsed values; here
each shortcut is held to the long way on generated input.
"""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from hypothesis import example, given, settings
from hypothesis import strategies as st

from postings import importing

SHORTCUT_FIELDS = [f for f in importing.VALIDATED_FIELDS if importing.quick_check(f)]
# One check per field for the whole test, so what it remembers (hosts, addresses) carries
# from one example to the next, as it does from row to row.
CHECKS = {f.name: importing.field_check(f) for f in SHORTCUT_FIELDS}

hosts = st.sampled_from(
    [
        "acme.example",
        "jobs.acme.example",
        "localhost",
        "1.2.3.4",
        "256.0.0.1",
        "[::1]",
        "[::1",
        "exa_mple.com",
        "-bad.example",
        "münchen.example",
        "xn--mnchen-3ya.example",
        "example.com.",
        "example",
        "a" * 250 + ".com",
        "user@acme.example",
        "user:pw@acme.example",
        "acme.example:8080",
        "acme.example:99999",
        "ac me.example",
        "ex?ample.com",
        "ex#ample.com",
        "",
    ]
)
paths = st.text(alphabet="/?#ab:@ \t\n\u00a0%.-", max_size=12)
addresses = st.builds(
    lambda scheme, separator, host, path: f"{scheme}{separator}{host}{path}",
    st.sampled_from(["http", "https", "HTTPS", "ftp", "javascript", ""]),
    st.sampled_from(["://", ":/", ""]),
    hosts,
    st.one_of(paths, st.just("/" + "x" * 490)),
)
amounts = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True),
    *(st.decimals(min_value=-1, max_value=10**11, places=places) for places in range(4)),
    st.sampled_from([Decimal("-0"), Decimal("1E+3"), Decimal("5E-2"), Decimal("0.001")]),
)
values = st.one_of(
    st.none(),
    st.text(max_size=5),
    st.text(min_size=95, max_size=260),
    addresses,
    st.emails(),
    st.sampled_from(["a@b", "jobs@localhost", "x" * 250 + "@a.com", "a@[127.0.0.1]"]),
    amounts,
    st.integers(),
    st.datetimes(timezones=st.just(datetime.UTC)),
)


@pytest.mark.parametrize("model_field", SHORTCUT_FIELDS, ids=lambda f: f.name)
@settings(max_examples=250)
@given(value=values)
@example(value="https://acme.example/jobs/1")
@example(value="https://acme.example/jobs/1 2")
def test_field_checks_agree_with_the_fields_clean(model_field, value):
    def outcome(check):
        try:
            return "valid", check(value)
        except ValidationError as error:
            return "invalid", error.messages
        except TypeError as error:  # what clean() makes of a value of the wrong type
            return "refused", str(error)

    quick = outcome(CHECKS[model_field.name])
    full = outcome(lambda value: model_field.clean(value, None))
    assert quick == full
    assert type(quick[1]) is type(full[1])


lines = st.text(alphabet='ab,"\r\n ', max_size=8)


@settings(max_examples=300)
@given(
    rows=st.lists(st.one_of(st.none(), st.lists(lines, max_size=5)), max_size=6),
    header=st.sampled_from([list(importing.COLUMNS), [*importing.COLUMNS, ""]]),
    terminator=st.sampled_from(["\n", "\r\n", "\r"]),
    tail=st.sampled_from(["", '"', 'x,"ab', '"a\n']),
)
def test_csv_records_are_read_and_numbered_as_dict_reader_does(rows, header, terminator, tail):
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator=terminator)
    writer.writerow(header)
    for row in rows:
        if row is None:
            out.write(terminator)  # a blank line
        else:
            writer.writerow(row)
    out.write(tail)  # a file may end inside quotes
    text = out.getvalue()

    def read(rows_of):
        try:
            return list(rows_of(io.StringIO(text, newline="")))
        except importing.ImportFailed as error:
            return str(error)

    assert read(importing.csv_rows) == read(dict_reader_rows)


def dict_reader_rows(file):
    """The records as csv.DictReader reads them, numbered by the line they start on."""
    reader = csv.DictReader(file, restkey=importing.EXTRA_VALUES)
    try:
        header = [name.strip().lower() for name in reader.fieldnames]
        importing.check_header(header)
        reader.fieldnames = header
        for values in reader:
            breaks = sum(
                importing.line_breaks(value)
                for value in importing.flatten(values.values())
                if isinstance(value, str)
            )
            yield reader.line_num - breaks, values
    except csv.Error as error:
        raise importing.ImportFailed(f"line {reader.line_num}: {error}") from error


@pytest.mark.django_db
def test_remembered_parsers_tell_texts_from_other_values():
    job = importing.PostingImport()

    def parse(column, value):
        errors = {}
        values = job.parse({column: value}, errors)
        return values.get(column), errors.get(column)

    assert parse("featured", "1") == (True, None)
    assert parse("featured", 1) == (True, None)
    assert parse("featured", True) == (True, None)
    for _ in range(2):  # a failure is not remembered: the message comes again
        assert parse("featured", "2") == (
            None,
            ["'2' is not one of true, false, 1, 0, yes, no."],
        )
    assert parse("title", " a ") == ("a", None)
    assert parse("title", 1) == ("1", None)
    assert parse("title", True) == (None, ["Expected text."])
    assert parse("salary_min", "1") == (Decimal(1), None)
    assert parse("salary_min", True) == (None, ["Expected a number."])
