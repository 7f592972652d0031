"""Named crash points, so fault tests kill a process at an exact step instead of after a guess.

`MONITOR_CRASH_AT=outbox.sent` kills the process with SIGKILL the first time it reaches
`point("outbox.sent")`; `outbox.sent:3` the third time. Without the variable a point costs one
dictionary lookup. Tests set it on a child process; nothing else ever should.

The points, in the order an entry and a digest pass them:

- `poll.stored`: a source's entries and state are written, not yet committed;
- `poll.committed`: that transaction is committed (304s and failures share one; counted per source);
- `decision.stored`: a person's evidence is written, its status events not yet;
- `events.logged`: status events are written, not yet committed;
- `decision.committed`: a person's decision and its events are committed, no digest yet;
- `digest.queued`: a digest and its channel's watermarks are committed to the outbox;
- `outbox.claimed`: an outbox row is claimed (committed), nothing sent yet;
- `outbox.sent`: the channel accepted the digest, the row is not yet marked sent.
"""

from __future__ import annotations

import os
import signal

CRASH_ENV = "MONITOR_CRASH_AT"
POINTS = frozenset(
    {
        "poll.stored",
        "poll.committed",
        "decision.stored",
        "events.logged",
        "decision.committed",
        "digest.queued",
        "outbox.claimed",
        "outbox.sent",
    }
)
_reached: dict[str, int] = {}


def point(name: str) -> None:
    """Die here with SIGKILL if `MONITOR_CRASH_AT` names this point (and this is its n-th pass)."""
    wanted = os.environ.get(CRASH_ENV)
    if not wanted:
        return
    target, _, nth = wanted.partition(":")
    if target != name:
        return
    _reached[name] = _reached.get(name, 0) + 1
    if _reached[name] >= int(nth or "1"):
        os.kill(os.getpid(), signal.SIGKILL)
