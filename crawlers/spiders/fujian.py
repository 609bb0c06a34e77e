"""福建: the generic spider plus the cookies the site's own pages set.

The 简繁 switch (``zh_choose``) and the 无障碍 toolbar flag (``BFreeDialect``) are pinned the way
the site's own scripts leave them for a simplified-Chinese reader (jas0no7's policy_gxt_fujian
sends the same pair), so the JSON API and the pages answer in simplified characters.
"""
from __future__ import annotations

from typing import ClassVar

from crawlers.spiders.base import SiteSpider


class FujianSpider(SiteSpider):
    name = "fujian"
    request_cookies: ClassVar[dict[str, str]] = {"zh_choose": "n", "BFreeDialect": "0"}
