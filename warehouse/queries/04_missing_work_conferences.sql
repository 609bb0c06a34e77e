-- Provinces (of the configured sites) with no work-conference notice for a year.
-- Parameters:
--   year   the conference year       default: the latest year with any work-conference notice
SELECT s.province, s.site_id
FROM sites AS s
WHERE s.active
  AND NOT EXISTS (
      SELECT 1 FROM meeting_notices AS m
      WHERE m.province = s.province
        AND m.meeting_kind = 'work_conference'
        AND m.meeting_year = coalesce(
            getvariable('year'),
            (SELECT max(meeting_year) FROM meeting_notices WHERE meeting_kind = 'work_conference')
        )
  )
ORDER BY s.site_id;
