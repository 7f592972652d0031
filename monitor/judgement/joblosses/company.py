"""Find the name of a company that is not on the watch list.

News names the actor in a few set places: before the verb ("Xyz to cut",
"Xyz supprime", "Xyz streicht"), after "at/chez/bei" ("job cuts at Xyz",
"Stellenabbau bei Xyz"), or before a colon in a headline ("Xyz: 300 Stellen
fallen weg"). The name is read from the original text, where capital letters
tell a name from the words around it; descriptors such as "supplier",
"l'équipementier" or "Autozulieferer" are dropped.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from monitor.judgement.joblosses import lexicon as lx
from monitor.judgement.joblosses import name_words as nw
from monitor.judgement.joblosses._fold import Folded, fold_text
from monitor.judgement.joblosses.name_cleaning import (
    clean_name,
    forms_cue,
    is_cue_word,
    lower_country,
    national,
)
from monitor.judgement.joblosses.name_owners import owned_after, owned_before
from monitor.judgement.joblosses.name_patterns import (
    AFTER_PREPOSITION,
    ARTICLE_WORD,
    BANKRUPT_BEFORE,
    BY_AGENT,
    CLITIC_SUBJECT,
    CUT_AT,
    DESCRIBED,
    LEAVING,
    LEAVING_STEMS,
    LEGAL_NAME,
    OF_AFTER_NOUN,
    ORGAN_OF,
    PLACE_PREPOSITION,
    POSSESSIVE,
    PROCEEDINGS_OF,
    REACH,
    SITE_TOWN,
    STAFF_AFTER,
    TITLE_COMMA,
    VERB,
    VERB_FIRST,
)
from monitor.judgement.joblosses.name_places import (
    after_area,
    attributive,
    is_works_compound,
    located,
    opens_with_place_preposition,
    polish_locative,
    site_and_link,
)
from monitor.judgement.joblosses.name_walk import (
    after_qualifiers,
    is_abbreviation,
    walk_back,
    walk_forward,
)
from monitor.judgement.joblosses.polish_genitive import nominative, undeclined
from monitor.judgement.joblosses.topic_names import articled_topic


@dataclass(frozen=True, slots=True)
class NameMention:
    name: str | None  # cleaned: descriptors and legal forms dropped
    raw: str  # the capitalised words as found, descriptors included
    start: int  # folded offset of the place that gave the name
    how: str  # "subject", "at", "colon", "headline", ...
    site: bool = False  # after a site noun and a link ("l'usine de X"): X may be the town


def find_names(folded: Folded, title_end: int) -> list[NameMention]:
    """Candidate company names, in the order they should be trusted."""
    found: list[NameMention] = []
    sites: list[NameMention] = []  # "la planta de X": trusted after the other names
    lower_title = _has_lower_words(folded.original[: folded.original_offset(title_end)])
    for match in VERB.finditer(folded.text):
        end = folded.original_offset(match.start())
        if lower_title and folded.original[end + 1 : end + 2].isupper():
            continue  # "Kestrel Trim will axe": a capital makes "Trim" part of a name
        named_after = folded.original[folded.original_offset(match.end()) :].lstrip()[:1].isupper()
        if named_after and nw.is_descriptor(match.group().split()[-1]):
            continue  # "firma Zawadzki Tapicerka": the descriptor, not the verb "firma" (signs)
        begin = folded.original.find(" ", max(0, end - REACH)) if end > REACH else 0
        name, raw = walk_back(folded.original[max(0, begin) : end])
        if raw and forms_cue(raw, match.group()):
            continue  # "Sociaal plan voor 65": the capital word and the "verb" are one cue
        if raw and named_after and raw[:1].islower():
            continue  # "Na verlies van DAF ontslaat Van Leeuwen": the subject follows the verb
        if raw and raw.split()[0] in nw.CONNECTORS and after_area(folded.original[:end], raw):
            continue  # "un sous-traitant de la vallée de l'Arve va": the area's name
        if raw:
            found.append(NameMention(name, raw, match.start(), "subject"))
    for match in AFTER_PREPOSITION.finditer(folded.text):
        start = folded.original_offset(match.end())
        rest = folded.original[start : start + REACH]
        name, raw = walk_forward(rest)
        if raw:
            found.append(NameMention(name, raw, match.start(), "at", _attribute(rest, raw)))
    for match in DESCRIBED.finditer(folded.text):
        start = folded.original_offset(match.end())
        if POSSESSIVE.search(folded.text, max(0, match.start() - 12), match.start()):
            continue  # "su fábrica de Bilbao", "its plant in X": a place of a company named before
        said = match.group().split()
        at = folded.original_offset(match.start())
        if fold_text(said[0]) in nw.LOWER_DESCRIPTORS and folded.original[at : at + 1].isupper():
            continue  # "Fonderie du Berry": the works' noun opens the name
        # "la fábrica de cables Ibercable", "Fabryka części X": what it makes may come first
        linked = len(said) > 1 or fold_text(said[0]) in nw.GENITIVE_DESCRIPTORS
        if len(said) > 1 and said[-1] in nw.PARTICLES:
            at_link = folded.original_offset(match.end() - len(said[-1]) - 1)
            if folded.original[at_link : at_link + 1].isupper():  # "toeleverancier Van Rooij"
                start, linked = at_link, False
        name, raw = walk_forward(folded.original[start : start + REACH], linked_already=linked)
        if name and len(said) == 1 and lx.SITE_NOUN.fullmatch(fold_text(said[0])):
            name = SITE_TOWN.sub("", name)  # "l'usine Vernier de Vesoul": the plant's town
        if raw and site_and_link(said):
            sites.append(NameMention(name, raw, match.start(), "at", site=True))
        elif raw:
            found.append(NameMention(name, raw, match.start(), "described"))
    t = folded.text
    leaving = LEAVING.finditer(t) if any(s in t for s in LEAVING_STEMS) else ()
    clitic = CLITIC_SUBJECT.finditer(t) if "ha " in t or "han" in t else ()
    for match in itertools.chain(CUT_AT.finditer(t), leaving, clitic):
        start = _name_start(folded, match)
        rest = folded.original[start : start + REACH]
        name, raw = walk_forward(rest)
        if (
            raw
            and match.group().endswith(" w ")
            and polish_locative(raw, town=not match.group().endswith("prace w "))
        ):
            continue  # "300 osób straci pracę w Mielcu", "Zwolnienia w Tarnowie": a town
        if raw:
            found.append(NameMention(name, raw, match.start(), "at", _attribute(rest, raw)))
    for match in itertools.chain(OF_AFTER_NOUN.finditer(t), owned_before(t)):
        start = _name_start(folded, match)
        name, raw = walk_forward(folded.original[start : start + REACH])
        if raw and name:
            name = nominative(name, folded.text[: match.end()])  # "pracownicy Kabelmaru"
        if raw:
            found.append(NameMention(name, raw, match.start(), "of"))
    for match in ARTICLE_WORD.finditer(folded.text):
        start = folded.original_offset(match.end())
        if not folded.original[start : start + 1].isupper():
            continue  # most "the X", "la X" name nothing: the cheap test first
        at = folded.original_offset(match.start("word"))
        written_lower = folded.original[at : at + 1].islower()
        word = match["word"]
        # a nation's adjective, not a continent's ("the European Restructuring Monitor")
        if not (national(word) or (written_lower and lower_country(word))):
            continue
        name, raw = walk_forward(folded.original[start : start + REACH])
        if raw and name:
            found.append(NameMention(name, raw, match.start(), "described"))
    for match in itertools.chain(STAFF_AFTER.finditer(t), owned_after(t)):
        end = folded.original_offset(match.start())
        begin = folded.original.find(" ", max(0, end - REACH)) if end > REACH else 0
        name, raw = walk_back(folded.original[max(0, begin) : end])
        opens_sentence = folded.original[: end - len(raw)].rstrip()[-1:] in ("", ".", ":", "!", "?")
        if raw and name and not (opens_sentence and " " not in name):
            # one capitalised word opening a sentence may be any noun ("Car workers strike"):
            # a listed company is found by the watch list anyway
            found.append(NameMention(name, raw, match.start(), "of"))
    for match in ORGAN_OF.finditer(folded.text):
        start = _name_start(folded, match)
        name, raw = walk_forward(folded.original[start : start + REACH])
        if raw:
            found.append(NameMention(name, raw, match.start(), "of"))
    for match in BY_AGENT.finditer(folded.text):
        if not is_cue_word(match.group("verb")):
            continue
        start = folded.original_offset(match.end())
        name, raw = walk_forward(folded.original[start : start + REACH])
        if raw:
            found.append(NameMention(name, raw, match.start(), "at"))
    for match in LEGAL_NAME.finditer(folded.original):
        name = clean_name(_this_sentence(_joined_by_particle(folded.original, match)))
        if name:
            at = match.start()  # folded offsets equal the original's for names without ß, œ
            found.append(NameMention(name, match.group(), at, "legal"))
    for match in BANKRUPT_BEFORE.finditer(folded.text):
        start = folded.original_offset(match.end())
        name, raw = after_qualifiers(folded.original[start : start + REACH])
        if raw:
            if name:
                name = nominative(name, folded.text[: match.end()])  # "Upadłość Autometu"
            found.append(NameMention(name, raw, match.start(), "bankrupt"))
    for match in PLACE_PREPOSITION.finditer(folded.text, 0, title_end):
        start = folded.original_offset(match.end())
        if not folded.original[start : start + 1].isupper():
            continue
        # "en Recambios Galicia", "w Sokół Automotive", "w Plastmet": a trade heads the name, a
        # company's word closes it or Polish leaves it undeclined, so no place follows
        words = folded.original[start : start + 60].split(" ", 5)[:5]
        kept = fold_text(words[0]).strip(".,:;") in nw.COMPANY_HEADS
        kept = kept or undeclined(match.group(), words[0])
        if not kept and nw.COMPANY_TAILS.isdisjoint(w.lower().strip(".,:;") for w in words[1:]):
            continue
        name, raw = walk_forward(folded.original[start : start + REACH])
        if raw and (kept or _closed_by_company_word(raw)):
            found.append(NameMention(name, raw, match.start(), "at"))
    for match in PROCEEDINGS_OF.finditer(folded.text, 0, title_end):
        start = _name_start(folded, match)
        name, raw = walk_forward(folded.original[start : start + REACH])
        if raw:
            found.append(NameMention(name, raw, match.start(), "at"))
    for match in VERB_FIRST.finditer(folded.text, 0, title_end):
        start = folded.original_offset(match.end())
        name, raw = walk_forward(folded.original[start : start + REACH])
        if raw:
            found.append(NameMention(name, raw, match.start(), "at"))
    title = folded.original[: folded.original_offset(title_end)]
    colon = re.match(r"\s*([^:–\-|]{2,60}?)\s*(?::|\s[–-]\s|\|)\s", title)
    if colon:
        name, raw = walk_back(colon.group(1))
        if raw and opens_with_place_preposition(raw):
            pass  # "In Eisenach: 300 Jobs weg": where, not who
        elif raw and (
            raw == colon.group(1).strip()
            or located(colon.group(1), raw)
            or articled_topic(colon.group(1), raw)
        ):
            found.append(NameMention(name, raw, 0, "colon"))
    comma = TITLE_COMMA.match(title)  # "Stellantis, uscite incentivate": the headline's topic
    if comma:
        name, raw = walk_back(comma.group(1))
        if raw and raw == comma.group(1).strip() and not opens_with_place_preposition(raw):
            found.append(NameMention(name, raw, 0, "colon"))
    return [_as_site(n) for n in found] + sites


def _attribute(rest: str, raw: str) -> bool:
    """Whether the one-word name `raw`, read from `rest`, is a lower-case noun's attribute
    ("at Coventry supplier"): a town as often as a company, trusted after the others."""
    if " " in raw.strip():
        return False
    at = rest.find(raw)
    following = rest[at + len(raw) :].split(None, 1) if at >= 0 else []
    return bool(following) and attributive(following[0])


def _closed_by_company_word(raw: str) -> bool:
    """Whether the name's last word is one companies end their names with ("Automotive",
    "Components", "Polska"), after at least one word of its own."""
    words = raw.split()
    return len(words) > 1 and fold_text(words[-1]).strip(".,") in nw.COMPANY_TAILS


def _as_site(mention: NameMention) -> NameMention:
    """A name after "at" or "of" that is one compound of a works' noun ("Aus für
    Traditionswerk in Plauen") names a plant, as "l'usine de X" may: the company the lead
    names is trusted first (see `companies.choose_actor`)."""
    if mention.how not in ("at", "of") or not mention.name or " " in mention.name:
        return mention
    if not is_works_compound(mention.name):
        return mention
    return NameMention(mention.name, mention.raw, mention.start, mention.how, site=True)


def _name_start(folded: Folded, match: re.Match[str]) -> int:
    """Where the name after `match` starts in the original: at its last word when that is a
    link written with a capital, a surname's particle ("faillissement Van der Meer", "workers
    of De Vries"), else just after it."""
    said = match.group().rstrip()
    link = said.rsplit(" ", 1)[-1]
    if link in nw.PARTICLES and len(link) < len(said):
        at = folded.original_offset(match.start() + len(said) - len(link))
        if folded.original[at : at + 1].isupper():
            return at
    return folded.original_offset(match.end())


