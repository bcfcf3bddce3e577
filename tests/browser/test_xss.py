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
import time

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
  // No template writes these (the salary chart is the site's one <svg>, the job list's
  // filter panel its one <details>).
  const foreign = `iframe, frame, frameset, object, embed, applet, base, meta[http-equiv], style,
    img, video, audio, source, math, marquee, noscript, template, textarea, plaintext, xmp,
    details:not(aside.filters-aside > details.filters-panel), svg:not(figure.chart > svg)`;
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


# Handlers such as ontoggle and a video's onerror may fire after the load event: a page
# is inspected no sooner than this after it has loaded.
SETTLE_MS = 50


@pytest.fixture
def visitor(browser, live_server):
    # The same context as the ``page`` fixture's, but ignoring the pages' CSP.
    context = browser.new_context(viewport={"width": 1280, "height": 800}, bypass_csp=True)
    yield Visitor(context, live_server.url)
    context.close()


class Visitor:
    """Opens pages and records what ran or loaded that the site did not write."""

    def __init__(self, context, origin):
        self.context, self.origin = context, origin
        self.dialogs, self.elsewhere = [], []
        self.navigations = {}
        self.page = self.new_tab()

    def new_tab(self):
        page = self.context.new_page()
        self.navigations[page] = 0
        page.on("dialog", lambda dialog: self.record_dialog(page, dialog))
        page.on("request", self.record_request)
        page.on("framenavigated", lambda frame: self.record_navigation(page, frame))
        return page

    def record_dialog(self, page, dialog):
        self.dialogs.append((page.url, dialog.type, dialog.message))
        dialog.dismiss()

    def record_request(self, request):
        # The site loads nothing from elsewhere, so such a request came from a payload.
        if not request.url.startswith(self.origin + "/"):
            self.elsewhere.append(request.url)

    def record_navigation(self, page, frame):
        if frame == page.main_frame:
            self.navigations[page] += 1

    def open(self, page, address):
        """Load ``address`` in ``page``; return what inspect() needs to check it later."""
        response = page.goto(self.origin + address)
        assert response.status == 200, address
        return page, page.url, self.navigations[page], time.monotonic()

    def inspect(self, page, url, navigations, loaded_at):
        """Return what could run code on a page open() loaded, SETTLE_MS after its load."""
        waited_ms = (time.monotonic() - loaded_at) * 1000
        if waited_ms < SETTLE_MS:
            page.wait_for_timeout(SETTLE_MS - waited_ms)
        problems = page.evaluate(INSPECT)
        if self.navigations[page] != navigations:
            problems.append(f"the page left {url} for {page.url} on its own")
        return problems

    def problems_of_each(self, addresses):
        """Return {address: what could run code on its page, once loaded and settled}.

        Two tabs take turns: each page settles while the next one loads, rather than
        with nothing else to do."""
        tabs = [self.page, self.new_tab()]
        found, settling = {}, None
        for index, address in enumerate(addresses):
            loaded = self.open(tabs[index % 2], address)
            if settling:
                found[settling[0]] = self.inspect(*settling[1])
            settling = (address, loaded)
        if settling:
            found[settling[0]] = self.inspect(*settling[1])
        return found


def test_the_check_sees_payloads_that_get_through(visitor):
    """Served unescaped, with the site's CSP, the payloads run and the check says so."""
    policy = visitor.page.request.get(visitor.origin + "/").headers["content-security-policy"]
    addresses = {f"/unescaped/{number}/": payload for number, payload in enumerate(PAYLOADS)}

    def serve(route):
        payload = addresses[route.request.url.removeprefix(visitor.origin)]
        route.fulfill(
            content_type="text/html; charset=utf-8",
            headers={"Content-Security-Policy": policy},
            body=f"<!doctype html><title>Unescaped</title><p>{payload}</p>",
        )

    visitor.context.route(visitor.origin + "/unescaped/*/", serve)
    found = visitor.problems_of_each(addresses)
    dialog_pages = {url for url, _, _ in visitor.dialogs}
    live = [
        payload
        for address, payload in addresses.items()
        if found[address] or visitor.origin + address in dialog_pages
    ]
    seen = set().union(*found.values())
    # Dialogs open although the CSP forbids inline scripts: the visitor ignores it.
    assert visitor.dialogs
    assert {"window.__xss is set", "an element #xss-injected"} <= seen
    assert len(live) >= 40, f"only {len(live)} payloads would run or show unescaped"


def test_no_payload_runs_on_any_page(visitor, hostile_site):
    failures = {}
    for address, problems in visitor.problems_of_each(hostile_site).items():
        if problems:
            failures[f"{address} ({hostile_site[address]!r})"] = problems
    assert failures == {}
    assert visitor.dialogs == []
    assert visitor.elsewhere == []
