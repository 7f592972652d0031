"""The cheap exits change no judgement: every labelled item is judged alike with them and
without them (the job-loss cue lexicons searched branch by branch where a text can match
them, the matcher's description gate), and alike from its
text and from its stored reading (what a rematch reads).

The labelled sets are the project's own (quality/data) and, when this checkout has them, the
real reporting in ../shared/realworld; every item is read as an entry of each kind, so the
matcher also sees job-loss news and the extractor policy news.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.judgement.joblosses import extract, headline_subject, load_watchlist
from monitor.judgement.joblosses import lexicon as lx
from monitor.judgement.joblosses._fold import fold
from monitor.judgement.joblosses.alternation import Alternation
from monitor.judgement.joblosses.extract import read_announcement
from monitor.judgement.judge import _from_stored, _to_stored
from monitor.judgement.matching import Matcher
from monitor.judgement.matching.reading import read_entry
from monitor.judgement.matching.themes import ThemeIndex
from quality.replay import realworld_dir
from timeline.plan import load_plan

from conftest import BUNDLED_PLAN, ROOT

WATCHLIST = ROOT / "seeds" / "watchlists" / "automotive.toml"
OWN = sorted((ROOT / "quality" / "data").glob("*.jsonl"))
REAL = sorted(realworld_dir().glob("*.jsonl")) if realworld_dir() else []


_CUE_NAMES = ("STRONG_LOSS", "LOSS", "CREATION", "STRONG_CREATION")  # as extract._CUES


class _Open:
    """A gate that lets everything through: the judgement as it was without the exits."""

    def may_match(self, text: str) -> bool:
        return True

    def may_theme(self, occurrences: object) -> bool:
        return True

    def admits(self, named: bool, concepts: object) -> bool:
        return True


class _Whole:
    """A cue lexicon searched as one regular expression, every branch at every position."""

    def __init__(self, cue: Alternation) -> None:
        self.search, self.finditer, self.fullmatch = (
            cue.whole.search, cue.whole.finditer, cue.whole.fullmatch,
        )  # fmt: skip

    def may_match(self, text: str) -> bool:
        return True


def _items(paths: list[Path]) -> Iterator[dict[str, object]]:
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def _judgements(paths: list[Path]) -> list[object]:
    matcher = Matcher(load_plan(BUNDLED_PLAN).milestones)
    watchlist = load_watchlist(WATCHLIST)
    found: list[object] = []
    for item in _items(paths):
        title, summary = str(item["title"]), str(item.get("summary") or "")
        language = str(item["lang"]) if item.get("lang") else None
        url = str(item["url"]) if item.get("url") else None
        published = dt.date.fromisoformat(str(item.get("published") or "2025-06-01"))
        found.append(matcher.match(title, summary, language=language, url=url, published=published))
        found.append(matcher.closest(title, summary, language=language))
        found.append(
            read_announcement(
                title,
                summary,
                published=published,
                language=language,
                watchlist=watchlist,
                url=url,
            )
        )
    return found


def _without_exits(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _CUE_NAMES:
        monkeypatch.setattr(lx, name, _Whole(getattr(lx, name)))
    cues = tuple(getattr(lx, name) for name in _CUE_NAMES)
    monkeypatch.setattr(extract, "_CUES", cues)
    monkeypatch.setattr(headline_subject, "_CUES", cues)
    original = ThemeIndex.__init__

    def opened(self: ThemeIndex, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        self._gate = _Open()  # type: ignore[assignment]

    monkeypatch.setattr(ThemeIndex, "__init__", opened)


@pytest.mark.parametrize(
    "paths",
    [
        pytest.param(OWN, id="quality-data"),
        pytest.param(
            REAL,
            id="realworld",
            marks=pytest.mark.skipif(not REAL, reason="../shared/realworld is absent"),
        ),
    ],
)
def test_judgements_are_the_same_with_and_without_the_cheap_exits(
    paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    with_exits = _judgements(paths)
    with monkeypatch.context() as patched:
        _without_exits(patched)
        without = _judgements(paths)
    assert len(with_exits) == len(without) > 300
    changed = [n for n, (a, b) in enumerate(zip(with_exits, without, strict=True)) if a != b]
    assert changed == []


@pytest.mark.parametrize(
    "paths",
    [
        pytest.param(OWN, id="quality-data"),
        pytest.param(
            REAL,
            id="realworld",
            marks=pytest.mark.skipif(not REAL, reason="../shared/realworld is absent"),
        ),
    ],
)
def test_judgements_from_a_stored_reading_are_those_from_the_text(paths: list[Path]) -> None:
    matcher = Matcher(load_plan(BUNDLED_PLAN).milestones)
    changed = []
    for item in _items(paths):
        title, summary = str(item["title"]), str(item.get("summary") or "")
        language = str(item["lang"]) if item.get("lang") else None
        url = str(item["url"]) if item.get("url") else None
        published = dt.date.fromisoformat(str(item.get("published") or "2025-06-01"))
        kept = _from_stored(_to_stored(read_entry(title, summary, language, url), "key"))
        plain = matcher.match(title, summary, language=language, url=url, published=published)
        stored = matcher.match(
            title, summary, language=language, url=url, published=published, reading=kept
        )
        near = matcher.closest(title, summary, language=language, reading=kept)
        if stored != plain or near != matcher.closest(title, summary, language=language):
            changed.append(title)
    assert changed == []


def test_the_exits_do_skip_most_news() -> None:
    """Ordinary news stops at the exits (else they would cost and save nothing)."""
    texts = ["The city council approved a new budget for public libraries after a long debate."]
    texts += ["Der Stadtrat hat nach langer Debatte den Haushalt beschlossen."]
    for text in texts:
        assert not any(cue.may_match(fold(text).text) for cue in extract._CUES)
