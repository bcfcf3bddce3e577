"""Salary statistics computed live from the postings.

Definition (shown on the salary pages): visible full-time postings that state an annual
(or weekly or monthly) salary, each counted once at the midpoint of its normalized annual
USD range; a posting with only a minimum or only a maximum counts at that value (the
model stores it as both ends). Internships, hourly and daily rates, and part-time or
temporary salaries are not comparable with those: they are counted apart, in rows of
their own, never in a role's median.

On PostgreSQL the percentiles come from the database (``percentile_cont``), so a page's
cost does not grow with a Python loop over postings. SQLite has no such aggregate; there
the midpoints are read in order and the same linear interpolation runs in Python. Both
give the same numbers.
"""

import math
from dataclasses import dataclass
from decimal import Decimal
from itertools import groupby
from urllib.parse import urlencode

from django.db import connection
from django.db.models import (
    Aggregate,
    Case,
    CharField,
    Count,
    F,
    FloatField,
    Max,
    Min,
    Q,
    Value,
    When,
)
from django.db.models.functions import Cast, Floor
from django_countries import countries

from jobboard.cache import cached_value
from jobboard.numbers import round_half_up

from .models import JobPosting, SalaryPeriod, Seniority, short_amount

MIN_SAMPLE = 5
QUARTILES = {"p25": 0.25, "median": 0.5, "p75": 0.75}
STAT_ORDER = ("low", "p25", "median", "p75", "high")


class PercentileCont(Aggregate):
    """PostgreSQL's continuous percentile: the value at a fraction of the ordered set,
    interpolated linearly between neighbours."""

    function = "PERCENTILE_CONT"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()

    def __init__(self, expression, fraction, **extra):
        super().__init__(expression, fraction=float(fraction), **extra)


def percentile(ordered, fraction):
    """Return the percentile of an ascending list as PostgreSQL's percentile_cont does."""
    position = fraction * (len(ordered) - 1)
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass(frozen=True)
class SalaryStats:
    count: int
    low: float
    p25: float
    median: float
    p75: float
    high: float

    @property
    def enough(self):
        return self.count >= MIN_SAMPLE

    def converted(self, rate):
        """Return the figures in another currency (USD figures × units per USD)."""
        factor = float(rate.units_per_usd)
        return SalaryStats(
            self.count,
            *(getattr(self, name) * factor for name in STAT_ORDER),
        )


RATES = [SalaryPeriod.HOUR, SalaryPeriod.DAY]
# What a posting's pay is, for comparing like with like: a full-time salary, or one of the
# kinds counted apart, in the order the salary pages list them.
COMPARABLE = "salary"
APART = {
    "internship": "Internships",
    "rate": "Hourly and daily rates",
    "other": "Part-time and temporary salaries",
}
PAY_KIND = Case(
    When(is_internship=True, then=Value("internship")),
    When(salary_period__in=RATES, then=Value("rate")),
    When(is_full_time=True, then=Value(COMPARABLE)),
    default=Value("other"),
    output_field=CharField(),
)
# PAY_KIND == COMPARABLE, as a plain condition the indexes can serve.
IS_COMPARABLE = Q(is_full_time=True, is_internship=False) & ~Q(salary_period__in=RATES)


def paid(queryset=None):
    """Return the visible postings that state any salary or rate, with their midpoint as
    ``mid`` (annual USD) and their kind of pay as ``pay``."""
    queryset = JobPosting.objects.all() if queryset is None else queryset
    return (
        queryset.visible()
        .filter(salary_min_usd__isnull=False)
        .annotate(mid=(F("salary_min_usd") + F("salary_max_usd")) / Value(2.0), pay=PAY_KIND)
    )


def salaried(queryset=None):
    """Return the postings the salary figures are made of: visible, full-time, with an
    annual, monthly or weekly salary; not internships, not hourly or daily rates."""
    return paid(queryset).filter(IS_COMPARABLE)


def stats_by(queryset, *fields):
    """Return {group: SalaryStats} for postings grouped by ``fields`` (a tuple key, ``()``
    for all postings together). ``queryset`` comes from ``salaried()``."""
    if connection.vendor == "postgresql":
        aggregates = {
            "count": Count("pk"),
            "low": Min("mid"),
            "high": Max("mid"),
            **{name: PercentileCont("mid", fraction) for name, fraction in QUARTILES.items()},
        }
        if fields:
            rows = queryset.order_by().values(*fields).annotate(**aggregates)
        else:
            rows = [queryset.order_by().aggregate(**aggregates)]
        return {
            tuple(row[field] for field in fields): SalaryStats(
                row["count"], *(float(row[name]) for name in STAT_ORDER)
            )
            for row in rows
            if row["count"]
        }
    rows = queryset.order_by(*fields, "mid").values_list(*fields, "mid")
    return summarize(
        {key: [row[-1] for row in group] for key, group in groupby(rows, lambda row: row[:-1])}
    )


