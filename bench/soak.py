"""Soak the site: a steady load for a long while, one editor's write every second, and one
cache outage in the middle.

    make soak                                   # 10 minutes
    .venv/bin/python bench/soak.py --minutes 1  # a short run

The site runs as production does (gunicorn.conf.py, DEBUG off, plain http on 127.0.0.1)
on a PostgreSQL database of its own, created afresh with the demo content
(SOAK_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/jobboard_soak, dropped
afterwards unless --keep), against a redis-server of its own on a spare port. A few
threads request the public pages without pause (and one thread, at a modest pace, a
search with a new word each time and /healthz); an editor signed in to admin saves an
exchange rate once a second, through the write path that re-normalizes its postings and
makes cached pages fresh. In the middle Redis is stopped for a while, then started again.

It prints p50/p99 latency and error counts before, during and after the outage, and for
the writes, and writes bench/soak-results.json. It is a measurement; the fault drill in
tests/fault/ is the test.
"""

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.drill import PUBLIC_PAGES, UNCACHED_PAGES, Editor, Load, Site  # noqa: E402
from tests.servers import REDIS_SERVER, RedisServer  # noqa: E402

RESULTS = Path(__file__).with_name("soak-results.json")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10, help="length of the run")
    parser.add_argument("--threads", type=int, default=3, help="threads requesting pages")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument(
        "--outage-seconds", type=float, default=None,
        help="how long Redis is down in the middle (default: a tenth of the run, 6 to 60 s)",
    )  # fmt: skip
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args()
    if REDIS_SERVER is None:
        sys.exit("redis-server is needed: apt-get install redis-server")

    duration = args.minutes * 60
    outage = args.outage_seconds or min(60.0, max(6.0, duration / 10))
    outage_start = (duration - outage) / 2
    database = os.environ.get(
        "SOAK_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/jobboard_soak"
    )

    redis = RedisServer().start()
    workdir = Path(tempfile.mkdtemp(prefix="soak-"))
    site = Site(database, redis.url, workdir, workers=args.workers)
    print(f"Preparing {site.database} (migrate, demo content, static files)…", flush=True)
    site.create()
    site.start()
    try:
        result = soak(site, redis, args, duration, outage_start, outage)
    finally:
        site.stop()
        redis.stop()
        if not args.keep:
            site.drop()
        shutil.rmtree(workdir, ignore_errors=True)
    result["config"].update(database=site.database, workers=args.workers)
    report(result)


def soak(site, redis, args, duration, outage_start, outage):
    editor = Editor(site.base)
    editor.log_in()
    rate = site.sql("SELECT id FROM postings_exchangerate WHERE currency = 'CHF'")[0][0]
    writes = []  # (phase, status, seconds)
    load = Load(
        site.base, PUBLIC_PAGES, threads=args.threads, uncached=UNCACHED_PAGES,
        max_requests=5_000_000, max_seconds=duration + 30,
    )  # fmt: skip
    stopped = threading.Event()

    def write_every_second():
        number = 0
        while not stopped.is_set():
            started = time.perf_counter()
            number += 1
            value = f"0.9{number % 1000:03d}"
            phase = load.phase
            status = editor.save_rate(rate, value)
            writes.append((phase, status, time.perf_counter() - started))
            stopped.wait(max(0.0, 1.0 - (time.perf_counter() - started)))

    writer = threading.Thread(target=write_every_second)
    load.set_phase("before the outage")
    began = time.monotonic()
    load.start()
    writer.start()
    try:
        wait_until(began + outage_start)
        print(f"{time.monotonic() - began:6.0f} s  Redis stops for {outage:.0f} s", flush=True)
        load.set_phase("cache outage")
        redis.stop()
        wait_until(began + outage_start + outage)
        redis.start()
        load.set_phase("after the outage")
        print(f"{time.monotonic() - began:6.0f} s  Redis is back", flush=True)
        wait_until(began + duration)
    finally:
        stopped.set()
        load.stop()
        writer.join(timeout=60)

    phases = load.summary()
    public = load.summary(pages=set(PUBLIC_PAGES))
    overall = {
        "requests": sum(phase["requests"] for phase in phases.values()),
        "5xx": sum(phase["5xx"] for phase in phases.values()),
        "connection_errors": sum(phase["connection_errors"] for phase in phases.values()),
    }
    stored = site.sql(
        "SELECT count(*) FROM django_admin_log WHERE object_id = %s AND action_flag = 2",
        str(rate),
    )[0][0]
    return {
        "config": {
            "minutes": args.minutes,
            "threads": args.threads,
            "outage_start_s": round(outage_start, 1),
            "outage_seconds": outage,
            "machine": {"cores": os.cpu_count(), "python": platform.python_version()},
            "load_average_at_end": os.getloadavg(),
        },
        "overall": overall,
        "phases": phases,
        "public_pages": public,
        "writes": summarize_writes(writes, stored),
    }


def summarize_writes(writes, stored):
    by_phase = {}
    for phase in dict.fromkeys(row[0] for row in writes):
        rows = [row for row in writes if row[0] == phase]
        times = sorted(row[2] for row in rows)
        by_phase[phase] = {
            "writes": len(rows),
            "failed": sum(1 for row in rows if row[1] != 302),
            "p50_ms": round(statistics.median(times) * 1000, 1),
            "p99_ms": round(times[min(len(times) - 1, int(0.99 * len(times)))] * 1000, 1),
        }
    return {
        "writes": len(writes),
        "answered_302": sum(1 for row in writes if row[1] == 302),
        "recorded_by_admin": stored,
        "phases": by_phase,
    }


def wait_until(moment):
    while (left := moment - time.monotonic()) > 0:
        time.sleep(min(left, 1.0))


def report(result):
    print()
    print(f"{'phase':20} {'requests':>9} {'5xx':>5} {'conn err':>8} {'p50 ms':>8} {'p99 ms':>8}")
    for name, phase in result["phases"].items():
        print(
            f"{name:20} {phase['requests']:9,} {phase['5xx']:5} {phase['connection_errors']:8}"
            f" {phase['p50_ms']:8.1f} {phase['p99_ms']:8.1f}"
        )
    writes = result["writes"]
    print(
        f"\nWrites: {writes['writes']} sent, {writes['answered_302']} answered 302, "
        f"{writes['recorded_by_admin']} recorded in admin's log"
    )
    for name, phase in writes["phases"].items():
        print(
            f"  {name:20} {phase['writes']:5} writes, {phase['failed']} failed,"
            f" p50 {phase['p50_ms']:.1f} ms, p99 {phase['p99_ms']:.1f} ms"
        )
    overall = result["overall"]
    print(
        f"\nOverall: {overall['requests']:,} requests, {overall['5xx']} 5xx, "
        f"{overall['connection_errors']} connection errors"
    )
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(f"Written to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
