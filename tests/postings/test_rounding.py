"""Figures round half up everywhere: on the pages, in the CSV files and in the API.

Python's round() takes halves to the even neighbour, so a median of 79,818.5 would read
79,818 while 118,403.5 read 118,404. Two roles here have every figure on a half: one whose
median's whole part is even (79,818.5) and one whose median's whole part is odd
(118,403.5). Both must round up.
"""

import csv
import io
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template

from jobboard.numbers import round_half_up
from postings.salaries import MIN_SAMPLE

pytestmark = pytest.mark.django_db

# Midpoints of five USD yearly postings each (a range of X to X + 1 has its midpoint at
# X.5), and what each figure must read: low, p25, median, p75, high.
ROLES = {
    "even-median": {
        "midpoints": [70_000.5, 75_000.5, 79_818.5, 85_000.5, 90_000.5],
        "figures": [70_001, 75_001, 79_819, 85_001, 90_001],
    },
    "odd-median": {
        "midpoints": [110_001.5, 114_999.5, 118_403.5, 120_001.5, 125_003.5],
        "figures": [110_002, 115_000, 118_404, 120_002, 125_004],
    },
}
STATS = ["low", "p25", "median", "p75", "high"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.5, 1),
        (1.5, 2),
        (2.5, 3),
        (79_818.5, 79_819),
        (118_403.5, 118_404),
        (79_818.49, 79_818),
        (79_818.51, 79_819),
        (Decimal("2.5"), 3),
        (Decimal("2.4999"), 2),
        (7, 7),
        (0, 0),
    ],
)
def test_round_half_up(value, expected):
    result = round_half_up(value)
    assert result == expected
    assert type(result) is int


def test_money_filter_rounds_half_up():
    template = Template("{% load salary_format %}{{ a|money:'USD' }} / {{ b|money:'EUR' }}")
    shown = template.render(Context({"a": 79_818.5, "b": 118_403.5}))
    assert shown == "USD 79,819 / EUR 118,404"


@pytest.fixture
def half_salaries(role_factory, posting_factory):
    assert all(len(role["midpoints"]) == MIN_SAMPLE for role in ROLES.values())
    for slug, role in ROLES.items():
        owner = role_factory(slug=slug, name=slug.replace("-", " ").title())
        for midpoint in role["midpoints"]:
            low = Decimal(midpoint) - Decimal("0.5")
            posting_factory(role=owner, salary_min=low, salary_max=low + 1)


def money(amount):
    return f"USD {amount:,}"


@pytest.mark.parametrize("slug", ROLES)
def test_role_salary_page_rounds_half_up(client, half_salaries, slug):
    response = client.get(f"/salaries/{slug}/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    stat = {d.dt.get_text(): d.dd.get_text() for d in page.select(".stat-grid div")}
    low, p25, median, p75, high = ROLES[slug]["figures"]
    assert stat["Median"] == money(median)
    assert stat["Middle half (25th–75th percentile)"] == f"{money(p25)} – {money(p75)}"
    assert stat["Lowest – highest"] == f"{money(low)} – {money(high)}"
    # The breakdowns by seniority and by country hold the same five postings.
    for table in page.select("table"):
        cells = [td.get_text() for td in table.select("tbody td")]
        if money(median) in cells:
            # The median first, so phones show it without scrolling sideways.
            assert cells[:3] == [money(median), money(p25), money(p75)]
    assert len(page.find_all(string=money(median))) >= 3


def test_salary_index_and_role_pages_round_half_up(client, half_salaries):
    index = BeautifulSoup(client.get("/salaries/").content, "html.parser")
    rows = {
        row.th.get_text(): [td.get_text() for td in row.select("td")]
        for row in index.select("tbody tr")
    }
    for slug, role in ROLES.items():
        _, p25, median, p75, _ = role["figures"]
        name = slug.replace("-", " ").title()
        assert rows[name] == [money(median), money(p25), money(p75), str(MIN_SAMPLE)]

        profile = BeautifulSoup(client.get(f"/roles/{slug}/").content, "html.parser")
        summary = profile.select_one(".salary-median").get_text(" ", strip=True)
        assert summary.startswith(f"Median {money(median)} a year")


def read_csv(response):
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


@pytest.mark.parametrize("slug", ROLES)
def test_role_salary_csv_rounds_half_up(client, half_salaries, slug):
    rows = read_csv(client.get(f"/salaries/{slug}.csv"))
    expected = [str(figure) for figure in ROLES[slug]["figures"]]
    assert [row["group"] for row in rows] == ["all", "seniority", "country"]
    for row in rows:
        assert [row[name] for name in STATS] == expected


def test_salary_index_csv_rounds_half_up(client, half_salaries):
    rows = {row["slug"]: row for row in read_csv(client.get("/salaries.csv"))}
    for slug, role in ROLES.items():
        _, p25, median, p75, _ = role["figures"]
        assert [rows[slug][name] for name in ("p25", "median", "p75")] == [
            str(p25),
            str(median),
            str(p75),
        ]


@pytest.mark.parametrize("slug", ROLES)
def test_api_rounds_half_up(client, half_salaries, slug):
    body = client.get(f"/api/v1/roles/{slug}/salaries").json()
    expected = dict(zip(STATS, ROLES[slug]["figures"], strict=True))
    assert body["overall"] == {"count": MIN_SAMPLE, **expected}
    assert body["by_seniority"] == [{"seniority": "mid", "count": MIN_SAMPLE, **expected}]
    assert body["by_country"] == [{"country": "US", "count": MIN_SAMPLE, **expected}]
