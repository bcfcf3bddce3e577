"""gunicorn.conf.py: each instance on a machine has a control socket of its own, so two
instances (two sites, or an old and a new release side by side) never take each other's."""

import os
import runpy
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.servers import free_port, wait_for_port

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "gunicorn.conf.py"
GUNICORN = Path(sys.executable).with_name("gunicorn")


def config(monkeypatch, **env):
    for name in ("BIND", "GUNICORN_CONTROL_SOCKET"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(CONFIG))


def test_each_bind_address_has_its_own_control_socket(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    first = config(monkeypatch, BIND="127.0.0.1:8000")
    second = config(monkeypatch, BIND="127.0.0.1:8001")
    assert first["control_socket"] != second["control_socket"]
    assert Path(first["control_socket"]).parent == tmp_path
    assert "8000" in Path(first["control_socket"]).name


def test_the_control_socket_can_be_placed_or_turned_off(monkeypatch, tmp_path):
    placed = config(monkeypatch, GUNICORN_CONTROL_SOCKET=str(tmp_path / "site.ctl"))
    assert placed["control_socket"] == str(tmp_path / "site.ctl")
    assert not placed.get("control_socket_disable")
    assert config(monkeypatch, GUNICORN_CONTROL_SOCKET="off")["control_socket_disable"] is True


def start(port, runtime_dir):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "jobboard.settings",
        "DEBUG": "true",
        "BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "1",
        "GUNICORN_ACCESS_LOG": "",
        "XDG_RUNTIME_DIR": str(runtime_dir),
    }
    env.pop("GUNICORN_CONTROL_SOCKET", None)
    return subprocess.Popen(
        [str(GUNICORN), "jobboard.wsgi"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip


def stop(server):
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=30)


def wait_for(predicate, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not predicate():
        time.sleep(0.05)
    return predicate()


@pytest.mark.skipif(not GUNICORN.exists(), reason="gunicorn is not installed in this venv")
def test_two_instances_on_one_machine_keep_their_own_control_sockets(tmp_path):
    ports = [free_port(), free_port()]
    servers = [start(port, tmp_path) for port in ports]
    try:
        for port in ports:
            wait_for_port(port, seconds=30)
        assert wait_for(lambda: len(list(tmp_path.rglob("*.ctl"))) == 2), list(tmp_path.rglob("*"))
        stop(servers[0])
        # The first one removes its own socket on the way out, not the second one's.
        assert wait_for(lambda: len(list(tmp_path.rglob("*.ctl"))) == 1)
        (left,) = tmp_path.rglob("*.ctl")
        assert str(ports[1]) in left.name
    finally:
        for server in servers:
            if server.poll() is None:
                stop(server)
