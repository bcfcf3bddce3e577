"""Hostile text typed by editors is shown as text on every page, feed and API answer.

Each payload of xss_payloads.txt is saved into every editor-writable text field, then every
public surface that shows those fields is fetched and checked: HTML pages carry no markup
the site did not write (scripts, event handlers, script URLs, frames, forms), the JSON-LD
still parses and holds the payload as data, and the feeds and the API hand it back as
text. tests/browser/test_xss.py opens the same content in Chromium.

The payload file holds one payload a line. Inside a line, \\n, \\t, \\r, \\0, \\xHH, \\uHHHH
and \\\\ stand for the characters they name in Python; any other backslash is literal.
"""

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, models, transaction
from django.test import Client

from jobboard.syndication import xml_safe
from postings.models import Company, JobPosting, render_markdown
from roles.models import Comparison, Role, RoleItem
from tests.factories import (
    CompanyFactory,
    ComparisonFactory,
    JobPostingFactory,
    RoleFactory,
    RoleItemFactory,
)

# The tests read each page's HTML, never the templates and contexts behind it.
pytestmark = pytest.mark.usefixtures("unrecorded_templates")

PAYLOAD_FILE = Path(__file__).with_name("xss_payloads.txt")
ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|([ntr0\\]))")
SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\x00", "\\": "\\"}


def decode(line):
    def replace(match):
        code = match.group(1) or match.group(2)
        return chr(int(code, 16)) if code else SIMPLE_ESCAPES[match.group(3)]

    return ESCAPE.sub(replace, line)


def load_payloads():
    lines = PAYLOAD_FILE.read_text(encoding="utf-8").splitlines()
    return [decode(line) for line in lines if line.strip()]


PAYLOADS = load_payloads()
# Short enough for every field with the counter a role name gets appended (max 120).
MAX_PAYLOAD = 100


def payload_params():
    """Return the payloads as parameters named after them, escaped and shortened."""
    return [pytest.param(payload, id=ascii(payload)[1:-1][:60]) for payload in PAYLOADS]


def storable(text):
    """Return the text as the database keeps it. PostgreSQL refuses NUL in text, and the
    admin's forms refuse it on every database; without it the payload is still hostile
    (<scr\\0ipt> becomes <script>)."""
    return text.replace("\x00", "") if connection.vendor == "postgresql" else text


LEADS = [field.name for field in Comparison._meta.fields if field.name.endswith("_lead")]
# Every free-text field an editor writes, per model. A new one makes
# test_every_editable_text_field_is_covered fail until seed() fills it too.
FILLED = {
    Role: {"name", "definition", "outlook", "growth_occupation", "growth_source"},
    RoleItem: {"text"},
    Comparison: {"intro", "conclusion", *LEADS},
    JobPosting: {"title", "description", "location", "city", "external_id"},
    Company: {"name", "description"},
}


@dataclass
class Hostile:
    """One payload saved everywhere: a comparison of two roles and a featured job."""

    value: str
    role_a: Role
    role_b: Role
    comparison: Comparison
    posting: JobPosting
    company: Company

    @property
    def role_names(self):
        return [self.role_a.name, self.role_b.name]


def seed(payload, n):
    """Return the payload saved in every editor-writable text field; ``n`` keeps the unique
    names apart when several payloads are seeded together."""
    value = storable(payload)
    role_a = RoleFactory(
        name=f"{value} {n}a",
        definition=value,
        outlook=value,
        growth_percent=12,
        growth_start_year=2024,
        growth_end_year=2034,
        growth_occupation=value,
        growth_source=value,
    )
    role_b = RoleFactory(name=f"{value} {n}b", definition=value, outlook=value)
    for role in (role_a, role_b):
        # The same text in both roles: the article marks it as shared.
        for position, kind in enumerate(RoleItem.Kind):
            RoleItemFactory(role=role, kind=kind, text=value, position=position)
    RoleItemFactory(role=role_a, kind=RoleItem.Kind.SKILL, text=f"{value} (only A)", position=99)
    comparison = ComparisonFactory(
        role_a=role_a,
        role_b=role_b,
        intro=value,
        conclusion=value,
        **dict.fromkeys(LEADS, value),
    )
    company = CompanyFactory(name=f"{value} {n}", description=value)
    posting = JobPostingFactory(
        title=value,
        description=value,
        company=company,
        role=role_a,
        location=value,
        city=value,
        external_id=f"{value} {n}",
        is_featured=True,
    )
    return Hostile(value, role_a, role_b, comparison, posting, company)


