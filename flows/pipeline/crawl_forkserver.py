"""A fork server for crawl processes: Scrapy imported once, one forked process per site crawl.

Starting ``python -m scrapy`` costs about 1.5 s of CPU, nearly all of it imports; 31 sites on a
2-core machine spend most of a no-op night there. This server imports Scrapy and the spiders
once (without installing a Twisted reactor) and forks a fresh child for each crawl, which then
runs ``scrapy crawl …`` exactly as the command line would: still one OS process per crawl, with
its own reactor, log file and process group, but about 0.3 s to start.

Protocol (JSON lines): the flow writes ``{"id", "argv", "env", "cwd", "log"}`` on stdin (``argv``
is what follows ``python -m scrapy``); the server answers ``{"id", "pid"}`` once forked and
``{"id", "pid", "returncode"}`` when the child ends (negative: killed by that signal, as in
:mod:`subprocess`). When stdin closes the server stops its remaining children and exits.
"""
from __future__ import annotations

import json
import os
import selectors
import signal
import sys
import time
import traceback


def _preload() -> None:
    """Import what every crawl imports, but nothing that installs a reactor."""
    import scrapy.cmdline  # noqa: F401
    import scrapy.core.downloader.handlers.http11  # noqa: F401
    import scrapy.crawler  # noqa: F401
    import scrapy.http  # noqa: F401
    import scrapy.spiders  # noqa: F401

    import crawlers.settings  # noqa: F401
    import crawlers.spiders.base  # noqa: F401

    _preload_builtin_components()
    if "twisted.internet.reactor" in sys.modules:  # a child could not choose its reactor
        raise RuntimeError("a preloaded module installed a Twisted reactor")


# Settings naming the classes a crawl loads. Only Scrapy's own are preloaded: a project module
# may install a reactor when imported (a middleware importing ``twisted.internet.reactor``).
_COMPONENT_DICTS = ("DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES", "EXTENSIONS", "ITEM_PIPELINES", "DOWNLOAD_HANDLERS")
_COMPONENT_PATHS = (
    "SCHEDULER", "DUPEFILTER_CLASS", "STATS_CLASS", "SPIDER_LOADER_CLASS", "REQUEST_FINGERPRINTER_CLASS",
    "DOWNLOADER", "SCHEDULER_PRIORITY_QUEUE", "SCHEDULER_MEMORY_QUEUE", "LOG_FORMATTER",
)


def _preload_builtin_components() -> None:
    from scrapy.utils.misc import load_object
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    paths = [settings.get(name) for name in _COMPONENT_PATHS]
    for name in _COMPONENT_DICTS:
        for key, value in settings.getwithbase(name).items():
            if value is not None:
                paths += [key, value]
    for path in paths:
        if isinstance(path, str) and path.startswith("scrapy."):
            try:
                load_object(path)
            except Exception:  # the crawl itself will report a component that cannot load
                pass


def _child(request: dict) -> None:
    """In the forked child: become the crawl (never returns)."""
    code = 1
    try:
        os.setsid()  # its own process group: the flow stops it and anything it starts together
        log = os.open(request["log"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        os.environ.clear()
        os.environ.update(request["env"])
        os.chdir(request["cwd"])
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        sys.argv = ["scrapy", *request["argv"]]
        import scrapy.cmdline

        scrapy.cmdline.execute(sys.argv)
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    except BaseException:
        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        os._exit(code)


def _send(message: dict) -> None:
    os.write(1, (json.dumps(message) + "\n").encode())


def _signal_all(children: dict[int, int], sig: int) -> None:
    for pid in children:
        try:
            os.killpg(pid, sig)
        except ProcessLookupError:
            pass


def serve(grace: float = 10.0) -> None:
    _preload()
    _send({"ready": True})
    children: dict[int, int] = {}  # pid -> request id
    buffer = b""
    selector = selectors.DefaultSelector()
    selector.register(0, selectors.EVENT_READ)
    open_input = True
    kill_at: float | None = None
    while open_input or children:
        if open_input:
            for _ in selector.select(timeout=0.05):
                chunk = os.read(0, 65536)
                if not chunk:  # the flow went away: do not leave crawls behind
                    open_input = False
                    _signal_all(children, signal.SIGTERM)
                    kill_at = time.monotonic() + grace
                    break
                buffer += chunk
                while b"\n" in buffer:
                    line, buffer = buffer.split(b"\n", 1)
                    if line.strip():
                        request = json.loads(line)
                        sys.stdout.flush()
                        sys.stderr.flush()
                        pid = os.fork()
                        if pid == 0:
                            _child(request)
                        children[pid] = request["id"]
                        _send({"id": request["id"], "pid": pid})
        else:
            time.sleep(0.05)
            if kill_at is not None and time.monotonic() > kill_at:
                _signal_all(children, signal.SIGKILL)  # a crawl blocked past its graceful stop
                kill_at = None
        while children:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
            ident = children.pop(pid, None)
            if ident is not None:
                _send({"id": ident, "pid": pid, "returncode": os.waitstatus_to_exitcode(status)})


if __name__ == "__main__":
    grace = float(sys.argv[sys.argv.index("--grace") + 1]) if "--grace" in sys.argv else 10.0
    serve(grace)
