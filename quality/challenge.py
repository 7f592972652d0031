"""Score the matcher on the project's challenge set of press-style reports in seven languages.

`quality/data/challenge.jsonl` is written by the project (never copied from real reporting):
headlines and first sentences worded as the press corner, wire services and national papers
word deliveries, steps of the procedure and mentions, in EN FR DE IT ES NL PL. It has the
format of `quality/data/milestones.jsonl`, one labelled kind per item (a package may deliver
several milestones at once), so the scoring is `quality.matching`'s; this module adds the view
by language and by labelled kind, which is where a new way of wording a deed shows up. An item
whose `expected` is empty is a control (news on a plan's themes that concerns no milestone, as in
the project set): it is right when nothing is matched, and counted in a column of its own.

`python -m quality.challenge` prints the table and each item the matcher got wrong.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from quality import matching

ROOT = Path(__file__).resolve().parents[1]
CHALLENGE_SET = ROOT / "quality" / "data" / "challenge.jsonl"
KINDS = ("delivered", "progress", "mention")
CONTROL = "none"  # the label of a control: an item that must match no milestone
COLUMNS = (*KINDS, CONTROL)


@dataclass(frozen=True, slots=True)
class Tally:
    """Items of one language and labelled kind, and how many the matcher got right."""

    right: int = 0
    items: int = 0

    @property
    def rate(self) -> float:
        return self.right / self.items if self.items else 1.0


def right(outcome: matching.Outcome) -> bool:
    """Right: the labelled milestone and kind, nothing else; a delivery also auto-accepted."""
    if not outcome.exact:
        return False
    return not (outcome.delivery.false_negatives or outcome.delivery.false_positives)


def label(outcome: matching.Outcome) -> str:
    """The item's labelled kind (one for each milestone it names), or CONTROL if it names none."""
    return next(iter(outcome.item.expected), ("", CONTROL))[1]


def tally(scores: matching.Scores) -> Mapping[tuple[str, str], Tally]:
    """(language, kind) -> Tally; language "all" sums the languages."""
    table: dict[tuple[str, str], Tally] = {}
    for outcome in scores.outcomes:
        for language in (outcome.item.lang, "all"):
            key = (language, label(outcome))
            old = table.get(key, Tally())
            table[key] = Tally(old.right + right(outcome), old.items + 1)
    return table


def evaluate(path: Path | str = CHALLENGE_SET) -> matching.Scores:
    """The matcher's outcomes on the challenge set, scored as the project set is."""
    return matching.evaluate(path)


def format_report(scores: matching.Scores, *, misses: bool = True) -> str:
    """Right/items per language and kind, then (optionally) each wrong item."""
    table = tally(scores)
    languages = [*scores.by_language, "all"]
    lines = [
        "Challenge set: right/items by language and labelled kind",
        f"{'':6}" + "".join(f"{kind:>12}" for kind in COLUMNS),
    ]
    for language in languages:
        cells = []
        for kind in COLUMNS:
            cell = table.get((language, kind), Tally())
            cells.append(f"{cell.right:>5}/{cell.items:<6}")
        lines.append(f"{language:6}" + "".join(f"{c:>12}" for c in cells))
    if misses:
        for outcome in scores.outcomes:
            if right(outcome):
                continue
            item = outcome.item
            want = ", ".join(f"{m}={k}" for m, k in sorted(item.expected)) or "nothing"
            got = ", ".join(
                f"{m.milestone_id}={m.kind.value}@{m.confidence:.2f}" for m in outcome.matches
            )
            lines.append(f"  {item.id} {item.title}")
            lines.append(f"      expected {want}; got {got or 'nothing'}")
            lines.extend(f"      - {m.explanation}" for m in outcome.matches)
    return "\n".join(lines)


if __name__ == "__main__":
    print(format_report(evaluate()))
