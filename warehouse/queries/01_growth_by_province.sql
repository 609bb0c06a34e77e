-- Growth of 规上工业增加值 by province and year (outcomes for whole years; the latest notice wins).
-- One row per province and year; `reports` says how many notices gave the figure.
SELECT
    province,
    CAST(period AS INTEGER) AS year,
    value AS growth_pct,
    reports,
    source_url
FROM indicator_series
WHERE canonical_name = '规上工业增加值'
  AND measure = 'growth'
  AND NOT target
  AND period_start = make_date(CAST(period AS INTEGER), 1, 1)
  AND period_end = make_date(CAST(period AS INTEGER), 12, 31)
  AND regexp_full_match(period, '\d{4}')
ORDER BY province, year;
