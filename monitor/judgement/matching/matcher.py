"""Match news entries against a plan's milestones: the one object the rest of the monitor uses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from monitor.judgement.language import language_of
from monitor.judgement.legal import Cited, citations_in
from monitor.judgement.matching.anaphors import resolve_anaphors
from monitor.judgement.matching.briefings import briefing_cues
from monitor.judgement.matching.classify import Match, classify
from monitor.judgement.matching.cues import LANGUAGES, cue_index, guess_language
from monitor.judgement.matching.days_ahead import days_ahead
from monitor.judgement.matching.fold import Folded, fold, fold_text
from monitor.judgement.matching.months import dates_ahead
from monitor.judgement.matching.query_limits import QueryLimits
from monitor.judgement.matching.reading import Reading
from monitor.judgement.matching.rules import Hit, Span, compile_rules
from monitor.judgement.matching.scoring import Context
from monitor.judgement.matching.themes import Closest, Theme, ThemeIndex, ThemeKind
from monitor.judgement.matching.verdicts import duty_of
from monitor.judgement.stems import stem_words
from timeline.model import EvidenceKind, Milestone


class Matcher:
    """A plan's milestones compiled once; `match` is pure, deterministic and cheap on a miss."""

    def __init__(self, milestones: Iterable[Milestone]) -> None:
        self._rules = compile_rules(milestones)
        self._themes = ThemeIndex(self._rules.milestones)
        self._milestones = {m.id: m for m in self._rules.milestones}
        self._order = {m.id: n for n, m in enumerate(self._rules.milestones)}
        self._duties = {m.id: duty_of(m) for m in self._rules.milestones}
        self._limits = QueryLimits(self._rules.milestones)
        cue_index()  # build the shared cue automaton now rather than on the first hit

    def _read(
        self, title: str, summary: str, language: str | None
    ) -> tuple[Folded, Folded, str | None]:
        """The entry's folded words, their stems, and the language they are read in."""
        folded = fold_text(title, summary)
        text_language = language_of(title, summary, language)
        stems = Folded(" ".join(stem_words(folded.words, text_language)), folded.parts)
        return folded, stems, text_language

    def closest(
        self,
        title: str,
        summary: str = "",
        *,
        language: str | None = None,
        reading: Reading | None = None,
    ) -> list[Closest]:
        """Up to three milestones the entry comes near without naming (for candidates)."""
        if reading is not None:  # the stored reading (matching.reading) of this text
            folded, stems, text_language = reading.folded, reading.stems, reading.language
        else:
            folded, stems, text_language = self._read(title, summary, language)
        return self._themes.closest(folded, stems, text_language)

    def match(
        self,
        title: str,
        summary: str = "",
        *,
        language: str | None = None,
        url: str | None = None,
        published: dt.date | None = None,
        reading: Reading | None = None,
    ) -> list[Match]:
        """What the entry says about each milestone it names, in plan order.

        `language` (an ISO 639-1 code, "fr-BE" is read as "fr") is the feed's; the text's own
        words decide when they clearly say another. `url` is read for legal citations (an
        EUR-Lex address names its document); `published` dates the entry against the plan.
        `reading` is the entry's stored reading (`matching.reading`), when it has one.
        """
        if reading is not None:
            folded, stems, text_language = reading.folded, reading.stems, reading.language
            cited = list(reading.citations)
        else:
            folded, stems, text_language = self._read(title, summary, language)
            cited = citations_in(title, summary, url, folded)
        themes = self._themes.find(folded, stems, text_language, cited, graded=True)
        themes = self._limits.kept_themes(themes, folded, stems)
        rules = self._limits.kept(self._rules.find(folded), folded, stems)
        graded = any(t.kind is ThemeKind.PARTIAL for t in themes)
        if graded and rules:  # a query named the milestone: no partial description needed
            themes, graded = [], False
        left_out, unsure = self._shared_anchors(rules, themes, cited)
        hits = [h for h in _merge(rules, themes) if h.milestone_id not in left_out]
        if not hits:  # most news: nothing to explain or classify
            return []
        why = {t.milestone_id: f"{t.kind.value} {t.detail}" for t in reversed(themes)}
        documents = [c for c in cited if c.part is None or (c.part == 0 and _heads(c))]
        context = Context(
            published,
            url,
            tuple(c.reference for c in documents),
            tuple(c.reference for c in cited if c not in documents),
        )
        hits.sort(key=lambda h: self._order[h.milestone_id])
        if text_language is None:
            code = guess_language(folded.words)
        else:  # a language without a lexicon file is read with every language's cue words
            code = text_language if text_language in LANGUAGES else None
        # A citation is a name: "(EU)" in "Regulation (EU) 2019/631" is no actor, its words no cue
        cited_spans = [
            _cited_words(folded.words, c.start, c.reference.text)
            for c in cited
            if c.start is not None
        ]
        cues = [
            c
            for c in cue_index().scan(folded)
            if (not code or c.value.language in ("*", code))
            and not any(start <= c.start and c.end <= end for start, end in cited_spans)
        ]
        cues = resolve_anaphors(folded.words, cues)  # "Bundesnetzagentur ... Die Behörde"
        if published is not None:  # "presents ... in December", read in November: a schedule
            ahead = dates_ahead(folded.words, published, code)
            cues = sorted([*cues, *ahead], key=lambda c: (c.end, c.start)) if ahead else cues
        # "legt am Mittwoch ... vor", "unveils date for ...": a deed set for a day to come;
        # "Commission officials present ... to industry": a plan shown to others
        added = days_ahead(folded.words, cues, published, code)
        added += briefing_cues(folded.words, cues, code)
        if added:
            cues = sorted([*cues, *added], key=lambda c: (c.end, c.start))
        matches = [
            classify(
                hit,
                self._milestones[hit.milestone_id],
                folded,
                cues,
                self._duties[hit.milestone_id],
                context,
                why.get(hit.milestone_id, ""),
                graded=graded,
                foreign=_foreign(hit, hits),
                language=code,
                anchor_only=hit.milestone_id in unsure,
            )
            for hit in hits
        ]
        if graded:  # a partial description is news only as a delivery
            return [m for m in matches if m.kind is EvidenceKind.DELIVERED]
        return matches

    def _shared_anchors(
        self, rules: Sequence[Hit], themes: Sequence[Theme], cited: Sequence[Cited]
    ) -> tuple[frozenset[str], frozenset[str]]:
        """The milestones the text reaches only by an act several of them amend, as (left
        out, unsure): left out when the text words another of them (the query's "trois ans"
        next to 2019/631 is the flexibility, not the review); unsure when it words none
        ("Commission amends Regulation (EU) 2019/631"), so a person says which it delivers."""
        if not cited:  # most news: no citation, no anchor to share
            return frozenset(), frozenset()
        numbers = {c.reference.key.split(":", 1)[-1] for c in cited}
        worded = {t.milestone_id for t in themes if not self._themes.shared_anchor(t)}
        worded |= {
            h.milestone_id
            for h in rules
            if not all(any(n in s.phrase for n in numbers) for s in (*h.terms, *h.context))
        }
        by_anchor: dict[str, set[str]] = {}
        for theme in themes:
            if self._themes.shared_anchor(theme):
                by_anchor.setdefault(theme.detail, set()).add(theme.milestone_id)
        left_out: set[str] = set()
        unsure: set[str] = set()
        for sharing in by_anchor.values():
            (left_out if sharing & worded else unsure).update(sharing - worded)
        return frozenset(left_out), frozenset(unsure - left_out)


