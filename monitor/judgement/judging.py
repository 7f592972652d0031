"""The judge in force: compiled for the plan stored now and the watch list configured now.

Compiling the plan's vocabulary and the job-loss lexicons takes a fraction of a second, so
one `Judging` keeps its `Judge` for as long as neither changed; another process may have
synced a new plan meanwhile, which the stored fingerprints tell. `rematch` judges every
stored entry again in batches, one transaction each.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable
from typing import TYPE_CHECKING

from monitor.config import Config
from monitor.errors import ConfigError
from monitor.storage import Database
from monitor.storage import entries as entry_store
from monitor.storage import milestones as milestone_store

if TYPE_CHECKING:
    from monitor.judgement.judge import Judge, Judgement

#: Entries judged in one transaction by a rematch.
REMATCH_BATCH = 500


class Judging:
    """The compiled judge of one monitor, recompiled when the plan or the watch list changes."""

    def __init__(self, db: Database, config: Config) -> None:
        self._db = db
        self._config = config
        self._judge: Judge | None = None
        self._key: tuple[object, ...] = ()

    def forget(self) -> None:
        """Compile again on next use (the plan was just synced)."""
        self._judge = None

    def judge(self) -> Judge:
        """The matcher and extractor for the stored plan and the watch list."""
        # Imported here: only commands that judge compile the rules.
        from monitor.judgement.joblosses import load_watchlist
        from monitor.judgement.joblosses.watchlist_file import watchlist_files
        from monitor.judgement.judge import Judge, extraction_rules

        path = self._config.watchlist_file
        with self._db.read() as conn:
            plans_now = milestone_store.stored_fingerprints(conn)
            milestones_now = milestone_store.milestone_fingerprints(conn)
        try:
            # The watch list is its file and the files it includes: an edit of any counts.
            files = watchlist_files(path)
            key = (
                tuple(sorted(plans_now.values())),
                milestones_now,
                tuple(f.stat().st_mtime_ns for f in files),
            )
            if self._judge is None or key != self._key:
                watchlist = load_watchlist(path)
                report_accept = self.report_accept()
                with self._db.read() as conn:
                    milestones = milestone_store.load_milestones(conn)
                # Compiling makes a great many objects and no garbage: the collector, which
                # would walk them again and again as they are made, took a quarter of it.
                collecting = gc.isenabled()
                gc.disable()
                try:
                    self._judge = Judge(
                        milestones,
                        watchlist,
                        auto_accept=self._config.auto_accept,
                        report_accept=report_accept,
                        extraction_rules=extraction_rules(
                            b"\0".join(f.read_bytes() for f in files), report_accept
                        ),
                    )
                finally:
                    if collecting:
                        gc.enable()
                self._key = key
                # The compiled rules are a great many objects that live as long as the
                # process: frozen, the garbage collector stops walking them again on every
                # full collection, which took a third of a first poll (bench/poll.py).
                gc.freeze()
        except (OSError, ValueError) as exc:
            raise ConfigError(
                f"cannot read the watch list {path}: {exc}; fix [sources] watchlist, or remove "
                "it to use the bundled seeds/watchlists/automotive.toml"
            ) from None
        return self._judge

    def report_accept(self) -> float:
        """`[joblosses] auto_accept`, or the threshold calibrated on real reporting."""
        from monitor.judgement.joblosses.calibration import ACCEPT

        value = self._config.sections.get("joblosses", {}).get("auto_accept", ACCEPT)
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise ConfigError(
                f"[joblosses] auto_accept must be a number between 0 and 1, not {value!r}; "
                f"remove it to use the calibrated {ACCEPT}"
            )
        return float(value)

    def rematch(
        self,
        now: Callable[[], dt.datetime],
        progress: Callable[[int, int], None] | None = None,
        *,
        full: bool = False,
    ) -> Judgement:
        """Judge every stored entry again, `REMATCH_BATCH` a transaction; `progress(done,
        total)` after each batch.

        The judge is compiled again only when what it is compiled from changed (the stored
        plans and milestones, the watch list files): compiling the bundled plan costs about as
        much as deciding 5,000 entries, and a judge compiled from the same rules decides alike.
        """
        from monitor.judgement.judge import Judgement

        judge = self.judge()
        with self._db.read() as conn:
            ids = entry_store.entry_ids(conn)
        total = Judgement()
        for start in range(0, len(ids), REMATCH_BATCH):
            batch = ids[start : start + REMATCH_BATCH]
            with self._db.write() as conn:
                total = total + judge.judge(
                    conn, entry_store.load_entries(conn, batch), now(), full=full
                )
            if progress:
                progress(min(start + REMATCH_BATCH, len(ids)), len(ids))
        return total
