-- Which column each crawl read and where it came from: a row of crawlers/sites.toml ("configured")
-- or a news column found at run time ("discovered", crawlers/discovery.py), with the candidates a
-- discovery weighed. Loaded from each site's report file with crawl_reports (warehouse/discoveries.py).

CREATE TABLE crawl_columns (
    run_id      VARCHAR NOT NULL,
    site_id     VARCHAR NOT NULL,
    column_id   VARCHAR NOT NULL,
    source      VARCHAR NOT NULL,
    list_pages  INTEGER,
    items       INTEGER,
    new_items   INTEGER,
    list_url    VARCHAR,
    why         VARCHAR,
    PRIMARY KEY (run_id, site_id, column_id)
);
COMMENT ON TABLE crawl_columns IS 'One row per column a site''s crawl read in a run, with where the column came from.';
COMMENT ON COLUMN crawl_columns.run_id IS 'The run.';
COMMENT ON COLUMN crawl_columns.site_id IS 'The site.';
COMMENT ON COLUMN crawl_columns.column_id IS 'The column id (raw_pages.column_id); a discovered column''s id comes from its list URL.';
COMMENT ON COLUMN crawl_columns.source IS 'configured (a row of crawlers/sites.toml) or discovered (found at run time).';
COMMENT ON COLUMN crawl_columns.list_pages IS 'List pages read.';
COMMENT ON COLUMN crawl_columns.items IS 'Items listed.';
COMMENT ON COLUMN crawl_columns.new_items IS 'Listed items not seen before.';
COMMENT ON COLUMN crawl_columns.list_url IS 'A discovered column''s list URL (NULL for a configured one: see sites.toml).';
COMMENT ON COLUMN crawl_columns.why IS 'Why a discovered column was chosen (its name, what its list page looked like).';

CREATE TABLE column_discoveries (
    run_id      VARCHAR NOT NULL,
    site_id     VARCHAR NOT NULL,
    seq         INTEGER NOT NULL,
    name        VARCHAR,
    url         VARCHAR NOT NULL,
    score       DOUBLE,
    why         VARCHAR,
    chosen      BOOLEAN NOT NULL,
    column_id   VARCHAR,
    PRIMARY KEY (run_id, site_id, seq)
);
COMMENT ON TABLE column_discoveries IS 'One row per candidate news column a discovery weighed (the report''s discovered list).';
COMMENT ON COLUMN column_discoveries.run_id IS 'The run.';
COMMENT ON COLUMN column_discoveries.site_id IS 'The site.';
COMMENT ON COLUMN column_discoveries.seq IS 'Position in the report''s list (best name first, 0-based).';
COMMENT ON COLUMN column_discoveries.name IS 'The link text that named the candidate.';
COMMENT ON COLUMN column_discoveries.url IS 'The candidate''s list URL.';
COMMENT ON COLUMN column_discoveries.score IS 'Name score plus, when its page was checked, the list-page score.';
COMMENT ON COLUMN column_discoveries.why IS 'Where it was found, what its page looked like, why it was chosen or rejected.';
COMMENT ON COLUMN column_discoveries.chosen IS 'True for the candidate the crawl read (at most one per site and run).';
COMMENT ON COLUMN column_discoveries.column_id IS 'The column id the chosen candidate was crawled as (NULL for the others).';
