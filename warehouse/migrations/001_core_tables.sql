-- 001: the core tables.
-- Every column is described here (COMMENT ON, so `duckdb_columns()` and the published copy carry the
-- descriptions too) and in warehouse/README.md. Keys are natural and decided once: DuckDB cannot add a
-- primary key to an existing table. Times are TIMESTAMPTZ (UTC instants); dates as the pages give them
-- are local China dates. No foreign keys: DuckDB checks them eagerly and they would make the
-- delete-then-insert replacement of a notice's rows fail.

CREATE TABLE sites (
    site_id     VARCHAR PRIMARY KEY,
    province    VARCHAR NOT NULL,
    department  VARCHAR,
    domain      VARCHAR,
    base_url    VARCHAR,
    status      VARCHAR,
    family      VARCHAR,
    columns     JSON,
    active      BOOLEAN NOT NULL DEFAULT true,
    synced_at   TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE sites IS 'One row per configured provincial department site, copied from crawlers/sites.toml at each sync.';
COMMENT ON COLUMN sites.site_id IS 'Lowercase pinyin of the province (fujian, neimenggu ...); the spider name.';
COMMENT ON COLUMN sites.province IS 'Short province name without 省/市/自治区 (福建, 内蒙古).';
COMMENT ON COLUMN sites.department IS 'Official name of the department (福建省工业和信息化厅).';
COMMENT ON COLUMN sites.domain IS 'Host name of the department site.';
COMMENT ON COLUMN sites.base_url IS 'Home page URL.';
COMMENT ON COLUMN sites.status IS 'How well the site table row is known: confirmed / partial / guessed.';
COMMENT ON COLUMN sites.family IS 'CMS platform family the spider uses (trs, hanweb_jpage, ...).';
COMMENT ON COLUMN sites.columns IS 'The news columns crawled on this site, as JSON (whatever crawlers.sites gives).';
COMMENT ON COLUMN sites.active IS 'False when the row has left sites.toml (history stays, the site is no longer crawled).';
COMMENT ON COLUMN sites.synced_at IS 'When this row was last copied from the site table.';

CREATE TABLE crawl_runs (
    run_id          VARCHAR PRIMARY KEY,
    flow            VARCHAR NOT NULL,
    status          VARCHAR NOT NULL,
    started_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    parser_version  INTEGER,
    site_stats      JSON,
    note            VARCHAR
);
COMMENT ON TABLE crawl_runs IS 'One row per flow run (nightly, backfill, reparse).';
COMMENT ON COLUMN crawl_runs.run_id IS 'The run id; also the name of data/raw/<run_id>/ and data/parsed/<run_id>.jsonl.';
COMMENT ON COLUMN crawl_runs.flow IS 'Which flow ran: nightly, backfill, reparse ...';
COMMENT ON COLUMN crawl_runs.status IS 'running while under way, then what the flow says: completed, partial, failed.';
COMMENT ON COLUMN crawl_runs.started_at IS 'When the run started.';
COMMENT ON COLUMN crawl_runs.finished_at IS 'When the run finished (NULL while running, or when it died).';
COMMENT ON COLUMN crawl_runs.parser_version IS 'flows.parse.PARSER_VERSION used by the run.';
COMMENT ON COLUMN crawl_runs.site_stats IS 'Per-site numbers of the run as JSON {site: {...}}: the crawl report stats and load counts.';
COMMENT ON COLUMN crawl_runs.note IS 'Free text from the flow (why it failed ...).';

CREATE TABLE crawl_reports (
    run_id              VARCHAR NOT NULL,
    site_id             VARCHAR NOT NULL,
    started_at          TIMESTAMPTZ,
    finished_at         TIMESTAMPTZ,
    finished            BOOLEAN NOT NULL,
    requests            INTEGER,
    list_pages          INTEGER,
    detail_pages        INTEGER,
    items_listed        INTEGER,
    items_new           INTEGER,
    items_skipped_seen  INTEGER,
    raw_pages           INTEGER,
    columns             JSON,
    failure_count       INTEGER NOT NULL,
    PRIMARY KEY (run_id, site_id)
);
COMMENT ON TABLE crawl_reports IS 'One row per site per run: the crawl report file data/raw/<run_id>/<site>.report.json.';
COMMENT ON COLUMN crawl_reports.run_id IS 'The run the crawl belonged to.';
COMMENT ON COLUMN crawl_reports.site_id IS 'The site crawled.';
COMMENT ON COLUMN crawl_reports.started_at IS 'When the spider started.';
COMMENT ON COLUMN crawl_reports.finished_at IS 'When the spider stopped.';
COMMENT ON COLUMN crawl_reports.finished IS 'False when the spider did not finish (killed, crashed, timed out).';
COMMENT ON COLUMN crawl_reports.requests IS 'HTTP requests made.';
COMMENT ON COLUMN crawl_reports.list_pages IS 'List pages fetched.';
COMMENT ON COLUMN crawl_reports.detail_pages IS 'Detail pages fetched.';
COMMENT ON COLUMN crawl_reports.items_listed IS 'Items seen on the list pages.';
COMMENT ON COLUMN crawl_reports.items_new IS 'Listed items not seen before.';
COMMENT ON COLUMN crawl_reports.items_skipped_seen IS 'Listed items skipped because their URL was already seen.';
COMMENT ON COLUMN crawl_reports.raw_pages IS 'Raw pages written to the run file.';
COMMENT ON COLUMN crawl_reports.columns IS 'Per column numbers as JSON {column: {list_pages, items, new}}.';
COMMENT ON COLUMN crawl_reports.failure_count IS 'Number of failures in the report (rows in crawl_failures).';

CREATE TABLE crawl_failures (
    run_id       VARCHAR NOT NULL,
    site_id      VARCHAR NOT NULL,
    seq          INTEGER NOT NULL,
    column_id    VARCHAR,
    url          VARCHAR,
    kind         VARCHAR NOT NULL,
    http_status  INTEGER,
    reason       VARCHAR,
    PRIMARY KEY (run_id, site_id, seq)
);
COMMENT ON TABLE crawl_failures IS 'One row per failure listed in a crawl report.';
COMMENT ON COLUMN crawl_failures.run_id IS 'The run.';
COMMENT ON COLUMN crawl_failures.site_id IS 'The site.';
COMMENT ON COLUMN crawl_failures.seq IS 'Position in the report''s failure list (0-based).';
COMMENT ON COLUMN crawl_failures.column_id IS 'The site column, where the failure belongs to one.';
COMMENT ON COLUMN crawl_failures.url IS 'The URL that failed.';
COMMENT ON COLUMN crawl_failures.kind IS 'http_error, challenge, empty_body, structure_changed, tls, timeout, dns, robots_forbidden.';
COMMENT ON COLUMN crawl_failures.http_status IS 'HTTP status, where there was one.';
COMMENT ON COLUMN crawl_failures.reason IS 'What the crawler said.';

CREATE TABLE raw_pages (
    url            VARCHAR NOT NULL,
    sha256         VARCHAR NOT NULL,
    site_id        VARCHAR NOT NULL,
    column_id      VARCHAR,
    run_id         VARCHAR NOT NULL,
    final_url      VARCHAR,
    list_url       VARCHAR,
    list_title     VARCHAR,
    list_date      DATE,
    http_status    INTEGER,
    encoding       VARCHAR,
    headers        JSON,
    meeting_title  BOOLEAN,
    fetched_at     TIMESTAMPTZ,
    html           VARCHAR NOT NULL,
    loaded_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (url, sha256)
);
COMMENT ON TABLE raw_pages IS 'One row per fetched page version: a page whose content changed is a new row, never an overwrite.';
COMMENT ON COLUMN raw_pages.url IS 'Canonical real URL of the detail page (real host name even when fetched from the mirror).';
COMMENT ON COLUMN raw_pages.sha256 IS 'SHA-256 (hex) of the decoded html, UTF-8 encoded: the version key.';
COMMENT ON COLUMN raw_pages.site_id IS 'The site that listed the page.';
COMMENT ON COLUMN raw_pages.column_id IS 'The site column that listed the page (sites.toml column id).';
COMMENT ON COLUMN raw_pages.run_id IS 'The run that first fetched this version.';
COMMENT ON COLUMN raw_pages.final_url IS 'URL after redirects.';
COMMENT ON COLUMN raw_pages.list_url IS 'The list page the item was found on.';
COMMENT ON COLUMN raw_pages.list_title IS 'The title as the list page gave it.';
COMMENT ON COLUMN raw_pages.list_date IS 'The date as the list page gave it.';
COMMENT ON COLUMN raw_pages.http_status IS 'HTTP status of the detail page.';
COMMENT ON COLUMN raw_pages.encoding IS 'Encoding the html was decoded from (utf-8, gb18030 ...).';
COMMENT ON COLUMN raw_pages.headers IS 'Response headers that matter (content-type, last-modified) as JSON.';
COMMENT ON COLUMN raw_pages.meeting_title IS 'The list or page title matches the meeting keywords (a tag, never a filter).';
COMMENT ON COLUMN raw_pages.fetched_at IS 'When the crawler fetched this version.';
COMMENT ON COLUMN raw_pages.html IS 'The decoded page text, verbatim.';
COMMENT ON COLUMN raw_pages.loaded_at IS 'When the version entered the warehouse.';

CREATE TABLE notices (
    notice_id         VARCHAR PRIMARY KEY,
    url               VARCHAR NOT NULL UNIQUE,
    raw_sha256        VARCHAR NOT NULL,
    site_id           VARCHAR,
    column_id         VARCHAR,
    province          VARCHAR,
    doc               VARCHAR,
    title             VARCHAR,
    published_at      TIMESTAMP,
    published_date    DATE,
    source            VARCHAR,
    body_text         VARCHAR,
    is_meeting        BOOLEAN,
    meeting_kind      VARCHAR,
    meeting_province  VARCHAR,
    meeting_date      DATE,
    city              VARCHAR,
    indicator_count   INTEGER NOT NULL,
    task_count        INTEGER NOT NULL,
    parser_version    INTEGER NOT NULL,
    first_run_id      VARCHAR,
    run_id            VARCHAR,
    loaded_at         TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE notices IS 'One row per parsed notice (one URL): the latest parse of the newest page version.';
COMMENT ON COLUMN notices.notice_id IS 'Stable id: the first 16 hex digits of sha256(url). Survives re-parses.';
COMMENT ON COLUMN notices.url IS 'Canonical URL of the notice (raw_pages.url).';
COMMENT ON COLUMN notices.raw_sha256 IS 'The raw page version the notice was parsed from (raw_pages.sha256).';
COMMENT ON COLUMN notices.site_id IS 'The site it came from.';
COMMENT ON COLUMN notices.column_id IS 'The site column it came from.';
COMMENT ON COLUMN notices.province IS 'Province of the publishing department (from the site), else the meeting province.';
COMMENT ON COLUMN notices.doc IS 'The record''s doc field (the input name the parser was given).';
COMMENT ON COLUMN notices.title IS 'Article title.';
COMMENT ON COLUMN notices.published_at IS 'Publication time as the page gives it (China local time; midnight when only a date is known).';
COMMENT ON COLUMN notices.published_date IS 'Publication date.';
COMMENT ON COLUMN notices.source IS 'Article source (来源).';
COMMENT ON COLUMN notices.body_text IS 'Cleaned article body, paragraphs joined by newlines, Simplified Chinese.';
COMMENT ON COLUMN notices.is_meeting IS 'The notice reports a meeting.';
COMMENT ON COLUMN notices.meeting_kind IS 'work_conference, operation_meeting or other.';
COMMENT ON COLUMN notices.meeting_province IS 'Province named by the meeting (contract meeting.province).';
COMMENT ON COLUMN notices.meeting_date IS 'Day the meeting was held.';
COMMENT ON COLUMN notices.city IS 'City where it was held, short name.';
COMMENT ON COLUMN notices.indicator_count IS 'Number of indicators rows of the notice (a check on completeness).';
COMMENT ON COLUMN notices.task_count IS 'Number of tasks rows of the notice.';
COMMENT ON COLUMN notices.parser_version IS 'PARSER_VERSION that produced this row and its indicators and tasks.';
COMMENT ON COLUMN notices.first_run_id IS 'The run in which the notice first entered the warehouse.';
COMMENT ON COLUMN notices.run_id IS 'The run that last (re)loaded it.';
COMMENT ON COLUMN notices.loaded_at IS 'When it was last (re)loaded.';

CREATE TABLE indicators (
    notice_id       VARCHAR NOT NULL,
    seq             INTEGER NOT NULL,
    name            VARCHAR NOT NULL,
    canonical_name  VARCHAR NOT NULL,
    measure         VARCHAR,
    value           DOUBLE,
    unit            VARCHAR,
    period          VARCHAR,
    period_start    DATE,
    period_end      DATE,
    target          BOOLEAN,
    qualifier       VARCHAR,
    evidence        VARCHAR,
    parser_version  INTEGER NOT NULL,
    PRIMARY KEY (notice_id, seq)
);
COMMENT ON TABLE indicators IS 'One row per figure extracted from a notice (extraction contract, indicators).';
COMMENT ON COLUMN indicators.notice_id IS 'The notice (notices.notice_id).';
COMMENT ON COLUMN indicators.seq IS 'Position in the notice''s indicator list, from 1.';
COMMENT ON COLUMN indicators.name IS 'The subject as the text names it (规模以上工业增加值).';
COMMENT ON COLUMN indicators.canonical_name IS 'The name after warehouse/indicator_aliases.toml (规上工业增加值); the name itself when no alias applies.';
COMMENT ON COLUMN indicators.measure IS 'growth, avg_growth, value, share, rank, pp_change.';
COMMENT ON COLUMN indicators.value IS 'The number, multipliers applied (1.96万亿元 -> 1.96e12; 下降3% -> -3).';
COMMENT ON COLUMN indicators.unit IS '% for growth/avg_growth/share, 位 for rank, 百分点, 元, 家, 个 ...';
COMMENT ON COLUMN indicators.period IS 'What the figure describes, as the parser wrote it: 2022, 2018-2022, 2023Q1, 2023M10, 2023H1.';
COMMENT ON COLUMN indicators.period_start IS 'First day of the period (2023M10 -> 2023-01-01); NULL when the period is not in the grammar.';
COMMENT ON COLUMN indicators.period_end IS 'Last day of the period (2023M10 -> 2023-10-31).';
COMMENT ON COLUMN indicators.target IS 'True for a goal (预期目标, 力争), false for an outcome.';
COMMENT ON COLUMN indicators.qualifier IS '突破, 以上, 超过, 左右, 近, 约 ... or NULL.';
COMMENT ON COLUMN indicators.evidence IS 'The clause the figure came from.';
COMMENT ON COLUMN indicators.parser_version IS 'PARSER_VERSION that produced the row.';

CREATE TABLE tasks (
    notice_id       VARCHAR NOT NULL,
    seq             INTEGER NOT NULL,
    kind            VARCHAR,
    year            INTEGER,
    ordinal         INTEGER,
    declared_count  INTEGER,
    headline        VARCHAR,
    body            VARCHAR,
    parser_version  INTEGER NOT NULL,
    PRIMARY KEY (notice_id, seq)
);
COMMENT ON TABLE tasks IS 'One row per item of a numbered list in a notice (一是…二是…).';
COMMENT ON COLUMN tasks.notice_id IS 'The notice (notices.notice_id).';
COMMENT ON COLUMN tasks.seq IS 'Position in the notice''s task list, from 1.';
COMMENT ON COLUMN tasks.kind IS 'task (to be done in the plan year) or review (what was done).';
COMMENT ON COLUMN tasks.year IS 'Plan year for task, reviewed year for review.';
COMMENT ON COLUMN tasks.ordinal IS '1, 2, 3 ... in the notice''s order.';
COMMENT ON COLUMN tasks.declared_count IS 'The count the text announces (抓好九个方面重点任务 -> 9), or NULL.';
COMMENT ON COLUMN tasks.headline IS 'The item''s first sentence.';
COMMENT ON COLUMN tasks.body IS 'The item''s whole text.';
COMMENT ON COLUMN tasks.parser_version IS 'PARSER_VERSION that produced the row.';

CREATE TABLE parse_failures (
    url             VARCHAR NOT NULL,
    raw_sha256      VARCHAR NOT NULL,
    parser_version  INTEGER NOT NULL,
    stage           VARCHAR NOT NULL,
    error           VARCHAR NOT NULL,
    site_id         VARCHAR,
    column_id       VARCHAR,
    run_id          VARCHAR,
    failed_at       TIMESTAMPTZ NOT NULL,
    resolved_at     TIMESTAMPTZ,
    PRIMARY KEY (url, raw_sha256, parser_version)
);
COMMENT ON TABLE parse_failures IS 'One row per page version that could not become a notice, per parser version.';
COMMENT ON COLUMN parse_failures.url IS 'The page URL.';
COMMENT ON COLUMN parse_failures.raw_sha256 IS 'The raw page version (raw_pages.sha256).';
COMMENT ON COLUMN parse_failures.parser_version IS 'PARSER_VERSION that failed on it.';
COMMENT ON COLUMN parse_failures.stage IS 'clean or parse (reported by the flow), load (refused by the warehouse).';
COMMENT ON COLUMN parse_failures.error IS 'Why, in words.';
COMMENT ON COLUMN parse_failures.site_id IS 'The site.';
COMMENT ON COLUMN parse_failures.column_id IS 'The site column.';
COMMENT ON COLUMN parse_failures.run_id IS 'The run that recorded the failure.';
COMMENT ON COLUMN parse_failures.failed_at IS 'When it was (last) recorded.';
COMMENT ON COLUMN parse_failures.resolved_at IS 'When a later parse of the same URL loaded as a notice (NULL while unresolved).';

CREATE TABLE load_problems (
    source_file  VARCHAR NOT NULL,
    line_no      INTEGER NOT NULL,
    run_id       VARCHAR,
    reason       VARCHAR NOT NULL,
    seen_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source_file, line_no)
);
COMMENT ON TABLE load_problems IS 'Lines of raw or parsed files that could not be read at all (truncated gzip, not JSON, no url).';
COMMENT ON COLUMN load_problems.source_file IS 'The file, relative to the data directory where possible.';
COMMENT ON COLUMN load_problems.line_no IS 'Line number, from 1 (0 for the file as a whole).';
COMMENT ON COLUMN load_problems.run_id IS 'The run the file belongs to.';
COMMENT ON COLUMN load_problems.reason IS 'What was wrong.';
COMMENT ON COLUMN load_problems.seen_at IS 'When it was (last) found.';

CREATE TABLE indicator_aliases (
    alias_key       VARCHAR PRIMARY KEY,
    alias           VARCHAR NOT NULL,
    canonical_name  VARCHAR NOT NULL
);
COMMENT ON TABLE indicator_aliases IS 'The name -> canonical name table of warehouse/indicator_aliases.toml, as last applied.';
COMMENT ON COLUMN indicator_aliases.alias_key IS 'The alias with spaces and quote marks removed (what names are matched on).';
COMMENT ON COLUMN indicator_aliases.alias IS 'The alias as written in the file.';
COMMENT ON COLUMN indicator_aliases.canonical_name IS 'The canonical name it maps to.';

CREATE TABLE warehouse_meta (
    key    VARCHAR PRIMARY KEY,
    value  VARCHAR
);
COMMENT ON TABLE warehouse_meta IS 'Small facts about the warehouse itself (aliases_sha256: the alias file last applied).';
COMMENT ON COLUMN warehouse_meta.key IS 'Name of the fact.';
COMMENT ON COLUMN warehouse_meta.value IS 'Its value.';
