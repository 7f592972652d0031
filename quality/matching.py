"""Score the milestone matcher on a labelled set of headlines and leads.

Each line of the set is `{"id", "lang", "title", "summary", "expected": [{"milestone", "kind"}]}`.
Three questions are scored, per language and overall:
- delivery: of the (item, milestone) pairs labelled `delivered`, how many the matcher calls
  delivered with a confidence at or above the auto-accept threshold, and how many of those calls
  are right (a wrong auto-accepted delivery is the costliest mistake: users trust it);
- milestone: whether the right milestones are matched at all, whatever the kind;
- exact: the share of items whose set of (milestone, kind) is exactly the expected one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from monitor.judgement.matching import Match, Matcher
from quality.item_ids import ItemIds
from quality.rates import Rates
from timeline.model import EvidenceKind, Milestone

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SET = ROOT / "quality" / "data" / "milestones.jsonl"
DEFAULT_PLAN = ROOT / "seeds" / "plans" / "eu-automotive-2025.toml"
AUTO_ACCEPT = 0.8


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    lang: str
    title: str
    summary: str
    expected: frozenset[tuple[str, str]]  # (milestone id, kind)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One item and what the matcher said about it."""

    item: Item
    matches: tuple[Match, ...]
    delivery: Rates
    milestone: Rates
    exact: bool


@dataclass(frozen=True, slots=True)
class Group:
    items: int
    delivery: Rates
    milestone: Rates
    exact: int

    @property
    def exact_rate(self) -> float:
        return self.exact / self.items if self.items else 1.0


@dataclass(frozen=True, slots=True)
class Scores:
    threshold: float
    overall: Group
    by_language: Mapping[str, Group]
    outcomes: tuple[Outcome, ...]

    @property
    def misses(self) -> tuple[Outcome, ...]:
        """Items not matched exactly, or whose delivery was wrongly (not) auto-accepted."""
        return tuple(
            o
            for o in self.outcomes
            if not o.exact or o.delivery.false_positives or o.delivery.false_negatives
        )


def load_items(path: Path | str = DEFAULT_SET) -> list[Item]:
    """Read the labelled set; raise ValueError naming the line that is malformed."""
    items = []
    ids = ItemIds(path)
    with Path(path).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                ids.check(raw["id"], number)
                expected = frozenset(
                    (e["milestone"], EvidenceKind(e["kind"]).value) for e in raw["expected"]
                )
                items.append(Item(raw["id"], raw["lang"], raw["title"], raw["summary"], expected))
            except (KeyError, TypeError, ValueError) as error:
                raise ValueError(f"{path}:{number}: bad quality item ({error})") from error
    return items


def evaluate(
    path: Path | str = DEFAULT_SET,
    *,
    milestones: Sequence[Milestone] | None = None,
    threshold: float = AUTO_ACCEPT,
) -> Scores:
    """Run the matcher over the set at `path` and score it (milestones: the default plan's)."""
    if milestones is None:
        from timeline.plan import load_plan

        milestones = load_plan(DEFAULT_PLAN).milestones
    matcher = Matcher(milestones)
    outcomes = tuple(
        _outcome(item, matcher.match(item.title, item.summary, language=item.lang), threshold)
        for item in load_items(path)
    )
    languages = sorted({o.item.lang for o in outcomes})
    return Scores(
        threshold,
        _group(outcomes),
        {lang: _group(o for o in outcomes if o.item.lang == lang) for lang in languages},
        outcomes,
    )


def _outcome(item: Item, matches: list[Match], threshold: float) -> Outcome:
    predicted = {(m.milestone_id, m.kind.value) for m in matches}
    delivered = {m.milestone_id for m in matches if _auto_delivered(m, threshold)}
    wanted = {m for m, kind in item.expected if kind == EvidenceKind.DELIVERED.value}
    found = {m for m, _ in predicted}
    named = {m for m, _ in item.expected}
    return Outcome(
        item,
        tuple(matches),
        _compare(delivered, wanted),
        _compare(found, named),
        predicted == set(item.expected),
    )


def _auto_delivered(match: Match, threshold: float) -> bool:
    return match.kind is EvidenceKind.DELIVERED and match.confidence >= threshold


def _compare(predicted: set[str], expected: set[str]) -> Rates:
    return Rates(len(predicted & expected), len(predicted - expected), len(expected - predicted))


def _group(outcomes: Iterable[Outcome]) -> Group:
    items, exact = 0, 0
    delivery, milestone = Rates(), Rates()
    for outcome in outcomes:
        items += 1
        exact += outcome.exact
        delivery += outcome.delivery
        milestone += outcome.milestone
    return Group(items, delivery, milestone, exact)


def format_report(scores: Scores, *, misses: bool = True) -> str:
    """A plain-text table of the scores, then (optionally) each item the matcher got wrong."""
    lines = [
        f"Milestone matching quality (auto-accept threshold {scores.threshold:.2f})",
        f"{'':8} {'items':>5} {'deliv P':>8} {'deliv R':>8} {'match P':>8} {'match R':>8}"
        f" {'exact':>6}",
    ]
    rows = [*scores.by_language.items(), ("overall", scores.overall)]
    for name, group in rows:
        lines.append(
            f"{name:8} {group.items:5d} {group.delivery.precision:8.3f}"
            f" {group.delivery.recall:8.3f} {group.milestone.precision:8.3f}"
            f" {group.milestone.recall:8.3f} {group.exact_rate:6.3f}"
        )
    if misses and scores.misses:
        lines.append("")
        lines.append("Items to read (not exact, or a delivery wrongly auto-accepted or not):")
        for outcome in scores.misses:
            item = outcome.item
            want = ", ".join(f"{m}={k}" for m, k in sorted(item.expected)) or "nothing"
            got = (
                ", ".join(
                    f"{m.milestone_id}={m.kind.value}@{m.confidence:.2f}" for m in outcome.matches
                )
                or "nothing"
            )
            lines.append(f"  {item.id} {item.title}")
            lines.append(f"      expected {want}; got {got}")
            for match in outcome.matches:
                lines.append(f"      - {match.explanation}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(format_report(evaluate()))
