"""The spider loader: one spider per row, generated unless a site has its own subclass."""
from __future__ import annotations

from scrapy.spiderloader import SpiderLoader
from scrapy.utils.project import get_project_settings

from crawlers.sites import load_sites

loader = SpiderLoader.from_settings(get_project_settings())


def test_one_spider_per_site():
    assert sorted(loader.list()) == sorted(s.id for s in load_sites())


def test_generated_spider_carries_its_row():
    spider = loader.load("ningxia")
    assert spider.site.department == "宁夏回族自治区工业和信息化厅" and spider.__module__ == "crawlers.spiders"


def test_a_site_module_replaces_the_generated_class():
    spider = loader.load("fujian")
    assert spider.__module__ == "crawlers.spiders.fujian"
    assert spider.request_cookies == {"zh_choose": "n", "BFreeDialect": "0"}
