"""The site as production runs it, on this machine, for fault drills and soak runs.

``Site`` builds a PostgreSQL database of its own (migrated, with the demo content and a
superuser), gathers the static files, and serves it with gunicorn (gunicorn.conf.py, DEBUG
off, plain http) against a Redis given by address. ``Load`` sends requests to public
pages from a few threads and records every answer by phase; ``Editor`` signs in to admin
and saves exchange rates, a write through the write path that asks for fresh pages once
it commits. Everything stays on 127.0.0.1 and every loop is bounded in count and time.

Used by tests/fault/test_outages.py and bench/soak.py.
"""

import os
import secrets
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import requests
from bs4 import BeautifulSoup

from tests.servers import free_port, wait_for_port

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
EDITOR = ("drill-editor", "drill-" + secrets.token_urlsafe(12))

# Public pages of the demo content, all cached when Redis answers, and two that always
# read the database: a search with a new word each time, and the health check.
PUBLIC_PAGES = [
    "/",
    "/insights/",
    "/insights/data-scientist-vs-lead-machine-learning-engineer/",
    "/roles/",
    "/roles/data-scientist/",
    "/jobs/",
    "/jobs/?seniority=senior&workplace=remote",
    "/salaries/",
    "/salaries/data-scientist/",
    "/jobs/feed/",
    "/insights/feed/",
    "/sitemap.xml",
]
UNCACHED_PAGES = ["/jobs/?q=engineer+{n}", "/healthz"]


def run_sql(url, statement, params=()):
    with psycopg.connect(url, autocommit=True) as connection:
        cursor = connection.execute(statement, params)
        return cursor.fetchall() if cursor.description else []


def maintenance_url(database_url):
    """Return the address of the server's "postgres" database, beside ``database_url``."""
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(path="/postgres"))


def with_database(database_url, name):
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(path=f"/{name}"))


class Site:
    """A migrated, seeded database of its own, served by gunicorn."""

    def __init__(self, database_url, redis_url, workdir, workers=2, env=None):
        self.database_url = database_url
        self.database = urlsplit(database_url).path.lstrip("/")
        self.redis_url = redis_url
        self.workdir = Path(workdir)
        self.port = free_port()
        self.server = None
        self.log = self.workdir / "gunicorn.log"
        self.env = {
            **os.environ,
            # The site's own settings, not the test suite's (which pytest-django names in
            # the environment it passes on).
            "DJANGO_SETTINGS_MODULE": "jobboard.settings",
            "DATABASE_URL": database_url,
            "DEBUG": "false",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            # Plain http on this machine, as `make serve` runs it.
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_COOKIES": "false",
            "SECURE_HSTS_SECONDS": "0",
            "REDIS_URL": redis_url,
            "CACHE_SECONDS": "300",
            "TASKS_BACKEND": "database",
            "STATIC_ROOT": str(self.workdir / "static"),
            "MEDIA_ROOT": str(self.workdir / "media"),
            "BIND": f"127.0.0.1:{self.port}",
            "WEB_CONCURRENCY": str(workers),
            "GUNICORN_ACCESS_LOG": "",
            "GUNICORN_CONTROL_SOCKET": str(self.workdir / "gunicorn.ctl"),
            "LOG_LEVEL": "WARNING",
            **(env or {}),
        }

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def admin_sql(self, statement, *params):
        """Run a statement in the server's "postgres" database; return its rows, if any."""
        return run_sql(maintenance_url(self.database_url), statement, params)

    def sql(self, statement, *params):
        return run_sql(self.database_url, statement, params)

    def create(self):
        """Create the database afresh, migrate it, load the demo content and an editor,
        and gather the static files."""
        self.drop()
        self.admin_sql(f'CREATE DATABASE "{self.database}"')
        collect = self.manage_async("collectstatic", "--noinput", "-v0")
        self.manage("migrate", "--noinput", "-v0")
        self.manage("seed_demo")
        self.manage("createsuperuser", "--noinput", "--username", EDITOR[0],
                    "--email", "drill@example.com",
                    env={"DJANGO_SUPERUSER_PASSWORD": EDITOR[1]})  # fmt: skip
        if collect.wait(timeout=120):
            raise RuntimeError("collectstatic failed")

    def drop(self):
        self.admin_sql(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')

    def manage(self, *args, env=None):
        subprocess.run(
            [PYTHON, "manage.py", *args], cwd=ROOT, env={**self.env, **(env or {})},
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip

    def manage_async(self, *args):
        return subprocess.Popen(
            [PYTHON, "manage.py", *args], cwd=ROOT, env=self.env, stdout=subprocess.DEVNULL
        )

    def start(self):
        self.server = subprocess.Popen(
            [GUNICORN, "jobboard.wsgi"], cwd=ROOT, env=self.env,
            stdout=subprocess.DEVNULL, stderr=self.log.open("ab"), start_new_session=True,
        )  # fmt: skip
        wait_for_port(self.port, seconds=60)
        deadline = time.monotonic() + 60
        while len(self.worker_pids()) < int(self.env["WEB_CONCURRENCY"]):
            if time.monotonic() > deadline:
                raise RuntimeError("gunicorn's workers did not start")
            time.sleep(0.1)

    def stop(self):
        if self.server and self.server.poll() is None:
            os.killpg(self.server.pid, signal.SIGTERM)
            try:
                self.server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.server.pid, signal.SIGKILL)
                self.server.wait(timeout=10)

    def worker_pids(self):
        """Return the pids of gunicorn's workers (the arbiter's children)."""
        path = Path(f"/proc/{self.server.pid}/task/{self.server.pid}/children")
        try:
            return [int(pid) for pid in path.read_text().split()]
        except FileNotFoundError:
            return []

    def kill_worker(self):
        """SIGKILL one worker, as the kernel's OOM killer would; return its pid."""
        pid = self.worker_pids()[0]
        os.kill(pid, signal.SIGKILL)
        return pid

    def terminate_connections(self):
        """End every server process of the site's database but our own, as a database
        restart or failover would; return how many were ended."""
        rows = self.admin_sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            self.database,
        )
        return sum(1 for (ended,) in rows if ended)

    def errors_logged(self):
        return self.log.read_text(errors="replace") if self.log.exists() else ""


