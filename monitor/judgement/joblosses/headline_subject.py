"""The headline's subject: a name that opens the headline and is followed by its verb, with
a cue of losing or creating jobs later in its clause ("Ronders setzt 200 Leiharbeiter vor
die Tür"), for companies named in no other set place. Split from `company`, whose name
cleaning it shares.
"""

from __future__ import annotations

import re

from monitor.judgement.joblosses import lexicon as lx
from monitor.judgement.joblosses import name_words as nw
from monitor.judgement.joblosses._fold import Folded, fold, fold_text
from monitor.judgement.joblosses.clauses import clause_span
from monitor.judgement.joblosses.company import NameMention
from monitor.judgement.joblosses.name_cleaning import JOB_WORD, clean_name, is_name_token
from monitor.judgement.joblosses.name_places import opens_with_place_preposition
from monitor.judgement.joblosses.number_words import find_word_numbers
from monitor.judgement.joblosses.qualifiers import QUALIFIER_WORDS

_WORD = re.compile(r"\S+")
_CUES = (lx.STRONG_LOSS, lx.LOSS, lx.CREATION, lx.STRONG_CREATION)


def headline_opening(
    folded: Folded, title_end: int, *, cue_in_clause: bool = True
) -> NameMention | None:
    """The name that opens the headline, when a word that is no preposition follows it and a
    cue of losing or creating jobs comes later in its clause: the headline's subject, whatever
    its verb ("Ronders setzt 200 Leiharbeiter vor die Tür", "A Szalai Gépgyár 200 embert épít
    le", "Brouwers gaat 70 mensen ontslaan"). Read only when no other place names a company
    (`companies.choose_actor` asks for it last), so most items never pay for it."""
    title = folded.original[: folded.original_offset(title_end)]
    words = list(_WORD.finditer(title))
    index = 0
    while index < min(len(words), 3) and words[index].group()[:1].islower():
        head = fold_text(words[index].group()).strip(",.")
        if not (nw.is_descriptor(head) or head in nw.LINKS):
            return None  # the headline opens with a lower-case word of its own
        index += 1
    tokens: list[str] = []
    end = 0
    for word in words[index:]:
        bare = word.group().strip("\"'“”«»()")
        closed = bare.endswith((",", ":", ";", "!", "?", "."))
        bare = bare.rstrip(",:;.!?")
        if not (is_name_token(bare) or (tokens and fold_text(bare) in nw.CONNECTORS)):
            break
        tokens.append(bare)
        end = word.end()
        if closed or len(tokens) >= 4:
            break
    if tokens and fold_text(tokens[-1]) in nw.CONNECTORS:
        return None  # "Ola de cierres": the head of a noun phrase, not a subject
    first = fold_text(tokens[0]) if tokens else ""
    if first in _NO_NAME_FIRST or first in QUALIFIER_WORDS:
        return None  # "As part of the plan", "Circa 700 posti": no name opens it
    if opens_with_place_preposition(" ".join(tokens)):
        return None  # "À Vesoul, 300 emplois supprimés": where, not who
    following = next((w for w in words if w.start() >= end), None) if tokens else None
    if following is None or title[end : following.start()].strip():
        return None  # no name, or punctuation closes it: the topic, not a subject
    after = fold_text(following.group())
    if not (after[:1].isdigit() or following.group()[:1].islower()) or after in _NOT_A_VERB:
        return None
    if nw.is_descriptor(after) or lx.SITE_NOUN.fullmatch(after):
        return None  # "Midlands supplier enters ...", "Tyre plant closure": a noun's attribute
    if after in _LOSING and len(tokens) == 1:
        return None  # "Vesoul perd 300 emplois": a town loses jobs, a company cuts them
    name = clean_name(list(tokens))
    if name is None:
        return None
    folded_name = fold(name).text
    if JOB_WORD.search(folded_name) or any(cue.search(folded_name) for cue in _CUES):
        return None  # "Stellenabbau bei ...", "Pracę straci ...": a noun of the story
    at = len(fold(title[:end]).text)
    clause_end = min(clause_span(folded, at)[1], title_end)
    if cue_in_clause and not any(cue.search(folded.text, at, clause_end) for cue in _CUES):
        return None  # (`referent` asks without it: the lead's "the company" points back here)
    words_folded = fold_text(" ".join(tokens))
    if any(find_word_numbers(words_folded, lang) for lang in _NUMBER_LANGUAGES):
        return None  # "Tweeduizend banen weg": a number in words
    return NameMention(name, " ".join(tokens), 0, "headline")


# Verbs of losing jobs, whose one-word subject is a town or a region as often as a firm's.
_LOSING = frozenset({
    "loses", "lost", "perd", "perdra", "perdait", "verliert", "verlor", "verliest", "verloor",
    "perde", "perdera", "pierde", "perdio", "traci", "stracil", "stracila", "straci",
})  # fmt: skip
_ARTICLES = frozenset({"a", "az", "the", "le", "la", "les", "der", "die", "das", "de", "het", "il",
                       "el", "o", "den"})  # fmt: skip
_NUMBER_LANGUAGES = ("en", "fr", "de", "it", "es", "nl", "pl", "pt", "hu")
# Words that open a sentence in capitals but name nothing.
_OPENERS = frozenset({
    "as", "if", "amid", "over", "about", "while", "once", "so", "yet", "now", "here", "all",
    "some", "many", "most", "als", "wenn", "weil", "ob", "comme", "si", "quand", "lorsque",
    "come", "quando", "se", "como", "cuando", "toen", "jak", "gdy", "kiedy",
    # a range opens with its preposition ("Between 300 and 400 roles ...")
    "between", "entre", "zwischen", "tra", "fra", "tussen", "od", "miedzy",
    # the verb "to be" that opens a cleft ("Sono 140 gli esuberi", "Son 300 los despidos")
    "sono", "son", "sont", "sind", "zijn", "are", "is", "sa", "jest",
})  # fmt: skip
# Words that follow a headline's opening noun, not its subject: prepositions, articles,
# conjunctions ("Kahlschlag bei ...", "Crisis in ...", "Fabbrica di ...").
_NOT_A_VERB = frozenset({
    "at", "in", "of", "for", "on", "the", "and", "to", "with", "by", "from", "bei", "im", "an",
    "auf", "fur", "von", "der", "die", "das", "und", "mit", "nach", "zu", "zum", "zur", "chez",
    "a", "au", "aux", "de", "des", "du", "en", "et", "le", "la", "les", "pour", "sur", "dans",
    "w", "we", "na", "z", "i", "o", "do", "di", "del", "della", "e", "el", "y", "con", "per",
    "bij", "van", "het", "op", "voor", "te", "met", "da", "dos", "no", "em", "ve", "v",
    "pe", "din", "si", "och", "av", "pa", "es", "az", "is",
    # units of time after a number word: "Dieci anni fa", "Twee jaar na", "Rok po"
    "years", "months", "weeks", "ans", "mois", "jahre", "monate", "wochen", "anni", "mesi",
    "anos", "meses", "jaar", "maanden", "weken", "lat", "lata", "miesiecy", "po", "fa",
})  # fmt: skip
_NO_NAME_FIRST = (_NOT_A_VERB | _OPENERS | nw.LOCATIVE) - _ARTICLES
