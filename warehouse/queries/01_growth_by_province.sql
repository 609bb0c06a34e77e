-- Growth of 规上工业增加值 (or another indicator) by province and year: whole-year outcomes, latest notice wins.
-- One row per province and year; `reports` says how many notices gave the figure.
-- Parameters (gxt query --file F --param NAME=VALUE; in the DuckDB CLI: SET VARIABLE NAME = VALUE):
--   indicator   canonical indicator name           default 规上工业增加值
--   from_year   first year                         default 2019
--   to_year     last year                          default 2026
SELECT
    province,
    CAST(period AS INTEGER) AS year,
    value AS growth_pct,
    reports,
    source_url
FROM indicator_series
WHERE canonical_name = coalesce(getvariable('indicator'), '规上工业增加值')
  AND measure = 'growth'
  AND NOT target
  AND regexp_full_match(period, '\d{4}')  -- whole years only (not 2023Q1, 2023H1, 2018-2022)
  AND TRY_CAST(period AS INTEGER) BETWEEN coalesce(getvariable('from_year'), 2019) AND coalesce(getvariable('to_year'), 2026)
ORDER BY province, year;
