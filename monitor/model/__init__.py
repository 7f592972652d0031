"""The values that pass from one stage to the next: feed entries, source specs, ERM
factsheets, job-loss announcements.

Plain frozen dataclasses and enums: no IO, no logic beyond their own fields. Every stage and
`storage` may import them; they import nothing of the monitor.
"""
