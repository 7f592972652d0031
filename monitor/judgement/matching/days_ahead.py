"""Days a deed is set for: a weekday told in the present tense, and a date as the deed's object.

"Die Kommission legt am Mittwoch ... vor", "Bruselas presenta el miércoles", "Commissie
presenteert donderdag": the press tells a deed done on a weekday in the past tense ("legte am
Mittwoch vor", "presentó el miércoles"); the present tense with a weekday is the schedule of
the week, a deed still to come, as "next week" is (`dates_ahead` in the lexicons). Read on
the day the item is published, the weekday is today: the deed may be done, and nothing is
said. "Commission unveils date for 2035 ban review", "Bruxelles fixe la date", "nennt
Termin", "fissa la data": a deed verb whose object is a date announces when the deed will
come, not the deed. Both are returned as future cues that date the deed ahead (`Cue.ahead`),
which the clause reading takes as a plan after or right before its verb.

Weekday names and the nouns of a date are closed classes, like month names (`months`): they
are listed here, folded as the texts are (Polish "w środę" is "w srode"). Pure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from monitor.judgement.matching.cues import Cue, CueKind
from monitor.judgement.matching.fold import BREAK
from monitor.judgement.matching.phrases import Occurrence, parse_phrase

__all__ = ["days_ahead"]

# Folded weekday names by language, Monday first (`datetime.date.weekday()` order); Polish
# in the nominative and in the accusative it takes after "w" ("w środę", "w sobotę").
_WEEKDAYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("monday",), ("tuesday",), ("wednesday",), ("thursday",), ("friday",),
           ("saturday",), ("sunday",)),
    "fr": (("lundi",), ("mardi",), ("mercredi",), ("jeudi",), ("vendredi",), ("samedi",),
           ("dimanche",)),
    "de": (("montag",), ("dienstag",), ("mittwoch",), ("donnerstag",), ("freitag",),
           ("samstag", "sonnabend"), ("sonntag",)),
    "it": (("lunedi",), ("martedi",), ("mercoledi",), ("giovedi",), ("venerdi",), ("sabato",),
           ("domenica",)),
    "es": (("lunes",), ("martes",), ("miercoles",), ("jueves",), ("viernes",), ("sabado",),
           ("domingo",)),
    "nl": (("maandag",), ("dinsdag",), ("woensdag",), ("donderdag",), ("vrijdag",),
           ("zaterdag",), ("zondag",)),
    "pl": (("poniedzialek",), ("wtorek",), ("sroda", "srode"), ("czwartek",), ("piatek",),
           ("sobota", "sobote"), ("niedziela", "niedziele")),
}  # fmt: skip
# Nouns of a date or timetable that a deed verb may take as its object ("sets a date for").
_DATES: dict[str, frozenset[str]] = {
    "en": frozenset({"date", "dates", "timetable", "timeline", "schedule"}),
    "fr": frozenset({"date", "dates", "calendrier", "echeance"}),
    "de": frozenset({"termin", "datum", "zeitplan"}),
    "it": frozenset({"data", "date", "calendario", "scadenza"}),
    "es": frozenset({"fecha", "fechas", "calendario"}),
    "nl": frozenset({"datum", "tijdpad", "tijdschema"}),
    "pl": frozenset({"date", "termin", "harmonogram"}),
}
# Auxiliaries of the perfect and the passive: before the verb, the weekday dates a deed done
# ("hat am Mittwoch vorgelegt", "a présenté mercredi", "ha presentado el miércoles").
_AUXILIARIES = frozenset({
    "has", "have", "had", "was", "were", "a", "ont", "avait", "ete", "hat", "haben", "hatte",
    "wurde", "wurden", "ha", "hanno", "aveva", "han", "habia", "heeft", "hebben", "werd",
    "werden",
})  # fmt: skip
# Endings of the past tense or a participle: "presented", "legte", "presenteerde",
# "présenté" (folded alike with "présente", told apart by its auxiliary or "par"),
# "presentato", "presentó" (folded "presento"), "przedstawiła".
_PAST_ENDINGS: dict[str, tuple[str, ...]] = {
    "en": ("ed",),
    "de": ("te", "ten"),
    "nl": ("de", "den", "te", "ten", "d"),
    "it": ("o", "ata", "ate", "ati"),
    "es": ("o", "ada", "adas", "ido", "ida"),
    "pl": ("l", "la", "li", "ly", "lo"),
}
_PRESENT_ENDINGS: dict[str, tuple[str, ...]] = {
    "en": ("s",),  # "presents", "unveils"; "put" and "set" may be either
    "de": ("t",),
    "nl": ("t",),
}
# A German or Dutch participle: "ge" first, or after a separable particle ("vorgestellt").
_PARTICIPLE = re.compile(r"(?:vor|auf|an|ein|fest|aus|ab|zu|voor|op|in|uit|vast|aan|af|mee)?ge")
_DEEDS = frozenset({CueKind.PROPOSE, CueKind.ADOPT, CueKind.ACT})
_ACTORS = frozenset({CueKind.COMMISSION, CueKind.EU, CueKind.INSTITUTION})
_AFTER = 8  # words from the verb to the weekday it is set for ("presents ... on Wednesday")
# Verbs that end the stretch after a deed verb: a weekday after another verb is that verb's
_VERBS = frozenset({*_DEEDS, CueKind.INSTITUTION_VERB, CueKind.CALL, CueKind.OPINION})
_BEFORE = 2  # words from a weekday to the verb after it ("Am Mittwoch legt die Kommission")
_SUBJECT = 3  # words between the actor and its present-tense verb, on either side


def _by_name(
    language: str | None, tables: dict[str, tuple[tuple[str, ...], ...]]
) -> dict[str, int]:
    chosen = [tables[language]] if language in tables else list(tables.values())
    return {name: day for table in chosen for day, names in enumerate(table) for name in names}


_WEEKDAY = {language: _by_name(language, _WEEKDAYS) for language in (*_WEEKDAYS, None)}
_ANY = frozenset(_WEEKDAY[None]) | frozenset().union(*_DATES.values())


def days_ahead(
    words: Sequence[str],
    cues: Sequence[Occurrence[Cue]],
    published: dt.date | None,
    language: str | None,
) -> list[Occurrence[Cue]]:
    """Future cues for the weekdays a present-tense deed is set for, and for the dates a
    deed verb names as its object; `cues` are the text's cues, `published` its date."""
    if _ANY.isdisjoint(words):  # most texts: no weekday and no date noun
        return []
    weekdays = _WEEKDAY.get(language, _WEEKDAY[None])
    dates = _DATES.get(language or "", frozenset().union(*_DATES.values()))
    verbs = [c for c in cues if c.value.kind in _DEEDS]
    found: dict[int, Occurrence[Cue]] = {}
    for verb in verbs:
        for at in _around(words, verb, cues):
            word = words[at]
            if word in dates and _object(words, verb.end, at):
                found[at] = _cue(word, at, language)
            day = weekdays.get(word)
            if day is None or (published is not None and day == published.weekday()):
                continue
            if _past_day(words, at):
                continue
            if _present(words, verb, cues, language):
                found[at] = _cue(word, at, language)
    return [found[at] for at in sorted(found)]


