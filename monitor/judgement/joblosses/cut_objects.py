"""Cut verbs whose object is no job: "streicht die Prognose", "cuts its outlook", "taglia le
stime", "recorta sus previsiones", "redukuje prognozę", "schrapt het dividend". The press puts
a workforce's size beside a forecast cut ("2.100 Mitarbeiter bleiben"), and the verb alone
would make that figure a loss. Such verbs are blanked out of the text the kind of a figure is
read from; a verb whose object is a forecast and jobs ("streicht Prognose und 500 Stellen")
keeps its cue. The objects are found first, by their literal pieces in one pass, and the verb
is read in the few words before them: most texts hold none, and pay a few microseconds. Pure:
folded text in, text of the same length out.
"""

from __future__ import annotations

import re

import ahocorasick

from monitor.judgement.joblosses import lexicon as lx
from monitor.judgement.joblosses.lexicon_figures import JOB_NOUN
from monitor.judgement.joblosses.lexicon_figures import verbose as _rx

# Determiners and a few attributes between the verb and its object: "its full-year", "seine
# Jahres-", "le proprie", "sus previsiones de", "swoją roczną".
_DETERMINER = r"""(?:the|its|their|his|her|a|an|der|die|das|den|dem|des|seine\w*|ihre\w*
    |le|la|les|son|sa|ses|leur|leurs|il|lo|gli|i|sue|suo|sua|suoi|propri\w*|el|los|las|su|sus
    |de|het|zijn|haar|hun|swoj\w*|jego|jej|ich)"""
_ATTRIBUTE = r"""(?:annual|full-year|wage|pay|collective|salarial\w*|integrativ\w*|salariale
    |collettiv\w*|colectiv\w*|full\syear|yearly|sales|profit|earnings|revenue|margin
    |jahres-?|umsatz-?|gewinn-?|annuel\w*|annuelles|di\svendita|annual\w*|anual\w*|jaar|roczn\w*)"""
# What is cut when it is no job: forecasts, targets, prices, payouts, spending, hours,
# a stake, debt, emissions (folded; compounds of German nouns end in them).
_OBJECT = r"""(?:forecasts?|outlook|guidance|targets?|estimates?|expectations?|projections?
    |prices?|dividends?|payouts?|investments?|spending|budgets?|capex
    |(?:working\s)?hours|stake|holding|debt|emissions|rates
    |\w*prognose\w*|ausblick\w*|\w*ziele?|erwartung\w*|\w*preise?|dividende\w*
    |investition\w*|\w*budget\w*|arbeitszeit\w*|anteil\w*|beteiligung\w*|schulden|emission\w*
    |previsions?|objectifs?|perspectives?|attentes|prix|tarifs?|dividendes?|investissements?
    |dettes?|horaires?|participation|stime|previsioni|obiettivi|prospettive|attese|prezzi
    |tariffe|dividendi?|investimenti|debito|orari|orario|partecipazione|previsiones
    |objetivos|estimaciones|perspectivas|expectativas|precios|tarifas|dividendos?
    |inversiones|deuda|jornadas?|participacion|prognoses?|verwachtingen?|vooruitzichten
    |doelen|doelstellingen?|prijzen|investeringen|schuld|belang|werktijden
    |prognoz\w*|cele|oczekiwan\w*|cen[yae]?|dywidend\w*|inwestycj\w*
    |zadluzeni\w*|udzial\w*|temps\sde\stravail|tijd
    # what is closed when it is a deal: "schließt Tarifvertrag ab", "chiude l'accordo",
    # "sluit cao af", "closes the acquisition", "cierra la compra"
    |deals?|agreements?|acquisitions?|takeover|purchase|sale|talks|negotiations
    |\w*vertrag\w*|vereinbarung\w*|ubernahme\w*|verhandlung\w*|accords?
    |rachat|negociations?|accordo|intesa|acquisizione|trattativ\w*
    |acuerdos?|convenio|compra|venta|adquisicion|negociacion\w*|cao|akkoord|overeenkomst
    |overname|onderhandeling\w*|porozumieni\w*|przejeci\w*|transakcj\w*|negocjacj\w*
    |partnerships?|alliance|joint\sventure|partnerschaft\w*|kooperation\w*|partenariat
    |alleanza|partnership|alianza|samenwerking|partnerstw\w*
    # a period closed ("sluit het jaar af met 900", "zamyka rok z"): the Romance press's forms
    # are `lexicon.NOT_A_PERIOD`'s
    |year|jaar|boekjaar|kwartaal|halfjaar|\w*jahr|quartal|rok|kwartal|polrocze
    # a ribbon cut, a milestone or a gap crossed: "corta la cinta", "taglia il traguardo dei"
    |ribbon|gap|traguardo|nastro|cinta
    # an order or a market lost: "verliert Großauftrag", "loses £40m contract", "perde quote di
    # mercato" (the jobs may follow; a lost order alone cuts none)
    |orders?|contracts?|\w*auftrag\w*|\w*auftrage|commess[ae]|pedidos?|encargos?|opdracht\w*
    |zamowieni\w*|kontrakt\w*|market\sshare|marktanteil\w*|parts\sde\smarche
    |quot[ae]\sdi\smercato|cuota\sde\smercado|marktaandeel|klant\w*|customers?|clients?
    |kunden|cliente|clientes)\b"""