def _cited_words(words: Sequence[str], start: int, text: str) -> tuple[int, int]:
    """The words a citation spans, found around the word it is placed at (its number): "amends
    directive 1999 62 ec" spans "directive 1999 62 ec", not "amends". Just that word when its
    words are not found as written."""
    own = fold(text).split()
    size = len(own)
    for first in range(max(0, start - size + 1), start + 1):
        if list(words[first : first + size]) == own:
            return first, first + size
    return start, start + 1


def _foreign(hit: Hit, hits: list[Hit]) -> tuple[Span, ...]:
    """The words by which the text names the other milestones it hits, and not this one."""
    own = (*hit.terms, *hit.context)
    return tuple(
        span
        for other in hits
        if other is not hit
        for span in (*other.terms, *other.context)
        if span.end > span.start and not any(span.start < o.end and o.start < span.end for o in own)
    )


def _merge(hits: list[Hit], themes: list[Theme]) -> list[Hit]:
    """One hit per milestone, in plan order of the rules first: a theme found by the
    vocabulary adds its phrases to the query's hit, or stands as a hit of its own."""
    by_id = {h.milestone_id: h for h in hits}
    for theme in themes:
        # A citation only in the address stands on no word: the title's first clause is read.
        concept = theme.kind in (ThemeKind.ABOUT, ThemeKind.PARTIAL)
        spans = tuple(Span(f.phrase, f.start, f.end, concept) for f in theme.found) or (
            Span(theme.detail, 0, 0),
        )
        old = by_id.get(theme.milestone_id)
        if old is None:
            by_id[theme.milestone_id] = Hit(theme.milestone_id, spans, (), theme.strength)
        else:  # every way the text names it counts: a weaker theme may hold the headline's words
            fresh = tuple(s for s in spans if s not in old.terms)
            by_id[theme.milestone_id] = Hit(
                old.milestone_id,
                (*old.terms, *fresh),
                old.context,
                max(theme.strength, old.specificity),
            )
    return list(by_id.values())


def _heads(cited: Cited) -> bool:
    """Whether a title's citation can be the entry itself: a COM or C document anywhere, an
    act only at the head of the title ("Regulation (EU) 2025/1214 of ..." in EUR-Lex). An act
    cited further on ("industry weighs the impact of Regulation (EU) 2025/1214") is what the
    entry is about, not what it is."""
    if cited.reference.kind != "act" or cited.start is None:
        return True
    return cited.start - (len(fold(cited.reference.text).split()) - 1) <= 1
