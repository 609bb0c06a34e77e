"""Full-text search over notices (title and body) and tasks (headline and body) with DuckDB's fts.

DuckDB's fts splits text on spaces and Chinese has none, so each document is segmented first with
jieba (its words, each preceded by the dictionary words inside it: 省专精特新企业 → 专精 专精特新 …
省专精特新企业) and stored as space-joined words in ``search_docs``; the fts index (schema
``fts_main_search_docs``) is built over that column. Only documents whose text changed since the
last refresh are segmented again (a reparse that changes no text segments nothing); the index
itself is rebuilt whenever a document changed (it is a snapshot in DuckDB).

:func:`refresh_search` is called by ``Warehouse.publish`` before the copy, so the published file
carries the index and the ``match_notices`` macro; readers need the fts extension loaded
(:func:`warehouse.extensions.load_bundled`).

The macro, for ``gxt query``::

    SELECT * FROM match_notices('人工智能 专精特新') LIMIT 10;

returns doc_key, kind (notice/task), notice_id, seq, province, published_date, title, score (BM25,
higher is better), url, snippet; ordered by score. Every word must occur in a hit; with
``match_notices('…', any_word := true)`` one is enough; ``must_contain := ['数字经济']`` keeps only
hits whose text holds each of those strings as written (what ``gxt search`` does, so a word the
segmenter split finds only the text that has it whole). Separate words with spaces; a word matches when
it is one of the indexed words (jieba's dictionary, warehouse/search_words.txt and every name of the
alias file; ``segment_query`` gives the same split as the index). ``gxt search`` segments what it is
given before calling the macro.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import duckdb
import pyarrow as pa

from warehouse.aliases import ALIASES_FILE, load_aliases
from warehouse.connection import transaction
from warehouse.extensions import load_bundled

WORDS_FILE = Path(__file__).resolve().parent / "search_words.txt"
_WORDLIKE = re.compile(r"\w")
# What the fts tokenizer treats as a separator (RE2): anything but letters and digits. The same
# expression is applied to the query, so the index and the query split alike.
_IGNORE = r"[^\p{L}\p{N}]+"

_INDEX = (
    "PRAGMA create_fts_index('search_docs', 'doc_key', 'words', stemmer = 'none', stopwords = 'none', "
    f"ignore = '{_IGNORE}', strip_accents = 0, lower = 1, overwrite = 1)"
)

# The macro joins back to notices and tasks for the link and a snippet around the first word found.
_MACRO = r"""
CREATE OR REPLACE MACRO match_notices(query_words, any_word := false, must_contain := NULL) AS TABLE
WITH hits AS (
    SELECT doc_key, fts_main_search_docs.match_bm25(doc_key, query_words, conjunctive := NOT any_word) AS score
    FROM search_docs
), scored AS (
    SELECT d.*, h.score,
           CASE WHEN d.kind = 'task' THEN coalesce(t.body, t.headline, '') ELSE coalesce(n.body_text, '') END AS text,
           n.url
    FROM hits AS h
    JOIN search_docs AS d USING (doc_key)
    JOIN notices AS n ON n.notice_id = d.notice_id
    LEFT JOIN tasks AS t ON d.kind = 'task' AND t.notice_id = d.notice_id AND t.seq = d.seq
    WHERE h.score IS NOT NULL
), kept AS (
    SELECT * FROM scored
    WHERE must_contain IS NULL
       OR list_bool_and(list_transform(must_contain::VARCHAR[], w -> contains(coalesce(title, '') || ' ' || text, w)))
), placed AS (
    SELECT *,
           coalesce(list_min(list_filter(
               list_transform(string_split(trim(query_words), ' '), w -> nullif(strpos(text, w), 0)),
               p -> p IS NOT NULL)), 1) AS first_at
    FROM kept
)
SELECT doc_key, kind, notice_id, seq, province, published_date, title, score, url,
       trim(regexp_replace(substr(text, greatest(first_at - 30, 1), 90), '\s+', ' ', 'g')) AS snippet
FROM placed
ORDER BY score DESC, published_date DESC, doc_key
"""


@dataclass(frozen=True)
class SearchRefresh:
    """What a refresh did."""

    docs_added: int
    docs_removed: int
    rebuilt: bool
    segment_seconds: float
    index_seconds: float


@lru_cache(maxsize=1)
def _jieba():
    """jieba, initialised once per process with the project's words (2-3 s the first time)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    words = [w.strip() for w in WORDS_FILE.read_text(encoding="utf-8").splitlines()]
    aliases = load_aliases(ALIASES_FILE)
    words += [alias for alias, _ in aliases.entries.values()]
    for word in words:
        if word and not word.startswith("#"):
            tokenizer.add_word(word, freq=2000)
    return tokenizer


def _with_inner_words(tokens, freq: dict) -> list[str]:
    """Each word, preceded by every dictionary word inside it (jieba's own search mode adds only
    inner words of 2 and 3 characters, so 专精特新 inside 省专精特新企业 would be lost)."""
    out = []
    for token in tokens:
        n = len(token)
        if n > 2:
            out += [token[i:j] for i in range(n) for j in range(i + 2, min(n, i + 8) + 1)
                    if j - i < n and freq.get(token[i:j])]
        out.append(token)
    return out


