"""Retry with exponential back-off (Scrapy's RetryMiddleware retries at once)."""
from __future__ import annotations

from scrapy import Request, Spider
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response
from scrapy.settings import BaseSettings
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import reactor
from twisted.internet.task import deferLater


class BackoffRetryMiddleware(RetryMiddleware):
    """Wait ``RETRY_BACKOFF_BASE * 2**n`` seconds (capped) before the n-th retry goes out.

    WAFs in front of these sites lift blocks after a minute or two (research §3.2); hammering
    them again at once only prolongs the block.
    """

    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        result = super().process_response(request, response)
        if isinstance(result, Request):
            await self._wait(result)
        return result

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception, spider: Spider | None = None
    ) -> Request | Response | None:
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            await self._wait(result)
        return result

    async def _wait(self, retry: Request) -> None:
        delay = min(self.cap, self.base * 2 ** (retry.meta.get("retry_times", 1) - 1))
        if delay > 0:
            await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))
