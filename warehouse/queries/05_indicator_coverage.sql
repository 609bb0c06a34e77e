-- Indicator coverage per province: how many notices, figures and distinct indicators, and which years
-- the figures describe, with the province's region. Provinces with nothing yet show zeros.
-- Parameters:
--   theme   only indicators of this theme (工业增长, 投资, 数字经济 ...; see indicator_themes)   default: all
SELECT
    s.province,
    p.region,
    count(DISTINCT n.notice_id) AS notices,
    count(i.seq) AS indicators,
    count(DISTINCT i.canonical_name) AS distinct_indicators,
    min(year(i.period_start)) AS first_year,
    max(year(i.period_end)) AS last_year
FROM sites AS s
LEFT JOIN provinces AS p ON p.province = s.province
LEFT JOIN notices AS n ON n.province = s.province
LEFT JOIN indicators AS i
       ON i.notice_id = n.notice_id
      AND (getvariable('theme') IS NULL
           OR i.canonical_name IN (SELECT canonical_name FROM indicator_themes WHERE theme = getvariable('theme')))
GROUP BY s.province, p.region
ORDER BY indicators DESC, s.province;
