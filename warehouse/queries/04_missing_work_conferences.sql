-- Provinces (of the configured sites) with no work-conference notice for a year (change the year).
SELECT s.province, s.site_id
FROM sites AS s
WHERE s.active
  AND NOT EXISTS (
      SELECT 1 FROM meeting_notices AS m
      WHERE m.province = s.province
        AND m.meeting_kind = 'work_conference'
        AND m.meeting_year = 2024
  )
ORDER BY s.site_id;
