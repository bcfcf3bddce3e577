"""HTML gate: the W3C Nu HTML Checker (vnu.jar) finds no errors in the pages the site
renders.

vnu.jar comes from the npm package vnu-jar, pinned in package.json; run `npm ci` first.
It runs on the machine's Java, once for all pages, since each JVM start costs seconds.
"""

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from bs4 import BeautifulSoup

from postings.models import JobPosting

VNU = (
    Path(__file__).resolve().parents[1] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
)
JAVA = shutil.which("java")

# Not a browser test: it runs with the rest of the suite wherever java and the jar are.
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not JAVA, reason="No java on PATH: install a JRE (17+) to run vnu.jar"),
    pytest.mark.skipif(
        not VNU.exists(), reason=f"vnu-jar is not installed at {VNU}: run `npm ci` first"
    ),
]

# Name (also the file name vnu reports): (path, expected status). None stands for a job
# page, looked up once the demo content is loaded.
PAGES = {
    "home": ("/", 200),
    "comparison": ("/insights/data-scientist-vs-lead-machine-learning-engineer/", 200),
    "jobs-filtered": (
        "/jobs/?seniority=senior&workplace=remote&min_salary=50000&currency=USD",
        200,
    ),
    "jobs-from-germany": ("/jobs/?workplace=remote&country=DE", 200),
    "jobs-filter-error": ("/jobs/?seniority=senior&min_salary=abc", 400),
    "job": (None, 200),
    "job-expired": (None, 200),
    "salaries": ("/salaries/", 200),
    "salaries-role": ("/salaries/data-scientist/", 200),
    "roles": ("/roles/", 200),
    "role": ("/roles/data-scientist/", 200),
    "insights": ("/insights/", 200),
    "insights-filter-error": ("/insights/?role=no-such-role", 400),
    "salaries-filter-error": ("/salaries/data-scientist/?currency=XYZ", 400),
    "alert-new": ("/alerts/new/?seniority=senior&workplace=remote", 200),
    "company": ("/companies/tessellate-labs/", 200),
    "sign-up": ("/accounts/signup/", 200),
    "sign-in": ("/accounts/login/", 200),
    "not-found": ("/nope/", 404),
}


# Errors whose fix lies outside the templates: (page, start of vnu's message) -> the fix.
# An entry that no longer matches fails the test, so it goes away with its fix.
def job_paths():
    """Return the paths of a visible demo posting and of an expired one."""
    visible = (
        JobPosting.objects.visible()
        .filter(role__slug="data-scientist", salary_min__isnull=False)
        .order_by("-is_featured", "-published_at")
        .first()
    )
    expired = JobPosting.objects.filter(status=JobPosting.Status.EXPIRED).order_by("pk").first()
    return {"job": visible.get_absolute_url(), "job-expired": expired.get_absolute_url()}


def dangling_references(html):
    """Return the ids that labels and ARIA attributes point to but the page lacks.

    vnu does not check these; Django points an invalid input's aria-describedby at
    "<id>_error", which the template must then render.
    """
    soup = BeautifulSoup(html, "html.parser")
    ids = {element["id"] for element in soup.find_all(id=True)}
    missing = []
    for attribute in ("for", "aria-describedby", "aria-labelledby", "aria-controls"):
        for element in soup.find_all(attrs={attribute: True}):
            value = element[attribute]
            refs = value if isinstance(value, list) else value.split()
            missing += [f'<{element.name} {attribute}="{ref}">' for ref in refs if ref not in ids]
    return missing


def test_pages_are_valid_html(client, demo_content, tmp_path):
    looked_up = job_paths()
    pages = {}  # file name -> (page name, path)
    problems = []
    for name, (path, status) in PAGES.items():
        path = path or looked_up[name]
        response = client.get(path)
        assert response.status_code == status, f"{path} answered {response.status_code}"
        (tmp_path / f"{name}.html").write_bytes(response.content)
        problems += [
            f"{path}: nothing has the id in {ref}"
            for ref in dangling_references(response.content.decode())
        ]
        pages[f"{name}.html"] = (name, path)

    result = subprocess.run(
        [JAVA, "-jar", str(VNU), "--errors-only", "--format", "json", *pages],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    # vnu writes its JSON report to stderr, and exits 1 when it found errors.
    try:
        messages = json.loads(result.stderr)["messages"]
    except ValueError:
        pytest.fail(f"vnu.jar exited {result.returncode}: {result.stderr or result.stdout}")

    for message in messages:
        file = Path(unquote(urlparse(message.get("url", "")).path)).name
        _, path = pages.get(file, (None, message.get("url", "?")))
        extract = message.get("extract", "").strip()
        problems.append(
            f"{path} ({file}) line {message.get('lastLine', '?')}: {message['message']}"
            + (f"\n    {extract}" if extract else "")
        )
    assert not problems, "vnu.jar found HTML errors:\n" + "\n".join(problems)
