"""Match news entries against a plan's milestones: the one object the rest of the monitor uses."""

from __future__ import annotations

from collections.abc import Iterable

from monitor.judgement.matching.classify import Match, classify, duty_of
from monitor.judgement.matching.cues import LANGUAGES, cue_index, guess_language
from monitor.judgement.matching.fold import fold_text
from monitor.judgement.matching.rules import compile_rules
from timeline.model import Milestone


class Matcher:
    """A plan's milestones compiled once; `match` is pure, deterministic and cheap on a miss."""

    def __init__(self, milestones: Iterable[Milestone]) -> None:
        self._rules = compile_rules(milestones)
        self._milestones = {m.id: m for m in self._rules.milestones}
        self._duties = {m.id: duty_of(m) for m in self._rules.milestones}
        cue_index()  # build the shared cue automaton now rather than on the first hit

    def match(self, title: str, summary: str = "", *, language: str | None = None) -> list[Match]:
        """What the entry says about each milestone it names, in plan order.

        `language` (an ISO 639-1 code, "fr-BE" is read as "fr") chooses the cue words; when it
        is None or unknown, the language is guessed from the text's function words.
        """
        folded = fold_text(title, summary)
        hits = self._rules.find(folded)
        if not hits:
            return []
        code = (language or "").split("-")[0].split("_")[0].lower()
        if code not in LANGUAGES:
            code = guess_language(folded.words) or ""
        cues = [c for c in cue_index().scan(folded) if not code or c.value.language in ("*", code)]
        return [
            classify(
                hit,
                self._milestones[hit.milestone_id],
                folded,
                cues,
                self._duties[hit.milestone_id],
            )
            for hit in hits
        ]
