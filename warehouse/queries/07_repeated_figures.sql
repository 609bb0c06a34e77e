-- Figures reported by more than one notice: every report, the one indicator_series shows first
-- (report_rank = 1, the latest publication), and whether the reports agree.
SELECT
    province,
    canonical_name,
    measure,
    period,
    report_rank,
    value,
    values_agree,
    published_date,
    name,
    source_url
FROM indicator_reports
WHERE reports > 1
ORDER BY province, canonical_name, measure, period, report_rank;