# --- What an HTML page may contain --------------------------------------------------------

LD_JSON = "application/ld+json"
URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "background",
    "srcset",
    "cite",
    "ping",
}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:")
# Elements no template writes, whose arrival would mean markup got through.
FOREIGN_TAGS = {
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "base",
    "style",
    "img",
    "video",
    "audio",
    "source",
    "math",
    "marquee",
    "noscript",
    "template",
    "textarea",
    "details",
    "plaintext",
    "xmp",
}
CONTROLS = re.compile(r"[\x00-\x1f\x7f]+")


def bad_url(value):
    """Return whether a URL attribute would run code or load a document of its own, read
    as a browser does or stricter: any case, spaces around it and control characters
    anywhere ignored. (A space inside "java script:" makes it a harmless relative path.)"""
    return CONTROLS.sub("", value).strip(" ").lower().startswith(BAD_SCHEMES)


def inert_problems(soup, *, ld_json=0, svg=0, forms=(), scripts=(), details=0):
    """Return what in a parsed page or fragment could run code or was not written by the
    site: ``ld_json`` data blocks, ``svg`` charts, forms with ``forms`` actions, script
    files at ``scripts`` and ``details`` disclosures are its own."""
    problems = []
    own = [s for s in soup.find_all("script", src=True) if s["src"] in scripts]
    if len(own) != len(scripts):
        problems.append(f"expected the site's scripts {list(scripts)}")
    for script in own:
        script.decompose()
    if len(soup.find_all("details")) > details:
        problems.append("a <details> element the site did not write")
    for element in soup.find_all("details")[:details]:
        element.unwrap()
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            if name.startswith("on"):
                problems.append(f"<{tag.name}> has an event handler {name}")
            if name in URL_ATTRIBUTES and bad_url(str(value)):
                problems.append(f"<{tag.name} {name}={value!r}>")
            if name in {"srcdoc", "form", "style"}:
                problems.append(f"<{tag.name}> has {name}")
        if tag.name in FOREIGN_TAGS:
            problems.append(f"a <{tag.name}> element")
    scripts = soup.find_all("script")
    if [s for s in scripts if s.get("type") != LD_JSON] or len(scripts) != ld_json:
        problems.append(f"scripts {[str(s)[:80] for s in scripts]}, expected {ld_json} JSON-LD")
    if len(soup.find_all("svg")) != svg:
        problems.append("an <svg> element the site did not write")
    actions = [form.get("action", "") for form in soup.find_all("form")]
    if actions != list(forms):
        problems.append(f"forms with actions {actions}, expected {list(forms)}")
    for field in soup.find_all(["input", "button", "select"]):
        if field.find_parent("form") is None:
            problems.append(f"a <{field.name}> outside the site's forms")
    for meta in soup.find_all("meta"):
        if meta.get("http-equiv"):
            problems.append(f"<meta http-equiv={meta['http-equiv']!r}>")
    for link in soup.find_all("link"):
        href = link.get("href", "")
        if not (href.startswith("/") and not href.startswith("//")) and not href.startswith(
            "http://testserver/"
        ):
            problems.append(f"<link href={href!r}> to elsewhere")
    return problems


def text(value):
    """Return text with runs of whitespace as single spaces, for comparing shown text."""
    return " ".join(value.split())


@dataclass(frozen=True)
class Page:
    ld_json: int = 0
    svg: int = 0
    forms: tuple = ()
    scripts: tuple = ()  # the site's own script files on the page
    details: int = 0  # the site's own <details> elements (the job list's filter panel)


