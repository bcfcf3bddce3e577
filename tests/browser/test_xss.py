"""Hostile text typed by editors never runs in a real browser.

Every payload of tests/security/xss_payloads.txt is seeded at once, as
tests/security/test_xss.py seeds one: each payload gets its own two roles, comparison and
featured job, and one more comparison and job hold all payloads together, so one payload's
broken markup could meet the next. Then every page that shows them is opened in Chromium.

The browser ignores the pages' Content-Security-Policy. The policy forbids inline
scripts, so with it an injected handler would be blocked instead of seen, and these tests
are about the escaping; tests/security/test_headers.py checks the header itself.
"""

import math

import pytest

from postings.views import JOBS_PER_PAGE
from roles.views import COMPARISONS_PER_PAGE
from tests.factories import ComparisonFactory, JobPostingFactory, RoleFactory
from tests.security.test_xss import PAYLOADS, seed, storable

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Returns what on the page could run code that the site did not write.
INSPECT = """() => {
  const problems = [];
  if (typeof window.__xss !== "undefined") problems.push("window.__xss is set");
  if (document.querySelector("#xss-injected")) problems.push("an element #xss-injected");
  const urlAttributes = ["href", "xlink:href", "src", "action", "formaction", "data", "poster"];
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on")) problems.push(`<${element.localName} ${name}>`);
      if (["srcdoc", "style"].includes(name)) problems.push(`<${element.localName} ${name}>`);
      if (!urlAttributes.includes(name)) continue;
      let protocol;
      try {
        protocol = new URL(attribute.value, document.baseURI).protocol;
      } catch {
        continue;  // not a URL a browser would follow
      }
      if (["javascript:", "vbscript:", "data:"].includes(protocol)) {
        problems.push(`<${element.localName} ${name}="${attribute.value.slice(0, 60)}">`);
      }
    }
  }
  for (const script of document.querySelectorAll("script")) {
    if (script.type.trim().toLowerCase() === "application/ld+json") {
      try {
        JSON.parse(script.textContent);
      } catch {
        problems.push("JSON-LD that does not parse");
      }
    } else if (!script.src || new URL(script.src).origin !== location.origin) {
      problems.push(`a script: ${script.outerHTML.slice(0, 80)}`);
    }
  }
  // No template writes these (the salary chart is the site's one <svg>).
  const foreign = `iframe, frame, frameset, object, embed, applet, base, meta[http-equiv], style,
    img, video, audio, source, math, marquee, noscript, template, textarea, details, plaintext,
    xmp, svg:not(figure.chart > svg)`;
  for (const element of document.querySelectorAll(foreign)) {
    problems.push(`<${element.localName}>`);
  }
  for (const form of document.forms) {
    if (new URL(form.action).origin !== location.origin) problems.push(`<form ${form.action}>`);
  }
  return problems;
}"""


@pytest.fixture
def hostile_site():
    """Return {address: payload} for every page showing the seeded payloads."""
    sites = [seed(payload, n) for n, payload in enumerate(PAYLOADS, start=1)]
    everything = "\n\n".join(storable(payload) for payload in PAYLOADS)
    role_a = RoleFactory(name="Every payload A", definition=everything, outlook=everything)
    role_b = RoleFactory(name="Every payload B", definition=everything, outlook=everything)
    comparison = ComparisonFactory(
        role_a=role_a, role_b=role_b, intro=everything, conclusion=everything
    )
    posting = JobPostingFactory(
        title="Every payload", description=everything, role=role_a, is_featured=True
    )
    together = "all payloads"
    addresses = {
        "/": together,
        "/roles/": together,
        "/salaries/": together,
        comparison.get_absolute_url(): together,
        role_a.get_absolute_url(): together,
        posting.get_absolute_url(): together,
    }
    for number in range(1, math.ceil((len(sites) + 1) / COMPARISONS_PER_PAGE) + 1):
        addresses[f"/insights/?page={number}"] = together
    for number in range(1, math.ceil((len(sites) + 1) / JOBS_PER_PAGE) + 1):
        addresses[f"/jobs/?page={number}"] = together
    for site in sites:
        addresses[site.comparison.get_absolute_url()] = site.value
        addresses[site.role_a.get_absolute_url()] = site.value
        addresses[site.posting.get_absolute_url()] = site.value
    return addresses


@pytest.fixture
def visitor(browser, live_server):
    # The same context as the ``page`` fixture's, but ignoring the pages' CSP.
    context = browser.new_context(viewport={"width": 1280, "height": 800}, bypass_csp=True)
    yield Visitor(context.new_page(), live_server.url)
    context.close()


class Visitor:
    """Opens pages and records what ran or loaded that the site did not write."""

    def __init__(self, page, origin):
        self.page, self.origin = page, origin
        self.dialogs, self.elsewhere = [], []
        page.on("dialog", self.record_dialog)
        page.on("request", self.record_request)

    def record_dialog(self, dialog):
        self.dialogs.append((self.page.url, dialog.type, dialog.message))
        dialog.dismiss()

    def record_request(self, request):
        # The site loads nothing from elsewhere, so such a request came from a payload.
        if not request.url.startswith(self.origin + "/"):
            self.elsewhere.append(request.url)

    def problems(self, address):
        """Return what could run code on the page at ``address``, once it has loaded."""
        response = self.page.goto(self.origin + address)
        assert response.status == 200, address
        # Handlers such as ontoggle and a video's onerror may fire after the load event.
        self.page.wait_for_timeout(50)
        return self.page.evaluate(INSPECT)


def test_the_check_sees_payloads_that_get_through(visitor):
    """Served unescaped, with the site's CSP, the payloads run and the check says so."""
    policy = visitor.page.request.get(visitor.origin + "/").headers["content-security-policy"]
    served = {}
    visitor.page.route(
        visitor.origin + "/unescaped/",
        lambda route: route.fulfill(
            content_type="text/html; charset=utf-8",
            headers={"Content-Security-Policy": policy},
            body=f"<!doctype html><title>Unescaped</title><p>{served['payload']}</p>",
        ),
    )
    live, seen = [], set()
    for payload in PAYLOADS:
        served["payload"] = payload
        dialogs = len(visitor.dialogs)
        problems = visitor.problems("/unescaped/")
        seen.update(problems)
        if problems or len(visitor.dialogs) > dialogs:
            live.append(payload)
    # Dialogs open although the CSP forbids inline scripts: the visitor ignores it.
    assert visitor.dialogs
    assert {"window.__xss is set", "an element #xss-injected"} <= seen
    assert len(live) >= 40, f"only {len(live)} payloads would run or show unescaped"


def test_no_payload_runs_on_any_page(visitor, hostile_site):
    failures = {}
    for address, payload in hostile_site.items():
        problems = visitor.problems(address)
        if problems:
            failures[f"{address} ({payload!r})"] = problems
    assert failures == {}
    assert visitor.dialogs == []
    assert visitor.elsewhere == []
