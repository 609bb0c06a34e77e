-- Figures reported by more than one notice: every report, the one indicator_series shows first
-- (report_rank = 1, the latest publication), and whether the reports agree.
-- Parameters:
--   indicator   only this canonical indicator     default: all
--   province    only this province                default: all
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
  AND (getvariable('indicator') IS NULL OR canonical_name = getvariable('indicator'))
  AND (getvariable('province') IS NULL OR province = getvariable('province'))
ORDER BY province, canonical_name, measure, period, report_rank;