OBJECT_GAP = 2  # words between a deed verb and its date ("fixe la date", "sets a date")
# Articles and possessives that may stand between the verb and its date ("fixe la date",
# "nennt einen Termin", "annuncia la sua data"): any other word makes the date no object
# ("presents up to date figures").
_DETERMINERS = frozenset({
    "a", "an", "the", "its", "their", "new", "la", "le", "les", "sa", "son", "une", "der",
    "die", "das", "den", "einen", "ein", "eine", "seinen", "ihren", "il", "lo", "una", "sua",
    "el", "los", "su", "de", "het", "een", "haar", "zijn", "nieuwe", "nowy", "nowa",
})  # fmt: skip
# Words beside a weekday that put it in the past ("after Monday's summit", "am vergangenen
# Mittwoch", "mercredi dernier", "el pasado martes", "afgelopen woensdag", "w ubiegłą środę").
_PAST_DAY = frozenset({
    "after", "since", "last", "s", "dernier", "depuis", "apres", "vergangenen", "letzten",
    "seit", "nach", "scorso", "dopo", "pasado", "tras", "desde", "afgelopen", "sinds", "na",
    "ubiegla", "ubieglym", "zeszla", "zeszly", "po", "od",
})  # fmt: skip


def _object(words: Sequence[str], verb_end: int, at: int) -> bool:
    """Whether the date at `at` is the object of a verb ending at `verb_end`."""
    return verb_end <= at <= verb_end + OBJECT_GAP and all(
        w in _DETERMINERS for w in words[verb_end:at]
    )


def _past_day(words: Sequence[str], at: int) -> bool:
    """Whether a word next to the weekday at `at` puts it in the past (see `_PAST_DAY`)."""
    before = words[at - 1] if at >= 1 else ""
    after = words[at + 1] if at + 1 < len(words) else ""
    return before in _PAST_DAY or after in _PAST_DAY


def _around(
    words: Sequence[str], verb: Occurrence[Cue], cues: Sequence[Occurrence[Cue]]
) -> list[int]:
    """The positions near the verb in its clause: up to the next verb after it ("unveils the
    car labelling overhaul on Tuesday"), two words before it."""
    stop = min(
        [len(words), verb.end + _AFTER + 1]
        + [c.start for c in cues if c.value.kind in _VERBS and c.start >= verb.end]
    )
    after = []
    for at in range(verb.end, stop):
        if words[at] == BREAK:
            break
        after.append(at)
    before = []
    for at in range(verb.start - 1, max(-1, verb.start - _BEFORE - 1), -1):
        if words[at] == BREAK:
            break
        before.append(at)
    return [*after, *before]


def _present(
    words: Sequence[str],
    verb: Occurrence[Cue],
    cues: Sequence[Occurrence[Cue]],
    language: str | None,
) -> bool:
    """Whether the verb is a finite present form with its actor next to it: no auxiliary
    before it, no past ending, no agent after it ("présenté mercredi par la Commission")."""
    first = words[verb.start]
    # the auxiliary before the verb, in its phrase ("ha proposto"), or after a verb put last
    # ("den die Kommission am Dienstag vorgelegt hat")
    near = range(max(0, verb.start - 3), min(len(words), verb.end + 2))
    if any(words[at] in _AUXILIARIES for at in near):
        return False
    if language in _PAST_ENDINGS and first.endswith(_PAST_ENDINGS[language]):
        return False
    if language in _PRESENT_ENDINGS and not first.endswith(_PRESENT_ENDINGS[language]):
        return False
    if language in ("de", "nl") and _PARTICIPLE.match(first):
        return False  # "gepresenteerd", "vorgelegt": a participle
    if any(c.value.kind is CueKind.BY and verb.end <= c.start <= verb.end + _SUBJECT for c in cues):
        return False
    return any(
        c.value.kind in _ACTORS
        and (0 <= verb.start - c.end <= _SUBJECT or 0 <= c.start - verb.end <= _SUBJECT)
        for c in cues
    )


def _cue(word: str, at: int, language: str | None) -> Occurrence[Cue]:
    cue = Cue(CueKind.FUTURE, language or "*", ahead=True)
    return Occurrence(cue, parse_phrase(word), at, at + 1, word)
