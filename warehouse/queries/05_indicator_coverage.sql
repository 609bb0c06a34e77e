-- Indicator coverage per province: how many notices, figures and distinct indicators, and which years
-- the figures describe. Provinces with nothing yet show zeros.
SELECT
    s.province,
    count(DISTINCT n.notice_id) AS notices,
    count(i.seq) AS indicators,
    count(DISTINCT i.canonical_name) AS distinct_indicators,
    min(year(i.period_start)) AS first_year,
    max(year(i.period_end)) AS last_year
FROM sites AS s
LEFT JOIN notices AS n ON n.province = s.province
LEFT JOIN indicators AS i ON i.notice_id = n.notice_id
GROUP BY s.province
ORDER BY indicators DESC, s.province;
