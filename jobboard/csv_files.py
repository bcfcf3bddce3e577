"""Every CSV file the site writes goes through csv_response(), and every cell through
safe_cell().

A spreadsheet that opens a CSV file treats a cell starting with ``=``, ``+``, ``-`` or
``@`` (or a tab or carriage return before one) as a formula, which can read other cells,
fetch addresses or, in older programs, run commands. Role names, slugs and other text in
these files are written by editors, so such a cell is written with a single quote in front
(OWASP's advice for CSV injection), which spreadsheets show as text. Numbers are written
as they are: the site's figures are never negative.
"""

import csv
import itertools

from django.http import StreamingHttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """Return ``value`` as a spreadsheet will read it as text: quoted when it is text
    that starts like a formula, unchanged otherwise."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_response(filename, header, lines):
    """Return rows as a CSV download, written as they are produced."""
    writer = csv.writer(Echo())
    rows = itertools.chain([header], lines)
    response = StreamingHttpResponse(
        (writer.writerow([safe_cell(cell) for cell in row]) for row in rows),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class Echo:
    """A file-like object whose write() hands the line back, for streaming csv.writer."""

    def write(self, value):
        return value
