import csv
import io
import random
import statistics
from decimal import ROUND_HALF_UP, Decimal

import pytest
from bs4 import BeautifulSoup

from jobboard.numbers import round_half_up
from postings.models import PERIOD_FACTORS, ExchangeRate, JobPosting
from postings.salaries import (
    MIN_SAMPLE,
    paid,
    salaried,
    salary_report,
    stats_by,
    stats_overall_and_by,
)
from tests.factories import rate

pytestmark = pytest.mark.django_db

CURRENCIES = ["USD", "EUR", "GBP", "INR", "CHF"]
PERIODS = ["hour", "day", "week", "month", "year"]
TYPICAL = {"hour": 60, "day": 450, "week": 2200, "month": 9000, "year": 110_000}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def annual_usd(amount, period, currency):
    """An independent restatement of the normalization rule in the README ("Jobs")."""
    units = ExchangeRate.objects.get(currency=currency).units_per_usd
    value = Decimal(amount) * PERIOD_FACTORS[period] / units
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@pytest.fixture
def generated(posting_factory, role_factory):
    """Forty salaried postings in several currencies and periods, plus noise that must
    not count: drafts, expired jobs, jobs without a salary, jobs of another role."""
    rng = random.Random(20261128)
    role = role_factory(slug="data-scientist", name="Data Scientist")
    midpoints = []
    for _ in range(40):
        currency, period = rng.choice(CURRENCIES), rng.choice(PERIODS)
        scale = TYPICAL[period] * float(ExchangeRate.objects.get(currency=currency).units_per_usd)
        low = Decimal(round(scale * rng.uniform(0.6, 1.2)))
        high = low + Decimal(round(scale * rng.uniform(0, 0.5)))
        shape = rng.random()
        if shape < 0.1:
            high = None  # only a minimum
        elif shape < 0.2:
            low = None  # only a maximum
        posting_factory(
            role=role,
            salary_currency=rate(currency),
            salary_period=period,
            salary_min=low,
            salary_max=high,
            seniority=rng.choice(["entry", "mid", "senior"]),
            country=rng.choice(["US", "DE", "GB"]),
        )
        ends = [annual_usd(a, period, currency) for a in (low, high) if a is not None]
        midpoints.append((min(ends) + max(ends)) / 2)
    posting_factory(role=role, draft=True, salary_min=10, salary_max=20)
    posting_factory(role=role, expired=True, salary_min=10, salary_max=20)
    posting_factory(role=role, no_salary=True)
    posting_factory(role=role_factory(), salary_min=1, salary_max=2)
    return role, sorted(midpoints)


def test_statistics_match_a_python_reference(generated):
    role, midpoints = generated
    # Every posting with pay, whatever its kind: the percentiles themselves.
    stats = stats_by(paid().filter(role=role))[()]
    p25, median, p75 = statistics.quantiles(midpoints, n=4, method="inclusive")
    assert stats.count == 40
    assert stats.low == pytest.approx(midpoints[0])
    assert stats.high == pytest.approx(midpoints[-1])
    assert stats.p25 == pytest.approx(p25)
    assert stats.median == pytest.approx(statistics.median(midpoints)) == pytest.approx(median)
    assert stats.p75 == pytest.approx(p75)


def test_grouped_statistics_match_the_reference_per_group(generated):
    role, _ = generated
    queryset = salaried().filter(role=role)
    together = stats_overall_and_by(queryset, "seniority", "country")
    assert together[""][()] == stats_by(queryset)[()]
    assert together["country"] == stats_by(queryset, "country")
    for (seniority,), stats in stats_by(queryset, "seniority").items():
        assert together["seniority"][(seniority,)] == pytest.approx(stats)
        values = sorted(
            (p.salary_min_usd + p.salary_max_usd) / 2 for p in queryset.filter(seniority=seniority)
        )
        assert stats.count == len(values)
        assert stats.median == pytest.approx(statistics.median(values))


def test_currency_switch_converts_every_figure(generated):
    role, _ = generated
    usd = salary_report(role, "", rate("USD")).overall
    eur = salary_report(role, "", rate("EUR")).overall
    assert eur.median == pytest.approx(usd.median * 0.92)
    assert eur.p75 == pytest.approx(usd.p75 * 0.92)
    assert eur.count == usd.count


def test_country_filter_narrows_everything(client, generated):
    role, _ = generated
    german = salary_report(role, "DE", rate("USD"))
    assert german.overall.count == salaried().filter(role=role, country="DE").count()
    assert [code for code, _, _ in german.by_country] == ["DE"]
    assert sum(bar.count for bar in german.chart.bars) == german.overall.count
    page = soup(client.get("/salaries/data-scientist/?country=DE"))
    assert page.h1.get_text() == "Data Scientist salaries, Germany"


