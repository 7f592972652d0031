"""Judging stored entries: which milestone they speak of, and which job losses they announce.

Runs in the transaction that stored the entries (so a crash never leaves an entry unjudged)
and again over everything with `monitor rematch` after the plan or the watch lists change.
Matching and extraction are pure (`matching`, `joblosses` beside this module); this module
stores their results and never overrides a person's decision.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from monitor.judgement.joblosses import Watchlist, extract_announcement
from monitor.judgement.joblosses.calibration import ACCEPT
from monitor.judgement.legal import Cited
from monitor.judgement.matching import Matcher
from monitor.judgement.matching.fold import Folded
from monitor.judgement.matching.reading import Reading, read_entry, reading_key
from monitor.storage import evidence as evidence_store
from monitor.storage import joblosses as report_store
from monitor.storage import readings as reading_store
from monitor.storage.entries import StoredEntry
from timeline.legal import Reference
from timeline.model import EvidenceKind, EvidenceState, Milestone

if TYPE_CHECKING:
    import sqlalchemy as sa


@dataclass(frozen=True, slots=True)
class Judgement:
    """What judging a batch of entries stored."""

    evidence_new: int = 0
    evidence_auto: int = 0
    reports: int = 0
    delivered: frozenset[str] = frozenset()  # milestones with a delivery accepted automatically

    def __add__(self, other: Judgement) -> Judgement:
        return Judgement(
            self.evidence_new + other.evidence_new,
            self.evidence_auto + other.evidence_auto,
            self.reports + other.reports,
            self.delivered | other.delivered,
        )


class Judge:
    """The matcher and the extractor, compiled once, applied to stored entries."""

    def __init__(
        self,
        milestones: Sequence[Milestone],
        watchlist: Watchlist,
        *,
        auto_accept: float,
        report_accept: float = ACCEPT,
        extraction_rules: str | None = None,
    ) -> None:
        self.matcher = Matcher(milestones)
        self.watchlist = watchlist
        self.auto_accept = auto_accept
        self.report_accept = report_accept  # job-loss reports: calibration.ACCEPT by default
        # What job-loss reading depends on besides the text (`extraction_rules`): an entry
        # last read with the same rules is not read again. None: always read.
        self.extraction_rules = extraction_rules

    def state_for(self, confidence: float) -> EvidenceState:
        return EvidenceState.AUTO if confidence >= self.auto_accept else EvidenceState.PENDING

    def report_state_for(self, confidence: float) -> EvidenceState:
        """Accepted at once when at least as confident as the calibrated threshold."""
        accepted = confidence >= self.report_accept
        return EvidenceState.AUTO if accepted else EvidenceState.PENDING

    def judge(
        self,
        conn: sa.Connection,
        entries: Sequence[StoredEntry],
        now: dt.datetime,
        *,
        full: bool = False,
    ) -> Judgement:
        """Judge a batch; what is already stored for it is read in two queries, so entries
        that say nothing (most news) cost no statement at all. Job losses are read again
        only where the text or the rules changed since, or with `full`."""
        ids = [e.id for e in entries]
        known = evidence_store.StoredFindings(conn, ids)
        earlier = known.machine_milestones_by_entry()
        reported = report_store.entries_with_reports(conn, ids)
        readings, current, fresh = _readings(conn, entries, self.extraction_rules)
        total = Judgement()
        for entry in entries:
            total = total + self._judge_one(
                conn,
                entry,
                now,
                earlier.get(entry.id, frozenset()),
                entry.id in reported,
                readings[entry.id],
                known,
                extract=full or entry.id not in current,
            )
        if self.extraction_rules is not None:  # fresh readings were stored with the rules
            stale = [i for i in ids if i not in current and i not in fresh]
            reading_store.mark_extracted(conn, stale, self.extraction_rules)
        return total

    def _judge_one(
        self,
        conn: sa.Connection,
        entry: StoredEntry,
        now: dt.datetime,
        earlier: frozenset[str],
        reported: bool,
        reading: Reading,
        known: evidence_store.StoredFindings,
        *,
        extract: bool,
    ) -> Judgement:
        new = auto = reports = 0
        delivered: set[str] = set()
        matched: list[str] = []
        progressed = False
        if entry.url:
            for match in self.matcher.match(
                entry.title,
                entry.summary,
                language=entry.language,
                url=entry.url,
                published=entry.published.date(),
                reading=reading,
            ):
                state = self.state_for(match.confidence)
                _, created = evidence_store.save_found(
                    conn,
                    milestone_id=match.milestone_id,
                    entry_id=entry.id,
                    url=entry.url,
                    title=entry.title,
                    published=entry.published.date(),
                    kind=match.kind,
                    confidence=match.confidence,
                    state=state,
                    terms=[*match.terms, *(f"cue:{c}" for c in match.cues)],
                    explanation=match.explanation,
                    now=now,
                    signals=match.signals,
                    known=known,
                )
                matched.append(match.milestone_id)
                progressed |= match.kind is EvidenceKind.PROGRESS
                new += created
                if state is EvidenceState.AUTO:
                    auto += 1
                    if match.kind is EvidenceKind.DELIVERED:
                        delivered.add(match.milestone_id)
        if entry.url and _institutional(entry.url) and not (delivered or progressed):
            matched += self._candidates(conn, entry, matched, now, reading, known)
        if earlier - set(matched):
            evidence_store.retract_unmatched(conn, entry.id, matched, known)
        if extract:
            reports = self._extract(conn, entry, now, reported)
        return Judgement(new, auto, reports, frozenset(delivered))

    def _extract(
        self, conn: sa.Connection, entry: StoredEntry, now: dt.datetime, reported: bool
    ) -> int:
        """Read the entry for job losses and store (or retract) its report: 1 if stored."""
        found = extract_announcement(
            entry.title,
            entry.summary,
            published=entry.published.date(),
            language=entry.language,
            watchlist=self.watchlist,
            url=entry.url,
        )
        state = self.report_state_for(found.confidence) if found else EvidenceState.PENDING
        if (
            entry.url
            and (found or reported)
            and report_store.save_report(conn, entry, found, state=state, now=now)
        ):
            return 1
        return 0

    def _candidates(
        self,
        conn: sa.Connection,
        entry: StoredEntry,
        matched: Sequence[str],
        now: dt.datetime,
        reading: Reading,
        known: evidence_store.StoredFindings,
    ) -> list[str]:
        """An institution's entry on the plan's themes that delivers or moves no milestone
        waits in review as a candidate, filed under the closest milestone and naming the
        next ones, so a person can assign it with one command."""
        closest = [
            c
            for c in self.matcher.closest(
                entry.title, entry.summary, language=entry.language, reading=reading
            )
            if c.milestone_id not in matched
        ]
        if not closest or not entry.url:
            return []
        best = closest[0]
        evidence_store.save_found(
            conn,
            milestone_id=best.milestone_id,
            entry_id=entry.id,
            url=entry.url,
            title=entry.title,
            published=entry.published.date(),
            kind=EvidenceKind.MENTION,
            confidence=best.coverage,
            state=EvidenceState.CANDIDATE,
            terms=[],
            explanation=(
                "An EU institution's news on the plan's themes that names no milestone; "
                f"closest: {', '.join(c.milestone_id for c in closest)}"
            ),
            now=now,
            signals=[f"closest: {c.milestone_id} ({c.coverage:.2f}: {c.detail})" for c in closest],
            known=known,
        )
        return [best.milestone_id]


def _institutional(url: str) -> bool:
    """An address on an EU institution's site (europa.eu and its subdomains)."""
    if "europa.eu" not in url.lower():
        return False  # most addresses: no need to parse them
    host = urlsplit(url).hostname or ""
    return host == "europa.eu" or host.endswith(".europa.eu")