def pages(site):
    """Return (address, what the site itself puts there, fields shown whole) per page."""
    names = site.role_names
    role_a, posting, company = site.role_a, site.posting, site.company.name
    card = [posting.title, company, posting.location]
    return {
        "home": ("/", Page(forms=("/jobs/",)), [*names, *card]),
        "roles": ("/roles/", Page(), names),
        "role": (
            role_a.get_absolute_url(),
            Page(),
            [
                role_a.name,
                role_a.definition,
                role_a.outlook,
                role_a.growth_occupation,
                role_a.growth_source,
                f"{site.value} (only A)",
                *card,
            ],
        ),
        "insights": ("/insights/", Page(forms=("/insights/",)), names),
        "article": (
            site.comparison.get_absolute_url(),
            Page(ld_json=2),
            [
                *names,
                site.comparison.intro,
                site.comparison.conclusion,
                *[getattr(site.comparison, lead) for lead in LEADS],
                site.role_b.definition,
                site.role_b.outlook,
                role_a.growth_source,
                *card,
            ],
        ),
        # Filtered by the role, the list shows all the plain list does (the featured card,
        # every role as a filter option) and the role's name in its title and chip too.
        "jobs": (
            f"/jobs/?role={role_a.slug}",
            Page(forms=("/jobs/",), scripts=("/static/js/job-search.js",), details=1),
            [*names, *card],
        ),
        "job": (posting.get_absolute_url(), Page(ld_json=1), [*card, role_a.name]),
        "salaries": ("/salaries/", Page(forms=("",)), [role_a.name]),
        "company": (
            site.company.get_absolute_url(),
            Page(ld_json=1),
            [site.company.name, site.company.description, posting.title],
        ),
        "role salaries": (
            f"/salaries/{role_a.slug}/",
            Page(svg=1, forms=("",)),
            [role_a.name],
        ),
    }


@pytest.fixture(scope="module")
def client():
    # One client for the module: each new one loads the middleware again, and WhiteNoise
    # then indexes every static file, which would cost more than the pages themselves.
    return Client()


@pytest.fixture(autouse=True)
def fresh_pages(settings):
    # Test transactions never commit, so a shared cache (REDIS_URL) would never hear of
    # the edits; every page must be built from this test's data.
    settings.CACHE_SECONDS = 0


def test_payload_file_is_sound():
    assert len(PAYLOADS) >= 40
    assert len(set(PAYLOADS)) == len(PAYLOADS), "duplicate payloads"
    assert all(len(payload) <= MAX_PAYLOAD for payload in PAYLOADS)


def test_every_editable_text_field_is_covered():
    found = {}
    for model in FILLED:
        for field in model._meta.fields:
            free_text = isinstance(field, models.CharField | models.TextField) and not isinstance(
                field, models.SlugField | models.URLField | models.EmailField
            )
            if free_text and field.editable and not field.choices:
                found.setdefault(model, set()).add(field.name)
    assert found == FILLED


@pytest.mark.parametrize("payload", payload_params())
def test_markdown_keeps_nothing_that_runs(payload):
    soup = BeautifulSoup(render_markdown(payload), "html.parser")
    assert inert_problems(soup) == []


@pytest.mark.django_db
@pytest.mark.parametrize("payload", payload_params())
def test_pages_show_payload_as_text(client, payload):
    site = seed(payload, 1)
    failures = {}
    for name, (address, own, shown) in pages(site).items():
        response = client.get(address)
        assert response.status_code == 200, name
        soup = BeautifulSoup(response.content.decode(), "html.parser")
        problems = inert_problems(
            soup,
            ld_json=own.ld_json,
            svg=own.svg,
            forms=own.forms,
            scripts=own.scripts,
            details=own.details,
        )
        body = text(soup.body.get_text())
        problems += [f"{value!r} not shown as text" for value in shown if text(value) not in body]
        if "7*7" in payload and "49" in body:
            problems.append("a template expression was evaluated")
        if problems:
            failures[name] = problems
        if name == "article":
            article, trail = [json.loads(s.string) for s in soup.find_all("script")]
            assert article["description"] == site.comparison.intro
            assert [role["name"] for role in article["about"]] == site.role_names
            assert trail["itemListElement"][-1]["name"] == str(site.comparison)
        if name == "job":
            (job,) = [json.loads(s.string) for s in soup.find_all("script")]
            assert job["title"] == site.posting.title
            assert job["hiringOrganization"]["name"] == site.company.name
            assert job["jobLocation"]["address"]["addressLocality"] == site.posting.city
            assert job["description"] == site.posting.description_html
    assert failures == {}


