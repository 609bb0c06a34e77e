-- Growth by economic region (东部, 中部, 西部, 东北) and year: the mean and spread over the provinces
-- that reported a whole-year outcome.
-- Parameters:
--   indicator   canonical indicator name    default 规上工业增加值
--   from_year   first year                  default 2019
SELECT
    p.region,
    CAST(s.period AS INTEGER) AS year,
    count(*) AS provinces,
    round(avg(s.value), 2) AS mean_growth_pct,
    min(s.value) AS lowest,
    max(s.value) AS highest,
    string_agg(s.province || ' ' || s.value, ', ' ORDER BY s.value DESC) AS by_province
FROM indicator_series AS s
JOIN provinces AS p USING (province)
WHERE s.canonical_name = coalesce(getvariable('indicator'), '规上工业增加值')
  AND s.measure = 'growth'
  AND NOT s.target
  AND regexp_full_match(s.period, '\d{4}')
  AND TRY_CAST(s.period AS INTEGER) >= coalesce(getvariable('from_year'), 2019)
GROUP BY p.region, year
ORDER BY year, p.region;
