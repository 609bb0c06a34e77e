-- Which provinces talk about a subject in their tasks (full-text search, best hits first).
-- Parameters:
--   words   words to look for, separated by spaces (each must occur)   default 人工智能
--   kind    task or notice                                              default task
SELECT
    province,
    published_date,
    title,
    round(score, 3) AS score,
    snippet,
    url
FROM match_notices(coalesce(getvariable('words'), '人工智能'))
WHERE kind = coalesce(getvariable('kind'), 'task')
ORDER BY score DESC, province;
