"""Cut verbs whose object is no job: "streicht die Prognose", "cuts its outlook", "taglia le
stime", "recorta sus previsiones", "redukuje prognozę", "schrapt het dividend". The press puts
a workforce's size beside a forecast cut ("2.100 Mitarbeiter bleiben"), and the verb alone
would make that figure a loss. Such verbs are blanked out of the text the kind of a figure is
read from; a verb whose object is a forecast and jobs ("streicht Prognose und 500 Stellen")
keeps its cue. Pure: folded text in, text of the same length out.
"""

from __future__ import annotations

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
# A sum may stand before an order: "loses £40m contract", "perd un contrat de 30 millions".
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


def object_cuts(t: str) -> list[tuple[int, int]]:
    """The spans of loss cues in `t` whose object is a forecast, a price, a payout, hours, a
    deal or an order, with no jobs beside it (output is left out: "shuts production at X"
    closes a plant)."""
    spans = []
    for match in lx.LOSS.finditer(t):
        if any(stem in match.group() for stem in _RENEWAL):
            continue  # "keine Verlängerung der Verträge": contracts not renewed are jobs
        obj = _OBJECT_AFTER.match(t, match.end())
        if obj is not None and _AND_JOBS.match(t, obj.end()) is None:
            spans.append((match.start(), match.end()))
        elif match.group().startswith("ge") and _OBJECT_BEFORE.search(t[: match.start()][-40:]):
            spans.append((match.start(), match.end()))  # "den Vertrag gekündigt": verb-final
    return spans


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
