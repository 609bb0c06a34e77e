"""Everything between a fetched page and a loaded row.

``flows.clean`` and ``flows.parse`` are pure (text in, records out: no Prefect, Scrapy or DuckDB
imports); ``flows.extract`` joins them for one file or page; the Prefect flows orchestrate the rest.
"""
