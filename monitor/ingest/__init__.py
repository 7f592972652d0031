"""Reading the world: which sources to watch, polite fetching, parsing, and the poll cycle.

`poll.Poller.poll` is the way in: it fetches each due source (`fetch`, bounded by
`_fetch_guards`, paced by `backoff`), parses the bytes (`parsing`, pure) and stores the entries
through `storage`, then hands them to a callback for judgement. Nothing here decides what an
entry means or sends anything.
"""
