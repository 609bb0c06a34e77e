-- Targets against outcomes for the same indicator and year: what a province aimed at (target = true)
-- and what it later reported (target = false), for the same canonical indicator, measure and period.
-- Parameters:
--   year        only this year                         default: all years
--   indicator   only this canonical indicator          default: all
SELECT
    t.province,
    t.canonical_name,
    t.measure,
    t.period,
    t.value AS target_value,
    t.qualifier AS target_qualifier,
    o.value AS outcome_value,
    round(o.value - t.value, 2) AS outcome_minus_target,
    t.source_url AS target_source,
    o.source_url AS outcome_source
FROM indicator_series AS t
JOIN indicator_series AS o
  ON o.province = t.province
 AND o.canonical_name = t.canonical_name
 AND o.measure = t.measure
 AND o.period = t.period
 AND o.compared_with IS NOT DISTINCT FROM t.compared_with
 AND o.stock_kind IS NOT DISTINCT FROM t.stock_kind
 AND NOT o.target
WHERE t.target
  AND (getvariable('year') IS NULL OR t.period = CAST(getvariable('year') AS VARCHAR))
  AND (getvariable('indicator') IS NULL OR t.canonical_name = getvariable('indicator'))
ORDER BY t.province, t.canonical_name, t.period;
