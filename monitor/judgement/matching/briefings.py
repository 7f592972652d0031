"""Plans shown to others: officials briefing, and a plan presented to an audience.

"Commission officials present Battery Booster plans to industry", "des fonctionnaires de la
Commission présentent ...", "EU-Beamte stellen ... vor": officials are the Commission's
staff, not the College that adopts its acts, so what they present is a briefing on a plan.
"La Commission présente le Battery Booster aux industriels", "presenta el plan a la
industria", "presenteert het plan aan de sector": a plan presented to an audience of
stakeholders is shown to them, not adopted. `briefing_cues` finds both in the words: the
officials as an actor of their own (`other_actor`, spanning the institution they serve, so
that it is no longer the subject), and the audience as an `audience` cue; `briefed` is the
decision rule that reads a presenting verb with an audience after it as talk.

The officials' nouns and the prepositions of an audience are closed classes, listed here
folded as the texts are. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.judgement.matching.clauses import Clause
from monitor.judgement.matching.cues import Cue, CueKind
from monitor.judgement.matching.phrases import Occurrence, parse_phrase
from monitor.judgement.matching.verdicts import Duty, Verdict, q
from timeline.model import EvidenceKind

__all__ = ["briefed", "briefing_cues"]

CueHit = Occurrence[Cue]

# The Commission's or the EU's staff ("Commission officials", "funzionari della Commissione").
_OFFICIALS = frozenset({
    "officials", "fonctionnaires", "responsables", "beamte", "beamten", "kommissionsbeamte",
    "kommissionsbeamten", "funzionari", "tecnici", "funcionarios", "tecnicos", "ambtenaren",
    "urzednicy", "urzednikow", "przedstawiciele",
})  # fmt: skip
# Words between the officials and the institution after them ("of the", "de la", "della").
_LINKS = frozenset({"of", "the", "de", "la", "l", "des", "du", "della", "dell", "dei", "del",
                    "van", "het", "der"})  # fmt: skip
# Prepositions (and the German dative articles) before whom a plan is presented ("to
# industry", "aux industriels", "der Branche", "agli industriali", "ante los fabricantes").
_TO: dict[str, frozenset[str]] = {
    "en": frozenset({"to", "before"}),
    "fr": frozenset({"aux", "au", "a", "devant"}),
    "de": frozenset({"der", "den", "dem", "vor"}),
    "it": frozenset({"a", "ai", "agli", "alla", "alle", "al", "all", "davanti"}),
    "es": frozenset({"a", "al", "ante"}),
    "nl": frozenset({"aan"}),
    "pl": frozenset({"przed"}),
}
_ARTICLES = frozenset({"the", "les", "la", "l", "los", "las", "de", "het", "i", "gli", "le"})
# Stakeholders named by a word no actor list holds, and the Polish dative of representatives
# ("przedstawia plan przedstawicielom branży"), which needs no preposition.
_AUDIENCE_NOUNS = frozenset({
    "stakeholders", "parties prenantes", "industriels", "interessentragern",
    "branchenvertretern", "stakeholder", "partes interesadas", "belanghebbenden",
    "przedstawicielom",
})  # fmt: skip
_DATIVES = frozenset({"przedstawicielom"})  # an audience with no preposition before it
_AUDIENCE_FIRST = frozenset(n.split()[0] for n in _AUDIENCE_NOUNS)
_ACTORS = frozenset({CueKind.COMMISSION, CueKind.EU})
_BRIEFING = CueKind.PROPOSE  # verbs of presenting, unveiling, tabling
# The verbs of showing among them: "propose aux constructeurs" offers the carmakers the deed.
_PRESENTING = ("present", "prezent", "unveil", "outline", "devoil", "detaill", "illustr",
               "expon", "przedstaw")  # fmt: skip
_PRESENTING_DE = ("stellt", "stellen", "stellte")  # "stellt ... vor"; Dutch "stelt voor" proposes


def briefing_cues(
    words: Sequence[str], cues: Sequence[CueHit], language: str | None
) -> list[CueHit]:
    """Officials named as the actor, and audiences a plan is presented to (module doc)."""
    found = _officials(words, cues, language)
    prepositions = _TO.get(language or "", frozenset().union(*_TO.values()))
    for actor in cues:
        if actor.value.kind is not CueKind.OTHER_ACTOR:
            continue
        start = _preposition_before(words, actor.start, prepositions)
        if start is not None and not _purpose_before(words, start):
            found.append(_cue(CueKind.AUDIENCE, words, start, actor.end, language))
    if _AUDIENCE_FIRST.isdisjoint(words):  # most texts: no stakeholders by name
        return found
    for at, word in enumerate(words):
        for size in (1, 2):
            noun = " ".join(words[at : at + size])
            if word not in _AUDIENCE_FIRST or noun not in _AUDIENCE_NOUNS:
                continue
            start = at if noun in _DATIVES else _preposition_before(words, at, prepositions)
            if start is not None and not _purpose_before(words, start):
                found.append(_cue(CueKind.AUDIENCE, words, start, at + size, language))
    return found


def _officials(words: Sequence[str], cues: Sequence[CueHit], language: str | None) -> list[CueHit]:
    if _OFFICIALS.isdisjoint(words):  # most texts: no officials
        return []
    found = []
    for at, word in enumerate(words):
        if word not in _OFFICIALS:
            continue
        start, end = at, at + 1
        for actor in cues:
            if actor.value.kind not in _ACTORS:
                continue
            if actor.end == at:  # "Commission officials", "EU-Beamte"
                start = min(start, actor.start)
            elif at < actor.start <= at + 3 and all(w in _LINKS for w in words[end : actor.start]):
                end = max(end, actor.end)  # "fonctionnaires de la Commission", "urzędnicy KE"
        found.append(_cue(CueKind.OTHER_ACTOR, words, start, end, language))
    return found


def _preposition_before(words: Sequence[str], at: int, prepositions: frozenset[str]) -> int | None:
    """Where the preposition before word `at` stands, an article allowed between them."""
    if at >= 1 and words[at - 1] in prepositions:
        return at - 1
    if at >= 2 and words[at - 1] in _ARTICLES and words[at - 2] in prepositions:
        return at - 2
    return None


# Words that open a purpose clause ("para ayudar a los fabricantes", "pour aider les
# constructeurs", "um den Herstellern zu helfen"): who is helped is no audience.
_PURPOSE = frozenset({"para", "pour", "per", "um", "om", "aby", "zeby", "help", "helps"})
_PURPOSE_WORDS = 4  # words before the audience's preposition that may open the purpose


def _purpose_before(words: Sequence[str], start: int) -> bool:
    return any(w in _PURPOSE for w in words[max(0, start - _PURPOSE_WORDS) : start])


def _cue(kind: CueKind, words: Sequence[str], start: int, end: int, language: str | None) -> CueHit:
    text = " ".join(words[start:end])
    return Occurrence(Cue(kind, language or "*"), parse_phrase(text), start, end, text)


def briefed(c: Clause, duty: Duty) -> Verdict | None:
    """A presenting verb with an audience after it: the plan is shown to stakeholders, which
    is no adoption ("presents the Battery Booster to industry")."""
    verb = c.verb
    if verb is None or verb.value.kind is not _BRIEFING or not _presenting(verb):
        return None
    audience = next(
        (a for a in c.cues if a.value.kind is CueKind.AUDIENCE and verb.end <= a.start), None
    )
    if audience is None:
        return None
    dative = audience.phrase.key.split()[0] in ("der", "den", "dem")
    if verb.value.language == "de" and dative and audience.start != verb.end:
        return None  # a German dative stands right after the verb; else "Plan der Branche"
    return Verdict(
        EvidenceKind.MENTION,
        0.8,
        (verb, audience),
        f"{q(verb)} to {q(audience)}: a plan shown to others, not the act",
    )


def _presenting(verb: CueHit) -> bool:
    said = (verb.matched or verb.phrase.key).split()
    if verb.value.language == "de" and any(w.startswith(_PRESENTING_DE) for w in said):
        return True
    return any(w.startswith(_PRESENTING) for w in said)
