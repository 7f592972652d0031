"""Find the name of a company that is not on the watch list.

News names the actor in a few set places: before the verb ("Xyz to cut",
"Xyz supprime", "Xyz streicht"), after "at/chez/bei" ("job cuts at Xyz",
"Stellenabbau bei Xyz"), or before a colon in a headline ("Xyz: 300 Stellen
fallen weg"). The name is read from the original text, where capital letters
tell a name from the words around it; descriptors such as "supplier",
"l'équipementier" or "Autozulieferer" are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.judgement.joblosses import lexicon as lx
from monitor.judgement.joblosses import name_words as nw
from monitor.judgement.joblosses._fold import Folded, fold, fold_text
from monitor.judgement.joblosses.clauses import clause_span
from monitor.judgement.joblosses.countries import find_countries
from monitor.judgement.joblosses.number_words import find_word_numbers
from monitor.judgement.joblosses.qualifiers import QUALIFIER_WORDS

_VERB = re.compile(
    r"""\s(?:(?:is|are|will|would|has|had|plans?\sto|wants?\sto|is\sset\sto|set\sto|to|now|also
    |planning\sto|aims\sto|intends\sto|is\slooking\sto|looks\sto|is\spreparing\sto|prepares\sto
    |is\sexpected\sto|expects\sto|is\spoised\sto|is\sabout\sto|said\sit\swould|says\sit\swill
    |has\sdecided\sto|decided\sto|will\shave\sto|must|could|may|might|should
    |va|vont|veut|doit|devrait|pourrait|compte|prevoit\sde|s'apprete\sa|will|soll|muss|wird|plant
    |mochte|also|sta\sper|vuole|intende|deve|ha|ha\sdeciso\sdi|va\sa|quiere|planea|preve|gaat
    |wil|moet|zal|heeft|chce|planuje|ma|nog\seens|ook|ya|anche)\s)*
    (?:cut|cuts|cutting|axe|axes|axing|axed|shed|sheds|shedding|slash|slashes|slashing|slashed
    |lay\soff|lays\soff|laid\soff|eliminated|closed|shuttered|hired|created|trimmed|scrapped
    |reduced|plans|plan|unveils|unveiled
    |laying\soff|close|closes|closing|shut|shuts|shutter|shutters|file|files|filed|announce
    |announces|announced|confirm|confirms|confirmed|eliminate|eliminates|hire|hires|hiring|create
    |creates|creating|grow|grows|move|moves|relocate|relocates|outsource|outsources|offshore|reduce|reduces
    |enter|enters|entered|goes|went|go|collapses|scrap|scraps|trim|trims|downsize|downsizes|seek
    |seeks|open|opens|build|builds|expand|expands|mull|mulls|consider|considers|weigh|weighs
    |supprime|supprimer|supprimera|fermer|ferme|fermera|licencier|licencie|delocaliser|delocalise
    |embaucher|embauche|recruter|recrute|creer|cree|creera|annonce|reduit|reduire|depose|est\splace
    |est\splacee|place\sen|placee\sen|se\ssepare|se\sseparer|transfere|taille|investit|ouvre|prevoit|envisage|menace
    |licenzia|licenziera|taglia|tagliera|chiude|chiudera|annuncia|conferma|assume|assumera
    |delocalizza|riduce|apre|investe|prevede|dichiara|avvia|despide|despedira|despedir|cierra
    |cerrara|anuncia|confirma|suprime|suprimira|recorta|recortara|prescinde|prescindira|elimina
    |eliminara|contrata|contratara|crea|creara|abre|abrira|plantea|propone|presenta|aplicara
    |schrapt|schrappen|ontslaat|sluit|sluiten|kondigt|bevestigt|snijdt|werft|neemt|zoekt|opent
    |construire|construira|construit|costruira|costruisce|construye|bouwt|bouwen|zbuduje
    |investeert|verplaatst|krimpt|zet|zetten|stuurt|zwalnia|zwolni|zamyka|zamknie|likwiduje|zlikwiduje|oglasza
    |oglosil|oglosila|zatrudni|zatrudnia|redukuje|tnie|przenosi|otwiera|buduje
    |says|said|told|cost|costs|will\scost|kostet|kost|coutera|costera|costara|failliet
    |bankrupt|pleite|insolvent
    |recruit|recruits|recruiting|add|adds|adding|halve|halves|halving
    |appointed|appoints|called\sin|calls\sin|exits|quits|withdraws|promises|promise|promet|promettent|promette|promete|verspricht|belooft|obiecuje
    |trasferisce|trasferira|sposta|stoot|stoten|picks|chooses|selects|porta|portera
    |pruft|erwagt|uberlegt|studia|estudia|onderzoekt|rozwaza|valuta|cerca(?!\sde\b)|busca|szuka
    |poszukuje|recherche|zamykaja|zamkna|zwalniaja|zwolnia|likwiduja|przyjmie|przyjma
    |incorporara|incorporar|licenziare|tagliare|chiudere|assumere|ridurre|comunicato|comunica
    |comunicado|comunique
    |annunciato|annunciata|anunciado|aangekondigd|angekundigt
    |(?:wil|gaat|moet|zal|will|soll|muss|wird|wollen|gaan|willen)(?=\s(?:\S+\s){0,4}?(?:schrappen
      |ontslaan|sluiten|afstoten|aannemen|abbauen|streichen|schliessen|entlassen|einstellen
      |schaffen|verlagern)\b)
    |crear|contratar|eliminar|suprimir|cerrar|recortar|mette|dimezza|dimezzera|halbiert
    |halveert|rozstanie|rozstaje|rozstala
    |plant(?=\s(?:\S+\s){0,2}?\w*(?:abbau|schliessung|streichung|entlassung|verlagerung|kundigung))
    |streicht|streichen|baut|abbauen|schliesst|schliessen|entlasst|entlassen|kundigt|meldet|ist
    |verlagert|verlagern|schafft|schaffen|stellt|sucht|reduziert|gibt|macht|investiert|will
    |kurzt|trennt|setzt|schickt|vraagt|ontslaan|schrapte|make|makes|making|letting|lets|let|met
    |end|ends|ending|wind|winds|phase|phases|mothball|mothballs|cesse|cessa|cesa|wygasza
    |offers|offer|proposes|propose|launches|launch|agrees|agreed|signs|signed|starts|begins
    |lance|signe|presente|engage|bietet|startet|einigt|offre|lancia|firma|ofrece|pacta|lanza
    |biedt|oferuje|proponuje
    |leepit|leepiti|elbocsat|bezarja|bezar|epit|epiti|hozza|letrehoz|felvesz|bejelentette
    |despede|despedira|corta|encerra|fecha|cria|criara|demite|vai|elimina
    |propousti|propusti|zrusi|zavre|nabere|prijme|vytvori|prepusti|zatvori
    |concediaza|disponibilizeaza|inchide|angajeaza|va\sconcedia|va\sangaja
    |varslar|sager|lagger|stanger|skar|drar|minskar|anstaller|bygger|skapar)\b""",
    re.VERBOSE,
)
_TITLE_COMMA = re.compile(r"\s*((?:[A-ZÀ-Þ][\w&'’.-]*\s){0,2}[A-ZÀ-Þ][\w&'’.-]*),\s(?=[a-zà-ÿ0-9])")
_REACH = 160  # characters read around a cue: a name plus an apposition
_AFTER_PREPOSITION = re.compile(
    r"(?:^|\s)(?:at|chez|bei|beim|for|pour|bij|presso|alla|allo|u|w\s(?:firmie|spolce|zakladzie"
    r"|zakladach|fabrykach|fabryce"
    r"|koncernie|grupie))\s"
)
# A descriptor then the name: "the supplier Xyz", "l'équipementier Xyz", "der Konzern Xyz",
# "il gruppo Xyz", "el fabricante Xyz", "de toeleverancier Xyz", "koncern Xyz".
_DESCRIBED = re.compile(
    r"\b(?:supplier|carmaker|automaker|manufacturer|maker|group|firm|company|equipementier"
    r"|constructeur|groupe|sous-traitant|fabricant|\w*zulieferer\w*|\w*hersteller\w*"
    r"|\w*konzern\w*|autobauer\w*|fornitore|gruppo|azienda|costruttore|stabilimento"
    r"|fabricante|proveedor|empresa|grupo|multinacional|toeleverancier|autofabrikant"
    r"|autofabriek|fabrikant|concern|bedrijf|koncern|producent|dostawca|spolka|firma"
    r"|\w*bouwer|\w*leverancier|fabryka|fabryki|zaklad|zakladu|zakladzie|fabbrica|planta"
    r"|fabrica|fabriek|usine|impianto|filial|filiale|spolki|spolce|firmy|firmie|fabryce"
    r"|plantilla|gigafactoria|gigafactory|gigafabrik|gigafabbrica|gigafabriek"
    r"|werke?s?\s(?:von|des|der)"
    r"|fonderie|fonderia|fundicion|foundry|giesserei|gieterij|odlewni\w*"
    r"|koncernu|grupy)\s(?:(?:de|di|du|van|von|della|dello|del|dei|des|der|de\sla|da"
    r"|do)\s|dell'|d')?"
    r"(?=[^\W\d_])"
)
# A plant named by its company, then its town: "l'usine Vernier de Vesoul", "lo stabilimento
# Martini Guarnizioni di Chieti", "de fabriek Smits van Oss". The town is dropped.
_SITE_TOWN = re.compile(r"(?<=\S)\s(?:de|di|du|van|von)\s[A-ZÀ-Þ][\w'’-]+$")
# Possessives before a descriptor: the plant is the company's already named, and the name
# after it a place ("su fábrica de Bilbao", "sa filiale de Lyon", "sein Werk in Eisenach").
_POSSESSIVE = re.compile(
    r"\b(?:its|their|su|sus|son|sa|ses|leur|leurs|sein|seine|seinem|seinen|ihr|ihre|ihrem"
    r"|zijn|haar|hun|suo|sua|suoi|sue|swoj\w*|jego|jej|ich)\s$"
)
# The agent of a passive: "will be cut by X", "saranno tagliati dalla X", "seront supprimés
# par X", "serán eliminados por X", "worden geschrapt door X", "zlikwidowane przez X". The word
# before the preposition must be a cue of losing or creating jobs (`_is_cue_word`).
_BY_AGENT = re.compile(
    r"(?P<verb>[^\W\d_]+)\s(?:by|par|dalla|dallo|dal|dai|dagli|dalle|da|por|door|przez)\s"
    r"(?:(?:the|le|la|les|l'|el|los|la|de|het|il|lo)\s)?(?=[^\W\d_])"
)
# A cut, a plan or a procedure "at" a company: "El ERE de X", "Licenziamenti alla X", "PSE chez X".
_CUT_AT = re.compile(
    r"\b(?:ere|erte|pse|plan\ssocial|sozialplan|esuberi|licenziamenti|despidos|ontslagen"
    r"|zwolnienia|job\scuts|layoffs|redundancies|stellenabbau|suppressions?\sde\spostes)\s"
    r"(?:de|di|del|della|alla|allo|al|in|bij|van|w|en)\s(?=[^\W\d_])"
)
# "422 lavoratori della Trasnova", "760 empleados de Continental", "2000 medewerkers van Nedcar".
_OF_AFTER_NOUN = re.compile(
    r"\b(?:workers|employees|staff|salaries|collaborateurs|mitarbeiter\w*|beschaftigte\w*"
    r"|lavorator[ie]|dipendenti|operai|trabajadores|empleados|plantilla|medewerkers|werknemers"
    r"|personeel|pracownikow|pracownicy|zalogi)\s(?:(?:of|de|des|du|der|della|dello|del|di|van"
    r"|bij|z)\s|dell')?(?=\S)"
)
# A name closed by a legal form ("Menaje Hogar S.A.", "Fabryka Sp. z o.o.") is a company's.
_LEGAL_NAME = re.compile(
    r"(?<![\w.])((?:[A-ZÀ-Þ0-9][\w&'’.-]*\s){0,4}?[A-ZÀ-Þ0-9][\w&'’.-]*)\s"
    r"(?:AG|SE|S\.p\.A\.|SpA|S\.r\.l\.|Srl|S\.A\.U?\.?|S\.L\.U?\.?|N\.V\.|NV|B\.V\.|BV"
    r"|GmbH(?:\s&\sCo\.?\sKG)?|KGaA|plc|PLC|Ltd\.?|Inc\.?|SAS|S\.A\.S\.|Oyj|ASA|AB|A/S|a\.s\."
    r"|s\.r\.o\.|Kft\.?|Zrt\.?|[Ss]p\.\sz\so\.o\.|S\.A\.|SLU?|srl|s\.r\.l\.|spa|S\.p\.a\.)(?![\w])"
)
_LEGAL = re.compile(
    r"(?:\s+(?:AG|GmbH|GmbH\s&\sCo\.?\sKG|KG|SA|SAS|S\.A\.S?\.?|Ltd\.?|Limited|plc|PLC|Inc\.?|NV"
    r"|N\.V\.|SE|SpA|S\.p\.A\.|Co\.|Corp\.?|Corporation|AB|A/S|Oy|BV|B\.V\.|SLU?|S\.L\.U?\.?"
    r"|[Ss]rl|[Ss]\.r\.l\.|S\.A\.U?\.?|[Ss]p\.\sz\so\.o\.))+$"
)
# Verb before subject, as Italian and Spanish headlines write it: "chiude Speedline",
# "cierra Nissan"; the name follows the verb.
_VERB_FIRST = re.compile(
    r"(?:^|[,:.]\s|\s)(?:chiude|chiudera|licenzia|cierra|cerrara|despide|sluit|zamyka"
    r"|ferme|schliesst|streicht|baut|entlasst|schrapt|ontslaat|supprime|licencie|taglia"
    r"|despedira|zwalnia|zwolni|zlikwiduje|zamknie|zatrudni|zredukuje|fallisce"
    r"|(?:sucht|schafft)\s(?:der|die|das))\s(?=[^\W\d_])"
)
# A bankruptcy word before a name marks the company that fails: "the bankrupt supplier X",
# "de failliete bussenbouwer X", "der insolvente Zulieferer X", "la fallita X".
_BANKRUPT_BEFORE = re.compile(
    r"\b(?:bankrupt|insolvent|collapsed|failliete?|insolvente[nmrs]?|pleite|fallit[aoie]"
    r"|quebrada|en\squiebra|upadl\w*|upadajac\w*|liquidee|en\sliquidation)\s"
)
# Prepositions that usually put a place after them, and a company when a trade's plural heads
# the name ("perderán su empleo en Recambios Galicia", "zwolnienia w Zakładach X").
_PLACE_PREPOSITION = re.compile(r"\b(?:en|in|w|we|a|em)\s(?=[^\W\d_])")
# The company a procedure is opened for: "Insolvenzverfahren über X", "faillissement van X",
# "liquidation judiciaire de X", "concurso de acreedores de X". Read in the headline only, as
# "at" the company: a round-up naming one procedure in its lead is not that company's news.
_PROCEEDINGS_OF = re.compile(
    r"\b(?:insolvenzverfahren\s(?:uber|fur|gegen)(?:\sdas\svermogen\s(?:der|des))?"
    r"|insolvency\sproceedings\s(?:against|for)|faillissement\svan"
    r"|(?:liquidation|redressement)\sjudiciaire\s(?:de|du|des)"
    r"|concurso\sde\sacreedores\s(?:de|del)"
    r"|(?:chiusura|fallimento|crisi|cierre|quiebra|fermeture|faillite|closure|collapse|sluiting"
    r"|faillissement|zamkniecie|likwidacja|upadlosc|schliessung|insolvenz|aus)"
    r"\s(?:per|for|pour|para|voor|dla|fur|bei|at|chez|en)(?:\s(?:la|il|lo|le|l'|the|el|de|het|die"
    r"|der|das))?)\s"
)
_NAME_TOKEN = re.compile(r"^(?:[^\W\d_][\w&+.'’-]*|\d+[^\W\d_][\w&+.'’-]*)$")


@dataclass(frozen=True, slots=True)
class NameMention:
    name: str | None  # cleaned: descriptors and legal forms dropped
    raw: str  # the capitalised words as found, descriptors included
    start: int  # folded offset of the place that gave the name
    how: str  # "subject", "at", "colon", "headline", ...


def _is_name_token(token: str) -> bool:
    return bool(_NAME_TOKEN.match(token)) and (token[0].isupper() or token[0].isdigit())


def _clean(tokens: list[str], *, after_preposition: bool = False) -> str | None:
    """The company's name in `tokens`: descriptors, articles and legal forms dropped. With
    `after_preposition`, a capitalised particle opens the name ("alla De Santis Meccanica":
    no article follows an articled preposition)."""
    for index in range(len(tokens) - 2, -1, -1):  # "VW-Tochter Cariad": the part is meant
        if nw.is_subsidiary_word(fold_text(tokens[index]).strip(".'’")):
            tokens = tokens[index + 1 :]
            break
    described = False
    while tokens:
        head = fold_text(tokens[0]).strip(".'’")
        if (described or after_preposition or head in _OWN_PARTICLES) and _is_particle(tokens):
            break  # "Transportbedrijf De Wit", "Van Leeuwen Assen": the name's own
        if tokens[0][:1].islower() and head in nw.LINKS:
            tokens = tokens[1:]  # "la filiale italiana di Kessler": a preposition
            continue
        if head in nw.DETERMINERS or head.endswith(("'s", "’s")) or nw.is_descriptor(head):
            described = described or nw.is_descriptor(head)
            tokens = tokens[1:]
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
            or _JOB_WORD.fullmatch(folded_tail)
        ):
            tokens = [*tokens[:-1], head]
    if tokens[0][:2].lower() in ("l'", "d'", "l’", "d’"):
        tokens[0] = tokens[0][2:]
    name = _LEGAL.sub("", " ".join(tokens)).strip(" ,:;.-'’\"")
    first = fold_text(name.split()[0]) if name else ""
    if not name or first in nw.STOP or nw.WEEKDAYS_MONTHS.match(first) or len(name) < 2:
        return None
    return name


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


def _walk_back(prefix: str) -> tuple[str | None, str]:
    prefix = prefix.rstrip()
    if prefix.endswith(","):  # "Xyz, the seat maker, to cut": skip the apposition
        previous = prefix.rfind(",", max(0, len(prefix) - 90), len(prefix) - 1)
        if previous < 0:
            return None, ""
        prefix = prefix[:previous]
    tokens: list[str] = []
    for token in reversed(prefix.split()):
        bare = token.strip("\"'“”«»()")
        if tokens and bare.endswith((".", ":", ";", ",", "!", "?")) and not _is_abbreviation(bare):
            break
        bare = bare.rstrip(":;,")
        if _is_name_token(bare) or (tokens and fold_text(bare) in nw.CONNECTORS):
            tokens.insert(0, bare)
            if len(tokens) >= 5:
                break
        else:
            break
    words = prefix.split()
    before = words[-len(tokens) - 1] if tokens and len(words) > len(tokens) else ""
    if before in nw.LOCATIVE and len(tokens) <= 2:  # "X w Tychach": the name is X
        name, raw = _walk_back(" ".join(words[: -len(tokens) - 1]))
        if name:
            return name, raw
        return None, " ".join(tokens)  # "Fabryka w Jaworze": a place; a listed name may be
    return _clean(list(tokens)), " ".join(tokens)


def _is_abbreviation(token: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z]\.)+|Inc\.|Co\.|Corp\.|Ltd\.|S\.A\.|N\.V\.", token))


def _walk_forward(rest: str, *, linked_already: bool = False) -> tuple[str | None, str]:
    """The name `rest` opens with, after descriptors, links and words of origin; with
    `linked_already`, `rest` follows a descriptor and its link ("la fábrica de "), so what it
    makes may come first ("cables Ibercable")."""
    tokens: list[str] = []
    words = rest.split()
    skipped = 0  # "bij busbouwer Hoogendijk", "chiude la fabbrica della X": words before it
    products = 0  # "le fabricant de jantes Roulex": what the descriptor makes, before the name
    # What a descriptor makes follows a link ("fabricant de jantes") or, in Polish, stands in
    # the genitive right after it ("fabryka opon"); a German descriptor is followed by a verb.
    linked, described = linked_already, False
    while words and skipped < 6 and words[0][:1].islower():
        head = fold_text(words[0]).strip(",.")
        if nw.is_descriptor(head) or head in nw.LOWER_DESCRIPTORS:
            described, linked = True, head in nw.GENITIVE_DESCRIPTORS
        elif head in nw.LINKS:
            linked = linked or described
        elif len(words) > 1 and nw.is_descriptor(fold_text(words[1]).strip(",.")):
            pass  # "at truck maker X", "chez le spécialiste": a modifier of the descriptor
        elif not _is_origin(head):
            closed = words[0].endswith((",", ".", ":", ";", "!", "?"))  # the name is not after it
            if not linked or closed or products >= 2 or not _PRODUCT_WORD.fullmatch(head):
                break
            products += 1
        words, skipped = words[1:], skipped + 1
    if words and words[0][:1].islower() and words[0][:5].lower() in ("dell'", "dell’"):
        words = [words[0][5:], *words[1:]]
    for token in words:
        bare = token.strip("\"'“”«»()")
        stop = bare.endswith((",", ":", ";", "!", "?")) or (
            bare.endswith(".") and not _is_abbreviation(bare)
        )
        bare = bare.rstrip(",:;.!?")
        if _is_name_token(bare) or (tokens and fold_text(bare) in nw.CONNECTORS):
            tokens.append(bare)
        else:
            break
        if stop or len(tokens) >= 4:
            break
    return _clean(list(tokens), after_preposition=True), " ".join(tokens)


# A lower-case word that may name what a descriptor makes ("jantes", "cables", "foteli"): a
# plain word, no preposition or verb form the name walk must stop at.
_PRODUCT_WORD = re.compile(r"[^\W\d_]{3,}")


def _is_origin(word: str) -> bool:
    """A lower-case word of origin ("española", "italiana", "française"): an adjective of a
    descriptor ("la filial española de X"), never the start of a name."""
    return word in _CONTINENTAL or any(c.adjective for c in find_countries(fold(word)))


# Adjectives of a continent, which describe a group's part as a country's adjective does
# ("la plantilla europea de X", "la filiale européenne de X").
_CONTINENTAL = frozenset({
    "european", "europea", "europeo", "europee", "europei", "europeen", "europeenne",
    "europaische", "europaischen", "europese", "europejski", "europejskiej", "europejska",
    "mondiale", "mundial", "global", "globale",
})  # fmt: skip


def _after_qualifiers(rest: str) -> tuple[str | None, str]:
    """The name after up to three words that qualify it: an origin ("Belgische", "German"),
    a descriptor ("bussenbouwer", "supplier")."""
    words = rest.split()
    for skip in range(4):
        if skip:
            head = fold_text(words[skip - 1]).strip(",.")
            if not (nw.is_descriptor(head) or head in nw.LINKS or find_countries(fold(head))):
                return None, ""
        name, raw = _walk_forward(" ".join(words[skip:]))
        if raw and name and not find_countries(fold(name)):
            return name, raw
    return None, ""


def find_names(folded: Folded, title_end: int) -> list[NameMention]:
    """Candidate company names, in the order they should be trusted."""
    found: list[NameMention] = []
    lower_title = _has_lower_words(folded.original[: folded.original_offset(title_end)])
    for match in _VERB.finditer(folded.text):
        end = folded.original_offset(match.start())
        if lower_title and folded.original[end + 1 : end + 2].isupper():
            continue  # "Kestrel Trim will axe": a capital makes "Trim" part of a name
        named_after = folded.original[folded.original_offset(match.end()) :].lstrip()[:1].isupper()
        if named_after and nw.is_descriptor(match.group().split()[-1]):
            continue  # "firma Zawadzki Tapicerka": the descriptor, not the verb "firma" (signs)
        begin = folded.original.find(" ", max(0, end - _REACH)) if end > _REACH else 0
        name, raw = _walk_back(folded.original[max(0, begin) : end])
        if raw and named_after and raw[:1].islower():
            continue  # "Na verlies van DAF ontslaat Van Leeuwen": the subject follows the verb
        if raw:
            found.append(NameMention(name, raw, match.start(), "subject"))
    for match in _AFTER_PREPOSITION.finditer(folded.text):
        start = folded.original_offset(match.end())
        name, raw = _walk_forward(folded.original[start : start + _REACH])
        if raw:
            found.append(NameMention(name, raw, match.start(), "at"))
    for match in _DESCRIBED.finditer(folded.text):
        start = folded.original_offset(match.end())
        if _POSSESSIVE.search(folded.text, max(0, match.start() - 12), match.start()):
            continue  # "su fábrica de Bilbao", "its plant in X": a place of a company named before
        said = match.group().split()
        at = folded.original_offset(match.start())
        if fold_text(said[0]) in nw.LOWER_DESCRIPTORS and folded.original[at : at + 1].isupper():
            continue  # "Fonderie du Berry": the works' noun opens the name
        # "la fábrica de cables Ibercable", "Fabryka części X": what it makes may come first
        linked = len(said) > 1 or fold_text(said[0]) in nw.GENITIVE_DESCRIPTORS
        name, raw = _walk_forward(folded.original[start : start + _REACH], linked_already=linked)
        if name and len(said) == 1 and lx.SITE_NOUN.fullmatch(fold_text(said[0])):
            name = _SITE_TOWN.sub("", name)  # "l'usine Vernier de Vesoul": the plant's town
        if raw:
            found.append(NameMention(name, raw, match.start(), "described"))
    for match in _CUT_AT.finditer(folded.text):
        start = folded.original_offset(match.end())
        name, raw = _walk_forward(folded.original[start : start + _REACH])
        if raw:
            found.append(NameMention(name, raw, match.start(), "at"))
    for match in _OF_AFTER_NOUN.finditer(folded.text):
        start = folded.original_offset(match.end())
        name, raw = _walk_forward(folded.original[start : start + _REACH])
        if raw:
            found.append(NameMention(name, raw, match.start(), "of"))
    for match in _BY_AGENT.finditer(folded.text):
        if not _is_cue_word(match.group("verb")):
            continue
        start = folded.original_offset(match.end())
        name, raw = _walk_forward(folded.original[start : start + _REACH])
        if raw:
            found.append(NameMention(name, raw, match.start(), "at"))
    for match in _LEGAL_NAME.finditer(folded.original):
        name = _clean(match.group(1).split())
        if name:
            at = match.start()  # folded offsets equal the original's for names without ß, œ
            found.append(NameMention(name, match.group(), at, "legal"))
    for match in _BANKRUPT_BEFORE.finditer(folded.text):
        start = folded.original_offset(match.end())
        name, raw = _after_qualifiers(folded.original[start : start + _REACH])
        if raw:
            found.append(NameMention(name, raw, match.start(), "bankrupt"))
    for match in _PLACE_PREPOSITION.finditer(folded.text, 0, title_end):
        start = folded.original_offset(match.end())
        head = fold_text(folded.original[start:].split(" ", 1)[0])
        if head in nw.COMPANY_HEADS and folded.original[start : start + 1].isupper():
            name, raw = _walk_forward(folded.original[start : start + _REACH])
            if raw:
                found.append(NameMention(name, raw, match.start(), "at"))
    for match in _PROCEEDINGS_OF.finditer(folded.text, 0, title_end):
        start = folded.original_offset(match.end())
        name, raw = _walk_forward(folded.original[start : start + _REACH])
        if raw:
            found.append(NameMention(name, raw, match.start(), "at"))
    for match in _VERB_FIRST.finditer(folded.text, 0, title_end):
        start = folded.original_offset(match.end())
        name, raw = _walk_forward(folded.original[start : start + _REACH])
        if raw:
            found.append(NameMention(name, raw, match.start(), "at"))
    title = folded.original[: folded.original_offset(title_end)]
    colon = re.match(r"\s*([^:–\-|]{2,60}?)\s*(?::|\s[–-]\s|\|)\s", title)
    if colon:
        name, raw = _walk_back(colon.group(1))
        if raw and raw == colon.group(1).strip():
            found.append(NameMention(name, raw, 0, "colon"))
    comma = _TITLE_COMMA.match(title)  # "Stellantis, uscite incentivate": the headline's topic
    if comma:
        name, raw = _walk_back(comma.group(1))
        if raw and raw == comma.group(1).strip():
            found.append(NameMention(name, raw, 0, "colon"))
    return found


def _has_lower_words(title: str) -> bool:
    """Whether the headline is written in sentence case, where a verb takes no capital
    (a Title Case headline capitalises every word, verbs too)."""
    return sum(1 for word in title.split() if len(word) > 3 and word[:1].islower()) >= 2


def _is_cue_word(word: str) -> bool:
    """Whether `word` alone is a cue of losing or creating jobs ("tagliati", "supprimés"), or
    a participle of announcing them ("annunciati dalla X", "announced by X")."""
    return bool(_ANNOUNCED.fullmatch(word)) or any(
        cue.fullmatch(word) for cue in (lx.LOSS, lx.CREATION)
    )


_ANNOUNCED = re.compile(
    r"announced|annonce(?:e|s|es)?|annunciat[ieoa]|anunciad[oa]s?|aangekondigd|ogloszon\w*"
)


_WORD = re.compile(r"\S+")
# What a hyphen joins to a company's name to speak of its staff, its plant or its trouble.
_COMPOUND_TAILS = frozenset({
    "personeel", "belegschaft", "personal", "personale", "plantilla", "werk", "werke", "standort",
    "fabriek", "fabrik", "schock", "krise", "crisis", "pleite", "aus", "beben", "kahlschlag",
    "zalogi", "zaloga", "sciopero", "streik", "staking",
})  # fmt: skip
_JOB_WORD = re.compile(rf"\b{lx.JOB_NOUN}\b")
_CUES = (lx.STRONG_LOSS, lx.LOSS, lx.CREATION, lx.STRONG_CREATION)


def headline_opening(folded: Folded, title_end: int) -> NameMention | None:
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
        if not (_is_name_token(bare) or (tokens and fold_text(bare) in nw.CONNECTORS)):
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
    following = next((w for w in words if w.start() >= end), None) if tokens else None
    if following is None or title[end : following.start()].strip():
        return None  # no name, or punctuation closes it: the topic, not a subject
    after = fold_text(following.group())
    if not (after[:1].isdigit() or following.group()[:1].islower()) or after in _NOT_A_VERB:
        return None
    if nw.is_descriptor(after) or lx.SITE_NOUN.fullmatch(after):
        return None  # "Midlands supplier enters ...", "Tyre plant closure": a noun's attribute
    name = _clean(list(tokens))
    if name is None:
        return None
    folded_name = fold(name).text
    if _JOB_WORD.search(folded_name) or any(cue.search(folded_name) for cue in _CUES):
        return None  # "Stellenabbau bei ...", "Pracę straci ...": a noun of the story
    at = len(fold(title[:end]).text)
    clause_end = min(clause_span(folded, at)[1], title_end)
    if not any(cue.search(folded.text, at, clause_end) for cue in _CUES):
        return None
    words_folded = fold_text(" ".join(tokens))
    if any(find_word_numbers(words_folded, lang) for lang in _NUMBER_LANGUAGES):
        return None  # "Tweeduizend banen weg": a number in words
    return NameMention(name, " ".join(tokens), 0, "headline")


_ARTICLES = frozenset({"a", "az", "the", "le", "la", "les", "der", "die", "das", "de", "het", "il",
                       "el", "o", "den"})  # fmt: skip
_NUMBER_LANGUAGES = ("en", "fr", "de", "it", "es", "nl", "pl", "pt")
# Words that open a sentence in capitals but name nothing.
_OPENERS = frozenset({
    "as", "if", "amid", "over", "about", "while", "once", "so", "yet", "now", "here", "all",
    "some", "many", "most", "als", "wenn", "weil", "ob", "comme", "si", "quand", "lorsque",
    "come", "quando", "se", "como", "cuando", "toen", "jak", "gdy", "kiedy",
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
})  # fmt: skip
_NO_NAME_FIRST = (_NOT_A_VERB | _OPENERS | nw.LOCATIVE) - _ARTICLES
