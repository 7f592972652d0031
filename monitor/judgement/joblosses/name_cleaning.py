"""A company's name cleaned from the capitalised words around it, and the words that tell.

News writes a name amid descriptors ("the supplier"), articles, prepositions, words of
origin ("het Noorse"), legal forms and compounds of the name with its staff or plant
("Ravelo-personeel"): `clean_name` keeps the name. Pure.
"""

from __future__ import annotations

import functools
import re

from monitor.judgement.joblosses import lexicon as lx
from monitor.judgement.joblosses import lexicon_figures as lf
from monitor.judgement.joblosses import name_words as nw
from monitor.judgement.joblosses._fold import fold, fold_text
from monitor.judgement.joblosses.countries import find_countries
from monitor.judgement.joblosses.name_patterns import LEGAL, NAME_TOKEN


def is_name_token(token: str) -> bool:
    """A capitalised word (or one opening with a digit), or an elided article before one
    ("l'Aisne" in "Fonderies de l'Aisne")."""
    if token[:2].lower() in ("l'", "d'", "l’", "d’") and token[2:3].isupper():
        token = token[2:]
    return bool(NAME_TOKEN.match(token)) and (token[0].isupper() or token[0].isdigit())


_TIER = re.compile(r"tier[- ]?[123]")


def clean_name(tokens: list[str], *, after_preposition: bool = False) -> str | None:
    """The company's name in `tokens`: descriptors, articles and legal forms dropped. With
    `after_preposition`, a capitalised particle opens the name ("alla De Santis Meccanica":
    no article follows an articled preposition)."""
    for index in range(len(tokens) - 2, -1, -1):  # "VW-Tochter Cariad": the part is meant
        if nw.is_subsidiary_word(fold_text(tokens[index]).strip(".'’")):
            tokens = tokens[index + 1 :]
            break
    described = articled = False
    while tokens:
        tokens = _without_works_of(tokens)
        head = fold_text(tokens[0]).strip(".'’")
        if (described or after_preposition or head in _OWN_PARTICLES) and _is_particle(tokens):
            break  # "Transportbedrijf De Wit", "Van Leeuwen Assen": the name's own
        if tokens[0][:1].islower() and head in nw.LINKS:
            tokens = tokens[1:]  # "la filiale italiana di Kessler": a preposition
            continue
        if _polish_head(tokens):
            break  # "Fabryka Amortyzatorów Krosno", "Grupa Motoryzacyjna Wisła": the name's own
        if tokens[0] in _REFLEXIVES:  # "Se suprimirán 310 empleos": a passive, no subject
            tokens = tokens[1:]
            continue
        if len(tokens) > 1 and head in nw.QUESTION_WORDS and tokens[1][:1].isupper():
            tokens = tokens[1:]  # "Pourquoi Garnier Freinage ferme": the question's subject
            continue
        if len(tokens) > 1 and _TIER.fullmatch(head):  # "the Tier-1 supplier X": a rank
            tokens = tokens[1:]
            continue
        if head in nw.DETERMINERS or head.endswith(("'s", "’s")) or nw.is_descriptor(head):
            described = described or nw.is_descriptor(head)
            articled = True
            tokens = tokens[1:]
            continue
        if len(tokens) > 1 and tokens[1][:1].isupper() and is_origin(head):
            if not articled and _heads_a_name(tokens[1]):
                break  # "Polskie Zakłady Kablowe", "Nederlandse Kabelfabriek": the name's own
            if tokens[0][:1].isupper() and _lower_case_origin(head):
                break  # "alla Tedeschi Clima": a capital makes an Italian origin a surname
            tokens = tokens[1:]  # "het Noorse Fjord Cells", "the German Brenner AG"
            continue
        break
    while tokens and fold_text(tokens[-1]) in nw.CONNECTORS:
        tokens = tokens[:-1]
    if not tokens:
        return None
    last = tokens[-1]
    if "-" in last[1:]:  # "Ravelo-personeel", "VW-Belegschaft", "ZF-Werk": the company's
        head, _, tail = last.rpartition("-")
        folded_tail = fold_text(tail)
        if head and (
            folded_tail in _COMPOUND_TAILS
            or nw.is_descriptor(folded_tail)
            or JOB_WORD.fullmatch(folded_tail)
        ):
            tokens = [*tokens[:-1], head]
    tokens[-1] = tokens[-1].removesuffix("'s").removesuffix("’s")  # "Dorset Axle Company's"
    if tokens[0][:2].lower() in ("l'", "d'", "l’", "d’"):
        tokens[0] = tokens[0][2:]
    if LEGAL.fullmatch(" " + " ".join(tokens)):
        return None  # "Plásticos del Ebro, S.A. despide": the legal form after a comma alone
    name = LEGAL.sub("", " ".join(tokens)).strip(" ,:;.-'’\"")
    first = fold_text(name.split()[0]) if name else ""
    if not name or _stop_word(first) or nw.WEEKDAYS_MONTHS.match(first) or len(name) < 2:
        return None
    if " " not in name and first in nw.LOWER_DESCRIPTORS:
        return None  # "Gießerei im Harz macht dicht": a works' noun alone, its name elsewhere
    return name