def test_role_page_shows_figures_chart_table_and_jobs_link(
    client, generated, django_assert_num_queries
):
    role, _ = generated
    # Like with like: weekly, monthly and annual full-time salaries; the hourly and daily
    # rates of the forty are counted apart.
    comparable = sorted(
        (p.salary_min_usd + p.salary_max_usd) / 2
        for p in JobPosting.objects.visible().filter(
            role=role, salary_period__in=["week", "month", "year"], salary_min_usd__isnull=False
        )
    )
    count = len(comparable)
    assert 10 < count < 40
    # role, exchange rates, figures overall, by seniority, by country and counted apart,
    # histogram
    with django_assert_num_queries(4):
        response = client.get("/salaries/data-scientist/")
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text() == "Data Scientist salaries, global"
    stat = {d.dt.get_text(): d.dd.get_text() for d in page.select(".stat-grid div")}
    assert stat["Median"] == f"USD {round_half_up(statistics.median(comparable)):,}"
    assert stat["Sample size"] == f"{count} postings"
    svg = page.select_one("figure.chart svg")
    assert svg["role"] == "img"
    assert svg.title.get_text() == "Distribution of Data Scientist salaries in USD"
    assert f"Histogram of {count} annual salaries" in svg.desc.get_text()
    bars = svg.select("rect.bar")
    table = page.select(".chart-layout table tbody tr")
    assert len(bars) == len(table) > 3
    assert sum(int(tr.td.get_text()) for tr in table) == count
    apart = {
        tr.th.get_text(): tr.select("td")[-1].get_text()
        for tr in page.select("#apart-heading ~ div tbody tr")
    }
    assert apart == {"Hourly and daily rates": str(40 - count)}
    link = page.find("a", string="See full-time Data Scientist jobs with a salary")
    assert link["href"] == "/jobs/?role=data-scientist&type=full_time&salary_stated=on"
    assert client.get(link["href"]).status_code == 200


def test_cells_under_five_postings_say_not_enough_data(client, posting_factory, role_factory):
    role = role_factory(slug="mlops-engineer", name="MLOps Engineer")
    for _ in range(MIN_SAMPLE - 1):
        posting_factory(role=role, seniority="senior")
    page = soup(client.get("/salaries/mlops-engineer/"))
    assert page.select_one(".stat-grid dd").get_text() == "Not enough data"
    posting_factory(role=role, seniority="senior")
    page = soup(client.get("/salaries/mlops-engineer/"))
    assert page.select_one(".stat-grid dd").get_text() == "USD 125,000"
    rows = {tr.th.get_text(): tr.get_text(" ", strip=True) for tr in page.select("table tr")}
    assert "USD 125,000" in rows["Senior-level / Expert"]


def test_index_lists_roles_with_salaried_postings_sorted(
    client, generated, posting_factory, role_factory, django_assert_num_queries
):
    small = role_factory(name="Tiny Role", slug="tiny-role")
    posting_factory(role=small, salary_min=500_000, salary_max=500_000)
    role_factory(name="Empty Role", slug="empty-role")
    # exchange rates, figures per role, the roles
    with django_assert_num_queries(3):
        response = client.get("/salaries/")
    rows = [tr.th.get_text() for tr in soup(response).select("tbody tr")]
    # Roles with enough data first; the one-posting role last despite its high median.
    assert len(rows) == 3
    assert rows[:2] == ["Data Scientist", "Tiny Role"]
    assert "Empty Role" not in rows
    by_count = [
        tr.th.get_text() for tr in soup(client.get("/salaries/?sort=count")).select("tbody tr")
    ]
    assert by_count[0] == "Data Scientist"


def test_csv_matches_the_page(client, generated):
    page = soup(client.get("/salaries/data-scientist/?currency=EUR"))
    median_on_page = page.select_one(".stat-grid dd").get_text()
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/salaries/data-scientist.csv?currency=EUR").getvalue().decode())
        )
    )
    overall = rows[0]
    assert (overall["group"], overall["currency"]) == ("all", "EUR")
    assert median_on_page == f"EUR {int(overall['median']):,}"
    seniority_rows = {r["value"]: r for r in rows if r["group"] == "seniority"}
    for tr in page.select("#seniority-heading + div tbody tr"):
        label, count = tr.th.get_text(), tr.select("td")[-1].get_text()
        key = {
            "Entry-level / Junior": "entry",
            "Mid-level / Intermediate": "mid",
            "Senior-level / Expert": "senior",
        }[label]
        assert seniority_rows[key]["postings"] == count

    index_rows = list(csv.DictReader(io.StringIO(client.get("/salaries.csv").getvalue().decode())))
    first = soup(client.get("/salaries/")).select_one("tbody tr")
    assert index_rows[0]["role"] == first.th.get_text()
    assert f"USD {int(index_rows[0]['median']):,}" in first.get_text()


