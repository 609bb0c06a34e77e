-- One year's task headlines by province (change the year in the WHERE clause).
SELECT
    province,
    ordinal,
    declared_count,
    headline,
    source_url
FROM task_list
WHERE year = 2024 AND kind = 'task'
ORDER BY province, ordinal;
