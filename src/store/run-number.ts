/**
 * The number of a run being begun, from the runs that count (after runs whose worker is gone were
 * marked interrupted): one above the finished runs and above every finished or live running run's
 * number. Alone on a store this is "finished runs plus one", and a rerun after a crash takes the crashed
 * run's number again (an interrupted run does not count); beside a live run it is above that run's, so
 * two workers never share a number. `done`: finished runs; `highest`: the highest number among the
 * finished and live running runs (0 when none).
 */
export const nextRunNumber = (done: number, highest: number): number => Math.max(done, highest) + 1;

/**
 * The two inputs of `nextRunNumber` in one statement (`done`, `highest`), in SQL both backends run
 * as written.
 */
export const RUN_COUNTS_SQL =
  "SELECT COUNT(*) FILTER (WHERE status = 'done') AS done, COALESCE(MAX(number) FILTER (WHERE status IN ('done', 'running')), 0) AS highest FROM runs";
