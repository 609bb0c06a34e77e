"""Failure kinds, decided from a response or an exception (one place, so every spider agrees).

http_error (with status), challenge (瑞数 412, 加速乐 521, WZWS/JS-cookie pages even when they answer
200), empty_body, structure_changed, tls, timeout, dns, robots_forbidden; and so that no listed item
goes unaccounted for: offsite_redirect (a detail page redirected off the site: not followed),
oversize (over DOWNLOAD_MAXSIZE, with the size), undecodable (bytes no encoding we know reads: the
page is refused with the reason, never stored as U+FFFD and NULs), list_cap (a backfill stopped at
GXT_BACKFILL_MAX_LIST_PAGES list pages of a column before reaching its date).
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

KINDS = (
    "http_error", "challenge", "empty_body", "structure_changed", "tls", "timeout", "dns", "robots_forbidden",
    "offsite_redirect", "oversize", "undecodable", "list_cap",
)
_MAXSIZE = re.compile(r"(?:Expected to receive|Received) (\d+) bytes which is larger than download max size \((\d+)\)")
# Encodings a Chinese government page is in when its declaration is wrong or missing.
FALLBACK_ENCODINGS = ("utf-8", "gb18030")
# Up to one undecodable character per this many is tolerated (kept as U+FFFD); more refuses the page.
TOLERATED_BAD_CHARS_PER = 1000
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
    oversize = _oversize(error)
    if oversize:
        return "oversize", oversize
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


def _oversize(error: BaseException) -> str | None:
    """The reason for a download cancelled for its size (with the size where Scrapy knew it)."""
    from scrapy.exceptions import DownloadCancelledError
    from twisted.internet.defer import CancelledError

    match = _MAXSIZE.search(str(error))
    if match:
        return f"page of {int(match.group(1)):,} bytes is over the download limit of {int(match.group(2)):,} bytes " \
               "(DOWNLOAD_MAXSIZE); not stored"
    if isinstance(error, (DownloadCancelledError, CancelledError)):
        return "download cancelled past the download limit (DOWNLOAD_MAXSIZE, size not announced); not stored"
    return None


class Undecodable(ValueError):
    """A page whose bytes no encoding we know reads (the message says where it broke)."""


def _normal(name: str | None) -> str:
    name = (name or "").lower()
    return "gb18030" if name in ("gb2312", "gbk", "gb_2312-80", "cp936") else name


def decode_page(body: bytes, declared: str | None) -> tuple[str, str]:
    """(text, encoding): the body decoded strictly as UTF-8 (Chinese text in GBK almost never is valid
    UTF-8, so a strict success is the truth whatever the page declares), else its declared encoding
    (gb2312/gbk read as their superset gb18030), else GB18030. A page with a stray bad byte (at most
    one character in TOLERATED_BAD_CHARS_PER) is kept in its declared encoding with U+FFFD there.
    Raises :class:`Undecodable` when none of that reads it, or when the text holds NUL characters
    (a binary or UTF-16 file served as a page)."""
    names = list(dict.fromkeys(n for n in ("utf-8", _normal(declared), *FALLBACK_ENCODINGS) if n))
    first_error: UnicodeDecodeError | None = None
    for name in names:
        try:
            text = body.decode(name)
        except (UnicodeDecodeError, LookupError) as err:
            if first_error is None and isinstance(err, UnicodeDecodeError):
                first_error = err
            continue
        if "\x00" in text:
            raise Undecodable(f"the page holds NUL characters when read as {name} (a binary or UTF-16 file?); not stored")
        return text, name
    for name in dict.fromkeys(n for n in (_normal(declared), "utf-8") if n):
        try:
            text = body.decode(name, "replace")
        except LookupError:
            continue
        if "\x00" not in text and text.count("\ufffd") * TOLERATED_BAD_CHARS_PER < max(len(text), 1):
            return text, name
    where = f" at byte {first_error.start}" if first_error else ""
    raise Undecodable(f"{len(body):,} bytes readable as none of {', '.join(names)}{where}; not stored")
