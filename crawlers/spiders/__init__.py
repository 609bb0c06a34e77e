"""One spider per row of the site table, built here so ``scrapy list`` names every province.

City Scrapers' config factory: a class per row made with ``type()`` and registered in this
module's namespace, where Scrapy's spider loader finds it. A site that needs more than
configuration has a module of its own here whose subclass replaces the generated one.
"""
from __future__ import annotations

from importlib.util import find_spec

from crawlers.sites import load_sites
from crawlers.spiders.base import SiteSpider


def _build() -> dict[str, type[SiteSpider]]:
    built = {}
    for site in load_sites():
        if find_spec(f"{__name__}.{site.id}") is not None:
            continue  # crawlers/spiders/<id>.py holds this site's own subclass
        class_name = f"{site.id.capitalize()}Spider"
        built[class_name] = type(class_name, (SiteSpider,), {"name": site.id, "site": site, "__module__": __name__})
    return built


globals().update(_build())
