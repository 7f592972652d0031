"""The job-loss cases people work on: list and find them, set reports apart, merge, decide.

`Monitor` hands each call here with the person's name filled in; the rules that build cases
live in `judgement.cases`, imported on first use so that commands which never show a case
(`timeline list`) do not load the extractor.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from monitor import clock
from monitor.errors import NotFoundError
from monitor.storage import Database
from monitor.storage import case_decisions as decision_store
from monitor.storage import joblosses as report_store
from timeline.model import EvidenceState

if TYPE_CHECKING:
    import sqlalchemy as sa

    from alerts.digest import CaseItem
    from monitor.judgement.cases import CaseFilter, CaseView, Resolver
    from monitor.judgement.joblosses import Watchlist


class Casework:
    """Cases over one database, naming factsheets' companies as the watch list at `path` does."""

    def __init__(self, db: Database, watchlist: Path) -> None:
        self.db = db
        self.watchlist_path = watchlist
        self._watchlist: tuple[int, Watchlist] | None = None

    def cases(self, keep: CaseFilter | None = None) -> list[CaseView]:
        """Cases merged from accepted reports and factsheets, oldest first."""
        from monitor.judgement.cases import load_cases

        resolve = self.resolver()
        with self.db.read() as conn:
            views = load_cases(conn, resolve)
        return [v for v in views if keep is None or keep.keeps(v)]

    def case(self, case_id: str) -> CaseView:
        """One case by its id (c12); NotFoundError says where ids are listed."""
        wanted = case_id.strip().lower()
        found = next((v for v in self.cases() if v.id == wanted), None)
        if found is None:
            raise NotFoundError(f"no case {case_id}; `monitor joblosses list` shows case ids")
        return found

    def reports(self, case_id: str) -> list[report_store.StoredReport]:
        """The stored reports of a case, with their ids and review states."""
        case = self.case(case_id)
        with self.db.read() as conn:
            return [report_store.get_report(conn, i) for i in case.report_ids]

    def split(
        self, case_id: str, report_ids: Sequence[int], *, by: str, note: str = ""
    ) -> decision_store.CaseDecision:
        """Set these reports of a case apart, into a case of their own."""
        case = self.case(case_id)
        stray = [f"r{i}" for i in report_ids if i not in case.report_ids]
        if stray:
            raise NotFoundError(
                f"{', '.join(stray)} not in case {case.id}; its reports are "
                + ", ".join(f"r{i}" for i in case.report_ids)
            )
        if set(report_ids) >= set(case.report_ids):
            raise NotFoundError(
                f"that would move every report of {case.id}; name only the ones to set apart"
            )
        with self.db.write() as conn:
            return decision_store.record_decision(
                conn, "split", report_ids, by=by, note=note, now=clock.now()
            )

    def merge(
        self, case_ids: Sequence[str], *, by: str, note: str = ""
    ) -> decision_store.CaseDecision:
        """Record that these cases are one restructuring."""
        views = [self.case(c) for c in case_ids]
        if len({v.id for v in views}) < 2:
            raise NotFoundError("name at least two different cases to merge")
        with self.db.write() as conn:
            return decision_store.record_decision(
                conn, "merge", [v.report_ids[0] for v in views], by=by, note=note, now=clock.now()
            )

    def decide_report(
        self,
        report_id: int,
        state: EvidenceState,
        *,
        by: str,
        note: str = "",
        expect: EvidenceState | None = None,
    ) -> report_store.StoredReport:
        """Confirm or reject one report; `expect` is the state the person saw."""
        with self.db.write() as conn:
            return report_store.decide_report(
                conn, report_id, state, by=by, note=note, now=clock.now(), expect=expect
            )

    def feed(
        self, conn: sa.Connection, watermark: int
    ) -> tuple[list[CaseItem], list[CaseItem], int]:
        """New and revised cases since `watermark`, for digests."""
        from monitor.judgement.cases import case_feed

        return case_feed(conn, watermark, self.resolver())

    def resolver(self) -> Resolver:
        """Names factsheets' companies as the watch list does. The list is read on the first
        factsheet only: commands that meet none (`timeline record`) never pay for it."""

        def resolve(name: str) -> tuple[str, str] | None:
            watchlist = self._current_watchlist()
            if watchlist is None:
                return None
            from monitor.judgement.joblosses._fold import fold

            mentions = watchlist.find_companies(fold(name))
            if not mentions:
                return None
            return mentions[0].company.id, mentions[0].company.name

        return resolve

    def _current_watchlist(self) -> Watchlist | None:
        """The watch list as it is on disk now, read again only when the file changed."""
        from monitor.judgement.joblosses.watchlist_file import load_watchlist

        try:
            stamp = self.watchlist_path.stat().st_mtime_ns
            if self._watchlist is None or self._watchlist[0] != stamp:
                self._watchlist = (stamp, load_watchlist(self.watchlist_path))
        except (OSError, ValueError):
            return None  # `monitor poll` reports a broken watch list; lists still work
        return self._watchlist[1]