@pytest.mark.parametrize(
    ("url", "query"),
    [
        ("/salaries/", "currency=XYZ"),
        ("/salaries/", "sort=best"),
        ("/salaries/", "currency=%00"),
        ("/salaries/data-scientist/", "currency=XYZ"),
        ("/salaries/data-scientist/", "country=ZZ"),
        ("/salaries/data-scientist/", "country=" + "é" * 300),
    ],
)
def test_bad_options_are_form_errors_not_500s(client, generated, url, query):
    response = client.get(f"{url}?{query}")
    assert response.status_code == 400
    assert soup(response).select_one(".error")
    # The page still shows figures, in the default currency.
    assert "USD" in soup(response).select_one("main").get_text()


def test_unknown_role_is_404(client, db):
    assert client.get("/salaries/astronaut/").status_code == 404
    assert client.get("/salaries/astronaut.csv").status_code == 404


def test_comparison_page_shows_both_roles_salaries(client, comparison_factory, posting_factory):
    comparison = comparison_factory()
    for amount in (100_000, 110_000, 120_000, 130_000, 140_000):
        posting_factory(role=comparison.role_a, salary_min=amount, salary_max=amount)
    posting_factory(role=comparison.role_b, salary_min=90_000, salary_max=90_000)
    page = soup(client.get(comparison.get_absolute_url()))
    left, right = page.select(".salary-block .salary-summary")
    assert "USD 120,000" in left.select_one(".salary-median").get_text()
    assert "Not enough data" in right.get_text()
    assert right.find("a")["href"] == f"/salaries/{comparison.role_b.slug}/"


def test_a_role_without_salaried_postings_has_no_figures(role_factory, posting_factory):
    role = role_factory()
    posting_factory(role=role, no_salary=True)
    figures = stats_overall_and_by(salaried().filter(role=role), "seniority", "country")
    assert figures == {"": {}, "seniority": {}, "country": {}}
    assert salary_report(role, "", rate("USD")).overall is None


# A spreadsheet opening a CSV file runs any cell that starts like a formula. Role names
# (and slugs) are editors' text, so each such cell is written with a leading quote
# (OWASP's advice), which spreadsheets show as text.
FORMULAS = ["=1+2", "+1+2", "-1+2", "@SUM(A1:A2)", "\t=1+2", "\r=1+2", '=HYPERLINK("x","y")']


def salaried_role(posting_factory, role_factory, **role):
    role = role_factory(**role)
    for _ in range(MIN_SAMPLE):
        posting_factory(role=role)
    return role


def csv_rows(response):
    return list(csv.DictReader(io.StringIO(response.getvalue().decode())))


@pytest.mark.parametrize("name", FORMULAS)
def test_formula_role_names_are_text_in_the_index_csv(client, posting_factory, role_factory, name):
    salaried_role(posting_factory, role_factory, name=name, slug="formula")
    (row,) = csv_rows(client.get("/salaries.csv"))
    assert row["role"] == "'" + name
    assert row["slug"] == "formula"
    assert row["postings"] == str(MIN_SAMPLE)


def test_formula_slugs_are_text_in_the_role_csv(client, posting_factory, role_factory):
    salaried_role(posting_factory, role_factory, name="Minus", slug="-1-2")
    rows = csv_rows(client.get("/salaries/-1-2.csv"))
    assert rows
    assert {row["role"] for row in rows} == {"'-1-2"}
    assert rows[0]["median"].isdigit()


def test_ordinary_cells_are_written_as_they_are(client, posting_factory, role_factory):
    salaried_role(posting_factory, role_factory, name="Data Engineer", slug="data-engineer")
    (row,) = csv_rows(client.get("/salaries.csv"))
    assert (row["role"], row["slug"], row["currency"]) == ("Data Engineer", "data-engineer", "USD")


def test_internships_and_rates_are_counted_apart(client, posting_factory, role_factory):
    role = role_factory(slug="data-analyst", name="Data Analyst")
    for amount in (90_000, 100_000, 110_000, 120_000, 130_000):
        posting_factory(role=role, salary_min=amount, salary_max=amount)
    for _ in range(5):
        posting_factory(
            role=role, is_full_time=False, is_internship=True, salary_min=30_000,
            salary_max=30_000,
        )  # fmt: skip
        posting_factory(
            role=role, is_full_time=False, is_contract=True, salary_period="day",
            salary_min=1000, salary_max=1000,
        )  # fmt: skip
    report = salary_report(role, "", rate("USD"))
    assert (report.overall.count, report.overall.median) == (5, 110_000)
    apart = {label: (stats.count, stats.median) for _, label, stats in report.apart}
    assert apart == {"Internships": (5, 30_000), "Hourly and daily rates": (5, 260_000)}
    page = soup(client.get("/salaries/data-analyst/"))
    assert "counted apart" in page.select_one(".method").get_text()
    index = {
        tr.th.get_text(): tr.td.get_text()
        for tr in soup(client.get("/salaries/")).select("tbody tr")
    }
    assert index["Data Analyst"] == "USD 110,000"  # the median comes first
