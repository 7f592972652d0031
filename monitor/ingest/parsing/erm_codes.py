"""The ERM's controlled vocabularies: restructuring types, and country labels to ISO 3166 codes."""

from __future__ import annotations

import re

from monitor.model.factsheets import RestructuringType

__all__ = [
    "COUNTRY_CODES",
    "NON_COUNTRIES",
    "RestructuringType",
    "country_code",
    "restructuring_type",
]


def _key(label: str) -> str:
    """ "Merger /Acquisition", "merger/ acquisition" and "Merger / Acquisition" read alike."""
    return re.sub(r"\s*/\s*", "/", " ".join(label.split())).casefold()


_TYPES = {_key(member.value): member for member in RestructuringType}
_TYPES[_key("Offshoring/Delocalization")] = RestructuringType.OFFSHORING
_TYPES[_key("Delocalisation")] = RestructuringType.OFFSHORING
_TYPES[_key("Merger")] = RestructuringType.MERGER_ACQUISITION
_TYPES[_key("Acquisition")] = RestructuringType.MERGER_ACQUISITION


def restructuring_type(label: str) -> RestructuringType | None:
    """The type an ERM label names, None if it is not one of them."""
    return _TYPES.get(_key(label))


# ISO 3166-1 alpha-2 (so Greece is GR, not the EU's EL; the United Kingdom is GB, not UK).
COUNTRY_CODES: dict[str, str] = {
    "austria": "AT", "belgium": "BE", "bulgaria": "BG", "croatia": "HR", "cyprus": "CY",
    "czechia": "CZ", "czech republic": "CZ", "denmark": "DK", "estonia": "EE", "finland": "FI",
    "france": "FR", "germany": "DE", "greece": "GR", "hungary": "HU", "ireland": "IE",
    "italy": "IT", "latvia": "LV", "lithuania": "LT", "luxembourg": "LU", "malta": "MT",
    "netherlands": "NL", "the netherlands": "NL", "poland": "PL", "portugal": "PT",
    "romania": "RO", "slovakia": "SK", "slovak republic": "SK", "slovenia": "SI", "spain": "ES",
    "sweden": "SE", "norway": "NO", "united kingdom": "GB", "uk": "GB",
}  # fmt: skip
# Labels the ERM uses for events that span countries: valid, but no single country.
NON_COUNTRIES = frozenset({"european union", "eu", "world", "multinational", "several countries"})


def country_code(label: str) -> tuple[bool, str | None]:
    """(known, ISO code): (True, "FR") for France, (True, None) for World, else (False, None)."""
    key = " ".join(label.split()).casefold()
    if key in NON_COUNTRIES:
        return True, None
    code = COUNTRY_CODES.get(key)
    return code is not None, code
