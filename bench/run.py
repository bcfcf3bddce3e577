"""Load-test the site at 100,000 postings and print how each page compares with a
minimal Django view served by the same gunicorn, settings and middleware.

    make bench                      # or: .venv/bin/python bench/run.py --duration 10

Needs PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/
jobboard_bench, created if missing), Redis for the cached runs (BENCH_REDIS_URL) and wrk
(Debian's package; installed if apt-get is available). Results go to bench/results.json
and bench/results.md. This is a measurement, not a test: nothing here passes or fails.
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
LUA = Path(__file__).with_name("report.lua")
POSTINGS = 100_000
PORT = 8765

PAGES = [
    ("baseline: minimal view", "/ping"),
    ("job list", "/jobs/"),
    ("job list, 3 filters", "/jobs/?role=data-engineer&seniority=senior&country=DE"),
    ("job list, deep page", "/jobs/?page=4000"),
    ("job page", None),  # a visible posting, found once the data exists
    ("comparison article", "/insights/data-scientist-vs-lead-machine-learning-engineer/"),
    ("salary page", "/salaries/data-scientist/"),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per URL and mode")
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()

    database = os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/jobboard_bench"
    )
    redis = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/3")
    wrk = ensure_wrk()
    env = {
        **os.environ,
        "DATABASE_URL": database,
        "DEBUG": "false",
        "SECRET_KEY": "benchmark-only-secret-key-not-for-production-use-0123456789",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "GUNICORN_ACCESS_LOG": "",
        "BIND": f"127.0.0.1:{PORT}",
    }
    env.pop("REDIS_URL", None)
    prepare_data(env, database)
    job_url = manage(env, "shell", "-c", JOB_URL_SNIPPET).strip().splitlines()[-1]
    pages = [(name, url or job_url) for name, url in PAGES]

    results = {"postings": POSTINGS, "duration": args.duration, "runs": []}
    modes = [
        ("uncached", {"CACHE_SECONDS": "0"}),
        ("cached", {"CACHE_SECONDS": "300", "REDIS_URL": redis}),
    ]
    for mode, extra in modes:
        server = start_server({**env, **extra})
        try:
            for name, url in pages:
                run = measure(wrk, url, args)
                run.update(mode=mode, page=name, url=url)
                results["runs"].append(run)
                print(
                    f"{mode:9} {name:24} {run['rps']:9.1f} req/s  p50 {run['p50_ms']:7.2f} ms"
                    f"  p99 {run['p99_ms']:7.2f} ms  errors {run['errors']}"
                    f"  non-2xx {run['non_2xx']}",
                    flush=True,
                )
            results.setdefault("worker_rss_mb", {})[mode] = worker_rss(server)
        finally:
            stop_server(server)

    results["machine"] = {"cores": os.cpu_count(), "python": sys.version.split()[0]}
    write_report(results)


def ensure_wrk():
    wrk = shutil.which("wrk")
    if wrk is None and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], check=True)
        wrk = shutil.which("wrk")
    if wrk is None:
        sys.exit("wrk is needed: apt-get install wrk")
    return wrk


def manage(env, *args):
    return subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout


def prepare_data(env, database):
    name = database.rsplit("/", 1)[-1]
    exists = subprocess.run(
        ["psql", database.rsplit("/", 1)[0] + "/postgres", "-tAc",
         f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    if not exists:
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)
    print("Migrating and loading demo content…", flush=True)
    manage(env, "migrate", "--noinput")
    manage(env, "seed_demo")
    count = int(manage(env, "shell", "-c", COUNT_SNIPPET).strip().splitlines()[-1])
    if count < POSTINGS:
        print(f"Generating {POSTINGS - count:,} postings…", flush=True)
        print(manage(env, "generate_postings", "--count", str(POSTINGS - count),
                     "--seed", str(int(time.time()))).strip())  # fmt: skip
    subprocess.run(["psql", database, "-qc", "VACUUM ANALYZE"], check=True)
    manage(env, "collectstatic", "--noinput", "-v0")


def start_server(env):
    server = subprocess.Popen(
        [str(Path(PYTHON).with_name("gunicorn")), "jobboard.wsgi"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/ping", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    else:
        stop_server(server)
        sys.exit("gunicorn did not start")
    # Warm every worker's caches and connections before measuring.
    for _ in range(50):
        urllib.request.urlopen(f"http://127.0.0.1:{PORT}/jobs/", timeout=30).read()
    return server


def stop_server(server):
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=30)


def worker_rss(server):
    """Return the resident memory of each gunicorn worker, in MB."""
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024)
    return sorted(round(size, 1) for size in sizes)


def measure(wrk, url, args):
    # A few requests first, so a cached run measures the cache, not its first misses.
    for _ in range(5):
        urllib.request.urlopen(f"http://127.0.0.1:{PORT}{url}", timeout=60).read()
    output = subprocess.run(
        [wrk, "-t2", f"-c{args.connections}", f"-d{args.duration}s", "--timeout", "10s",
         "-s", str(LUA), f"http://127.0.0.1:{PORT}{url}"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    report = json.loads(output[output.index("{") :])
    return {
        "rps": report["requests"] / report["seconds"],
        "p50_ms": report["p50"] / 1000,
        "p95_ms": report["p95"] / 1000,
        "p99_ms": report["p99"] / 1000,
        "requests": report["requests"],
        "errors": report["errors"],
        "non_2xx": report["non_2xx"],
    }


def write_report(results):
    baseline = {
        run["mode"]: run["rps"] for run in results["runs"] if run["page"].startswith("baseline")
    }
    lines = [
        f"{results['postings']:,} postings, {results['machine']['cores']} cores, "
        f"{results['duration']} s per row, gunicorn with the full middleware stack.",
        "",
        "| page | mode | req/s | × baseline | p50 ms | p95 ms | p99 ms | errors | non-2xx |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for run in results["runs"]:
        run["ratio"] = run["rps"] / baseline[run["mode"]]
        lines.append(
            f"| {run['page']} | {run['mode']} | {run['rps']:,.0f} | {run['ratio']:.1%} "
            f"| {run['p50_ms']:.1f} | {run['p95_ms']:.1f} | {run['p99_ms']:.1f} "
            f"| {run['errors']} | {run['non_2xx']} |"
        )
    rss = results.get("worker_rss_mb", {})
    lines += ["", f"Worker resident memory after the runs (MB): {json.dumps(rss)}"]
    table = "\n".join(lines)
    (ROOT / "bench" / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    (ROOT / "bench" / "results.md").write_text(table + "\n")
    print()
    print(table)


COUNT_SNIPPET = "from postings.models import JobPosting; print(JobPosting.objects.count())"
JOB_URL_SNIPPET = (
    "from postings.models import JobPosting; "
    "print(JobPosting.objects.visible().order_by('pk').last().get_absolute_url())"
)

if __name__ == "__main__":
    main()
