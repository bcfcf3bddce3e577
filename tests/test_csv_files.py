import csv
import io
from decimal import Decimal

import pytest

from jobboard.csv_files import csv_response, safe_cell


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+2", "'=1+2"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@A1", "'@A1"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Data Engineer", "Data Engineer"),
        ("a=b", "a=b"),
        ("", ""),
        ("'=1", "'=1"),
    ],
)
def test_text_that_starts_like_a_formula_gets_a_quote(value, written):
    assert safe_cell(value) == written


@pytest.mark.parametrize("value", [120000, 0, 1.5, Decimal("7.25"), None])
def test_numbers_and_empty_cells_are_left_alone(value):
    assert safe_cell(value) is value


def test_csv_response_writes_every_cell_through_safe_cell():
    response = csv_response("x.csv", ["name", "=count"], [["=cmd|' /C calc'!A0", 3]])
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows == [["name", "'=count"], ["'=cmd|' /C calc'!A0", "3"]]
    assert response["Content-Disposition"] == 'attachment; filename="x.csv"'