def _readings(
    conn: sa.Connection, entries: Sequence[StoredEntry], rules: str | None
) -> tuple[dict[int, Reading], set[int], set[int]]:
    """Each entry's reading: the stored one when it was made from this text by this code,
    else read now and stored (an entry judged for the first time, a changed one, new code);
    the entries whose job losses were last read from this text with these `rules`; and the
    entries read now (stored as read with `rules`: they are, in this transaction)."""
    stored = reading_store.load_readings(conn, [e.id for e in entries])
    found: dict[int, Reading] = {}
    current: set[int] = set()
    fresh: dict[int, reading_store.StoredReading] = {}
    for entry in entries:
        key = reading_key(entry.title, entry.summary, entry.language, entry.url)
        kept = stored.get(entry.id)
        if kept is not None and kept.reading_key == key:
            found[entry.id] = _from_stored(kept)
            if rules is not None and kept.extracted_with == rules:
                current.add(entry.id)
            continue
        reading = read_entry(entry.title, entry.summary, entry.language, entry.url)
        found[entry.id] = reading
        fresh[entry.id] = _to_stored(reading, key, rules)
    stale = [entry_id for entry_id in fresh if entry_id in stored]
    reading_store.save_readings(conn, fresh, replacing=stale)
    return found, current, set(fresh)


def extraction_rules(watchlist: bytes, report_accept: float) -> str:
    """A digest of what job-loss reading depends on besides the text: the judgement code and
    lexicons, the watch list and the acceptance threshold. Any change makes every entry be
    read again, with no version number anyone has to remember to raise."""
    digest = hashlib.sha256(_judgement_code().encode())
    digest.update(watchlist)
    digest.update(repr(report_accept).encode())
    return digest.hexdigest()[:32]


@cache
def _judgement_code() -> str:
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted((*package.rglob("*.py"), *package.rglob("*.toml"))):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    digest.update(Path(report_store.__file__).read_bytes())
    return digest.hexdigest()


def _to_stored(reading: Reading, key: str, rules: str | None = None) -> reading_store.StoredReading:
    return reading_store.StoredReading(
        key,
        reading.language,
        reading.folded.text,
        reading.stems.text,
        reading.folded.parts,
        tuple(
            (c.reference.key, c.reference.text, c.start, c.end, c.part) for c in reading.citations
        ),
        rules,
    )


def _from_stored(stored: reading_store.StoredReading) -> Reading:
    return Reading(
        Folded(stored.words, stored.parts),
        Folded(stored.stems, stored.parts),
        stored.language,
        tuple(
            Cited(Reference(key, text), start, end, part)
            for key, text, start, end, part in stored.citations
        ),
    )