# A sum may stand before an order: "loses £40m contract", "verliert 50 Mio. Auftrag".
_SUM = r"(?:[$€£]?\d[\d.,]*\s?(?:m|bn|mln|mio|mln\.)?\s)"
_OBJECT_AFTER = _rx(rf"\s(?:{_DETERMINER}\s|l')?{_SUM}?(?:{_ATTRIBUTE}\s?)?{_OBJECT}")
# A German or Dutch participle closes the clause after its object ("hat den Vertrag gekündigt",
# "heeft de prognose geschrapt").
_OBJECT_BEFORE = _rx(rf"\b{_OBJECT}\s$")
# The object goes on with jobs: "streicht Prognose und 500 Stellen", "cuts prices, then 200
# jobs".
_AND_JOBS = _rx(
    rf"""(?:\s\S+){{0,2}}?,?\s(?:and|und|et|e|y|en|i|oraz|as\swell\sas|sowie|then|dann|puis|poi
    |luego|daarna|potem|also|auch|aussi|anche|ook|tambien|takze)\s
    (?:\S+\s){{0,2}}?(?:\d|{JOB_NOUN}\b)"""
)


_RENEWAL = ("renew", "renouvel", "rinnov", "renov", "verlanger", "verleng", "przedluz", "umow")


# Literal pieces of every object above, found in one pass: cues are read only around them.
_STEMS = (
    "forecast", "outlook", "guidance", "target", "estimat", "expectation", "projection", "price",
    "dividend", "payout", "investment", "spending", "budget", "capex", "hours", "stake", "holding",
    "debt", "emission", "rates", "prognos", "ausblick", "ziel", "erwartung", "preis",
    "investition", "arbeitszeit", "anteil", "beteiligung", "schulden", "prevision", "objecti",
    "objetiv",
    "perspectiv", "attente", "prix", "tarif", "investissement", "dette", "horaire",
    "participa", "stime", "obiettivi", "prospettive", "attese", "prezzi", "investimenti",
    "debito", "orari", "partecipazione", "estimaciones", "expectativas", "precios", "inversiones",
    "deuda", "jornada", "verwachting", "vooruitzichten", "doel", "prijzen", "investeringen",
    "schuld", "belang", "werktijden", "prognoz", "cele", "oczekiwan", "cen", "dywidend",
    "inwestycj", "zadluzeni", "udzial", "temps de travail", "tijd", "deal", "agreement",
    "acquisition", "takeover", "purchase", "sale", "talks", "negotiation", "vertrag",
    "vereinbarung", "ubernahme", "verhandlung", "accord", "rachat", "negociation", "intesa",
    "acquisizione", "trattativ", "acuerdo", "convenio", "compra", "venta", "adquisicion",
    "negociacion", "cao", "akkoord", "overeenkomst", "overname", "onderhandeling", "porozumieni",
    "przejeci", "transakcj", "negocjacj", "partner", "alliance", "joint venture", "kooperation",
    "partenariat", "alleanza", "alianza", "samenwerking", "year", "jaar", "jahr", "quartal",
    "rok", "kwartal", "kwartaal", "polrocze", "ribbon", "gap", "traguardo", "nastro", "cinta",
    "order",
    "contract", "auftrag", "auftrage", "commess", "pedido", "encargo", "opdracht", "zamowieni",
    "kontrakt", "market share", "marktanteil", "parts de marche", "di mercato", "cuota de mercado",
    "marktaandeel", "klant", "customer", "client", "kunden",
)  # fmt: skip
# A contract with so many people is their employment: "löst Verträge mit 260 Leiharbeitern
# auf", "terminates the contracts of 300 temps", "rescinde los contratos de 120".
_PEOPLES_CONTRACT = _rx(
    rf"""\s(?:with|of|mit|von|avec|de|des|con|di|dei|degli|met|van|z|ze)
    \s(?:[^\s,.:;!?]+\s){{0,2}}?(?:\d|{JOB_NOUN}\b)"""
)
_CONTRACT = ("vertrag", "vertrage", "contract", "contrat", "contratt", "umow", "kontrakt")
_WORD = re.compile(r"\S+")


