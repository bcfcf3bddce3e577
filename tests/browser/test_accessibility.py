"""Accessibility gate: axe-core finds no serious or critical violations on the main pages,
at desktop and phone widths.

axe-core comes from the npm registry, pinned in package.json; run `npm ci` first.
"""

from pathlib import Path

import pytest

from postings.models import JobPosting

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not AXE.exists(), reason=f"axe-core is not installed at {AXE}: run `npm ci` first"
    ),
]

VIEWPORTS = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "phone": {"viewport": {"width": 375, "height": 740}, "is_mobile": True},
}

# Name: (path, expected status). The job page's path is looked up once the demo content
# is loaded; an invalid filter answers 400 and shows the error box.
PAGES = {
    "home": ("/", 200),
    "comparison": ("/insights/data-scientist-vs-lead-machine-learning-engineer/", 200),
    "filtered jobs": (
        "/jobs/?seniority=senior&workplace=remote&min_salary=50000&currency=USD",
        200,
    ),
    "jobs from germany": ("/jobs/?workplace=remote&country=DE&sort=salary", 200),
    "jobs with a filter error": ("/jobs/?seniority=senior&min_salary=abc", 400),
    "job": (None, 200),
    "salaries": ("/salaries/data-scientist/", 200),
    "job alert": ("/alerts/new/?seniority=senior&workplace=remote", 200),
    "company": ("/companies/tessellate-labs/", 200),
    "employer sign-up": ("/accounts/signup/", 200),
    "not found": ("/nope/", 404),
}

BLOCKING = {"serious", "critical"}


@pytest.fixture(params=VIEWPORTS, ids=VIEWPORTS)
def audit_page(browser, request):
    # The site's Content-Security-Policy allows only its own scripts (script-src 'self'),
    # which would block the injected axe-core; bypass it for this audit only.
    context = browser.new_context(bypass_csp=True, **VIEWPORTS[request.param])
    yield context.new_page()
    context.close()


def job_path():
    posting = (
        JobPosting.objects.visible()
        .filter(role__slug="data-scientist", salary_min__isnull=False)
        .order_by("-is_featured", "-published_at")
        .first()
    )
    return posting.get_absolute_url()


def describe(violations):
    lines = []
    for violation in violations:
        targets = ", ".join(" ".join(map(str, node["target"])) for node in violation["nodes"])
        lines.append(
            f"{violation['id']} ({violation['impact']}): {violation['help']}\n    on {targets}"
        )
    return "\n".join(lines)


@pytest.mark.parametrize("name", PAGES)
def test_no_serious_accessibility_violations(live_server, demo_content, audit_page, name):
    path, status = PAGES[name]
    path = path or job_path()
    response = audit_page.goto(live_server.url + path)
    assert response.status == status, f"{path} answered {response.status}"
    audit_page.add_script_tag(path=str(AXE))
    results = audit_page.evaluate(
        "async () => await axe.run(document, {resultTypes: ['violations']})"
    )
    blocking = [v for v in results["violations"] if v["impact"] in BLOCKING]
    assert not blocking, f"axe-core on {path}:\n{describe(blocking)}"
