"""Measure the job-loss extractor against a hand-written set of headlines.

Every item of `quality/data/joblosses.jsonl` was written for this set, in the
styles of wire copy, trade press, regional press and press releases; the events
and figures are invented and must not be read as facts about the companies
named. Each line holds `id`, `lang`, `title`, `summary`, `published` and
`expected` (null for an item that announces nothing, else `company`, `site`,
`country`, `jobs`, `jobs_kind`, `type`).

Scores: detection precision and recall; on items found and expected, the share
whose job count (the integer) and company (canonical name) are exactly right.
Site, country, kind and type agreement are reported too, for information.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor.judgement.joblosses import Announcement, extract_announcement, load_watchlist
from quality.rates import Rates

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / "quality" / "data" / "joblosses.jsonl"
DEFAULT_WATCHLIST = ROOT / "seeds" / "watchlists" / "automotive.toml"
_FIELDS = ("jobs", "company", "site", "country", "jobs_kind", "type")


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    lang: str
    title: str
    summary: str
    published: dt.date
    expected: Mapping[str, Any] | None


@dataclass(frozen=True, slots=True)
class Outcome:
    item: Item
    found: Announcement | None

    def got(self, name: str) -> Any:
        """The extracted value of field `name`, in the form the set writes it."""
        if self.found is None:
            return None
        if name == "jobs":
            return self.found.jobs.value if self.found.jobs else None
        value = getattr(self.found, name)
        return getattr(value, "value", value)

    def agrees(self, name: str) -> bool:
        assert self.item.expected is not None
        return bool(self.got(name) == self.item.expected.get(name))


@dataclass(frozen=True, slots=True)
class Scores:
    """Scores over one group of items (a language, or all)."""

    items: int
    true_positives: int
    false_positives: int
    false_negatives: int
    field_hits: Mapping[str, int] = field(default_factory=dict)

    @property
    def _rates(self) -> Rates:
        return Rates(self.true_positives, self.false_positives, self.false_negatives)

    @property
    def precision(self) -> float:
        return self._rates.precision

    @property
    def recall(self) -> float:
        return self._rates.recall

    def rate(self, name: str) -> float:
        """Share of true positives whose field `name` is exactly right."""
        if not self.true_positives:
            return 1.0
        return self.field_hits.get(name, 0) / self.true_positives

    @property
    def jobs_exact(self) -> float:
        return self.rate("jobs")

    @property
    def company_exact(self) -> float:
        return self.rate("company")


@dataclass(frozen=True, slots=True)
class JoblossScores:
    overall: Scores
    by_language: Mapping[str, Scores]
    outcomes: tuple[Outcome, ...]

    def mistakes(self) -> list[str]:
        """One line per item that was missed, found wrongly, or got a scored field wrong."""
        lines = []
        for outcome in self.outcomes:
            item, expected = outcome.item, outcome.item.expected
            if expected is None and outcome.found is not None:
                lines.append(f"{item.id}: false positive ({outcome.found.company}): {item.title}")
            elif expected is not None and outcome.found is None:
                lines.append(f"{item.id}: missed: {item.title}")
            elif expected is not None:
                for name in ("jobs", "company"):
                    if not outcome.agrees(name):
                        want, got = expected.get(name), outcome.got(name)
                        lines.append(f"{item.id}: {name} {got!r} != {want!r}: {item.title}")
        return lines

    def format_report(self) -> str:
        """A plain-text table, one line per language and one for all."""
        header = (
            f"{'set':<8}{'items':>6}{'prec':>7}{'recall':>7}{'jobs':>7}{'company':>8}"
            f"{'site':>7}{'country':>8}{'kind':>6}{'type':>6}"
        )
        rows = [header]
        groups = [*sorted(self.by_language.items()), ("all", self.overall)]
        for name, s in groups:
            rows.append(
                f"{name:<8}{s.items:>6}{s.precision:>7.2f}{s.recall:>7.2f}{s.jobs_exact:>7.2f}"
                f"{s.company_exact:>8.2f}{s.rate('site'):>7.2f}{s.rate('country'):>8.2f}"
                f"{s.rate('jobs_kind'):>6.2f}{s.rate('type'):>6.2f}"
            )
        mistakes = self.mistakes()
        if mistakes:
            rows.append("")
            rows.extend(mistakes)
        return "\n".join(rows)


def read_items(path: Path) -> list[Item]:
    """Read the quality set; a bad line is reported with its number."""
    items = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                items.append(
                    Item(
                        id=raw["id"],
                        lang=raw["lang"],
                        title=raw["title"],
                        summary=raw.get("summary", ""),
                        published=dt.date.fromisoformat(raw["published"]),
                        expected=raw["expected"],
                    )
                )
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{number}: not a quality item ({exc})") from exc
    return items


def _score(outcomes: Iterable[Outcome]) -> Scores:
    outcomes = list(outcomes)
    tp = [o for o in outcomes if o.item.expected is not None and o.found is not None]
    fp = sum(1 for o in outcomes if o.item.expected is None and o.found is not None)
    fn = sum(1 for o in outcomes if o.item.expected is not None and o.found is None)
    hits = {name: sum(1 for o in tp if o.agrees(name)) for name in _FIELDS}
    return Scores(len(outcomes), len(tp), fp, fn, hits)


def evaluate(path: Path = DEFAULT_DATA, watchlist_path: Path = DEFAULT_WATCHLIST) -> JoblossScores:
    """Run the extractor over the set at `path` and score it."""
    watchlist = load_watchlist(watchlist_path)
    outcomes = tuple(
        Outcome(
            item,
            extract_announcement(
                item.title,
                item.summary,
                published=item.published,
                language=item.lang,
                watchlist=watchlist,
            ),
        )
        for item in read_items(path)
    )
    languages = sorted({o.item.lang for o in outcomes})
    by_language = {lang: _score(o for o in outcomes if o.item.lang == lang) for lang in languages}
    return JoblossScores(_score(outcomes), by_language, outcomes)


if __name__ == "__main__":
    print(evaluate().format_report())
