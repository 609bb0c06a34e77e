-- Comparisons: each province's gap to a benchmark (pp_change) and its rank against it, by year.
-- Parameters:
--   indicator   canonical indicator name                                 default 规上工业增加值
--   against     what it is compared with (全国, 上年同期, 年度目标, 中部地区 …)   default 全国
SELECT
    s.province,
    p.region,
    s.period,
    s.compared_with,
    max(s.value) FILTER (WHERE s.measure = 'pp_change') AS gap_points,
    max(s.value) FILTER (WHERE s.measure = 'rank') AS rank,
    any_value(s.evidence) AS evidence,
    any_value(s.source_url) AS source_url
FROM indicator_series AS s
LEFT JOIN provinces AS p USING (province)
WHERE s.canonical_name = coalesce(getvariable('indicator'), '规上工业增加值')
  AND s.compared_with = coalesce(getvariable('against'), '全国')
  AND s.measure IN ('pp_change', 'rank')
  AND NOT s.target
GROUP BY s.province, p.region, s.period, s.compared_with
ORDER BY s.period DESC, gap_points DESC NULLS LAST, s.province;
