-- 002: the views analysts query. Plain SQL that DuckDB 1.4 and later can read, because the published
-- copy is opened by whatever DuckDB the analyst has.

-- Every figure any notice reported, with the notice it came from and its rank among the notices
-- that reported the same figure (same province, canonical indicator, measure, period and target).
-- report_rank = 1 is the latest publication; the others stay here, traceable.
CREATE VIEW indicator_reports AS
SELECT
    n.province,
    i.canonical_name,
    i.measure,
    i.period,
    i.period_start,
    i.period_end,
    i.target,
    i.value,
    i.unit,
    i.qualifier,
    i.evidence,
    i.name,
    n.url AS source_url,
    n.title AS source_title,
    n.published_date,
    n.published_at,
    i.notice_id,
    i.seq,
    row_number() OVER (
        PARTITION BY n.province, i.canonical_name, i.measure, i.period, i.target
        ORDER BY n.published_at DESC NULLS LAST, i.notice_id DESC, i.seq
    ) AS report_rank,
    count(*) OVER (PARTITION BY n.province, i.canonical_name, i.measure, i.period, i.target) AS reports,
    min(i.value) OVER (PARTITION BY n.province, i.canonical_name, i.measure, i.period, i.target)
        IS NOT DISTINCT FROM
    max(i.value) OVER (PARTITION BY n.province, i.canonical_name, i.measure, i.period, i.target) AS values_agree
FROM indicators AS i
JOIN notices AS n ON n.notice_id = i.notice_id;

-- One row per province x canonical indicator x measure x period x target: the latest publication's
-- figure. A table, not a view: it is rebuilt (in indicator_reports order, sorted by indicator so a
-- query for one indicator reads a few blocks) after every load that changed notices and after the
-- alias file is re-applied, so that it answers in milliseconds at any size. `reports` says how many
-- notice rows reported the figure (all of them are in indicator_reports), `values_agree` whether they
-- all gave the same value.
CREATE TABLE indicator_series (
    province        VARCHAR,
    canonical_name  VARCHAR,
    measure         VARCHAR,
    period          VARCHAR,
    period_start    DATE,
    period_end      DATE,
    target          BOOLEAN,
    value           DOUBLE,
    unit            VARCHAR,
    qualifier       VARCHAR,
    evidence        VARCHAR,
    name            VARCHAR,
    source_url      VARCHAR,
    source_title    VARCHAR,
    published_date  DATE,
    notice_id       VARCHAR,
    reports         BIGINT,
    values_agree    BOOLEAN
);
COMMENT ON TABLE indicator_series IS 'Province x canonical indicator x measure x period x target -> the latest publication''s figure (rebuilt after each load from indicator_reports).';
COMMENT ON COLUMN indicator_series.province IS 'Province of the publishing department.';
COMMENT ON COLUMN indicator_series.canonical_name IS 'Canonical indicator name (indicator_aliases.toml).';
COMMENT ON COLUMN indicator_series.measure IS 'growth, avg_growth, value, share, rank, pp_change.';
COMMENT ON COLUMN indicator_series.period IS 'The period as written (2022, 2023Q1, 2023M10 ...).';
COMMENT ON COLUMN indicator_series.period_start IS 'First day of the period.';
COMMENT ON COLUMN indicator_series.period_end IS 'Last day of the period.';
COMMENT ON COLUMN indicator_series.target IS 'True for a goal, false for an outcome (both can exist for one period).';
COMMENT ON COLUMN indicator_series.value IS 'The figure of the latest notice that reported it.';
COMMENT ON COLUMN indicator_series.unit IS 'Its unit.';
COMMENT ON COLUMN indicator_series.qualifier IS 'Its qualifier (左右, 以上 ...).';
COMMENT ON COLUMN indicator_series.evidence IS 'The clause it came from.';
COMMENT ON COLUMN indicator_series.name IS 'The name as that notice wrote it.';
COMMENT ON COLUMN indicator_series.source_url IS 'URL of that notice.';
COMMENT ON COLUMN indicator_series.source_title IS 'Title of that notice.';
COMMENT ON COLUMN indicator_series.published_date IS 'Publication date of that notice.';
COMMENT ON COLUMN indicator_series.notice_id IS 'That notice (notices.notice_id).';
COMMENT ON COLUMN indicator_series.reports IS 'How many indicator rows reported this figure (see indicator_reports).';
COMMENT ON COLUMN indicator_series.values_agree IS 'Whether all those reports gave the same value.';

-- Every item of every numbered list, with where it came from.
CREATE VIEW task_list AS
SELECT
    n.province,
    t.year,
    t.kind,
    t.ordinal,
    t.declared_count,
    t.headline,
    n.url AS source_url,
    n.title AS source_title,
    n.published_date,
    n.meeting_kind,
    t.notice_id,
    t.seq,
    t.body
FROM tasks AS t
JOIN notices AS n ON n.notice_id = t.notice_id;

-- Notices that report a meeting, with the year the meeting belongs to.
CREATE VIEW meeting_notices AS
SELECT
    province,
    meeting_kind,
    meeting_date,
    year(coalesce(meeting_date, published_date)) AS meeting_year,
    city,
    title,
    url,
    published_date,
    indicator_count,
    task_count,
    notice_id
FROM notices
WHERE is_meeting;

-- The newest version of each fetched page.
CREATE VIEW raw_page_latest AS
SELECT * EXCLUDE (version_rank)
FROM (
    SELECT *, row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC NULLS LAST, loaded_at DESC, sha256) AS version_rank
    FROM raw_pages
)
WHERE version_rank = 1;

-- One row per site per crawl: did the night go well? A night is healthy when the spider finished,
-- listed at least one item and reported no failure.
CREATE VIEW site_nights AS
SELECT
    r.site_id,
    r.run_id,
    r.started_at,
    r.finished,
    r.items_listed,
    r.raw_pages,
    r.failure_count,
    (SELECT string_agg(DISTINCT f.kind, ',' ORDER BY f.kind)
       FROM crawl_failures AS f
      WHERE f.run_id = r.run_id AND f.site_id = r.site_id) AS failure_kinds,
    (r.finished AND coalesce(r.items_listed, 0) > 0 AND r.failure_count = 0) AS healthy
FROM crawl_reports AS r;