# A capitalised word and a lower-case particle just before a legal name: "Forges de Lorraine
# SAS", "Fonderia di Torino S.p.A.", "Machinefabriek van Dam B.V.".
_PARTICLE_HEAD = re.compile(
    r"(?<![\w.])([A-ZÀ-Þ][\w&'’-]*\s(?:de|du|des|di|del|della|van|von|da|do|dos)\s)$"
)


def _joined_by_particle(original: str, match: re.Match[str]) -> list[str]:
    """The legal name's words, with the word before a particle when one links it ("Forges de
    Lorraine SAS"): a legal form closes the whole name, not only its capitalised tail. When the
    word only describes ("Fermeture de X SAS"), `clean_name` drops it again."""
    tokens = match.group(1).split()
    head = _PARTICLE_HEAD.search(original, max(0, match.start() - 40), match.start())
    if head is None:
        return tokens
    extended = head.group(1).split() + tokens
    return extended if clean_name(list(extended)) else tokens


def _this_sentence(tokens: list[str]) -> list[str]:
    """The tokens after the last one that ends a sentence ("Arbeit. Die Eisenguss Sachsen")."""
    for index in range(len(tokens) - 1, -1, -1):
        if tokens[index].endswith((".", "!", "?", ":")) and not is_abbreviation(tokens[index]):
            return tokens[index + 1 :]
    return tokens


def _has_lower_words(title: str) -> bool:
    """Whether the headline is written in sentence case, where a verb takes no capital
    (a Title Case headline capitalises every word, verbs too)."""
    return sum(1 for word in title.split() if len(word) > 3 and word[:1].islower()) >= 2
