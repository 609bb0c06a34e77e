-- One year's task headlines by province: what each province put first.
-- Parameters:
--   year       plan year                                  default: the latest year that has tasks
--   province   one province (short name: 福建, 内蒙古)     default: all
SELECT
    province,
    ordinal,
    declared_count,
    headline,
    source_url
FROM task_list
WHERE kind = 'task'
  AND year = coalesce(getvariable('year'), (SELECT max(year) FROM tasks WHERE kind = 'task'))
  AND (getvariable('province') IS NULL OR province = getvariable('province'))
ORDER BY province, ordinal;