def stats_overall_and_by(queryset, *fields, apart=None):
    """Return {"": {(): overall}, field: {(value,): SalaryStats}, ...}: the overall figures
    and a breakdown by each field, in one query.

    With ``apart`` (a wider queryset from ``paid()``, of which ``queryset`` holds the
    comparable salaries) the same query also returns {"pay": {(kind,): SalaryStats}} for
    each kind of pay counted apart."""
    if connection.vendor == "postgresql":
        # One GROUP BY per breakdown, glued with UNION ALL, each row labelled with its
        # breakdown and its value as text.
        aggregates = {
            "count": Count("pk"),
            "low": Min("mid"),
            "high": Max("mid"),
            **{name: PercentileCont("mid", fraction) for name, fraction in QUARTILES.items()},
        }
        branches = [
            queryset.order_by()
            .annotate(
                dimension=Value(name),
                key=Cast(name, CharField()) if name else Value(""),
            )
            .values("dimension", "key")
            .annotate(**aggregates)
            for name in ("", *fields)
        ]
        result = {name: {} for name in ("", *fields)}
        if apart is not None:
            result["pay"] = {}
            branches.append(
                apart.exclude(IS_COMPARABLE)
                .order_by()
                .annotate(dimension=Value("pay"), key=F("pay"))
                .values("dimension", "key")
                .annotate(**aggregates)
            )
        for row in branches[0].union(*branches[1:], all=True):
            if not row["count"]:
                continue  # the overall branch answers one empty row when nothing matches
            key = (row["key"],) if row["dimension"] else ()
            result[row["dimension"]][key] = SalaryStats(
                row["count"], *(float(row[name]) for name in STAT_ORDER)
            )
        return result
    if apart is None:
        rows = list(queryset.order_by().values_list(*fields, "mid"))
    else:
        # One query for everything: the comparable rows are those of kind COMPARABLE.
        every = list(apart.order_by().values_list(*fields, "pay", "mid"))
        rows = [(*row[:-2], row[-1]) for row in every if row[-2] == COMPARABLE]
    result = {"": summarize({(): [row[-1] for row in rows]})}
    for index, name in enumerate(fields):
        groups = {}
        for row in rows:
            groups.setdefault((row[index],), []).append(row[-1])
        result[name] = summarize(groups)
    if apart is not None:
        groups = {}
        for row in every:
            if row[-2] != COMPARABLE:
                groups.setdefault((row[-2],), []).append(row[-1])
        result["pay"] = summarize(groups)
    return result


def summarize(groups):
    """Return {key: SalaryStats} for {key: [midpoints]}, computed in Python."""
    result = {}
    for key, values in groups.items():
        if values:
            ordered = sorted(float(value) for value in values)
            result[key] = SalaryStats(
                len(ordered),
                ordered[0],
                *(percentile(ordered, fraction) for fraction in QUARTILES.values()),
                ordered[-1],
            )
    return result


def histogram(queryset, bin_width_usd):
    """Return [(start_usd, count)] for consecutive bins of a fixed width, empty bins
    included, from one GROUP BY query."""
    rows = (
        queryset.order_by()
        .annotate(bucket=Floor(F("mid") / Value(float(bin_width_usd))))
        .values("bucket")
        .annotate(count=Count("pk"))
        .values_list("bucket", "count")
    )
    counts = {int(bucket): count for bucket, count in rows}
    if not counts:
        return []
    return [
        (bucket * bin_width_usd, counts.get(bucket, 0))
        for bucket in range(min(counts), max(counts) + 1)
    ]


def nice_bin_width(rate, target_usd=20_000):
    """Return (width in USD, width in the display currency) for histogram bins: a round
    number in the display currency (1, 2 or 5 times a power of ten) near ``target_usd``."""
    target = Decimal(target_usd) * rate.units_per_usd
    magnitude = Decimal(10) ** (len(str(int(target))) - 1)
    step = next(step for step in (1, 2, 5, 10) if target <= step * magnitude * Decimal("1.5"))
    width = step * magnitude
    return float(width / rate.units_per_usd), int(width)


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    start: int
    end: int
    count: int
    labelled: bool = True
    minor: bool = False  # a label left out on phones, where labels are drawn larger

    @property
    def label(self):
        return short_amount(self.start)


@dataclass(frozen=True)
class Chart:
    """A histogram laid out for an inline SVG: bars, axis ticks and the figures."""

    bars: list
    width: int = 640
    height: int = 270
    left: int = 44
    bottom: int = 52
    top: int = 12

    @property
    def max_count(self):
        return max((bar.count for bar in self.bars), default=0)

    @property
    def y_ticks(self):
        """Return [(y, label)] for up to five whole-number ticks on the count axis."""
        peak = self.max_count
        step = max(1, math.ceil(peak / 4))
        plot = self.height - self.bottom - self.top
        return [
            (self.height - self.bottom - plot * value / peak, value)
            for value in range(0, peak + 1, step)
        ]

    @property
    def baseline(self):
        return self.height - self.bottom


