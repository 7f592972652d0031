"""Running the stages on a schedule: the job functions, the embedded daemon, the workers.

`jobs` holds the jobs as plain functions of a `host.Host` (what a job needs of the monitor);
`daemon` runs them with APScheduler in one process, `workers` on procrastinate across
several. No rules of its own: what is due is read from storage.
"""
