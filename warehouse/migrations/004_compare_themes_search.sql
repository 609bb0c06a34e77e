-- 004: series that compare, themes, money in 亿元, provinces, and the documents of full-text search.
-- Plain SQL that DuckDB 1.4 and later can read (the published copy is opened by any DuckDB >= 1.4).

-- What a pp_change or rank is measured against, and whether a count is new or cumulative: two
-- different series must not be one (比全国高1.3个百分点 is a gap to another series, 比上年提高1.3个百分点
-- a change over time; 新增 and 累计 counts differ by years of history). Both are NULL when the parser
-- did not say (records of an older parser, or no comparison in the text).
ALTER TABLE indicators ADD COLUMN compared_with VARCHAR;
ALTER TABLE indicators ADD COLUMN stock_kind VARCHAR;
COMMENT ON COLUMN indicators.compared_with IS 'For pp_change and rank: what the figure is measured against: 全国, 上年同期, 年度目标, 全省 (the parent series), or a region or peer group as written (中部地区, 长江经济带); NULL when not said.';
COMMENT ON COLUMN indicators.stock_kind IS 'For value counts: new (新增 in the period) or cumulative (累计, the stock at its end); NULL when not said.';

-- The 31 provincial divisions, for joins and groupings (notices.province and indicator_series.province
-- are the short name).
CREATE TABLE provinces (
    code       VARCHAR PRIMARY KEY,
    province   VARCHAR NOT NULL UNIQUE,
    full_name  VARCHAR NOT NULL,
    region     VARCHAR NOT NULL,
    site_id    VARCHAR NOT NULL
);
COMMENT ON TABLE provinces IS 'One row per provincial-level division (31; not Hong Kong, Macao, Taiwan), with its code and economic region.';
COMMENT ON COLUMN provinces.code IS 'Six-digit administrative division code of GB/T 2260 (福建 350000).';
COMMENT ON COLUMN provinces.province IS 'Short name, as in notices.province (福建, 内蒙古).';
COMMENT ON COLUMN provinces.full_name IS 'Full name (福建省, 内蒙古自治区).';
COMMENT ON COLUMN provinces.region IS 'Economic region of the National Bureau of Statistics: 东部, 中部, 西部, 东北.';
COMMENT ON COLUMN provinces.site_id IS 'The site of its 工信 department (sites.site_id).';
INSERT INTO provinces VALUES
    ('110000', '北京', '北京市', '东部', 'beijing'),
    ('120000', '天津', '天津市', '东部', 'tianjin'),
    ('130000', '河北', '河北省', '东部', 'hebei'),
    ('140000', '山西', '山西省', '中部', 'shanxi'),
    ('150000', '内蒙古', '内蒙古自治区', '西部', 'neimenggu'),
    ('210000', '辽宁', '辽宁省', '东北', 'liaoning'),
    ('220000', '吉林', '吉林省', '东北', 'jilin'),
    ('230000', '黑龙江', '黑龙江省', '东北', 'heilongjiang'),
    ('310000', '上海', '上海市', '东部', 'shanghai'),
    ('320000', '江苏', '江苏省', '东部', 'jiangsu'),
    ('330000', '浙江', '浙江省', '东部', 'zhejiang'),
    ('340000', '安徽', '安徽省', '中部', 'anhui'),
    ('350000', '福建', '福建省', '东部', 'fujian'),
    ('360000', '江西', '江西省', '中部', 'jiangxi'),
    ('370000', '山东', '山东省', '东部', 'shandong'),
    ('410000', '河南', '河南省', '中部', 'henan'),
    ('420000', '湖北', '湖北省', '中部', 'hubei'),
    ('430000', '湖南', '湖南省', '中部', 'hunan'),
    ('440000', '广东', '广东省', '东部', 'guangdong'),
    ('450000', '广西', '广西壮族自治区', '西部', 'guangxi'),
    ('460000', '海南', '海南省', '东部', 'hainan'),
    ('500000', '重庆', '重庆市', '西部', 'chongqing'),
    ('510000', '四川', '四川省', '西部', 'sichuan'),
    ('520000', '贵州', '贵州省', '西部', 'guizhou'),
    ('530000', '云南', '云南省', '西部', 'yunnan'),
    ('540000', '西藏', '西藏自治区', '西部', 'xizang'),
    ('610000', '陕西', '陕西省', '西部', 'shaanxi'),
    ('620000', '甘肃', '甘肃省', '西部', 'gansu'),
    ('630000', '青海', '青海省', '西部', 'qinghai'),
    ('640000', '宁夏', '宁夏回族自治区', '西部', 'ningxia'),
    ('650000', '新疆', '新疆维吾尔自治区', '西部', 'xinjiang');

