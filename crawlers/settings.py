"""Scrapy settings for the gxt crawlers: polite and safe by explicit setting.

Per-site choices (robots.txt, certificate checks) come from ``sites.toml`` through each spider's
``update_settings``; mirror mode (``GXT_MIRROR``) turns delays off there too.
"""
BOT_NAME = "gxt"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

# An honest User-Agent that names the project and says what it does.
USER_AGENT = "gxt-crawler/0.1 (+provincial 工信 meeting-notice archive; nightly, 1-2 requests at a time)"

# robots.txt obeyed unless a row says "ignore" with a reason (set per spider from sites.toml).
ROBOTSTXT_OBEY = True

# Politeness: at most 2 requests in flight per site, adapting to the server. AutoThrottle never goes
# below DOWNLOAD_DELAY, and Scrapy applies a ±50 % jitter on top: 2 s keeps every gap at 1 s or more.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 2.0
DOWNLOAD_DELAY_JITTER = 0.5  # ±50 %: gaps of 1-3 s
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Failures: retried with exponential back-off (crawlers.middlewares), then reported by kind.
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 2.0  # seconds: 2, 4, 8 … (capped below)
RETRY_BACKOFF_MAX = 60.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
DOWNLOAD_VERIFY_CERTIFICATES = True

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawlers.middlewares.BackoffRetryMiddleware": 550,
}
# Offsite requests are dropped by Scrapy's OffsiteMiddleware (on by default) using each spider's
# allowed_domains (the row's domain).

ITEM_PIPELINES = {"crawlers.pipelines.RawPagesPipeline": 300}

# Cookies kept per site; a spider that must pin the 简繁 switch sets it (spiders/fujian.py, research §3.6).
COOKIES_ENABLED = True
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8",
    "Accept-Language": "zh-CN,zh;q=0.9",
}

# Scrapy 2.19 opens a code-executing localhost control server and a telnet console by default.
REMOTE_CONTROL_ENABLED = False
TELNETCONSOLE_ENABLED = False

# Pages fetched when no watermark and no since= bound a column (a first crawl).
GXT_MAX_LIST_PAGES = 10
# A backfill (since=) reads at most this many list pages per column, then reports list_cap: an endless
# 下一页 must not run to the time limit (1020 pages in 30 s were seen).
GXT_BACKFILL_MAX_LIST_PAGES = 200
# Against the loopback mirror: no delays, short timeouts.
GXT_MIRROR = ""
GXT_MIRROR_TIMEOUT = 2

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
