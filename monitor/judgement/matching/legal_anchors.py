"""Which milestones a cited act points to: the acts each amends or creates, its procedures and
its delivering documents, and how strongly a citation of one tells that a text is about it.

An act several milestones amend (Regulation 2019/631 for both CO2 milestones) tells less about
each of them, and nothing about those the text neither names nor describes when it names or
describes another of them. Split from `themes`, which weighs these beside names and
descriptions. Pure: no IO.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.judgement.legal import Cited
from monitor.judgement.matching.theme_types import Found, Theme, ThemeKind
from timeline.model import Milestone

ANCHOR_STRENGTH = 0.85
CITED_STRENGTH = 0.6  # an act the milestone amends, cited with no word of amending it
DOCUMENT_STRENGTH = 0.95
SHARED_ANCHOR = 0.75  # an act several milestones amend tells less about each of them
# Words that make a citation the object of an amendment ("amending Directive 1999/62/EC",
# "tot wijziging van Richtlijn", "zmieniające rozporządzenie"), folded, as prefixes; within
# `_AMENDING_REACH` words before the citation.
_AMENDING = (
    "amend", "revis", "modifi", "aender", "abaender", "novell", "modific", "wijzig",
    "zmieni", "zmian", "nowelizac",
)  # fmt: skip
_AMENDING_REACH = 4


class LegalAnchors:
    """The plan's legal anchors by normal form (`timeline.legal`), each with its milestones."""

    def __init__(self, milestones: Sequence[Milestone]) -> None:
        self._milestones = tuple(milestones)
        self._by_key: dict[str, list[tuple[int, bool]]] = {}  # key -> (milestone, document)
        for number, milestone in enumerate(self._milestones):
            legal = milestone.legal
            for key in (*legal.amends, *legal.creates, *legal.procedures):
                self._by_key.setdefault(key, []).append((number, False))
            for key in legal.documents:
                self._by_key.setdefault(key, []).append((number, True))

    def themes(self, citations: Sequence[Cited], words: Sequence[str]) -> list[Theme]:
        """A legal theme for every milestone each citation is an anchor of, with its strength."""
        themes = []
        for cited in citations:
            for number, document in self._by_key.get(cited.reference.key, ()):
                milestone = self._milestones[number]
                if document:
                    strength = DOCUMENT_STRENGTH
                elif cited.reference.key in milestone.legal.amends:
                    amended = _amending_before(words, cited.start)
                    strength = ANCHOR_STRENGTH if amended else CITED_STRENGTH
                else:
                    strength = ANCHOR_STRENGTH
                if not document and len(self._by_key[cited.reference.key]) > 1:
                    strength *= SHARED_ANCHOR
                found = (
                    (Found(cited.reference.text, cited.start, cited.end or cited.start + 1),)
                    if cited.start is not None
                    else ()
                )
                themes.append(
                    Theme(
                        milestone.id,
                        ThemeKind.LEGAL,
                        strength,
                        found,
                        cited.part if cited.start is not None else None,
                        cited.reference.key,
                    )
                )
        return themes

    def shared(self, theme: Theme) -> bool:
        """Whether `theme` is a citation of an act several milestones amend (2019/631 for both
        CO2 milestones): on its own it says the text is about one of them, not which."""
        return theme.kind is ThemeKind.LEGAL and len(self._amending(theme.detail)) > 1

    def only_worded(self, themes: list[Theme]) -> list[Theme]:
        """An act that several milestones amend, cited in a text that names or describes some
        of them, is evidence for those only: "softens CO2 rules ... Regulation 2019/631" is
        the flexibility, not the later review of the same regulation."""
        worded = {t.milestone_id for t in themes if t.kind is not ThemeKind.LEGAL}
        # an act only one milestone creates or cites names that milestone as well as words do
        worded |= {
            t.milestone_id
            for t in themes
            if t.kind is ThemeKind.LEGAL and len(self._by_key.get(t.detail, ())) == 1
        }
        kept = []
        for theme in themes:
            if theme.kind is ThemeKind.LEGAL and theme.milestone_id not in worded:
                sharing = self._amending(theme.detail)
                if len(sharing) > 1 and sharing & worded:
                    continue
            kept.append(theme)
        return kept

    def _amending(self, anchor: str) -> set[str]:
        """The milestones that amend the act `anchor` names (not those citing it as a document)."""
        return {
            self._milestones[number].id
            for number, document in self._by_key.get(anchor, ())
            if not document
        }


def _amending_before(words: Sequence[str], start: int | None) -> bool:
    """Whether a word of amending stands just before the citation at `start`."""
    if start is None:
        return False
    before = words[max(0, start - _AMENDING_REACH - 3) : start]  # the act word and "(EU)" too
    return any(w.startswith(_AMENDING) for w in before)
