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
  AND regexp_full_match(period, '\d{4}')  -- whole years only (not 2023Q1, 2023H1, 2018-2022)
ORDER BY province, year;
