-- Every indicator of one notice, with its evidence.
-- Parameters:
--   url   the notice's URL      default: the most recently published notice that has indicators
SELECT
    i.seq,
    i.name,
    i.canonical_name,
    i.measure,
    i.value,
    i.unit,
    i.period,
    i.target,
    i.qualifier,
    i.evidence,
    i.compared_with,
    i.stock_kind,
    n.url
FROM indicators AS i
JOIN notices AS n ON n.notice_id = i.notice_id
WHERE n.url = coalesce(
    getvariable('url'),
    (SELECT url FROM notices WHERE indicator_count > 0 ORDER BY published_at DESC NULLS LAST, url LIMIT 1)
)
ORDER BY i.seq;
