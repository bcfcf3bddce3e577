"""Gunicorn settings for production; every value can be set from the environment."""

import multiprocessing
import os
import re

bind = os.environ.get("BIND", "127.0.0.1:8000")
# Sync workers, two per core plus one, is gunicorn's own advice for a database-bound
# app; threads let a worker overlap database waits when GUNICORN_THREADS is raised.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = "gthread" if threads > 1 else "sync"
# Load the app once before forking, so workers share its memory.
preload_app = True
# Recycle workers now and then so no slow growth of memory can build up.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = max_requests // 10
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def _control_socket_path(bind):
    """A control socket for this instance alone, named after its bind address, where
    gunicorn keeps its own by default ($XDG_RUNTIME_DIR, else ~/.gunicorn). gunicorn's one
    default path would be shared by every instance on the machine: a second one would
    replace the first one's socket, and the first to stop would remove the other's."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    folder = runtime if runtime and os.path.isdir(runtime) else os.path.expanduser("~/.gunicorn")
    name = re.sub(r"[^A-Za-z0-9.]+", "-", bind).strip("-")
    return os.path.join(folder, f"jobboard-{name}.ctl")


# gunicorn's control socket (for `gunicornc`): GUNICORN_CONTROL_SOCKET names its path, or
# "off" turns it off; by default each bind address has its own.
_control = os.environ.get("GUNICORN_CONTROL_SOCKET", "").strip()
if _control.lower() in {"off", "false", "no", "0", "none"}:
    control_socket_disable = True
else:
    control_socket = _control or _control_socket_path(bind)
