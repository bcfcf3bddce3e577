"""Measure `import_postings` on a feed of 70,000 postings and print rows per second and
peak memory, on PostgreSQL and on SQLite.

    make bench-import              # or: .venv/bin/python bench/import_feed.py --rows 70000

Each run starts from an empty database with the demo roles, writes a feed in the import
format with `generate_postings --output` (every description different, as in a real
feed), then times, each in its own process: a dry run (check only), the import (check
and write, all in one transaction), the same file again (every row unchanged), and the
feed as a JSON array. PostgreSQL comes from BENCH_DATABASE_URL (default
postgres://postgres@127.0.0.1:5432/jobboard_bench_import; the database is dropped and
created). Results go to bench/import-results.json. A measurement, not a test.
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=70_000)
    parser.add_argument("--skip-sqlite", action="store_true")
    args = parser.parse_args()
    postgres = os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/jobboard_bench_import"
    )
    results = {"rows": args.rows, "cpus": os.cpu_count(), "load_before": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        databases = {"postgresql": postgres}
        if not args.skip_sqlite:
            databases["sqlite"] = f"sqlite:///{folder / 'bench.sqlite3'}"
        for name, url in databases.items():
            print(f"\n== {name}")
            env = environment(url)
            if name == "postgresql":
                recreate_postgres(url)
            manage(env, "migrate", "--noinput", "-v0")
            manage(env, "seed_demo")
            feed = folder / "feed.csv"
            if not feed.exists():
                manage(env, "generate_postings", "--count", str(args.rows), "--output", feed)
                to_json(feed, folder / "feed.json")
                results["feed_megabytes"] = round(feed.stat().st_size / 1e6, 1)
            figures = {}
            for label, command in [
                ("dry run (check only)", ["import_postings", feed, "--dry-run"]),
                ("import (check and write)", ["import_postings", feed]),
                ("same file again (all unchanged)", ["import_postings", feed]),
            ]:
                figures[label] = timed(env, command, args.rows)
            manage(
                env,
                "shell",
                "-c",
                "from postings.models import JobPosting as J; "
                "J.objects.filter(external_id__startswith='gen-').delete()",
            )
            figures["JSON import (check and write)"] = timed(
                env, ["import_postings", folder / "feed.json"], args.rows
            )
            results[name] = figures
    results["load_after"] = os.getloadavg()[0]
    out = ROOT / "bench" / "import-results.json"
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nWritten to {out.relative_to(ROOT)}")


def environment(database_url):
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "DEBUG": "false",
        "SECRET_KEY": "benchmark-only-secret-key-not-for-production-use-0123456789",
    }


def manage(env, *args):
    subprocess.run(
        [PYTHON, "manage.py", *map(str, args)],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def timed(env, command, rows):
    """Run a management command in its own process; return its wall time, rows per
    second and peak resident memory (that process's own, from wait4)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [PYTHON, "manage.py", *map(str, command)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command} failed")
    figure = {
        "seconds": round(seconds, 1),
        "rows_per_second": round(rows / seconds),
        "peak_rss_mb": round(usage.ru_maxrss / 1024),
    }
    label = " ".join(str(part) if not isinstance(part, Path) else part.name for part in command)
    print(f"{label}: {figure}")
    return figure


def recreate_postgres(url):
    from urllib.parse import urlparse

    parsed = urlparse(url)
    options = [
        "-h",
        parsed.hostname or "127.0.0.1",
        "-p",
        str(parsed.port or 5432),
        "-U",
        parsed.username or "postgres",
    ]
    name = parsed.path.lstrip("/")
    subprocess.run(["dropdb", "--if-exists", *options, name], check=True)
    subprocess.run(["createdb", *options, name], check=True)


def to_json(feed, target):
    """Write the CSV feed as a JSON array, one object per row, streaming."""
    with feed.open(newline="", encoding="utf-8") as source, target.open("w") as out:
        out.write("[\n")
        for number, row in enumerate(csv.DictReader(source)):
            row["employment_types"] = row["employment_types"].split(",")
            out.write((",\n" if number else "") + json.dumps(row, ensure_ascii=False))
        out.write("\n]\n")


if __name__ == "__main__":
    main()
