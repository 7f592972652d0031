"""Deciding what an entry means: which milestone it delivers or mentions, which job losses it
announces, and the cases those reports make.

`judge.Judge.judge` is the way in, called in the transaction that stored the entries.
`matching` (milestones) and `joblosses` (restructuring) are pure: no IO, no clock; `judge` and
`cases` read and write through `storage`. Nothing here fetches, schedules or sends.
"""
