"""Choose the ERM restructuring type from the words of an announcement.

Types are tried from the most specific to the least: a bankruptcy that closes a
plant is a bankruptcy; a closure that moves the work abroad is offshoring.
Losses that match nothing more specific are internal restructuring; creations
are business expansion (or reshoring when work comes back).
"""

from __future__ import annotations

import re

from monitor.judgement.joblosses.lexicon import NOT_A_PERIOD
from monitor.model.joblosses import JobsKind, RestructuringType

_W = r"[\w'-]+"

_BANKRUPTCY = re.compile(
    r"\b(?:bankrupt\w*|insolven\w*|receivership|chapter\s11|(?:enters|into|placed\sin)"
    r"\sadministration|administrators|liquidat\w*|redressement\sjudiciaire|faillite"
    r"|depot\sde\sbilan|depose\sle\sbilan|cessation\sde\spaiements?|procedure\scollective"
    r"|pleite|konkurs\w*|zahlungsunfahig\w*|fallimento|fallit[oa]|concordato\spreventivo"
    r"|amministrazione\sstraordinaria|quiebra|concurso\sde\sacreedores|preconcurso"
    r"|faillissement|failliet|surseance|uitstel\svan\sbetaling|upadlos\w*|upadl\w*"
    r"|postepowanie\ssanacyjne|creditor\sprotection)\b"
)
_OFFSHORING = re.compile(
    r"\b(?:offshor\w*|delocalis\w*|abroad|low-cost\scountr\w*|a\sl'etranger|pays\sa\sbas\scouts?"
    r"|ins\sausland|niedriglohn\w*|billiglohn\w*)\b"
)
_MOVE = re.compile(
    rf"\b(?:(?:mov|shift|transferr?|relocat|deplac|demenag|transf[e]r)\w*\s(?:{_W}\s){{0,2}}?"
    rf"(?:production|manufacturing|output|assembly|work|jobs|operations|activit\w*|headquarters"
    rf"|fabrication|assemblage|siege|emplois|postes)|\w*verlager\w*|verleg\w*|umzug)"
)
_RELOCATION_ONLY = re.compile(r"\b(?:relocat\w*|demenag\w*|verleg\w*|umzug)\b")
_RESHORING = re.compile(r"\b(?:reshor\w*|relocalis\w*|ruckverlager\w*|rapatri\w*)\b")
_CLOSURE = re.compile(
    rf"\b(?:clos(?:e|es|ed|ing|ure|ures)\b(?!\sto\b)|shut\w*|fermetur\w*|fermer\w*"
    rf"|ferme\s(?:{_W}\s){{0,3}}?(?:l'|d')?(?:usines?|sites?|portes)|schliess\w*|geschlossen"
    rf"|stilllegung|stillgelegt"
    rf"|dichtmach\w*|macht\s(?:{_W}\s){{0,3}}?dicht|aus\sfur|vor\sdem\saus"
    rf"|produktion\s(?:\S+\s){{0,4}}?ein\b|produktionsende|produktion\slauft\s(?:\S+\s){{0,3}}?aus"
    rf"|end(?:s|ing)?\s(?:\S+\s)?production|ceas\w*\s(?:\S+\s)?production"
    rf"|arret\sde\sla\sproduction|cess\w*\s(?:de\s)?(?:la\s)?produ\w*"
    # Italian, Spanish, Dutch, Polish: "chiude lo stabilimento", "cerrará la planta", "sluit de
    # fabriek", "zamknie zakład" (not "chiude il bilancio", "cierra el año")
    rf"|(?:chiud(?:e|ono|era|eranno)|cierr(?:a|an)|cerrara|cerraran){NOT_A_PERIOD}\b|chiusur[ae]"
    rf"|cierre|cerrar|clausur\w*|sluiting\w*|sluit\s(?:{_W}\s){{0,3}}?(?:fabriek|vestiging"
    rf"|deuren|locatie)|(?:gaat|gaan)\sdicht|zamkni\w*|zamyk\w*|likwid\w*\s(?:zaklad\w*"
    rf"|fabryk\w*)|koniec\sprodukcji)"
)
_OUTSOURCING = re.compile(
    r"\b(?:outsourc\w*|externalis\w*|sous-trait(?:er|era|ance)\b|auslager\w*|ausgelagert"
    r"|fremdvergabe)"
)
_MERGER = re.compile(
    r"\b(?:merger|mergers|takeover|acquisition|acquired\sby|fusion\s(?:avec|de|entre)|rachat"
    r"|rachete\w*|ubernahme\w*|ubernimmt|ubernommen|zusammenschluss)\b"
)


def classify(
    text: str,
    kind: JobsKind,
    *,
    moved_abroad: bool = False,
    focus: tuple[int, int] | None = None,
) -> tuple[RestructuringType, str]:
    """The ERM type for folded `text`, and the word that decided it.

    `moved_abroad` says that the text moves work to another country than the
    affected site's (found by the caller, who knows the places). `focus` is the
    span (title end, cue position) where a merger must be named to count: a
    lead recalling an old merger does not make today's cuts a merger.
    """
    if kind is JobsKind.CREATION:
        match = _RESHORING.search(text)
        if match:
            return RestructuringType.RESHORING, match.group()
        return RestructuringType.BUSINESS_EXPANSION, "creation"
    checks: tuple[tuple[RestructuringType, re.Pattern[str]], ...] = (
        (RestructuringType.BANKRUPTCY, _BANKRUPTCY),
        (RestructuringType.OFFSHORING, _OFFSHORING),
    )
    for restructuring_type, pattern in checks:
        match = pattern.search(text)
        if match:
            return restructuring_type, match.group()
    move = _MOVE.search(text)
    if move and moved_abroad:
        return RestructuringType.OFFSHORING, move.group()
    relocation = _RELOCATION_ONLY.search(text)
    if relocation:
        return RestructuringType.RELOCATION, relocation.group()
    if move and _mentions_destination(text, move.end()):
        return RestructuringType.RELOCATION, move.group()
    for restructuring_type, pattern in (
        (RestructuringType.CLOSURE, _CLOSURE),
        (RestructuringType.OUTSOURCING, _OUTSOURCING),
    ):
        match = pattern.search(text)
        if match:
            return restructuring_type, match.group()
    title_end, cue_at = focus if focus is not None else (len(text), 0)
    start, end = _sentence(text, cue_at)
    merger = _MERGER.search(text, 0, title_end) or _MERGER.search(text, start, end)
    if merger:
        return RestructuringType.MERGER_ACQUISITION, merger.group()
    return RestructuringType.INTERNAL_RESTRUCTURING, "default"


_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The span of the sentence around offset `at`."""
    start = 0
    for match in _SENTENCE_END.finditer(text, 0, at):
        start = match.end()
    after = _SENTENCE_END.search(text, at)
    return start, after.start() if after else len(text)


_DESTINATION = re.compile(rf"^\s(?:{_W}\s){{0,4}}?(?:to|vers|a|au|en|nach|ins|in)\s")


def _mentions_destination(text: str, end: int) -> bool:
    """Whether a move verb is followed by a destination ("move production to ...")."""
    return bool(_DESTINATION.match(text[end : end + 60]))
