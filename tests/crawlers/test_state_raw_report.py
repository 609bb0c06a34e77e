"""The seen-set file, raw page files (even from a killed crawl) and meeting tags."""
from __future__ import annotations

import gzip
from datetime import date

from crawlers.keywords import is_meeting_title
from crawlers.raw import RawWriter, read_raw_pages
from crawlers.state import load_state, write_state


def test_missing_state_file_is_a_first_crawl(tmp_path):
    state = load_state(tmp_path / "absent.json")
    assert state.seen_urls == frozenset() and state.watermarks == {}


def test_state_urls_are_compared_canonically(tmp_path):
    write_state(tmp_path / "seen.json", ["HTTPS://Gxt.fujian.gov.cn/zwgk/./a.htm#x"], {"fujian:jxyw": "2026-06-01"})
    state = load_state(tmp_path / "seen.json")
    assert state.is_seen("https://gxt.fujian.gov.cn/zwgk/a.htm")
    assert state.watermark("fujian", "jxyw") == date(2026, 6, 1)


def test_raw_records_survive_a_writer_that_never_closed(tmp_path):
    writer = RawWriter(tmp_path / "x.jsonl.gz")
    writer.write({"url": "https://a/1"})
    writer.write({"url": "https://a/2"})
    # no close(): as if the process was killed here
    assert [r["url"] for r in read_raw_pages(tmp_path / "x.jsonl.gz")] == ["https://a/1", "https://a/2"]


def test_raw_file_is_gzip_json_lines(tmp_path):
    writer = RawWriter(tmp_path / "x.jsonl.gz")
    writer.write({"html": "会议"})
    writer.close()
    assert gzip.open(tmp_path / "x.jsonl.gz", "rt", encoding="utf-8").read() == '{"html": "会议"}\n'


def test_meeting_titles_are_tagged():
    assert is_meeting_title("2026年全省工业和信息化工作会议召开")
    assert is_meeting_title("自治区召开工业经济运行调度会")


def test_ordinary_news_is_not_tagged_unless_the_site_adds_a_word():
    assert not is_meeting_title("算力聚势，助闽企扬帆逐浪")
    assert is_meeting_title("算力聚势，助闽企扬帆逐浪", extra=("算力",))
