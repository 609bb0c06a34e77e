"""The flows' tunables, read from ``pipeline.toml`` beside this module (environment overrides)."""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SETTINGS_FILE = Path(__file__).with_name("pipeline.toml")


@dataclass(frozen=True)
class PipelineSettings:
    parallel: int
    timeout_minutes: float
    retries: int
    retry_delay_seconds: float
    backfill_timeout_minutes: float
    fork_server: bool
    cron: str
    timezone: str
    unhealthy_after_runs: int
    max_failures_listed: int


def _env(name: str, default: float | int | str) -> float | int | str:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return type(default)(value)


@cache
def pipeline_settings() -> PipelineSettings:
    data = tomllib.loads(SETTINGS_FILE.read_text(encoding="utf-8"))
    crawl, schedule, report = data["crawl"], data["schedule"], data["report"]
    return PipelineSettings(
        parallel=int(_env("GXT_CRAWL_PARALLEL", int(crawl["parallel"]))),
        timeout_minutes=float(_env("GXT_CRAWL_TIMEOUT_MINUTES", float(crawl["timeout_minutes"]))),
        retries=int(_env("GXT_CRAWL_RETRIES", int(crawl["retries"]))),
        retry_delay_seconds=float(_env("GXT_CRAWL_RETRY_DELAY_SECONDS", float(crawl["retry_delay_seconds"]))),
        backfill_timeout_minutes=float(crawl["backfill_timeout_minutes"]),
        fork_server=str(_env("GXT_CRAWL_FORK_SERVER", str(crawl["fork_server"]).lower())).lower() in ("1", "true", "yes"),
        cron=str(schedule["cron"]),
        timezone=str(schedule["timezone"]),
        unhealthy_after_runs=int(report["unhealthy_after_runs"]),
        max_failures_listed=int(report["max_failures_listed"]),
    )