# A plant's noun, or a compound ending in one ("Zellfabrik", "Motorenwerk", "Stoelenfabriek"),
# then "of": the plant of the company named next ("Zellfabrik von NordVolt", "het werk van
# Brink", "l'usine de Valmeca"). Foundries and workshops are left out: they head names
# ("Fonderie de l'Aisne").
_WORKS_OF = re.compile(
    r"(?:\w*werk|\w*werke|\w*fabrik|\w*fabriek|\w*standort|usine|plant|factory|stabilimento"
    r"|planta|fabryka|zaklad|vestiging)"
)
_OF = frozenset({"von", "van", "de", "of", "di", "del", "della", "dello", "des", "der", "du"})


def _without_works_of(tokens: list[str]) -> list[str]:
    """The words after a plant's noun and "of", when a capitalised word follows them."""
    if (
        len(tokens) >= 3
        and tokens[1] in _OF
        and tokens[2][:1].isupper()
        and _WORKS_OF.fullmatch(fold_text(tokens[0]))
    ):
        return tokens[2:]
    return tokens


# The reflexive pronoun of the Spanish and Italian impersonal passive, capitalised when it opens
# a headline ("Se perderán 300 empleos", "Si tagliano 140 posti"); written so, not "SE".
_REFLEXIVES = frozenset({"Se", "Si"})


def _stop_word(word: str) -> bool:
    """Whether `word` names no company, in any of its cases: German nouns are capitalised, and
    their genitive too ("die Schließung des Werks", "des Standorts"), as English plurals are."""
    if word in nw.STOP:
        return True
    if word in nw.COMPANY_HEADS or not word.endswith("s"):
        return False  # "Industries Maurice": a trade's plural heads a name
    stems = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
    return any(len(stem) >= 4 and stem in nw.STOP for stem in stems)


# Particles that, capitalised before a capitalised word, open a name wherever they stand: no
# article or preposition is written so ("Van Leeuwen", "Von Roll"; "De" may be an article).
_OWN_PARTICLES = frozenset({"van", "von"})


def _is_particle(tokens: list[str]) -> bool:
    """Whether `tokens` open with a surname's capitalised particle ("De Wit", "Van der Berg",
    "Di Martino"), which only a descriptor before it tells from an article."""
    if len(tokens) < 2 or not tokens[0][:1].isupper():
        return False
    if fold_text(tokens[0]) not in nw.PARTICLES:
        return False
    rest = tokens[1:]
    while len(rest) > 1 and fold_text(rest[0]) in nw.PARTICLES:
        rest = rest[1:]
    return rest[0][:1].isupper()


def _heads_a_name(token: str) -> bool:
    """Whether capitalised `token` is a trade's noun that opens names ("Zakłady", "Tłocznie",
    "Kabelfabriek"), not a kind of company ("Zulieferer"): a country's adjective before it,
    with no article, is the name's first word, as "Polskie" or "Nederlandse" are, not a word
    of origin."""
    word = fold_text(token).strip(".,:;'’")
    return word in nw.COMPANY_HEADS or word.endswith(_WORKS_ENDINGS)


# A works' compound that names a company after a country's adjective ("Nederlandse
# Kabelfabriek", "Deutsche Kabelwerke"); a kind of company ("Deutsche Zulieferer", "Italian
# Carmaker") is a descriptor and the adjective stays a word of origin.
_WORKS_ENDINGS = ("fabriek", "fabrieken", "fabrik", "fabriken", "werke", "werken")


# Polish works' nouns that head names, capitalised, with what the works makes in the genitive
# or an adjective after them ("Fabryka Amortyzatorów", "Grupa Motoryzacyjna", "Huta Stalowa");
# Polish writes neither in capitals unless they belong to a name.
_POLISH_HEADS = frozenset({"fabryka", "grupa", "huta", "odlewnia", "przedsiebiorstwo"})
_POLISH_COMPLEMENT = re.compile(
    r"\w{3,}(?:ow|ek|yn|na|ne|ny|owa|owe|owy|ska|skie|cka|ckie|cza|cze|czy)"
)


