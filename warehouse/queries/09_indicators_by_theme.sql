-- Every outcome of one theme's indicators, by province and period, money in 亿 beside 元, new and
-- cumulative counts apart (stock_kind).
-- Parameters:
--   theme       a theme of indicator_aliases.toml [themes]   default 数字经济
--   from_year   first year of the period                      default 2019
SELECT
    province,
    canonical_name,
    measure,
    stock_kind,
    period,
    value,
    unit,
    value_yi,
    unit_yi,
    source_url
FROM indicator_series
WHERE theme = coalesce(getvariable('theme'), '数字经济')
  AND NOT target
  AND year(period_end) >= coalesce(getvariable('from_year'), 2019)
ORDER BY canonical_name, province, period_start, measure, stock_kind NULLS FIRST;
