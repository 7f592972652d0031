"""What should happen when: plan files, milestones, periods and statuses.

Pure: no network, no database, no clock (`at` and `now` are parameters). Nothing here imports
`alerts` or `monitor`; both build on it.
"""
