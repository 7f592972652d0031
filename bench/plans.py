"""Synthetic plans of any size, cloned from the bundled automotive plan.

The real plan has ~45 milestones; to see how matching scales, its milestones are cloned with
distinct vocabulary: every phrase of clone k gets a made-up word in front ("vobeka CO2
standards"), so the automaton grows with each clone while the texts (which never use made-up
words) keep hitting only the real milestones. With `shared_context`, clones keep the real
context and exclude phrases ("review", "proposal"), as milestones of a large real plan would.
The result is written as a plan file and read back by the real loader, so it is a valid plan.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from monitor.config import BUNDLED_SEEDS
from timeline.model import Milestone
from timeline.plan import parse_plan

BUNDLED_PLAN = BUNDLED_SEEDS / "plans" / "eu-automotive-2025.toml"
_CONSONANTS = "bdfgklmnprstvz"
_VOWELS = "aeiou"


def pseudo_word(number: int) -> str:
    """A pronounceable made-up word, distinct for every number ("vobeka")."""
    syllables = []
    number += (len(_CONSONANTS) * len(_VOWELS)) ** 3  # four syllables or more: never a real word
    while number:
        number, rest = divmod(number, len(_CONSONANTS) * len(_VOWELS))
        syllables.append(_CONSONANTS[rest // len(_VOWELS)] + _VOWELS[rest % len(_VOWELS)])
    return "".join(syllables)


def plan_text(milestones: int, *, real: int | None = None, shared_context: bool = False) -> str:
    """A plan file with `milestones` milestones: the first `real` real ones (all by default,
    fewer if `milestones` is smaller), then clones of every real milestone in turn."""
    if milestones < 1:
        raise ValueError(f"a plan needs at least one milestone, got {milestones}")
    data = tomllib.loads(BUNDLED_PLAN.read_text(encoding="utf-8"))
    originals: list[dict[str, Any]] = data["milestone"]
    kept = min(milestones, len(originals) if real is None else real)
    chosen = [dict(m) for m in originals[:kept]]
    for clone in range(milestones - kept):
        original = originals[clone % len(originals)]
        chosen.append(_clone(original, clone, shared_context=shared_context))
    plan = dict(data["plan"], id="bench-synthetic", title="Synthetic benchmark plan")
    folder = BUNDLED_PLAN.parent  # the concept files stay where the bundled plan has them
    plan["vocabulary"] = [str((folder / name).resolve()) for name in plan.get("vocabulary", [])]
    lines = ["[plan]", *_scalars(plan), "", "[plan.pillars]", *_scalars(plan["pillars"])]
    for milestone in chosen:
        lines += ["", "[[milestone]]", *_scalars(milestone)]
        for table in _SUB_TABLES:
            if table in milestone:
                lines += [f"[milestone.{table}]", *_query_lines(milestone[table])]
    return "\n".join(lines) + "\n"


_SUB_TABLES = ("query", "vocabulary", "legal", "deed")


def plan_milestones(
    milestones: int, *, real: int | None = None, shared_context: bool = False
) -> tuple[Milestone, ...]:
    """The milestones of `plan_text(...)`, as the plan loader reads them."""
    text = plan_text(milestones, real=real, shared_context=shared_context)
    return parse_plan(text).milestones


def write_plan(path: Path, milestones: int) -> Path:
    path.write_text(plan_text(milestones), encoding="utf-8")
    return path


def _clone(milestone: Mapping[str, Any], number: int, *, shared_context: bool) -> dict[str, Any]:
    word = pseudo_word(number)
    copy = dict(milestone, id=f"{milestone['id']}-{word}", title=f"{milestone['title']} ({word})")
    copy.pop("vocabulary", None)  # a clone is found by its made-up query words only
    copy.pop("legal", None)
    query = dict(milestone.get("query", {}))
    for group in ("terms", "context", "exclude"):
        if shared_context and group != "terms":
            continue
        query[group] = {
            language: [f"{word} {phrase}" for phrase in phrases]
            for language, phrases in query.get(group, {}).items()
        }
    copy["query"] = query
    return copy


def _scalars(table: Mapping[str, Any]) -> list[str]:
    return [f"{key} = {_value(value)}" for key, value in table.items() if not _is_table(value)]


def _query_lines(query: Mapping[str, Any]) -> list[str]:
    lines = []
    for key, value in query.items():
        if _is_table(value):
            lines += [f"{key}.{language} = {_value(v)}" for language, v in value.items()]
        else:
            lines.append(f"{key} = {_value(value)}")
    return lines


def _is_table(value: object) -> bool:
    return isinstance(value, dict)


def _value(value: object) -> str:
    """A TOML literal for the values a plan file holds: text, numbers, dates, lists of text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a TOML basic string
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    raise TypeError(f"plan value {value!r} of type {type(value).__name__} has no TOML form here")
