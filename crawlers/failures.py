"""Failure kinds, decided from a response or an exception (one place, so every spider agrees).

http_error (with status), challenge (瑞数 412, 加速乐 521, WZWS/JS-cookie pages even when they answer
200), empty_body, structure_changed, tls, timeout, dns, robots_forbidden.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

KINDS = (
    "http_error", "challenge", "empty_body", "structure_changed", "tls", "timeout", "dns", "robots_forbidden",
)
CHALLENGE_STATUSES = {412: "瑞数 (Ruishu) 412 challenge", 521: "加速乐 (jiasule) 521 challenge"}
CHALLENGE_MARKERS = (
    ("wzwsquestion", "WZWS (网站卫士) challenge"),
    ("wzwsfactor", "WZWS (网站卫士) challenge"),
    ("$_ts", "瑞数 (Ruishu) $_ts script"),
    ("$_ss", "瑞数 (Ruishu) $_ss script"),  # 甘肃's challenge script starts $_ss (crawl_evidence.md)
    ("__jsl_clearance", "加速乐 (jiasule) __jsl_clearance cookie script"),
    ("请开启JavaScript", "page asks to enable JavaScript (请开启JavaScript)"),
)
# Challenge pages are small; a long article that mentions "$_ts" in a code sample is not one.
CHALLENGE_MAX_BYTES = 20_000


@dataclass(frozen=True)
class Failure:
    site: str
    column: str | None
    url: str
    kind: str
    status: int | None
    reason: str

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def response_problem(status: int, body: bytes) -> tuple[str, str] | None:
    """(kind, reason) when a response is not a usable page, else None."""
    if status in CHALLENGE_STATUSES:
        return "challenge", CHALLENGE_STATUSES[status]
    if len(body) <= CHALLENGE_MAX_BYTES:
        text = body.decode("utf-8", "replace")
        for marker, reason in CHALLENGE_MARKERS:
            if marker in text:
                return "challenge", reason
    if status >= 400:
        return "http_error", f"HTTP {status}"
    if not body.strip():
        return "empty_body", f"HTTP {status} with an empty body"
    return None


def exception_kind(error: BaseException) -> tuple[str, str]:
    """(kind, reason) for a download exception that reached an errback."""
    from scrapy.exceptions import (
        CannotResolveHostError, DownloadConnectionRefusedError, DownloadTimeoutError, IgnoreRequest,
    )
    from twisted.internet import error as tx

    name = type(error).__name__
    text = f"{name}: {error}"
    if isinstance(error, IgnoreRequest) and "robots.txt" in str(error):
        return "robots_forbidden", "Forbidden by robots.txt"
    if isinstance(error, (CannotResolveHostError, tx.DNSLookupError)):
        return "dns", text
    if isinstance(error, (DownloadTimeoutError, tx.TimeoutError, tx.TCPTimedOutError)):
        return "timeout", text
    if _is_tls(error):
        return "tls", text
    if isinstance(error, (DownloadConnectionRefusedError, tx.ConnectionRefusedError)):
        return "http_error", f"connection refused ({text})"
    return "http_error", text


def _is_tls(error: BaseException) -> bool:
    seen: set[int] = set()
    stack: list[object] = [error]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if "SSL" in type(current).__module__ or "SSL" in type(current).__name__ or "ssl" in str(current).lower():
            return True
        for attr in ("__cause__", "__context__", "value"):
            nested = getattr(current, attr, None)
            if nested is not None:
                stack.append(nested)
        reasons = getattr(current, "reasons", None)
        if isinstance(reasons, list):
            stack.extend(reasons)
    return False