def histogram_chart(bins, rate):
    """Lay out [(start_usd, count)] bins, labelled in the display currency, as a Chart."""
    chart = Chart(bars=[])
    if not bins:
        return chart
    width_usd, width_local = nice_bin_width(rate)
    peak = max(count for _, count in bins)
    plot_width = chart.width - chart.left - 8
    plot_height = chart.height - chart.bottom - chart.top
    slot = plot_width / len(bins)
    # Label at most eight bars on the axis, evenly spaced.
    label_every = math.ceil(len(bins) / 8)
    bars = []
    for index, (start_usd, count) in enumerate(bins):
        start = round_half_up(start_usd / width_usd) * width_local
        height = plot_height * count / peak
        bars.append(
            Bar(
                x=chart.left + index * slot + 1,
                y=chart.baseline - height,
                width=max(slot - 2, 1),
                height=height,
                start=start,
                end=start + width_local,
                count=count,
                labelled=index % label_every == 0,
                minor=index % (2 * label_every) != 0,
            )
        )
    return Chart(bars=bars)


@dataclass(frozen=True)
class RoleRow:
    role: object
    stats: SalaryStats


def salary_rows(rate, sort="median"):
    """Return a row per role with salaried postings, figures in ``rate``'s currency,
    sorted by median or by sample size, largest first."""
    return cached_value("salary-rows", lambda: _salary_rows(rate, sort), rate.currency, sort)


def _salary_rows(rate, sort):
    from roles.models import Role

    stats = stats_by(salaried(), "role")
    roles = Role.objects.in_bulk([role_id for (role_id,) in stats if role_id is not None])
    rows = [
        RoleRow(roles[role_id], figures.converted(rate))
        for (role_id,), figures in stats.items()
        if role_id in roles
    ]
    if sort == "count":
        rows.sort(key=lambda row: (-row.stats.count, row.role.name))
    else:
        # Roles with too few postings have no trustworthy median: list them last.
        rows.sort(key=lambda row: (not row.stats.enough, -row.stats.median, row.role.name))
    return rows


def stat_cells(stats, names=("p25", "median", "p75")):
    """Return rounded figures for a CSV row, blank where the sample is too small."""
    return [round_half_up(getattr(stats, name)) if stats.enough else "" for name in names]


@dataclass(frozen=True)
class SalaryReport:
    role: object
    country: str
    rate: object
    overall: SalaryStats | None
    by_seniority: list
    by_country: list
    chart: Chart
    apart: list = ()  # [(kind, label, SalaryStats)]: pay not comparable with salaries

    @property
    def country_name(self):
        return countries.name(self.country) if self.country else ""

    @property
    def jobs_query(self):
        """Return the /jobs/ query string listing the role's full-time jobs that state a
        salary (hourly full-time jobs among them, which the figures count apart)."""
        params = {"role": self.role.slug, "type": "full_time", "salary_stated": "on"}
        if self.country:
            params["country"] = self.country
        return urlencode(params)


def salary_report(role, country, rate):
    """Return one role's salary figures, in ``rate``'s currency, optionally for one
    country only."""
    return cached_value(
        "salary-report",
        lambda: _salary_report(role, country, rate),
        role.pk,
        country,
        rate.currency,
    )


def _salary_report(role, country, rate):
    every = paid().filter(role=role)
    if country:
        every = every.filter(country=country)
    queryset = every.filter(IS_COMPARABLE)
    figures = stats_overall_and_by(queryset, "seniority", "country", apart=every)
    overall, seniority = figures[""].get(()), figures["seniority"]
    by_seniority = [
        (value, label, seniority[(value,)].converted(rate))
        for value, label in Seniority.choices
        if (value,) in seniority
    ]
    by_country = sorted(
        (
            (code, countries.name(code) or "Not stated", stats.converted(rate))
            for (code,), stats in figures["country"].items()
        ),
        key=lambda item: (-item[2].count, item[1]),
    )
    width_usd, _ = nice_bin_width(rate)
    return SalaryReport(
        role=role,
        country=country,
        rate=rate,
        overall=overall.converted(rate) if overall else None,
        by_seniority=by_seniority,
        by_country=by_country,
        chart=histogram_chart(histogram(queryset, width_usd), rate),
        apart=[
            (kind, label, figures["pay"][(kind,)].converted(rate))
            for kind, label in APART.items()
            if (kind,) in figures["pay"]
        ],
    )


@dataclass(frozen=True)
class RoleSalarySummary:
    role: object
    overall: SalaryStats | None
    by_seniority: list


def role_summaries(roles):
    """Return a summary per role (overall and per seniority, in USD), in two queries."""
    return cached_value(
        "role-summaries", lambda: _role_summaries(roles), *[role.pk for role in roles]
    )


def _role_summaries(roles):
    queryset = salaried().filter(role__in=roles)
    overall = stats_by(queryset, "role")
    seniority = stats_by(queryset, "role", "seniority")
    return [
        RoleSalarySummary(
            role=role,
            overall=overall.get((role.pk,)),
            by_seniority=[
                (label, seniority[(role.pk, value)])
                for value, label in Seniority.choices
                if (role.pk, value) in seniority
            ],
        )
        for role in roles
    ]
