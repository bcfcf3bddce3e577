"""The fault drill: the site under gunicorn (two workers, DEBUG off) with a database and
a Redis of its own, under a steady load over its public pages, while its dependencies
fail one after another:

1. Redis stops;            4. Redis comes back;
2. Redis comes back;       5. a gunicorn worker is killed (SIGKILL);
3. Redis hangs (a listener that accepts and never answers);
6. the database ends every connection of the site (pg_terminate_backend).

No public page may answer 5xx in any phase, pages must be back at cached speed once
Redis answers again, and every exchange rate an editor saves in admin during the faults
must be in the database afterwards. The figures are written to
test-artifacts/fault-drill.json. Then the database the drill wrote to goes through
pg_dump and pg_restore into a fresh database and must come back row for row.
"""

import json
import shutil
import subprocess
import time
from pathlib import Path

import dj_database_url
import pytest
from django.conf import settings

from tests.drill import (
    PUBLIC_PAGES,
    ROOT,
    UNCACHED_PAGES,
    Editor,
    Load,
    Site,
    median_ms,
    run_sql,
    with_database,
)
from tests.servers import REDIS_SERVER, HangingListener, RedisServer

pytestmark = pytest.mark.fault

PHASE_SECONDS = 4


@pytest.fixture(scope="module")
def postgres_url():
    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip(
            "The fault drill serves the site from PostgreSQL, as production does: run it with "
            "DATABASE_URL=postgres://…"
        )
    if REDIS_SERVER is None:
        pytest.skip("The fault drill starts a Redis of its own: apt-get install redis-server")
    url = dj_database_url.parse(f"postgres://{database['USER'] or 'postgres'}@x/x")
    host, port = database["HOST"] or "127.0.0.1", database["PORT"] or 5432
    password = f":{database['PASSWORD']}" if database["PASSWORD"] else ""
    base = f"postgres://{url['USER']}{password}@{host}:{port}/"
    # Named after the suite's own database (test_jobboard → jobboard_fault), so runs from
    # different checkouts on one server keep apart.
    name = database["NAME"].removeprefix("test_") + "_fault"
    return with_database(base, name)


