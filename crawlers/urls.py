"""Canonical URLs: one spelling per page, so the seen set and the raw archive agree."""
from __future__ import annotations

from urllib.parse import urljoin, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str, base: str | None = None) -> str:
    """Resolve ``url`` against ``base``; lowercase scheme and host; drop the fragment, the default
    port and ``.``/``..`` segments. The query stays: on these sites it names the page
    (``detail?id=N``, ``index.html?page=2``)."""
    absolute = urljoin(base, url.strip()) if base else url.strip()
    parts = urlsplit(absolute)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and parts.port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    path = _remove_dot_segments(parts.path or "/")
    return urlunsplit((scheme, host, path, parts.query, ""))


def _remove_dot_segments(path: str) -> str:
    # RFC 3986 §5.2.4, enough for the ./ and ../ that TRS templates print.
    out: list[str] = []
    for segment in path.split("/"):
        if segment == ".":
            continue
        if segment == "..":
            if len(out) > 1:
                out.pop()
            continue
        out.append(segment)
    result = "/".join(out)
    if path.endswith(("/.", "/..")):
        result += "/"
    return result if result.startswith("/") else "/" + result


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()
