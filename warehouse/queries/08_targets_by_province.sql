-- Who set which targets for a year: every target figure by province, with its theme and money in 亿.
-- Parameters:
--   year    the target year      default: the latest year that has any target
--   theme   only this theme      default: all
SELECT
    province,
    theme,
    canonical_name,
    measure,
    value,
    unit,
    value_yi,
    unit_yi,
    qualifier,
    evidence,
    source_url
FROM indicator_series
WHERE target
  AND period = coalesce(
      CAST(getvariable('year') AS VARCHAR),
      (SELECT max(period) FROM indicator_series WHERE target AND regexp_full_match(period, '\d{4}'))
  )
  AND (getvariable('theme') IS NULL OR theme = getvariable('theme'))
ORDER BY province, theme NULLS LAST, canonical_name, measure;
