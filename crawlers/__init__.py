"""Scrapy project: one spider per provincial site, generated from ``crawlers/sites.toml``."""
