"""Full-text search: segmentation, the offline extension, and keeping the index current."""
import duckdb

from warehouse.extensions import ExtensionMissing, extension_directory, load_bundled
from warehouse.search import refresh_search, segment, segment_query


def test_the_bundled_extensions_load_without_the_network():
    con = duckdb.connect()
    load_bundled(con, ("fts", "excel"))
    loaded = {r[0] for r in con.execute("SELECT extension_name FROM duckdb_extensions() WHERE loaded").fetchall()}
    assert {"fts", "excel"} <= loaded
    assert con.execute("SELECT current_setting('autoinstall_known_extensions')").fetchone()[0] is False


def test_an_extension_without_its_package_says_what_to_install():
    try:
        extension_directory("no_such_ext")
    except ExtensionMissing as err:
        assert "pip install" in str(err)
    else:  # pragma: no cover
        raise AssertionError("expected ExtensionMissing")


def test_segmenting_keeps_project_words_whole_and_their_parts():
    words = segment("省专精特新企业营收总额突破。深入实施“人工智能+”制造行动").split()
    assert {"专精特新", "省专精特新企业", "人工智能", "人工", "智能", "营收"} <= set(words)
    assert "“" not in words and "。" not in words


def test_a_query_is_split_like_the_index():
    assert "数字经济" in segment_query("数字经济").split()
    assert segment_query("，。") == ""


def test_refresh_segments_only_what_changed(loaded):
    con = loaded.con  # published once already: the index exists
    again = refresh_search(con)
    assert again.docs_added == 0 and again.docs_removed == 0 and not again.rebuilt
    con.execute("UPDATE tasks SET headline = '推动人工智能发展', body = '推动人工智能发展。' WHERE seq = 1 AND year = 2024 "
                "AND notice_id IN (SELECT notice_id FROM notices WHERE province = '陕西')")
    changed = refresh_search(con)
    assert (changed.docs_added, changed.docs_removed, changed.rebuilt) == (1, 1, True)
    hits = con.execute("SELECT province, kind, title FROM match_notices('人工智能')").fetchall()
    assert hits == [("陕西", "task", "推动人工智能发展")]
    docs = con.execute("SELECT count(*) FROM search_docs").fetchone()[0]
    assert docs == con.execute("SELECT (SELECT count(*) FROM notices) + (SELECT count(*) FROM tasks)").fetchone()[0]


def test_a_failing_search_refresh_does_not_stop_the_publish(wh, monkeypatch, caplog):
    import warehouse.search as search

    def broken(con):
        raise ExtensionMissing("the DuckDB extension 'fts' is not installed")

    monkeypatch.setattr(search, "refresh_search", broken)
    result = wh.publish()
    assert result.path.exists()
    assert "full-text search index not refreshed" in caplog.text


def test_segmenting_by_sentence_gives_the_words_of_the_whole_text():
    from pathlib import Path

    from warehouse.search import _WORDLIKE, _jieba, _with_inner_words

    shared = Path(__file__).resolve().parents[3] / "shared" / "realtexts"
    text = (shared / "a_01.txt").read_text(encoding="utf-8")
    tokenizer = _jieba()
    whole = _with_inner_words((t for t in tokenizer.cut(text) if _WORDLIKE.search(t)), tokenizer.FREQ)
    assert segment(text) == " ".join(t.lower() for t in whole)


def test_only_sql_that_searches_loads_the_fts_extension():
    from warehouse.extensions import needed_extensions

    assert needed_extensions("SELECT * FROM match_notices('人工智能')") == ("fts",)
    assert needed_extensions("select * from fts_main_search_docs.dict") == ("fts",)
    assert needed_extensions("SELECT * FROM notices") == ()