-- A theme per canonical indicator, from the [themes] table of warehouse/indicator_aliases.toml
-- (written with the aliases; re-applied when the file changes).
CREATE TABLE indicator_themes (
    canonical_name  VARCHAR PRIMARY KEY,
    theme           VARCHAR NOT NULL
);
COMMENT ON TABLE indicator_themes IS 'Canonical indicator -> theme (工业增长, 投资, 数字经济 ...), from the [themes] table of indicator_aliases.toml as last applied.';
COMMENT ON COLUMN indicator_themes.canonical_name IS 'Canonical indicator name.';
COMMENT ON COLUMN indicator_themes.theme IS 'Its theme.';

-- The reports and the series gain the comparison, the stock kind, the theme and money in 亿元. The
-- comparison and the stock kind are part of a figure's identity (see above), so they are in the
-- partition: 比全国 and 比上年 figures of the same year no longer replace each other.
DROP VIEW indicator_reports;
CREATE VIEW indicator_reports AS
SELECT
    n.province,
    i.canonical_name,
    th.theme,
    i.measure,
    i.compared_with,
    i.stock_kind,
    i.period,
    i.period_start,
    i.period_end,
    i.target,
    i.value,
    i.unit,
    CASE WHEN i.unit IN ('元', '美元') THEN i.value / 1e8 END AS value_yi,
    CASE WHEN i.unit IN ('元', '美元') THEN '亿' || i.unit END AS unit_yi,
    i.qualifier,
    i.evidence,
    i.name,
    n.url AS source_url,
    n.title AS source_title,
    n.published_date,
    n.published_at,
    i.notice_id,
    i.seq,
    row_number() OVER figure AS report_rank,
    count(*) OVER whole AS reports,
    min(i.value) OVER whole IS NOT DISTINCT FROM max(i.value) OVER whole AS values_agree
FROM indicators AS i
JOIN notices AS n ON n.notice_id = i.notice_id
LEFT JOIN indicator_themes AS th ON th.canonical_name = i.canonical_name
WINDOW
    whole AS (PARTITION BY n.province, i.canonical_name, i.measure, i.compared_with, i.stock_kind, i.period, i.target),
    figure AS (PARTITION BY n.province, i.canonical_name, i.measure, i.compared_with, i.stock_kind, i.period, i.target
               ORDER BY n.published_at DESC NULLS LAST, i.notice_id DESC, i.seq);

