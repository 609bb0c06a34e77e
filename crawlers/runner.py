"""The command line of one crawl process (the flows run one OS process per site: Twisted's
reactor cannot be restarted inside a process, and a crash then stays with its site)."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def crawl_command(
    site: str,
    out_dir: str | os.PathLike[str],
    state_file: str | os.PathLike[str],
    since: date | str | None = None,
    mirror: str | None = None,
) -> list[str]:
    """``python -m scrapy crawl SITE -a out=… -a state=… [-a since=…] [-s GXT_MIRROR=…]``.

    Run it with ``cwd=crawl_cwd()`` and ``env=crawl_env()`` (or any environment where
    ``SCRAPY_SETTINGS_MODULE=crawlers.settings`` and the repository is importable).
    """
    argv = [sys.executable, "-m", "scrapy", "crawl", site, "-a", f"out={Path(out_dir)}", "-a", f"state={Path(state_file)}"]
    if since:
        argv += ["-a", f"since={since.isoformat() if isinstance(since, date) else since}"]
    if mirror:
        argv += ["-s", f"GXT_MIRROR={mirror}"]
    return argv


def crawl_env(base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment a crawl process needs: the settings module and the repository on the path."""
    env = dict(os.environ if base is None else base)
    env["SCRAPY_SETTINGS_MODULE"] = "crawlers.settings"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def crawl_cwd() -> Path:
    """The directory a crawl process runs in (the repository root, where ``scrapy.cfg`` is)."""
    return REPO_ROOT


def run_crawl(
    site: str,
    out_dir: Path,
    state_file: str | os.PathLike[str],
    *,
    since: date | str | None = None,
    mirror: str | None = None,
    extra_args: list[str] | None = None,
    timeout: float | None = None,
) -> int:
    """Crawl one site in its own process, its output in ``<out_dir>/<site>.log``; return the exit code."""
    argv = crawl_command(site, out_dir, state_file, since=since, mirror=mirror) + list(extra_args or [])
    with open(out_dir / f"{site}.log", "w", encoding="utf-8") as log:
        return subprocess.run(
            argv, cwd=crawl_cwd(), env=crawl_env(), stdout=log, stderr=subprocess.STDOUT, timeout=timeout
        ).returncode
