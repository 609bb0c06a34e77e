"""No orphaned temporary Prefect server: it goes when the command that started it goes, however.

Without ``PREFECT_API_URL``, Prefect starts a temporary API server (uvicorn) as a child process and
stops it at exit (``atexit``). A command killed with ``kill -9`` runs no exit handler, and the server
lived on (alive 20 minutes later in the fault audit). :func:`install` makes Prefect start the server
through this module's guard instead: the guard starts uvicorn, passes it SIGTERM/SIGINT, and stops it
as soon as the process that started the guard is gone (the guard's parent changes). Exit codes are
passed through (Prefect retries another port on 3).

    python -m flows.pipeline.server_guard <uvicorn argv …>
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

POLL_SECONDS = 0.5


def install() -> None:
    """Start Prefect's temporary server under the guard (idempotent)."""
    from prefect.server.api.server import SubprocessASGIServer

    original = SubprocessASGIServer._run_uvicorn_command
    if getattr(original, "_gxt_guarded", False):
        return

    def guarded(self: SubprocessASGIServer) -> subprocess.Popen:
        real_popen = subprocess.Popen

        def popen(args, *a, **k):
            args = list(args)
            if args[1:3] == ["-m", "uvicorn"]:
                args = [args[0], "-m", "flows.pipeline.server_guard", *args[1:]]
                env = dict(k.get("env") or os.environ)
                root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
                env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
                k["env"] = env
            return real_popen(args, *a, **k)

        subprocess.Popen = popen  # only for this call: Prefect's module uses subprocess.Popen
        try:
            return original(self)
        finally:
            subprocess.Popen = real_popen

    guarded._gxt_guarded = True  # type: ignore[attr-defined]
    SubprocessASGIServer._run_uvicorn_command = guarded


def main(argv: list[str]) -> int:
    parent = os.getppid()
    child = subprocess.Popen([sys.executable, *argv])

    def forward(signum: int, _frame: object) -> None:
        if child.poll() is None:
            child.send_signal(signum)

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, forward)
    while True:
        code = child.poll()
        if code is not None:
            return code
        if os.getppid() != parent:  # whoever started us is gone (kill -9 included)
            child.terminate()
            try:
                return child.wait(timeout=5)
            except subprocess.TimeoutExpired:
                child.kill()
                return child.wait()
        time.sleep(POLL_SECONDS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
