"""The monitor as one object: configuration, storage and the plan, wired together.

CLI commands and scheduled jobs call these methods; none of them holds business rules of its
own. Status rules live in `timeline.status`; this module only feeds them stored data.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from monitor import clock, faults
from monitor.config import Config
from monitor.errors import ConfigError, MonitorError
from monitor.facade.cases import CaseDesk
from monitor.facade.decisions import DecisionDesk
from monitor.facade.people import who
from monitor.facade.sources import SourceDesk
from monitor.storage import Database
from monitor.storage import events as event_store
from monitor.storage import evidence as evidence_store
from monitor.storage import milestones as milestone_store
from monitor.storage.migrate import ensure_schema
from timeline.errors import TimelineError
from timeline.model import Evidence, EvidenceState, Milestone, Plan
from timeline.status import MilestoneStatus, StatusEvent, evaluate_all, status_changes

# Judging, job-loss cases, people's decisions, the plan files' parser and the sources are
# imported by the methods that use them: a listing (`timeline list`, `monitor sources list`)
# reads the database and loads only what it shows (tests/cli/test_cli_startup.py).
if TYPE_CHECKING:
    import sqlalchemy as sa

    from monitor.alerting import Revived
    from monitor.alerting.background import BackgroundSender
    from monitor.ingest.poll import PollReport, SourcePoll
    from monitor.judgement.casework import Casework
    from monitor.judgement.judge import Judge, Judgement
    from monitor.judgement.judging import Judging
    from monitor.storage import joblosses as report_store
    from monitor.storage.entries import StoredEntry

log = logging.getLogger("monitor")


class Monitor(DecisionDesk, CaseDesk, SourceDesk):
    """Opened once per command or worker; cheap to create. People's decisions on
    evidence, job-loss cases and sources are in `monitor.facade`."""

    def __init__(self, config: Config, *, database: Database | None = None) -> None:
        self.config = config
        self.db = database or Database(config.database_url)
        self._judging_now: Judging | None = None  # see _judging
        self._casework: Casework | None = None
        self._changed_during_poll = False
        #: Why the plan files on disk were not loaded (file:line and what is wrong), or None.
        #: The plan last loaded, kept in the database, stays in force meanwhile.
        self.plan_problem: str | None = None
        self._poll_judge: Judge | None = None  # the rules in use for the poll under way
        self._poll_milestones: list[Milestone] | None = None  # and the milestones
        self._sender: BackgroundSender | None = None  # see send_in_background

    # -- set-up ---------------------------------------------------------------------------
    def init(self) -> milestone_store.SyncReport:
        """Create or upgrade the schema, load the plans and sources (what `monitor init` does)."""
        ensure_schema(self.db, create=True)
        report = self.sync_plans(force=True)
        self.sync_sources()
        self._register_channels()
        return report

    def open(self, *, plans: bool = True, sources: bool = True) -> None:
        """Make sure the schema exists (created automatically on SQLite), plans (unless the
        caller loads them itself) and sources are current. `sources=False`: for commands that
        never read the sources (`timeline`), which so skip reading the bundled list."""
        ensure_schema(self.db, create=self.db.is_sqlite)
        if plans:
            self.sync_plans()
        if sources:
            self.sync_sources()

    def _register_channels(self) -> None:
        """Start alert channels at the current news before anything can log an event, so they
        hear what happens from the moment they are configured. Recording a delivery must not
        need the channels' secrets: a channel whose settings are incomplete is left to
        `monitor digest` and the daemon, which report the problem."""
        from monitor.alerting import register_channels  # imported here: see deliver_now

        try:
            register_channels(self)
        except ConfigError as exc:
            log.debug("alert channels not registered yet: %s", exc)

    @property
    def _judging(self) -> Judging:
        """The judge in force, set up on first use: commands that never judge skip it."""
        if self._judging_now is None:
            from monitor.judgement.judging import Judging

            self._judging_now = Judging(self.db, self.config)
        return self._judging_now

    def plans(self) -> tuple[Plan, ...]:
        """The plan files as they are now on disk."""
        from timeline.plan import load_plans  # TOML and the plan's checks: only when read

        return load_plans(self.config.plan_files)

    def sync_plans(
        self, *, force: bool = False, strict: bool | None = None
    ) -> milestone_store.SyncReport:
        """Load changed plan files into the database; unchanged files cost one hash each.

        A file that cannot be read or is invalid raises (`strict`, the default when `force`d:
        `monitor init` and `monitor seed`) or, for every other command and the daemon, leaves
        the plan last loaded in force and says why in `plan_problem`: a typo in a plan being
        edited never stops the monitor.
        """
        strict = force if strict is None else strict
        paths = self.config.plan_files
        with self.db.read() as conn:
            stored = milestone_store.stored_fingerprints(conn)
        current = {str(p): milestone_store.plan_fingerprint(p) for p in paths if p.is_file()}
        if not force and current == stored and len(current) == len(paths):
            self.plan_problem = None
            return milestone_store.SyncReport()
        try:
            loaded = list(zip(self.plans(), paths, strict=True))
        except TimelineError as exc:
            if strict:
                raise
            problem = f"{exc}; the plan loaded before stays in force until the file is fixed"
            if problem != self.plan_problem:
                log.warning("%s", problem)  # once, not every cycle
            self.plan_problem = problem
            return milestone_store.SyncReport()
        self.plan_problem = None
        if self._judging_now is not None:
            self._judging_now.forget()  # the matcher follows the plan
        with self.db.write() as conn:
            return milestone_store.sync_plans(conn, loaded, clock.now())

    def plan_titles(self) -> list[tuple[str, str]]:
        """(title, reference) of each plan as last loaded, from the database: reading them
        never depends on the files being valid right now."""
        with self.db.read() as conn:
            return milestone_store.plan_titles(conn)

    # -- reading --------------------------------------------------------------------------
    def today(self) -> dt.date:
        """Today's date in the configured time zone."""
        utc = clock.now().replace(tzinfo=dt.UTC)
        return utc.astimezone(ZoneInfo(self.config.timezone)).date()

    def milestones(self) -> list[Milestone]:
        with self.db.read() as conn:
            return milestone_store.load_milestones(conn)

    def milestone(self, milestone_id: str) -> Milestone:
        from timeline.plan import find_milestone

        with self.db.read() as conn:
            return find_milestone(milestone_store.load_milestones(conn), milestone_id)

    def pillar_labels(self) -> dict[str, str]:
        with self.db.read() as conn:
            return milestone_store.pillar_labels(conn)

    def statuses(
        self,
        at: dt.date | None = None,
        milestones: Sequence[Milestone] | None = None,
        *,
        confirmed_only: bool = False,
    ) -> list[MilestoneStatus]:
        """Statuses as of `at` (today by default) from the stored evidence; `confirmed_only`:
        from the human-confirmed record alone (evidence a person recorded or confirmed)."""
        with self.db.read() as conn:
            chosen = (
                list(milestones)
                if milestones is not None
                else (milestone_store.load_milestones(conn))
            )
            found = evidence_store.list_evidence(conn, [m.id for m in chosen])
        if confirmed_only:
            found = [e for e in found if e.by_person]
        return evaluate_all(
            chosen, found, at or self.today(), due_soon_days=self.config.due_soon_days
        )

    def history(self, milestone_id: str) -> list[event_store.LoggedEvent]:
        with self.db.read() as conn:
            return event_store.history(conn, milestone_id)

    def recent_events(self, limit: int = 100) -> list[event_store.LoggedEvent]:
        """The status changes logged last, newest first (the desk's feeds)."""
        with self.db.read() as conn:
            return event_store.recent(conn, limit)

    def evidence_explanation(self, evidence_id: int) -> tuple[str, list[str]]:
        with self.db.read() as conn:
            return evidence_store.explanation_of(conn, evidence_id)

    def evidence_details(self, evidence_id: int) -> evidence_store.Details:
        """Evidence with the signals behind the machine's judgement and people's decisions."""
        with self.db.read() as conn:
            return evidence_store.details(conn, evidence_id)

    # -- changing -------------------------------------------------------------------------
    def evaluate(self, *, reason: str = "evaluation") -> list[StatusEvent]:
        """Log every status that changed since the last evaluation (the daily job)."""
        self._register_channels()
        with self.db.write() as conn:
            return self._evaluate_in(conn, reason)

    def _evaluate_in(
        self, conn: sa.Connection, reason: str, only: Collection[str] | None = None
    ) -> list[StatusEvent]:
        """Log the status changes of every milestone, or of `only` these (after evidence
        about them changed: the rest waits for the daily evaluation)."""
        today = self.today()
        event_store.hold_evaluation(conn)  # what it reads next sees every decision committed
        if only is None:
            milestones = milestone_store.load_milestones(conn)
            found = evidence_store.list_evidence(conn)
            previous = event_store.latest_statuses(conn)
        else:  # after each poll of a source: read what a status depends on, no more
            milestones = self._milestones_in_poll(conn, only)
            found = evidence_store.first_deliveries(conn, only, today)
            previous = event_store.latest_statuses(conn, only)
        current = evaluate_all(milestones, found, today, due_soon_days=self.config.due_soon_days)
        changes = [
            event
            for status in current
            if (event := status_changes(previous.get(status.milestone.id), status)) is not None
        ]
        event_store.append(conn, changes, reason=reason, now=clock.now())
        if changes:
            faults.point("events.logged")
        return changes

    def _milestones_in_poll(self, conn: sa.Connection, only: Collection[str]) -> list[Milestone]:
        """These milestones, read once per poll (plans are synced between polls, not during)."""
        if self._poll_judge is None:  # not polling: a decision, read what it needs now
            return milestone_store.load_milestones(conn, ids=only)
        if self._poll_milestones is None:
            self._poll_milestones = milestone_store.load_milestones(conn)
        return [m for m in self._poll_milestones if m.id in only]

    # -- review and cases -------------------------------------------------------------------
    def pending_review(
        self,
    ) -> tuple[list[tuple[Evidence, str, list[str]]], list[report_store.StoredReport]]:
        """Evidence and job-loss reports waiting for a person, with their explanations."""
        from monitor.storage import joblosses as report_store

        with self.db.read() as conn:
            return (
                evidence_store.pending_evidence(conn),
                report_store.list_reports(conn, states=[EvidenceState.PENDING]),
            )

    def candidates(self) -> list[evidence_store.Details]:
        """Entries on the plan's themes that matched no milestone, with their closest ones."""
        with self.db.read() as conn:
            found = evidence_store.pending_evidence(conn, EvidenceState.CANDIDATE)
            return [evidence_store.details(conn, item.id) for item, _, _ in found]

    def candidates_near(self, milestone_id: str) -> list[evidence_store.Details]:
        """Candidates whose closest milestones include `milestone_id`."""
        return [
            c for c in self.candidates() if milestone_id in evidence_store.closest_in(c.signals)
        ]

    def retry_digest(self, key: str, *, by: str | None = None) -> Revived:
        """A person queues a dead, parked or pending digest again (row number or digest id);
        who asked is kept on the outbox row."""
        from monitor.alerting import retry

        return retry(self, key, by=by or who())

    def send_in_background(self) -> None:
        """Send immediate digests off the caller's thread from now on (the desk: a receiver
        that hangs must not hold a person's page). They are queued before the decision's
        call returns, so a process that stops first leaves them to the daemon's outbox."""
        from monitor.alerting.background import BackgroundSender

        if self._sender is None:
            self._sender = BackgroundSender()

    def wait_for_deliveries(self) -> None:
        """Until every digest handed to the background sender has been tried (tests, close)."""
        if self._sender is not None:
            self._sender.wait()

    def deliver_now(self) -> None:
        """Tell immediate channels at once about an accepted delivery; a failure to send is
        logged and left to the outbox's retries, never undoing the decision."""
        # Imported here, not at the top: read-only commands (`timeline list`) start faster.
        from monitor.alerting import deliver_now

        try:
            if self._sender is None:
                deliver_now(self)
            else:
                deliver_now(self, send_later=self._sender.submit)
        except MonitorError as exc:
            log.warning("immediate digest not sent: %s", exc)

    def poll(
        self,
        names: Sequence[str] = (),
        *,
        force: bool = False,
        due_only: bool = False,
        progress: Callable[[SourcePoll], None] | None = None,
    ) -> PollReport:
        """Poll sources: all enabled ones (or `names`), or only those due (the daemon)."""
        from monitor.storage import sources as source_store

        with self.db.read() as conn:
            chosen = (
                [source_store.get_source(conn, n) for n in names]
                if names
                else source_store.list_sources(conn)
            )
        from monitor.ingest.poll import Poller, select_sources  # httpx and feedparser: only to poll

        to_poll, held = select_sources(chosen, clock.now(), force=force, due_only=due_only)
        self._changed_during_poll = False
        self._register_channels()
        try:
            report = Poller(self.db, self.config, after_store=self.after_store).poll(
                to_poll, held=held, progress=progress
            )
        finally:
            self._poll_judge = self._poll_milestones = None
        if self._changed_during_poll:  # deliveries accepted automatically: tell people now
            self.deliver_now()
        return report

    # -- judging --------------------------------------------------------------------------
    def judge(self) -> Judge:
        """The matcher and extractor for the stored plan and the watch list, compiled once and
        again whenever either changed (another process may have synced a new plan)."""
        return self._judging.judge()

    def after_store(self, conn: sa.Connection, entries: Sequence[StoredEntry]) -> None:
        """Judge new or changed entries in the transaction that stored them; a delivery
        accepted automatically logs its status event at once."""
        if self._poll_judge is None:  # checked once a poll, not once a source
            self._poll_judge = self.judge()
        judgement = self._poll_judge.judge(conn, entries, clock.now())
        if judgement.delivered and self._evaluate_in(conn, "evidence", judgement.delivered):
            self._changed_during_poll = True

    def rematch(
        self, progress: Callable[[int, int], None] | None = None, *, full: bool = False
    ) -> Judgement:
        """Judge every stored entry again (after a plan or watch-list change). Idempotent;
        human decisions stay as they are. Job losses are read again only from entries whose
        text or rules (code, lexicons, watch list) changed since, unless `full`."""
        self.sync_plans()
        total = self._judging.rematch(clock.now, progress, full=full)
        self.evaluate(reason="rematch")
        return total

    def close(self) -> None:
        if self._sender is not None:
            self._sender.close()
            self._sender = None
        self.db.close()