@pytest.mark.django_db
@pytest.mark.parametrize("payload", payload_params())
def test_api_and_sitemap_carry_payload_as_text(client, payload):
    site = seed(payload, 1)
    posting, role_a = site.posting, site.role_a

    (listed,) = client.get("/api/v1/jobs").json()["results"]
    detail = client.get(f"/api/v1/jobs/{posting.pk}").json()
    for job in (listed, detail):
        assert job["title"] == posting.title
        assert job["company"]["name"] == site.company.name
        assert job["location"] == posting.location
        assert job["city"] == posting.city
        assert job["role"]["name"] == role_a.name
    assert inert_problems(BeautifulSoup(detail["description_html"], "html.parser")) == []

    role = client.get(f"/api/v1/roles/{role_a.slug}").json()
    assert [role["name"], role["definition"], role["outlook"]] == [
        role_a.name,
        role_a.definition,
        role_a.outlook,
    ]
    assert all(items[0] == site.value for items in role["items"].values())
    assert role["growth"]["source"] == site.value
    comparison = client.get(f"/api/v1/comparisons/{site.comparison.slug}").json()
    assert [comparison["intro"], comparison["conclusion"]] == [site.value, site.value]
    assert comparison["title"] == site.comparison.title

    sitemap = ET.fromstring(client.get("/sitemap-jobs.xml").content)
    locations = [
        loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    ]
    assert locations == [f"http://testserver{posting.get_absolute_url()}"]


ATOM = "{http://www.w3.org/2005/Atom}"
# XML 1.0 has no way to write these characters, escaped or not.


def feed_entries(client, address):
    response = client.get(address)
    assert response.status_code == 200
    return ET.fromstring(response.content).findall(f"{ATOM}entry")


def assert_inert_summary(entry, *shown):
    summary = BeautifulSoup(entry.findtext(f"{ATOM}summary"), "html.parser")
    assert inert_problems(summary) == []
    for value in shown:
        assert text(value) in text(summary.get_text())


@pytest.mark.django_db
@pytest.mark.parametrize("payload", payload_params())
def test_feeds_carry_payload_as_text(client, payload):
    site = seed(payload, 1)
    # Characters XML cannot hold (control characters) are dropped from feeds, the rest
    # arrives as text.
    for address in ("/jobs/feed/", f"/jobs/feed/?role={site.role_a.slug}"):
        (entry,) = feed_entries(client, address)
        assert entry.findtext(f"{ATOM}title") == xml_safe(
            f"{site.posting.title} at {site.company.name}"
        )
        assert entry.findtext(f"{ATOM}author/{ATOM}name") == xml_safe(site.company.name)
        terms = [category.get("term") for category in entry.iter(f"{ATOM}category")]
        assert xml_safe(site.role_a.name) in terms
        assert_inert_summary(entry, xml_safe(site.company.name), xml_safe(site.posting.location))

    (entry,) = feed_entries(client, "/insights/feed/")
    assert entry.findtext(f"{ATOM}title") == xml_safe(site.comparison.title)
    terms = [category.get("term") for category in entry.iter(f"{ATOM}category")]
    assert terms == [xml_safe(name) for name in site.role_names]
    assert_inert_summary(entry, xml_safe(site.comparison.intro))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
    ],
)
def test_link_fields_refuse_script_addresses(url):
    """The job page prints the company website and the apply link as stored, so only
    http(s) addresses may be stored: validation refuses others, and so does the database."""
    company = CompanyFactory.build(name="Acme", slug="acme", website=url)
    with pytest.raises(ValidationError) as refused:
        company.full_clean()
    assert "website" in refused.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        company.save()

    posting = JobPostingFactory.build(company=CompanyFactory(), apply_url=url)
    with pytest.raises(ValidationError) as refused:
        posting.full_clean()
    assert "apply_url" in refused.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        posting.save()
