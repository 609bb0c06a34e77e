"""Clean (pure): HTML or plain text → :class:`Article`, Traditional → Simplified, furniture removed.

- :func:`clean_html` reads a notice page (``html_page.py``; containers in ``page_layout.toml``);
- :func:`clean_text` reads a plain-text notice (``text_page.py``; its lead of banners, trails,
  title and 来源/时间 lines in ``lead.py``);
- both decode bytes (``encoding.py``), convert Traditional script (``script.py``,
  ``variants.toml``; OpenCC t2s through ``t2s_table.py``, equal and faster), normalise widths, spaces and punctuation (``normalize.py``) and remove
  page furniture (``furniture.py``, ``furniture.toml``; ``keywords.py`` lets most lines skip
  the whole-line patterns by the words those patterns need).

No Prefect, Scrapy or DuckDB here: text in, :class:`Article` out.
"""
from __future__ import annotations

from flows.clean.article import Article
from flows.clean.html_page import clean_html
from flows.clean.text_page import clean_text

__all__ = ["Article", "clean_html", "clean_text"]
