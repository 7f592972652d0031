"""The facade's job-loss cases: `judgement.casework` with who decided filled in.

A mixin of `monitor.app.Monitor`, kept apart so the composition root stays readable; it
needs only the database and the configuration the monitor holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from monitor.config import Config
from monitor.facade.people import who
from monitor.storage import Database
from timeline.model import EvidenceState

if TYPE_CHECKING:
    import sqlalchemy as sa

    from alerts.digest import CaseItem
    from monitor.judgement.cases import CaseFilter, CaseView, Resolver
    from monitor.judgement.casework import Casework
    from monitor.storage import case_decisions as decision_store
    from monitor.storage import joblosses as report_store


class CaseDesk:
    """Listing, deciding, splitting and merging job-loss cases."""

    config: Config
    db: Database
    _casework: Casework | None

    @property
    def casework(self) -> Casework:
        """The cases over this database, with the watch list configured now."""
        from monitor.judgement.casework import Casework

        if self._casework is None or self._casework.watchlist_path != self.config.watchlist_file:
            self._casework = Casework(self.db, self.config.watchlist_file)
        return self._casework

    def decide_report(
        self,
        report_id: int,
        state: EvidenceState,
        *,
        note: str = "",
        by: str | None = None,
        expect: EvidenceState | None = None,
    ) -> report_store.StoredReport:
        """A person confirms or rejects a job-loss report. `by`, `expect`: as for `decide`."""
        return self.casework.decide_report(
            report_id, state, by=by or who(), note=note, expect=expect
        )

    def case_feed(
        self, conn: sa.Connection, watermark: int
    ) -> tuple[list[CaseItem], list[CaseItem], int]:
        """New and revised job-loss cases since `watermark`, for digests."""
        return self.casework.feed(conn, watermark)

    def cases(self, keep: CaseFilter | None = None) -> list[CaseView]:
        """Job-loss cases merged from accepted reports and factsheets, oldest first."""
        return self.casework.cases(keep)

    def case(self, case_id: str) -> CaseView:
        """One case by its id (c12)."""
        return self.casework.case(case_id)

    def case_reports(self, case_id: str) -> list[report_store.StoredReport]:
        """The stored reports of case `case_id`, with their ids and review states."""
        return self.casework.reports(case_id)

    def split_case(
        self, case_id: str, report_ids: Sequence[int], *, note: str = "", by: str | None = None
    ) -> decision_store.CaseDecision:
        """A person sets these reports of a case apart, into a case of their own."""
        return self.casework.split(case_id, report_ids, by=by or who(), note=note)

    def merge_cases(
        self, case_ids: Sequence[str], *, note: str = "", by: str | None = None
    ) -> decision_store.CaseDecision:
        """A person says these cases are one restructuring."""
        return self.casework.merge(case_ids, by=by or who(), note=note)

    def company_resolver(self) -> Resolver:
        """Names factsheets' companies as the watch list does."""
        return self.casework.resolver()