@pytest.fixture(scope="module")
def drill(postgres_url, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("fault-drill")
    redis = RedisServer().start()
    site = Site(postgres_url, redis.url, workdir, workers=2, env={"CACHE_RETRY_SECONDS": "1"})
    try:
        site.create()
        site.start()
        yield site, redis
    finally:
        site.stop()
        redis.stop()
        site.drop()


def rate_pk(site, currency):
    return site.sql("SELECT id FROM postings_exchangerate WHERE currency = %s", currency)[0][0]


def stored_rate(site, currency):
    rows = site.sql(
        "SELECT units_per_usd::text FROM postings_exchangerate WHERE currency = %s", currency
    )
    return rows[0][0]


def test_public_pages_survive_every_fault(drill):
    site, redis = drill
    hanging = None
    editor = Editor(site.base)
    editor.log_in()
    chf = rate_pk(site, "CHF")
    writes = {}  # phase: (value saved, status)

    def save(phase, value):
        writes[phase] = (value, editor.save_rate(chf, value))

    # Warm every page once, so the baseline measures cached pages.
    warm = Load(site.base, PUBLIC_PAGES, threads=1, max_requests=len(PUBLIC_PAGES) * 2)
    warm.start()
    warm.stop()

    load = Load(site.base, PUBLIC_PAGES, threads=3, uncached=UNCACHED_PAGES, max_seconds=90)
    load.set_phase("baseline")
    load.start()
    try:
        time.sleep(PHASE_SECONDS)

        load.set_phase("redis stopped")
        redis.stop()
        time.sleep(1)
        save("redis stopped", "0.910001")
        time.sleep(PHASE_SECONDS - 1)

        load.set_phase("redis back")
        redis.start()
        time.sleep(PHASE_SECONDS)

        load.set_phase("redis hung")
        redis.stop()
        hanging = HangingListener(redis.port).start()
        time.sleep(1)
        save("redis hung", "0.910002")
        time.sleep(PHASE_SECONDS - 1)

        load.set_phase("redis back again")
        hanging.stop()
        hanging = None
        redis.start()
        time.sleep(PHASE_SECONDS)

        load.set_phase("worker killed")
        killed = site.kill_worker()
        time.sleep(PHASE_SECONDS)

        load.set_phase("database connections ended")
        ended = 0
        for _ in range(4):
            ended += site.terminate_connections()
            time.sleep(0.5)
        save("database connections ended", "0.910003")
        time.sleep(PHASE_SECONDS - 2)

        load.set_phase("after")
        time.sleep(PHASE_SECONDS)
    finally:
        load.stop()
        if hanging:
            hanging.stop()

    public = set(PUBLIC_PAGES)
    phases = load.summary(pages=public)
    everything = load.summary()
    # The second half of each phase, once Redis has answered again and pages are cached.
    cached = {}
    for phase in ("baseline", "redis stopped", "redis back", "redis hung", "redis back again",
                  "after"):  # fmt: skip
        latencies = load.latencies(phase, pages=public)
        cached[phase] = median_ms(latencies[len(latencies) // 2 :])
    figures = {
        "public_pages": phases,
        "all_requests": everything,
        "public_p50_ms_second_half": cached,
        "writes": writes,
        "killed_worker": killed,
        "database_connections_ended": ended,
    }
    artifacts = ROOT / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    (artifacts / "fault-drill.json").write_text(json.dumps(figures, indent=2) + "\n")
    print(json.dumps(figures, indent=2))

    for phase, figures_of_phase in everything.items():
        assert figures_of_phase["5xx"] == 0, (phase, figures_of_phase, site.errors_logged()[-3000:])
        # A killed worker takes the one request it was answering with it, nothing more.
        allowed = 1 if phase == "worker killed" else 0
        assert figures_of_phase["connection_errors"] <= allowed, (phase, figures_of_phase)
    assert all(phases[phase]["requests"] > 20 for phase in phases), phases

    # Back at cached speed once Redis answers: within twice the baseline, give or take the
    # noise of a shared machine.
    for phase in ("redis back", "redis back again", "after"):
        assert cached[phase] <= 2 * cached["baseline"] + 10, (phase, cached)

    # Every save was answered as a success, and the last one is what the database holds.
    for phase, (_, status) in writes.items():
        assert status == 302, (phase, status)
    assert stored_rate(site, "CHF") == "0.910003"
    changes = site.sql(
        "SELECT count(*) FROM django_admin_log WHERE object_id = %s AND action_flag = 2",
        str(chf),
    )
    assert changes == [(3,)]
    assert ended >= 2


def test_every_worker_is_back_after_the_drill(drill):
    site, _ = drill
    assert len(site.worker_pids()) == 2
    shutil.rmtree(Path(site.env["STATIC_ROOT"]), ignore_errors=True)


# Backups: the database the drill wrote to, through pg_dump and pg_restore into a fresh
# database, comes back row for row.

PG_DUMP, PG_RESTORE = shutil.which("pg_dump"), shutil.which("pg_restore")


def table_counts(site, url=None):
    tables = site.sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
    )
    counts = {}
    for (table,) in tables:
        statement = f'SELECT count(*) FROM "{table}"'
        rows = run_sql(url, statement) if url else site.sql(statement)
        counts[table] = rows[0][0]
    return counts


POSTINGS_CHECKSUM = (
    "SELECT count(*), md5(string_agg(p::text, '|' ORDER BY p.id)) FROM postings_jobposting p"
)


@pytest.mark.skipif(not (PG_DUMP and PG_RESTORE), reason="pg_dump and pg_restore are not installed")
def test_a_dump_restores_every_row(drill, tmp_path):
    site, _ = drill
    dump = tmp_path / "jobboard.dump"
    subprocess.run([PG_DUMP, "--format=custom", "--file", str(dump), site.database_url],
                   check=True)  # fmt: skip
    restored_name = f"{site.database}_restored"
    restored = with_database(site.database_url, restored_name)
    site.admin_sql(f'DROP DATABASE IF EXISTS "{restored_name}" WITH (FORCE)')
    site.admin_sql(f'CREATE DATABASE "{restored_name}"')
    try:
        subprocess.run([PG_RESTORE, "--no-owner", "--exit-on-error", "--dbname", restored,
                        str(dump)], check=True)  # fmt: skip
        original = table_counts(site)
        assert original["postings_jobposting"] >= 80
        assert original["django_admin_log"] >= 3
        assert table_counts(site, restored) == original
        assert run_sql(restored, POSTINGS_CHECKSUM) == site.sql(POSTINGS_CHECKSUM)
    finally:
        site.admin_sql(f'DROP DATABASE IF EXISTS "{restored_name}" WITH (FORCE)')
