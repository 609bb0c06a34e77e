-- Every indicator of one notice, with its evidence (put the notice's URL in the WHERE clause).
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
    i.evidence
FROM indicators AS i
JOIN notices AS n ON n.notice_id = i.notice_id
WHERE n.url = 'https://gxt.fujian.gov.cn/zwgk/gzdt/202302/t20230201_6100001.htm'
ORDER BY i.seq;