DROP TABLE indicator_series;
CREATE TABLE indicator_series (
    province        VARCHAR,
    canonical_name  VARCHAR,
    theme           VARCHAR,
    measure         VARCHAR,
    compared_with   VARCHAR,
    stock_kind      VARCHAR,
    period          VARCHAR,
    period_start    DATE,
    period_end      DATE,
    target          BOOLEAN,
    value           DOUBLE,
    unit            VARCHAR,
    value_yi        DOUBLE,
    unit_yi         VARCHAR,
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
COMMENT ON TABLE indicator_series IS 'Province x canonical indicator x measure x compared_with x stock_kind x period x target -> the latest publication''s figure (rebuilt after each load from indicator_reports).';
COMMENT ON COLUMN indicator_series.province IS 'Province of the publishing department (provinces.province).';
COMMENT ON COLUMN indicator_series.canonical_name IS 'Canonical indicator name (indicator_aliases.toml).';
COMMENT ON COLUMN indicator_series.theme IS 'Theme of the canonical indicator (indicator_aliases.toml [themes]); NULL when it has none.';
COMMENT ON COLUMN indicator_series.measure IS 'growth, avg_growth, value, share, rank, pp_change.';
COMMENT ON COLUMN indicator_series.compared_with IS 'For pp_change and rank: 全国, 上年同期, 年度目标, 全省, a region or peer group; NULL when not said.';
COMMENT ON COLUMN indicator_series.stock_kind IS 'For counts: new (新增) or cumulative (累计); NULL when not said.';
COMMENT ON COLUMN indicator_series.period IS 'The period as written (2022, 2023Q1, 2023M10 ...).';
COMMENT ON COLUMN indicator_series.period_start IS 'First day of the period.';
COMMENT ON COLUMN indicator_series.period_end IS 'Last day of the period.';
COMMENT ON COLUMN indicator_series.target IS 'True for a goal, false for an outcome (both can exist for one period).';
COMMENT ON COLUMN indicator_series.value IS 'The figure of the latest notice that reported it (money in 元).';
COMMENT ON COLUMN indicator_series.unit IS 'Its unit.';
COMMENT ON COLUMN indicator_series.value_yi IS 'Money in 亿 (value / 1e8) when the unit is 元 or 美元, else NULL.';
COMMENT ON COLUMN indicator_series.unit_yi IS '亿元 or 亿美元 beside value_yi.';
COMMENT ON COLUMN indicator_series.qualifier IS 'Its qualifier (左右, 以上 ...).';
COMMENT ON COLUMN indicator_series.evidence IS 'The clause it came from.';
COMMENT ON COLUMN indicator_series.name IS 'The name as that notice wrote it.';
COMMENT ON COLUMN indicator_series.source_url IS 'URL of that notice.';
COMMENT ON COLUMN indicator_series.source_title IS 'Title of that notice.';
COMMENT ON COLUMN indicator_series.published_date IS 'Publication date of that notice.';
COMMENT ON COLUMN indicator_series.notice_id IS 'That notice (notices.notice_id).';
COMMENT ON COLUMN indicator_series.reports IS 'How many indicator rows reported this figure (see indicator_reports).';
COMMENT ON COLUMN indicator_series.values_agree IS 'Whether all those reports gave the same value.';
INSERT INTO indicator_series
SELECT province, canonical_name, theme, measure, compared_with, stock_kind, period, period_start, period_end, target,
       value, unit, value_yi, unit_yi, qualifier, evidence, name, source_url, source_title, published_date,
       notice_id, reports, values_agree
FROM indicator_reports
WHERE report_rank = 1
ORDER BY canonical_name, measure, province, period, target;

-- What full-text search indexes: one document per notice (title and body) and one per task
-- (headline and body), with the text segmented into words (jieba) and joined by spaces, because
-- DuckDB's fts splits on spaces and Chinese has none. Brought up to date at each publish
-- (warehouse/search.py: only documents whose text changed are segmented again, so a reparse that
-- changes nothing costs no segmenting); the fts index over it (schema fts_main_search_docs) is
-- rebuilt when a document changed.
CREATE TABLE search_docs (
    doc_key         VARCHAR PRIMARY KEY,
    notice_id       VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,
    seq             INTEGER,
    province        VARCHAR,
    published_date  DATE,
    title           VARCHAR,
    words           VARCHAR NOT NULL,
    text_md5        VARCHAR NOT NULL
);
COMMENT ON TABLE search_docs IS 'The documents of full-text search: a notice (title and body) or a task (headline and body), segmented into words.';
COMMENT ON COLUMN search_docs.doc_key IS 'notice_id for a notice, notice_id#seq for a task.';
COMMENT ON COLUMN search_docs.notice_id IS 'The notice (notices.notice_id).';
COMMENT ON COLUMN search_docs.kind IS 'notice or task.';
COMMENT ON COLUMN search_docs.seq IS 'The task''s seq (tasks.seq); NULL for a notice.';
COMMENT ON COLUMN search_docs.province IS 'Province of the notice.';
COMMENT ON COLUMN search_docs.published_date IS 'Publication date of the notice.';
COMMENT ON COLUMN search_docs.title IS 'The notice title, or the task headline.';
COMMENT ON COLUMN search_docs.words IS 'The segmented text (jieba search mode, words joined by spaces) that the fts index reads.';
COMMENT ON COLUMN search_docs.text_md5 IS 'md5 of the text that was segmented (a document is segmented again only when it changes).';

-- The alias file is applied again at the next open (its stored hash is forgotten), so that rows
-- loaded before this migration get their themes and the comparisons and stock kinds their names
-- say, and indicator_series is rebuilt with them.
DELETE FROM warehouse_meta WHERE key = 'aliases_sha256';
