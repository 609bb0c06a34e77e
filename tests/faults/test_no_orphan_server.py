"""A command killed with kill -9 leaves no temporary Prefect server behind (before: alive 20 minutes
later). The command here is the same start as ``gxt run`` (``_prefect_defaults``), then a flow that
waits to be killed."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

COMMAND = """
import os, time
os.environ.pop("PREFECT_API_URL", None)
from gxt.commands.pipeline import _prefect_defaults
_prefect_defaults()
from prefect import flow

@flow
def waits():
    print("IN_FLOW", flush=True)
    time.sleep(120)

waits()
"""


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.timeout(180)
def test_kill_9_of_a_command_leaves_no_temporary_prefect_server(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(tmp_path / "prefect"), PYTHONPATH=str(ROOT))
    command = subprocess.Popen([sys.executable, "-c", COMMAND], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    server: set[int] = set()
    try:
        lines = []
        deadline = time.monotonic() + 150
        for line in command.stdout:
            lines.append(line)
            if "IN_FLOW" in line or time.monotonic() > deadline:
                break
        assert any("IN_FLOW" in line for line in lines), "".join(lines)[-3000:]
        server = _descendants(command.pid)
        assert server, "the temporary server was not started by the command"
        command.send_signal(signal.SIGKILL)
        command.wait(timeout=30)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(_alive(pid) for pid in server):
            time.sleep(0.2)
        left = [pid for pid in server if _alive(pid)]
        assert not left, f"still running after the command was killed: {left}"
    finally:
        if command.poll() is None:
            command.kill()
        for pid in server | _descendants(command.pid):  # never leave one behind, even when failing
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
