"""The loopback mirror: saved pages under ``pages/<hostname>/<path>`` served on 127.0.0.1.

A request for ``/<hostname>/<path>?<query>`` (what the mirror download handler sends) is answered
from ``routes.toml`` when a rule matches (pages that depend on query or form parameters, and the
mirror's own behaviours: which host answers 500, 412, an empty body, a slow answer, a DNS or TLS
fault), otherwise from the file (a query-carrying address from the file ``query_file`` names, if there is
one), with ``index.html`` for a directory. Mirror behaviours are data
of the mirror, never of the site table.
"""
from __future__ import annotations

import mimetypes
import threading
import time
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

MIRROR_DIR = Path(__file__).resolve().parent
PAGES_DIR = MIRROR_DIR / "pages"
ROUTES_FILE = MIRROR_DIR / "routes.toml"
INDEX_NAMES = ("index.html", "index.shtml", "index.htm")
# The two headers the mirror and its Scrapy download handler (handler.py) exchange.
SCHEME_HEADER = "X-Gxt-Scheme"  # the scheme of the real URL: http and https may answer differently
FAULT_HEADER = "X-Gxt-Mirror-Fault"  # a fault a loopback socket cannot produce (dns, tls)
_TYPES = {
    ".html": "text/html", ".htm": "text/html", ".shtml": "text/html", ".json": "application/json; charset=utf-8",
    ".xml": "text/xml; charset=utf-8", ".txt": "text/plain; charset=utf-8",
}


@dataclass(frozen=True)
class Rule:
    host: str
    path: str = ""
    path_prefix: str = ""
    params: dict[str, str] = field(default_factory=dict)
    method: str = ""
    scheme: str = ""
    status: int = 200
    file: str = ""
    body: str = ""
    content_type: str = ""
    fault: str = ""
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)

    def matches(self, host: str, path: str, method: str, params: dict[str, str], scheme: str = "") -> bool:
        if host != self.host or (self.method and method != self.method) or (self.scheme and scheme != self.scheme):
            return False
        if self.path and path != self.path:
            return False
        if self.path_prefix and not path.startswith(self.path_prefix):
            return False
        return all(params.get(k) == v for k, v in self.params.items())


def load_rules(path: Path = ROUTES_FILE) -> list[Rule]:
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return [Rule(**rule) for rule in data.get("rule", [])]


class MirrorServer:
    """Serve the mirror on 127.0.0.1 in a background thread.

    >>> with MirrorServer() as mirror:      # port 0: a free port
    ...     mirror.url                       # 'http://127.0.0.1:PORT'
    """

    def __init__(self, port: int = 0, pages: Path = PAGES_DIR, routes: Path = ROUTES_FILE, host: str = "127.0.0.1"):
        self.pages = pages
        self.rules = load_rules(routes)
        self.requests: list[str] = []
        handler = type("Handler", (_Handler,), {"mirror": self})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @cached_property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> "MirrorServer":
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="gxt-mirror", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> "MirrorServer":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    def resolve(self, host: str, path: str) -> Path | None:
        target = (self.pages / host / path.lstrip("/")).resolve()
        if not target.is_relative_to(self.pages.resolve()):
            return None  # no escaping the pages directory
        if target.is_dir():
            for name in INDEX_NAMES:
                if (target / name).is_file():
                    return target / name
            return None
        return target if target.is_file() else None


class _Handler(BaseHTTPRequestHandler):
    mirror: MirrorServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read mirror.requests
        pass

    def do_GET(self) -> None:
        self._answer("GET", b"")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self._answer("POST", self.rfile.read(length) if length else b"")

    def _answer(self, method: str, body: bytes) -> None:
        parts = urlsplit(self.path)
        host, _, rest = unquote(parts.path).lstrip("/").partition("/")
        path = "/" + rest
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        if body:
            params.update(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        self.mirror.requests.append(f"{method} {host}{path}{'?' + parts.query if parts.query else ''}")
        scheme = self.headers.get(SCHEME_HEADER, "")
        rule = next((r for r in self.mirror.rules if r.matches(host, path, method, params, scheme)), None)
        if rule is not None:
            self._from_rule(rule, host)
            return
        found = (self.mirror.resolve(host, query_file(f"{path}?{parts.query}")) if parts.query else None) \
            or self.mirror.resolve(host, path)
        if found is None:
            self._send(404, b"<html><body><h1>404 Not Found</h1></body></html>", "text/html; charset=utf-8")
            return
        self._send(200, found.read_bytes(), _content_type(found))

    def _from_rule(self, rule: Rule, host: str) -> None:
        if rule.delay:
            time.sleep(rule.delay)
        headers = dict(rule.headers)
        if rule.fault:
            headers[FAULT_HEADER] = rule.fault
        if rule.file:
            found = self.mirror.resolve(host, rule.file)
            payload = found.read_bytes() if found else b""
            content_type = rule.content_type or (_content_type(found) if found else "text/html")
        else:
            payload = rule.body.encode("utf-8")
            content_type = rule.content_type or "text/html; charset=utf-8"
        self._send(rule.status, payload, content_type, headers)

    def _send(self, status: int, payload: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test): nothing to answer


def query_file(path: str) -> str:
    """Where a page whose address carries a query is stored (西藏 ``/xzweb/detail?id=N&…``, 甘肃
    ``/common/search/<uuid>?page=1…``): ``<path>_<k-v_k-v>.html``; the server tries it first."""
    if "?" not in path:
        return path
    base, query = path.split("?", 1)
    return f"{base}_{query.replace('&', '_').replace('=', '-')}.html"


def _content_type(path: Path) -> str:
    if path.name == "robots.txt":
        return "text/plain; charset=utf-8"
    return _TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