def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for stem in _STEMS:
        automaton.add_word(stem, len(stem))
    automaton.make_automaton()
    return automaton


_AUTOMATON = _automaton()


def _cue_word(word: str) -> bool:
    """Whether one word is a loss cue by itself ("streicht", "cuts", "gekündigt"): the cue
    lexicon read whole on a word costs a microsecond."""
    return _LOSS_WHOLE.fullmatch(word.strip(",.:;!?")) is not None


_LOSS_WHOLE = lx.LOSS.whole


def object_cuts(t: str) -> list[tuple[int, int]]:
    """The spans of loss cues in `t` whose object is a forecast, a price, a payout, hours, a
    deal or an order, with no jobs beside it (output is left out: "shuts production at X"
    closes a plant). Only the few words before and after an object's literal piece are read:
    most texts hold none."""
    spans: set[tuple[int, int]] = set()
    for end, size in _AUTOMATON.iter(t):
        at = t.rfind(" ", 0, end + 1 - size) + 1  # the object's word
        before = list(_WORD.finditer(t, max(0, at - 60), at))[-4:]
        for verb in reversed(before):  # the verb, then a determiner, a sum, an attribute
            obj = _OBJECT_AFTER.match(t, verb.end())
            if obj is None or obj.end() <= at or not _cue_word(verb.group()):
                continue
            if not (
                _AND_JOBS.match(t, obj.end()) or _renewal(verb.group()) or _peoples_contract(t, obj)
            ):
                spans.add((verb.start(), verb.end()))
            break
        after = _WORD.search(t, end + 1, end + 40)
        if after is not None and _participle_cut(t, after):
            spans.add((after.start(), after.start() + len(after.group().rstrip(",.:;!?"))))
    return sorted(spans)


def _participle_cut(t: str, word: re.Match[str]) -> bool:
    """Whether `word` is a participle of cutting that closes its object's clause ("den
    Vertrag gekündigt", "de prognose geschrapt")."""
    return (
        word.group().startswith("ge")
        and _cue_word(word.group())
        and _OBJECT_BEFORE.search(t[: word.start()][-40:]) is not None
    )


def _peoples_contract(t: str, obj: re.Match[str]) -> bool:
    """Whether the object is the contracts of so many people (their jobs, not a deal)."""
    words = obj.group().split()
    return (
        bool(words)
        and any(c in words[-1] for c in _CONTRACT)
        and (_PEOPLES_CONTRACT.match(t, obj.end()) is not None)
    )


def _renewal(verb: str) -> bool:
    return any(stem in verb for stem in _RENEWAL)


def without_object_cuts(t: str) -> str:
    """`t` with the cut verbs whose object is no job blanked out (the same length, so every
    position holds); `t` itself when there is none."""
    spans = object_cuts(t)
    if not spans:
        return t
    pieces, last = [], 0
    for start, end in spans:
        pieces += [t[last:start], " " * (end - start)]
        last = end
    pieces.append(t[last:])
    return "".join(pieces)
