-- Issue 9: the failure kinds that account for every listed item, and what a run's status means now
-- that runs which died are closed by the next one. Comments only: no data changes.
COMMENT ON COLUMN crawl_failures.kind IS 'http_error, challenge, empty_body, structure_changed, tls, timeout, dns, robots_forbidden; offsite_redirect (redirected off the site, not followed), oversize (over the download limit; the size in reason), undecodable (refused, the reason says why), list_cap (a backfill stopped at its list-page cap); process_killed, process_error, process_timeout (the crawl process itself).';
COMMENT ON COLUMN crawl_runs.status IS 'running while under way, then what the flow says: completed, partial, failed. A run that ended without recording its end (killed) is set to failed, with a note, by the next run.';
COMMENT ON COLUMN crawl_runs.note IS 'Free text from the flow (the summary; for a failed run the step''s error, or that a later run closed it).';