# Sentence ends: jieba segments runs of Han characters, letters and digits separately anyway, so
# cutting the text after these changes no word, and lets repeated sentences (boilerplate, reposted
# notices, the same task in several notices) be segmented once (the cache below).
_SENTENCE_END = re.compile(r"(?<=[。！？；!?;\n])")


@lru_cache(maxsize=200_000)
def _segment_sentence(sentence: str) -> tuple[str, ...]:
    tokenizer = _jieba()
    return tuple(_with_inner_words((t for t in tokenizer.cut(sentence) if _WORDLIKE.search(t)), tokenizer.FREQ))


def segment(text: str | None) -> str:
    """``text`` as space-joined words and the dictionary words inside them, lowercased; punctuation dropped."""
    if not text:
        return ""
    return " ".join(t.lower() for sentence in _SENTENCE_END.split(text) if sentence for t in _segment_sentence(sentence))


def segment_query(words: str) -> str:
    """What the user typed, split like the index (so 人工智能发展 finds 人工智能 and 发展)."""
    return " ".join(dict.fromkeys(segment(words).split()))


# The text of every document as it is now (the same expression decides what the snippet shows).
_CURRENT = """
CREATE OR REPLACE TEMP TABLE _current_docs AS
SELECT doc_key, notice_id, seq, kind, province, published_date, title, text,
       md5(concat_ws('|', province, published_date, title, text)) AS text_md5
FROM (
    SELECT n.notice_id AS doc_key, n.notice_id, NULL::INTEGER AS seq, 'notice' AS kind, n.province,
           n.published_date, n.title, coalesce(n.title, '') || '\n' || coalesce(n.body_text, '') AS text
    FROM notices AS n
    UNION ALL
    SELECT n.notice_id || '#' || t.seq, n.notice_id, t.seq, 'task', n.province, n.published_date, t.headline,
           coalesce(t.headline, '') || '\n' || coalesce(t.body, '')
    FROM tasks AS t JOIN notices AS n USING (notice_id)
)
"""

_STALE = """
DELETE FROM search_docs AS d
WHERE NOT EXISTS (SELECT 1 FROM _current_docs AS c WHERE c.doc_key = d.doc_key AND c.text_md5 = d.text_md5)
"""

_TO_SEGMENT = """
SELECT doc_key, notice_id, kind, seq, province, published_date, title, text, text_md5
FROM _current_docs AS c
WHERE NOT EXISTS (SELECT 1 FROM search_docs AS d WHERE d.doc_key = c.doc_key)
"""


def index_exists(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(con.execute(
        "SELECT count(*) FROM duckdb_functions() WHERE function_name = 'match_notices' AND schema_name = 'main'"
    ).fetchone()[0])


def refresh_search(con: duckdb.DuckDBPyConnection) -> SearchRefresh:
    """Bring ``search_docs`` up to date with notices and tasks and, when anything changed (or there
    is no index yet), rebuild the fts index and the ``match_notices`` macro. One transaction."""
    load_bundled(con)
    started = time.perf_counter()
    with transaction(con):
        con.execute(_CURRENT)
        removed = int(con.execute(_STALE).fetchone()[0])
        rows = con.execute(_TO_SEGMENT).fetchall()
        con.execute("DROP TABLE _current_docs")
        docs = {
            "doc_key": [r[0] for r in rows],
            "notice_id": [r[1] for r in rows],
            "kind": [r[2] for r in rows],
            "seq": pa.array([r[3] for r in rows], pa.int32()),
            "province": [r[4] for r in rows],
            "published_date": pa.array([r[5] for r in rows], pa.date32()),
            "title": [r[6] for r in rows],
            "words": [segment(r[7]) for r in rows],
            "text_md5": [r[8] for r in rows],
        }
        segmented = time.perf_counter()
        if rows:
            con.register("_new_docs", pa.table(docs))
            con.execute("INSERT INTO search_docs SELECT * FROM _new_docs")
            con.unregister("_new_docs")
        rebuild = bool(rows or removed) or not index_exists(con)
        if rebuild:
            con.execute(_INDEX)
            con.execute(_MACRO)
    done = time.perf_counter()
    return SearchRefresh(len(rows), removed, rebuild, segmented - started, done - segmented if rebuild else 0.0)


def refresh_before_publish(con: duckdb.DuckDBPyConnection) -> SearchRefresh | None:
    """:func:`refresh_search` for ``Warehouse.publish``: a failure (the fts package missing, a broken
    dictionary) is logged and the publish goes on with the previous index (or none), because a night's
    notices matter more than their search index. Returns None when it failed."""
    import logging

    try:
        return refresh_search(con)
    except Exception as err:  # noqa: BLE001 - logged with its cause; publishing must not depend on search
        logging.getLogger(__name__).warning(
            "full-text search index not refreshed (%s: %s); publishing without it", type(err).__name__, err
        )
        return None
