"""The milestone tables that say how to find news of it: [milestone.query], the vocabulary
([milestone.vocabulary]), the law ([milestone.legal]) and the deed ([milestone.deed]).

Each is read and checked against the file's own text, so a mistake names its line.
"""

from __future__ import annotations

import re
from typing import Any

from timeline._checker import PlanChecker
from timeline.errors import CitationError
from timeline.legal import parse_citation
from timeline.model import ALL, Deed, DeedKind, EvidenceQuery, Legal, Responsible, Vocabulary
from timeline.vocabulary import ConceptTable, parse_description

_QUERY_KEYS = {"terms", "context", "exclude", "near"}
_VOCABULARY_KEYS = {"names", "about"}
_LEGAL_KEYS = {"amends", "creates", "documents", "procedures"}
_DEED_KEYS = {"delivers", "by"}


def query_table(check: PlanChecker, raw: Any, index: int) -> EvidenceQuery:
    if not isinstance(raw, dict):
        raise check.fail("[milestone.query] must be a table", field="query", index=index)
    check.unknown_keys(raw, _QUERY_KEYS, prefix="query.", index=index)
    lists: dict[str, dict[str, tuple[str, ...]]] = {}
    for group in ("terms", "context", "exclude"):
        by_language = raw.get(group, {})
        if not isinstance(by_language, dict):
            raise check.fail(
                f"query.{group} must be a table of language = [phrases], e.g. {group}.en = [...]",
                field=f"query.{group}",
                index=index,
            )
        lists[group] = {}
        for language, phrases in by_language.items():
            field = f"{group}.{language}"
            if not re.fullmatch(r"[a-z]{2}", language):
                raise check.fail(
                    f"{language!r} is not a two-letter language code (en, fr, de, ...)",
                    field=field,
                    index=index,
                )
            if not isinstance(phrases, list) or not all(
                isinstance(p, str) and p.strip() for p in phrases
            ):
                raise check.fail(
                    f"{field} must be a list of non-empty strings", field=field, index=index
                )
            lists[group][language] = tuple(p.strip() for p in phrases)
    near = raw.get("near")
    if near is not None and (not isinstance(near, int) or isinstance(near, bool) or near < 1):
        raise check.fail("query.near must be a positive number of words", field="near", index=index)
    if lists["context"] and not lists["terms"]:
        raise check.fail(
            "query.context needs query.terms to be near", field="query.context", index=index
        )
    return EvidenceQuery(
        terms=lists["terms"], context=lists["context"], exclude=lists["exclude"], near=near
    )


def _table(check: PlanChecker, raw: Any, name: str, keys: set[str], index: int) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise check.fail(f"[milestone.{name}] must be a table", field=name, index=index)
    check.unknown_keys(raw, keys, prefix=f"{name}.", index=index)
    return raw


def _strings(check: PlanChecker, raw: Any, field: str, index: int) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(v, str) and v.strip() for v in raw):
        raise check.fail(f"{field} must be a list of non-empty strings", field=field, index=index)
    return tuple(v.strip() for v in raw)


def vocabulary_table(
    check: PlanChecker, raw: Any, index: int, concepts: ConceptTable
) -> Vocabulary:
    table = _table(check, raw, "vocabulary", _VOCABULARY_KEYS, index)
    names_raw = table.get("names", {})
    if not isinstance(names_raw, dict):
        raise check.fail(
            "vocabulary.names must be a table of language = [names], e.g. names.en = [...]",
            field="vocabulary.names",
            index=index,
        )
    names = {}
    for language, values in names_raw.items():
        field = f"names.{language}"
        if language != ALL and not re.fullmatch(r"[a-z]{2}", language):
            raise check.fail(
                f"{language!r} is not a two-letter language code (en, fr, ...) or 'all'",
                field=field,
                index=index,
            )
        names[language] = _strings(check, values, field, index)
    about, unless = [], []
    for expression in _strings(check, table.get("about", []), "vocabulary.about", index):
        try:
            wanted, excluded = parse_description(expression, concepts)
        except ValueError as exc:
            raise check.fail(str(exc), field="about", index=index) from None
        about.append(wanted)
        unless.append(excluded)
    while unless and not unless[-1]:
        unless.pop()
    return Vocabulary(names, tuple(about), tuple(unless))


def legal_table(check: PlanChecker, raw: Any, index: int) -> Legal:
    table = _table(check, raw, "legal", _LEGAL_KEYS, index)
    keys: dict[str, tuple[str, ...]] = {}
    for group in sorted(_LEGAL_KEYS):
        found = []
        for text in _strings(check, table.get(group, []), f"legal.{group}", index):
            try:
                found.append(parse_citation(text).key)
            except CitationError as exc:
                raise check.fail(str(exc), field=group, index=index) from None
        keys[group] = tuple(found)
    return Legal(**keys)


def deed_table(check: PlanChecker, raw: Any, index: int) -> Deed | None:
    if raw is None:
        return None
    table = _table(check, raw, "deed", _DEED_KEYS, index)
    delivers = check.text(table, "delivers", required=True, index=index, prefix="deed.")
    by = check.text(table, "by", required=True, index=index, prefix="deed.")
    try:
        return Deed(DeedKind(delivers), Responsible(by))
    except ValueError:
        bad, key, enum = (
            (delivers, "delivers", DeedKind)
            if delivers not in set(DeedKind)
            else (by, "by", Responsible)
        )
        known = ", ".join(member.value for member in enum)
        raise check.fail(
            f"deed.{key} {bad!r} is not one of {known}", field=key, index=index
        ) from None