class Load:
    """Requests from ``threads`` threads over ``pages`` until stopped (or ``max_requests``
    or ``max_seconds`` are reached), each answer recorded under the current phase."""

    def __init__(self, base, pages, threads=3, max_requests=100_000, max_seconds=900,
                 uncached=(), uncached_pause=0.1, timeout=15):  # fmt: skip
        self.base = base
        self.pages = pages
        self.uncached = list(uncached)
        self.uncached_pause = uncached_pause
        self.threads = [threading.Thread(target=self._run, args=(n,)) for n in range(threads)]
        if self.uncached:
            # One more thread for pages that always read the database, at a modest pace.
            self.threads.append(threading.Thread(target=self._run, args=(threads, True)))
        self.max_requests = max_requests
        self.max_seconds = max_seconds
        self.timeout = timeout
        self.phase = "start"
        self.records = []  # (phase, url, status or None, seconds, error)
        self.lock = threading.Lock()
        self.stopped = threading.Event()

    def start(self):
        self.started = time.monotonic()
        for thread in self.threads:
            thread.start()
        return self

    def stop(self):
        self.stopped.set()
        for thread in self.threads:
            thread.join(timeout=self.timeout + 5)

    def set_phase(self, phase):
        self.phase = phase

    def _run(self, number, uncached=False):
        session = requests.Session()
        count = number
        while not self.stopped.is_set():
            if len(self.records) >= self.max_requests:
                break
            if time.monotonic() - self.started > self.max_seconds:
                break
            count += 1
            if uncached:
                path = self.uncached[count % len(self.uncached)].format(n=count)
            else:
                path = self.pages[count % len(self.pages)]
            started = time.perf_counter()
            try:
                response = session.get(self.base + path, timeout=self.timeout)
                status, error = response.status_code, ""
            except requests.RequestException as exc:
                status, error = None, type(exc).__name__
                session = requests.Session()
            seconds = time.perf_counter() - started
            with self.lock:
                # Counted in the phase the answer came in: the fault it met.
                self.records.append((self.phase, path, status, seconds, error))
            if uncached:
                self.stopped.wait(self.uncached_pause)

    def summary(self, phases=None, pages=None):
        """Return {phase: {requests, 5xx, other_errors, connection_errors, p50_ms, p99_ms}}."""
        grouped = defaultdict(list)
        with self.lock:
            records = list(self.records)
        for record in records:
            if pages is None or record[1] in pages:
                grouped[record[0]].append(record)
        result = {}
        for phase, rows in grouped.items():
            if phases and phase not in phases:
                continue
            times = sorted(row[3] for row in rows)
            result[phase] = {
                "requests": len(rows),
                "5xx": sum(1 for row in rows if row[2] and row[2] >= 500),
                "other_errors": sum(1 for row in rows if row[2] and 400 <= row[2] < 500),
                "connection_errors": sum(1 for row in rows if row[2] is None),
                "p50_ms": round(percentile(times, 0.5) * 1000, 1),
                "p99_ms": round(percentile(times, 0.99) * 1000, 1),
                "failed": sorted({f"{row[1]} {row[2] or row[4]}" for row in rows
                                  if row[2] is None or row[2] >= 500})[:10],
            }  # fmt: skip
        return result

    def latencies(self, phase, pages=None):
        with self.lock:
            return [
                row[3]
                for row in self.records
                if row[0] == phase and (pages is None or row[1] in pages)
            ]


def percentile(ordered, fraction):
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def median_ms(values):
    return round(statistics.median(values) * 1000, 1) if values else None


class Editor:
    """An editor in admin: signs in once, then saves exchange rates."""

    def __init__(self, base):
        self.base = base
        self.session = requests.Session()

    def _form(self, path):
        response = self.session.get(self.base + path, timeout=30)
        response.raise_for_status()
        page = BeautifulSoup(response.text, "html.parser")
        return page, page.select_one("input[name=csrfmiddlewaretoken]")["value"]

    def log_in(self):
        _, token = self._form("/admin/login/")
        response = self.session.post(
            self.base + "/admin/login/",
            {"csrfmiddlewaretoken": token, "username": EDITOR[0], "password": EDITOR[1],
             "next": "/admin/"},
            timeout=30, allow_redirects=False,
        )  # fmt: skip
        if response.status_code != 302:
            raise RuntimeError(f"could not sign in: {response.status_code}")

    def save_rate(self, pk, units_per_usd):
        """Save exchange rate ``pk`` with a new value; return the answer's status."""
        path = f"/admin/postings/exchangerate/{pk}/change/"
        try:
            page, token = self._form(path)
            data = {"csrfmiddlewaretoken": token, "_save": "Save"}
            for field in page.select("#exchangerate_form input, #exchangerate_form select"):
                name = field.get("name")
                if name and name not in data and field.get("type") != "submit":
                    data[name] = field.get("value", "")
            data["units_per_usd"] = str(units_per_usd)
            response = self.session.post(self.base + path, data, timeout=30, allow_redirects=False)
        except requests.RequestException as exc:
            return type(exc).__name__
        return response.status_code