def _polish_head(tokens: list[str]) -> bool:
    """Whether `tokens` open with a capitalised Polish works' noun and its capitalised
    complement: the noun is the name's first word, not a descriptor before it."""
    if len(tokens) < 3 or not (tokens[0][:1].isupper() and tokens[1][:1].isupper()):
        return False
    if fold_text(tokens[0]) not in _POLISH_HEADS:
        return False
    return bool(_POLISH_COMPLEMENT.fullmatch(fold_text(tokens[1]).strip(".,:;")))


# How origin adjectives end in the languages that write them in lower case (Italian, Spanish,
# French, Polish): capitalised there, the word is a name ("Tedeschi Clima", "Francés
# Recambios"). English and Dutch capitalise theirs ("German", "Noorse", "Belgische"), and so do
# German names ("Deutsche Kabelwerke"): their endings are not here.
_LOWER_CASE_ORIGIN = ("o", "a", "i", "os", "as", "ais", "aise", "ois", "oise", "ski", "ska",
                      "skie", "cki", "cka")  # fmt: skip


def _lower_case_origin(word: str) -> bool:
    return word.endswith(_LOWER_CASE_ORIGIN) and not word.endswith(("se", "sche"))


def is_origin(word: str) -> bool:
    """A lower-case word of origin ("española", "italiana", "française"): an adjective of a
    descriptor ("la filial española de X"), never the start of a name."""
    return word in _CONTINENTAL or national(word)


# Words are asked again and again (every "la X" of every text): each is looked up once.
@functools.lru_cache(maxsize=4096)
def national(word: str) -> bool:
    """Whether `word` is a country's adjective ("chinois", "coreana", "Noorse")."""
    return any(c.adjective for c in find_countries(fold(word)))


@functools.lru_cache(maxsize=4096)
def lower_country(word: str) -> bool:
    """A country's name written in lower case is its adjective ("la china Lanxin Power", "il
    cinese"): only a name would take a capital. So is a region's or a town's adjective, as
    French and Italian form them ("l'équipementier jurassien Vuillet", "il gruppo torinese")."""
    if len(word) >= 7 and word.isalpha() and word.endswith(_REGIONAL):
        return True
    return any(c.start == 0 and c.end == len(word) for c in find_countries(fold(word)))


# How French and Italian adjectives of a region or a town end ("jurassien", "lyonnais",
# "comtoise", "torinese"): seven letters at least, so "mais" or "ancien" are not read so.
_REGIONAL = ("ien", "ienne", "ais", "aise", "ois", "oise", "ese")


# Adjectives of a continent, which describe a group's part as a country's adjective does
# ("la plantilla europea de X", "la filiale européenne de X").
_CONTINENTAL = frozenset({
    "european", "europea", "europeo", "europee", "europei", "europeen", "europeenne",
    "europaische", "europaischen", "europese", "europejski", "europejskiej", "europejska",
    "mondiale", "mundial", "global", "globale",
})  # fmt: skip


# What a hyphen joins to a company's name to speak of its staff, its plant or its trouble.
_COMPOUND_TAILS = frozenset({
    "personeel", "belegschaft", "personal", "personale", "plantilla", "werk", "werke", "standort",
    "fabriek", "fabrik", "schock", "krise", "crisis", "pleite", "aus", "beben", "kahlschlag",
    "zalogi", "zaloga", "sciopero", "streik", "staking",
})  # fmt: skip
JOB_WORD = re.compile(rf"\b{lf.JOB_NOUN}\b")


def forms_cue(raw: str, verb: str) -> bool:
    """Whether the name's last word and the "verb" after it are one cue noun ("Sociaal plan
    voor 65 werknemers": "plan" is no verb there, and "Sociaal" no name)."""
    phrase = f"{fold_text(raw.split()[-1])} {fold_text(verb.strip())}"
    return bool(lx.STRONG_LOSS.fullmatch(phrase))


def is_cue_word(word: str) -> bool:
    """Whether `word` alone is a cue of losing or creating jobs ("tagliati", "supprimés"), or
    a participle of announcing them ("annunciati dalla X", "announced by X")."""
    return bool(_ANNOUNCED.fullmatch(word)) or any(
        cue.fullmatch(word) for cue in (lx.LOSS, lx.CREATION)
    )


_ANNOUNCED = re.compile(
    r"announced|annonce(?:e|s|es)?|annunciat[ieoa]|anunciad[oa]s?|aangekondigd|ogloszon\w*"
)
