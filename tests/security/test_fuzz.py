"""Hostile query strings and paths against every public URL: nothing may answer 5xx.

The rule is that bad input never breaks a page. Hypothesis builds raw query strings from each
page's real parameter names and random ones, with values chosen to break number parsing,
the database (PostgreSQL refuses NUL in a string), templates, feeds (XML 1.0 has no
control characters) and paginators, and sends them through the test client. An exception
raised through the client fails a test as much as a 5xx status does.

The examples are derandomized, so every run sends the same requests; together the fuzz
tests run at least MIN_EXAMPLES of them, which the last test checks.
"""

import collections
import dataclasses
import functools
from urllib.parse import quote, quote_from_bytes, quote_plus
from xml.etree import ElementTree

import pytest
from django.db import transaction
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobboard.sitemaps import SITEMAPS
from postings.models import Company, EmploymentType, JobPosting, Seniority, Workplace
from roles.models import Comparison, Role

pytestmark = pytest.mark.django_db

MIN_EXAMPLES = 2_000
EXAMPLES = collections.Counter()


def fuzz(max_examples):
    """Return the Hypothesis settings of a fuzz test: repeatable, no deadline, and the
    demo content seeded once per test rather than once per example."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        derandomize=True,
    )


def fetch(client, url, method="get"):
    """Send one request and fail on a 5xx; return the response, its body read in full."""
    # Each request runs in a savepoint: PostgreSQL aborts the whole transaction on any
    # error, and Hypothesis must still be able to run the shrunk examples that follow.
    with transaction.atomic():
        response = getattr(client, method)(url)
        if response.streaming:
            # A CSV is written as it streams: its errors only surface while it is read.
            b"".join(response.streaming_content)
    assert response.status_code < 500, f"{method.upper()} {url[:500]!r}: {response.status_code}"
    return response


# Values -----------------------------------------------------------------------------

NUMBERS = [
    "0",
    "-0",
    "1",
    "-1",
    "2",
    "00",
    "+7",
    " 7 ",
    "1.5",
    "1,000",
    "1_000",
    "0x10",
    "1e5",
    "1E+5",
    "1e309",
    "-1e309",
    "1e-400",
    "1e999999999999",
    "1e-999999999999999999999",
    "NaN",
    "-NaN",
    "sNaN",
    "nan",
    "inf",
    "-inf",
    "Infinity",
    "１２",  # fullwidth digits, which int() accepts
    "٣",
    str(10**30),
    str(-(10**30)),
    str(2**31),
    str(2**63 - 1),
    str(2**63),
    str(-(2**63) - 1),
    str(2**64),
    "9" * 5_000,  # past int()'s 4,300-digit limit
    "0." + "0" * 5_000 + "1",
]
WRONG_TYPES = ["true", "false", "True", "on", "off", "yes", "None", "null", "[]", "{}", "[1, 2]"]
CONTROL = [
    "\x00",
    "a\x00b",
    "\x00" * 20,
    "\x01",
    "\x08",
    "\x0b",
    "\x0c",
    "\x1b[31m",
    "\x1f",
    "\x7f",
    "\x85",
    "\r\n",
    "\t",
    "\u2028",
    "\ufeff",
    "\ufffe",
    "\uffff",
    "data\x01science",
]
UNICODE = [
    "😀" * 50,
    "👩🏽‍💻",
    "\u202eexe.txt",
    "שלום עולם",
    "مرحبا بالعالم",
    "e" + "\u0301" * 300,
    "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "\U0010ffff",
    "İstanbul",
    "ß",
    "ﬃ",
    "Ｄａｔａ",
]
INJECTION = [
    "' OR '1'='1",
    "'; DROP TABLE postings_jobposting; --",
    '" OR ""="',
    "1) OR (1=1",
    "%' OR 1=1 --",
    "a'||pg_sleep(1)||'",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ 7*7 }}",
    "{% debug %}",
    "${7*7}",
    "../../etc/passwd",
    "javascript:alert(1)",
    "!",
    "!!!",
    "&",
    "|",
    ":*",
    "a & b | !c",
    "-",
    '"',
    "'",
    "\\",
    "%",
    "_",
    "or",
    "data -science",
    '"unterminated',
]
LONG = ["x" * 10_000, "é" * 5_000, "a " * 5_000, "-vs-" * 2_500, "<" * 10_000]
# Written into the query string as they are: broken escapes, separators, double escapes.
RAW = [
    "%",
    "%%",
    "%2",
    "%zz",
    "%00",
    "%0",
    "%25",
    "%2500",
    "%u0000",
    "%C0%80",
    "%ED%A0%80",  # a lone surrogate, as UTF-8 bytes
    "%F4%90%80%80",  # past U+10FFFF
    "%FF%FE",
    "%80",
    "+",
    "%2B",
    "&",
    "=",
    "==",
    ";",
    "?",
    "#",
    "\x00",
    "\x01",
    "ü",
    "😀",
    " ",
]
BYTES = [b"\xed\xa0\x80", b"\xff", b"\xc0\x80", b"\x80abc", b"\xf4\x90\x80\x80", b"\x00\xff"]

# Values the pages accept, so that one hostile parameter arrives among valid ones.
VALID = {
    "seniority": Seniority.values,
    "type": EmploymentType.values,
    "workplace": Workplace.values,
    "country": ["US", "DE", "GB", "AQ"],  # no job is in Antarctica
    "currency": ["USD", "EUR", "JPY"],
    "sort": ["newest", "salary"],
    "posted_within": ["1", "3", "7", "30"],
    "featured": ["true", "false", "on", "1"],
    "salary_stated": ["true", "false", "on", "1"],
    "min_salary": ["0", "50000", "100000", "100000000"],
    "page": ["1", "2", "3"],
    "p": ["1", "2"],
    "limit": ["1", "20", "100"],
    "q": ["data", "engineer", "python remote", '"machine learning"', "-senior"],
    "location": ["Berlin", "Remote", "New York"],
}
# Nearly valid: the wrong case, one past a limit, another page's choice.
NEAR_MISSES = [
    "us",
    "XX",
    "EU",
    "usd",
    "XXX",
    "median",
    "count",
    "31",
    "100000001",
    "101",
    "999",
    "Senior",
    "SENIOR",
    "full-time",
    "on-site",
]

hostile_text = st.sampled_from(
    NUMBERS + WRONG_TYPES + NEAR_MISSES + CONTROL + UNICODE + INJECTION + LONG
)


def encoded(text):
    """Return a strategy for ``text`` as it may appear in a query string."""
    escaped = quote(text, safe="")
    return st.sampled_from(
        [
            escaped,
            escaped,
            escaped,
            quote_plus(text, safe=""),
            quote(escaped, safe=""),  # escaped twice: "%" arrives as text
            text,  # raw: unescaped separators, spaces and non-ASCII alike
            text,
        ]
    )


def weighted(*options):
    """Return a strategy that draws from each (weight, strategy) in proportion to its
    weight. (st.one_of gives equal strategies one share, however often they are listed.)"""
    return st.sampled_from(
        [strategy for weight, strategy in options for _ in range(weight)]
    ).flatmap(lambda strategy: strategy)


# A word with one control character inside: it survives a form's whitespace stripping.
controlled = st.sampled_from([*range(1, 9), 11, 12, *range(14, 32), 0, 127, 133, 155]).map(
    lambda code: f"data{chr(code)}science"
)
raw_values = weighted(
    (3, hostile_text.flatmap(encoded)),
    (3, controlled.map(lambda text: quote(text, safe=""))),
    (1, controlled),
    (2, st.text(max_size=30).flatmap(encoded)),
    (1, st.sampled_from(RAW)),
    (1, st.lists(st.sampled_from(RAW), min_size=2, max_size=6).map("".join)),
    (1, st.binary(max_size=20).map(lambda data: quote_from_bytes(data, safe=""))),
    (1, st.sampled_from(BYTES).map(lambda data: quote_from_bytes(data, safe=""))),
    (1, st.integers(-(10**40), 10**40).map(str)),
    (1, st.just("")),
)


# Parameters whose text reaches a page, a feed's title or the database as it is given.
FREE_TEXT = {"q", "location", "company", "cursor"}
text_values = weighted(
    (2, raw_values),
    (3, controlled.map(lambda text: quote(text, safe=""))),
    (1, controlled),
    (1, st.sampled_from(CONTROL + UNICODE + INJECTION).flatmap(encoded)),
)


def values(name, valid):
    """Return a strategy for the value of parameter ``name`` as it appears in the query
    string: hostile, or sometimes one the parameter accepts."""
    hostile = text_values if name in FREE_TEXT else raw_values
    if not valid.get(name):
        return hostile
    return weighted((1, st.sampled_from(valid[name]).flatmap(encoded)), (3, hostile))


def hostile_pairs(names, valid):
    """Return a strategy for one name=value pair meant to break something."""
    key = weighted(
        (12, st.sampled_from(names)),
        (4, st.sampled_from(sorted(FREE_TEXT.intersection(names)) or names)),
        (1, st.sampled_from(names).map(str.upper)),
        (1, st.sampled_from(names).map(lambda name: name + "[]")),
        (1, st.text(max_size=12).flatmap(encoded)),
        (1, st.sampled_from(["", "=", "&", "%00", "q\x00", "__proto__", "format", "callback"])),
    )
    form = st.sampled_from(["{k}={v}"] * 12 + ["{k}", "={v}", "{k}=={v}", "{k}={v}={v}"])
    return st.tuples(key, form).flatmap(
        lambda pair: values(pair[0], valid).map(lambda value: pair[1].format(k=pair[0], v=value))
    )


@st.composite
def query_strings(draw, names, valid):
    """Return a raw query string: mostly a search the page accepts with one or two hostile
    parameters among its valid ones (a hostile value among other bad ones often stops at
    a form error before it reaches the code it could break), some pairs repeated, odd
    separators."""
    choices = {name: valid[name] for name in names if valid.get(name)}
    pairs = []
    for _ in range(draw(st.integers(0, 4))):
        name = draw(st.sampled_from(sorted(choices)))
        pairs.append(f"{name}={quote(draw(st.sampled_from(choices[name])), safe='')}")
    for _ in range(draw(st.sampled_from([1, 1, 1, 1, 2, 3, 0]))):
        pairs.append(draw(hostile_pairs(names, valid)))
    pairs = draw(st.permutations(pairs))
    if pairs:
        # One pair many times over: the same value ticked twice, or hundreds of times, up
        # to Django's limit of 1,000 fields and past it.
        index = draw(st.integers(0, len(pairs) - 1))
        times = draw(st.sampled_from([1] * 6 + [2, 3, 10, 100, 500, 990, 1_001]))
        pairs[index:index] = [pairs[index]] * (times - 1)
    separator = draw(st.sampled_from(["&"] * 15 + [";", "&&", "&amp;"]))
    return separator.join(pairs)


# The site ---------------------------------------------------------------------------


@dataclasses.dataclass
class Site:
    roles: list
    comparisons: list
    companies: list
    jobs: list  # (id, slug) of visible postings
    hidden_jobs: list  # (id, slug) of drafts, expired and scheduled postings
    cursors: list  # the API's next_cursor after the first job, in each sort

    @functools.cached_property
    def valid(self):
        return {
            **VALID,
            "role": self.roles[:5],
            "company": self.companies[:5],
            "cursor": self.cursors,
        }


@pytest.fixture
def demo_content(demo_content_for_module, db):
    """The demo content, loaded once for the module: every test here only reads it (each
    request runs in a savepoint, and each test in one of its own)."""


@pytest.fixture
def site(demo_content, unrecorded_templates):
    visible = JobPosting.objects.visible()
    cursors = [
        Client().get("/api/v1/jobs", {"limit": 1, "sort": sort}).json()["next_cursor"]
        for sort in ("newest", "salary")
    ]
    return Site(
        roles=list(Role.objects.values_list("slug", flat=True)),
        comparisons=list(Comparison.objects.published().values_list("slug", flat=True)),
        companies=list(Company.objects.values_list("slug", flat=True)),
        jobs=list(visible.values_list("pk", "slug")[:20]),
        hidden_jobs=list(JobPosting.objects.exclude(pk__in=visible).values_list("pk", "slug")[:10]),
        cursors=cursors,
    )


slugs = st.one_of(
    st.from_regex(r"\A[-a-zA-Z0-9_]{1,60}\Z"),
    st.sampled_from(["a" * 2_000, "-vs-", "a-vs-", "-vs-b", "a-vs-b-vs-c", "feed", "0", "_"]),
)
ids = st.one_of(
    st.integers(0, 10**6),
    st.integers(0, 10**40),
    st.sampled_from([0, 2**31, 2**63 - 1, 2**63, 2**64, 10**30, 10**100]),
)


def real_or_random(data, real):
    """Draw a slug of the site or a random one."""
    return data.draw(st.sampled_from(real) | slugs) if real else data.draw(slugs)


def run_example(name, client, data, paths, names, valid):
    EXAMPLES[name] += 1
    path = data.draw(st.sampled_from(paths), label="path")
    query = data.draw(query_strings(names, valid), label="query")
    fetch(client, f"{path}?{query}")


# Fuzz tests, one per group of URLs -------------------------------------------------

JOB_SEARCH = [
    "q",
    "role",
    "seniority",
    "type",
    "workplace",
    "location",
    "country",
    "min_salary",
    "currency",
    "posted_within",
    "featured",
    "salary_stated",
    "company",
    "sort",
    "page",
    "cursor",
    "limit",
]
JOB_SEARCH_PATHS = ["/jobs/", "/jobs/feed/", "/api/v1/jobs", "/alerts/new/"]


# The three share one FilterSet and its parameters, but each puts the search somewhere of
# its own (a page, a feed's XML, JSON), so each gets the full run.
@pytest.mark.parametrize("path", JOB_SEARCH_PATHS)
@fuzz(max_examples=250)
@given(data=st.data())
def test_job_search_pages_never_fail(client, site, path, data):
    run_example(f"search {path}", client, data, [path], JOB_SEARCH, site.valid)


@fuzz(max_examples=250)
@given(data=st.data())
def test_job_pages_never_fail(client, site, data):
    known = data.draw(st.sampled_from(site.jobs + site.hidden_jobs))
    pk = data.draw(st.sampled_from([known[0]]) | ids)
    slug = data.draw(st.sampled_from([known[1]]) | slugs)
    paths = [f"/jobs/{pk}-{slug}/", f"/jobs/{pk}/", f"/api/v1/jobs/{pk}", f"/jobs/{pk}/apply/"]
    run_example("job_pages", client, data, paths, JOB_SEARCH, site.valid)


@fuzz(max_examples=150)
@given(data=st.data())
def test_company_pages_and_alert_links_never_fail(client, site, data):
    company = data.draw(st.sampled_from(["tessellate-labs", "kite-key-media"]) | slugs)
    token = data.draw(slugs | st.sampled_from(["eyJhbGVydCI6MX0:x:y", "e30:abc", ":"]))
    paths = [
        f"/companies/{company}/",
        f"/alerts/confirm/{token}/",
        f"/alerts/unsubscribe/{token}/",
        f"/alerts/manage/{token}/",
        "/alerts/check-your-inbox/",
        f"/media/logos/{token}",
    ]
    run_example("companies and alert links", client, data, paths, ["page", "done"], site.valid)


ARTICLE_PARAMS = ["q", "role", "page", "p", "sort", "cursor", "limit"]


@fuzz(max_examples=300)
@given(data=st.data())
def test_articles_and_roles_never_fail(client, site, data):
    comparison = real_or_random(data, site.comparisons)
    role = real_or_random(data, site.roles)
    a, _, b = site.comparisons[0].partition("-vs-")
    paths = [
        "/",
        "/insights/",
        "/insights/",
        f"/insights/{comparison}/",
        f"/insights/{b}-vs-{a}/",  # answers 301 to the canonical order
        "/roles/",
        f"/roles/{role}/",
    ]
    run_example("articles", client, data, paths, ARTICLE_PARAMS, site.valid)


SALARY_PARAMS = ["currency", "country", "sort", "page", "role"]


@fuzz(max_examples=300)
@given(data=st.data())
def test_salary_pages_never_fail(client, site, data):
    role = real_or_random(data, site.roles)
    paths = [
        "/salaries/",
        f"/salaries/{role}/",
        "/salaries.csv",
        f"/salaries/{role}.csv",
        f"/api/v1/roles/{role}/salaries",
    ]
    valid = {**site.valid, "sort": ["median", "count"]}
    run_example("salaries", client, data, paths, SALARY_PARAMS, valid)


DISCOVERY_PARAMS = ["p", "page", "section", "q", "limit"]


@fuzz(max_examples=250)
@given(data=st.data())
def test_feeds_sitemaps_and_operations_never_fail(client, site, data):
    section = data.draw(st.sampled_from(sorted(SITEMAPS)) | slugs)
    paths = [
        "/insights/feed/",
        "/sitemap.xml",
        f"/sitemap-{section}.xml",
        f"/sitemap-{section}.xml",
        "/robots.txt",
        "/healthz",
        "/ping",
    ]
    run_example("discovery", client, data, paths, DISCOVERY_PARAMS, site.valid)


API_PARAMS = ["limit", "cursor", "page", "q", "role", "currency", "country", "sort"]


@fuzz(max_examples=250)
@given(data=st.data())
def test_api_never_fails(client, site, data):
    role = real_or_random(data, site.roles)
    comparison = real_or_random(data, site.comparisons)
    paths = [
        "/api/v1/roles",
        f"/api/v1/roles/{role}",
        "/api/v1/comparisons",
        f"/api/v1/comparisons/{comparison}",
        "/api/v1/openapi.json",
    ]
    run_example("api", client, data, paths, API_PARAMS, site.valid)


# Hostile paths ----------------------------------------------------------------------

HOSTILE_PATHS = [
    "/companies/%00/",
    "/companies/" + "a" * 2_000 + "/",
    "/alerts/confirm/%00/",
    "/alerts/manage/" + "a" * 2_000 + "/",
    "/alerts/unsubscribe/%ED%A0%80/",
    "/media/logos/%00",
    "/media/logos/..%2F..%2Fdb.sqlite3",
    "/jobs/99999999999999999999999999/apply/",
    "/employers/jobs/99999999999999999999999999/edit/",
    "/insights/%00/",
    "/insights/%00",
    "/roles/%00/",
    "/salaries/%00/",
    "/salaries/%00.csv",
    "/jobs/0-x/",
    "/jobs/0/",
    "/jobs/99999999999999999999999999-x/",
    "/jobs/99999999999999999999999999/",
    "/jobs/-1/",
    "/roles/" + "a" * 2_000 + "/",
    "/insights/" + "a" * 2_000 + "/",
    "/insights/" + "-vs-".join(["a"] * 800) + "/",  # near gunicorn's 4,094-byte request line
    "/salaries/" + "a" * 2_000 + "/",
    "/salaries/" + "a" * 2_000 + ".csv",
    "/sitemap-%00.xml",
    "/sitemap-" + "a" * 2_000 + ".xml",
    "/api/v1/jobs/0",
    "/api/v1/jobs/-1",
    "/api/v1/jobs/99999999999999999999999999",
    "/api/v1/jobs/%00",
    "/api/v1/roles/%00",
    "/api/v1/roles/%00/salaries",
    "/api/v1/roles/" + "a" * 2_000,
    "/api/v1/comparisons/%00",
    "/api/v1/comparisons/%ED%A0%80",
    "/api/v1/%00",
    "/%00",
    "/%ED%A0%80/",
    "/roles/%FF/",
    "/insights/..%2F..%2Fetc%2Fpasswd/",
    "/jobs/%2e%2e/",
    "//jobs/",
    "/jobs/feed/%00",
    "/insights/feed/%00/",
]


def test_hostile_paths_never_fail(client, demo_content):
    for path in HOSTILE_PATHS:
        fetch(client, path)


PATH_PREFIXES = [
    "/insights/{}/",
    "/roles/{}/",
    "/jobs/{}/",
    "/salaries/{}/",
    "/salaries/{}.csv",
    "/sitemap-{}.xml",
    "/api/v1/jobs/{}",
    "/api/v1/roles/{}",
    "/api/v1/roles/{}/salaries",
    "/api/v1/comparisons/{}",
    "/api/v1/{}",
    "/{}",
]
segments = st.one_of(
    slugs,
    ids.map(str),
    st.tuples(ids, slugs).map(lambda pair: f"{pair[0]}-{pair[1]}"),
    st.text(min_size=1, max_size=40).map(lambda text: quote(text, safe="")),
    st.binary(min_size=1, max_size=20).map(lambda data: quote_from_bytes(data, safe="")),
    st.sampled_from(RAW),
)


@fuzz(max_examples=200)
@given(data=st.data())
def test_random_paths_never_fail(client, site, data):
    EXAMPLES["paths"] += 1
    path = data.draw(st.sampled_from(PATH_PREFIXES)).format(data.draw(segments))
    query = data.draw(st.sampled_from(["", "q=%00", "page=" + str(10**30)]))
    fetch(client, f"{path}?{query}" if query else path)


# Other methods ----------------------------------------------------------------------

PAGES = [
    "/",
    "/insights/",
    "/insights/{comparison}/",
    "/roles/",
    "/roles/{role}/",
    "/jobs/",
    "/jobs/{job_id}-{job_slug}/",
    "/jobs/{job_id}/",
    "/jobs/feed/",
    "/insights/feed/",
    "/salaries/",
    "/salaries/{role}/",
    "/salaries.csv",
    "/salaries/{role}.csv",
    "/sitemap.xml",
    "/sitemap-jobs.xml",
    "/robots.txt",
    "/healthz",
    "/ping",
    "/api/v1/jobs",
    "/api/v1/jobs/{job_id}",
    "/api/v1/roles",
    "/api/v1/roles/{role}",
    "/api/v1/roles/{role}/salaries",
    "/api/v1/comparisons",
    "/api/v1/comparisons/{comparison}",
    "/api/v1/openapi.json",
]


@fuzz(max_examples=150)
@given(data=st.data())
def test_head_and_options_never_fail(client, site, data):
    EXAMPLES["methods"] += 1
    job_id, job_slug = site.jobs[0]
    path = data.draw(st.sampled_from(PAGES)).format(
        comparison=site.comparisons[0], role=site.roles[0], job_id=job_id, job_slug=job_slug
    )
    method = data.draw(st.sampled_from(["head", "options"]))
    query = data.draw(query_strings(JOB_SEARCH, site.valid))
    fetch(client, f"{path}?{query}", method)


# Regressions: each 5xx the fuzz tests found, as a plain example ---------------------

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize("param", ["q", "location", "company"])
def test_a_job_feed_of_a_search_with_control_characters_is_well_formed(client, demo_content, param):
    # The search's text goes into the feed's title, and Django's feed generator refuses
    # the characters XML 1.0 cannot hold with an exception: a 500. They are left out.
    response = fetch(client, f"/jobs/feed/?{param}=data%01sci%1Fen%EF%BF%BEce")
    assert response.status_code == 200
    title = ElementTree.fromstring(response.content).findtext(f"{ATOM}title")
    assert "datascience" in title


@pytest.mark.parametrize("path", ["/jobs/", "/jobs/feed/", "/api/v1/jobs"])
def test_an_option_given_hundreds_of_times_counts_once(client, demo_content, path):
    # Every copy of an option added a condition, and on SQLite a few hundred of them went
    # past the limit on expression depth ("Expression tree is too large"): a 500.
    many = fetch(
        client, f"{path}?" + "&".join(["seniority=senior"] * 500 + ["type=full_time"] * 400)
    )
    once = fetch(client, f"{path}?seniority=senior&type=full_time")
    if path == "/jobs/":  # the list answers with its tidy address, each option once
        assert many.status_code == 302
        assert many["Location"] == "/jobs/?seniority=senior&type=full_time"
        many = fetch(client, many["Location"])
    assert many.status_code == once.status_code == 200
    if path == "/jobs/":
        labels = [[label for label, _ in page.context["chips"]] for page in (many, once)]
        assert labels[0] == labels[1] == ["Senior-level / Expert", "Full Time"]
        assert many.context["page"].paginator.count == once.context["page"].paginator.count


@pytest.mark.parametrize(
    "path",
    [
        "/salaries/{role}/?country=AQ",
        "/salaries/{role}.csv?country=AQ",
        "/api/v1/roles/{role}/salaries?country=AQ",
        "/salaries/{unpaid}/",
        "/salaries/{unpaid}.csv",
        "/api/v1/roles/{unpaid}/salaries",
    ],
)
def test_salary_figures_of_no_postings_answer(client, demo_content, role_factory, path):
    # A role with no job stating a salary, or none in the country chosen. On PostgreSQL
    # the overall figures of no postings are a row of NULLs (an aggregate without GROUP
    # BY always answers a row), and float(None) raised: a 500.
    role = Role.objects.filter(postings__isnull=False).first()
    unpaid = role_factory(slug="unpaid-role")
    response = fetch(client, path.format(role=role.slug, unpaid=unpaid.slug))
    assert response.status_code == 200


# The total --------------------------------------------------------------------------

FUZZ_TESTS = {
    *(f"search {path}" for path in JOB_SEARCH_PATHS),
    "job_pages",
    "articles",
    "salaries",
    "discovery",
    "api",
    "paths",
    "methods",
}


def test_the_fuzz_tests_ran_enough_examples():
    if set(EXAMPLES) != FUZZ_TESTS:
        pytest.skip("only some of the fuzz tests ran")
    assert sum(EXAMPLES.values()) >= MIN_EXAMPLES, EXAMPLES
