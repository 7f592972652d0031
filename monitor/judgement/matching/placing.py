"""Where a description's concepts stand in a text: together in one part, or spread over two.

A description ("toll + zero-emission + truck") is placed with one occurrence of each concept
within `WINDOW` words of one part (the title before the summary, then the narrowest), else
spread over title and summary at `SPREAD_STRENGTH`. Pure.
"""

from __future__ import annotations

from itertools import product

from monitor.judgement.matching.fold import Folded
from monitor.judgement.matching.phrases import Occurrence
from monitor.judgement.matching.theme_keys import ThemeKey
from monitor.judgement.matching.theme_types import Found, Theme, ThemeKind

PLACES = 8  # occurrences of a concept tried when placing a group (bounds the combinations)
WINDOW = 20  # words between the first and the last concept of a description, in one part
SPREAD_STRENGTH = 0.6


def placed_better(theme: Theme, best: Theme) -> bool:
    """Stronger, or as strong and in the headline where the other is in the lead: the
    headline's words are the ones whose deed the headline reports."""
    if theme.strength != best.strength:
        return theme.strength > best.strength
    return theme.part == 0 and best.part != 0


def described(
    milestone_id: str,
    group: tuple[str, ...],
    by_concept: dict[str, list[Occurrence[ThemeKey]]],
    stems: Folded,
    actors: frozenset[str] = frozenset(),
) -> Theme | None:
    """The tightest placing of the group's concepts: in one part within WINDOW words, else
    spread over title and summary. `actors`: the concepts that name who acts (`actor = true`
    in the vocabulary: "the Commission", "Brussels"), which count anywhere in the part, since a
    lead opens with its actor and may name the thing acted on thirty words later ("La Comisión
    Europea ha presentado ... un plan que incluye ... incentivos fiscales ... en las flotas
    corporativas"); WINDOW spans the concepts that say what the text is about."""
    strength = min(0.9, 0.6 + 0.15 * len(group))
    choices = [by_concept[name][:PLACES] for name in group]
    in_parts = [{stems.part_of(o.start) for o in occurrences} for occurrences in choices]
    chosen = _tightest(choices, in_parts, stems, tuple(name in actors for name in group))
    detail = " + ".join(group)
    if chosen is not None:
        part = stems.part_of(chosen[0].start)
        found = tuple(Found(o.matched, o.start, o.end) for o in chosen)
        if part != 0:
            found = _headline_part(group, by_concept, stems) + found
        return Theme(milestone_id, ThemeKind.ABOUT, strength, found, part, detail)
    if set.intersection(*in_parts):
        return None  # all in one part, but too far apart to be about one thing
    chosen = tuple(occurrences[0] for occurrences in choices)
    found = tuple(Found(o.matched, o.start, o.end) for o in chosen)
    return Theme(milestone_id, ThemeKind.ABOUT, SPREAD_STRENGTH, found, None, detail)


def _headline_part(
    group: tuple[str, ...],
    by_concept: dict[str, list[Occurrence[ThemeKey]]],
    stems: Folded,
) -> tuple[Found, ...]:
    """The headline's words of a description the lead completes, when the headline holds all
    of its concepts but one, and two at least ("Kommission beschließt Vorschlag zur Lkw-Maut"
    over "Emissionsfreie Lkw sollen ... befreit bleiben"): the headline reports the deed."""
    in_title = {
        name: next(o for o in by_concept[name] if stems.part_of(o.start) == 0)
        for name in group
        if any(stems.part_of(o.start) == 0 for o in by_concept[name])
    }
    if len(in_title) < max(2, len(group) - 1):
        return ()
    return tuple(Found(o.matched, o.start, o.end) for o in in_title.values())


def _tightest(
    choices: list[list[Occurrence[ThemeKey]]],
    in_parts: list[set[int]],
    stems: Folded,
    actors: tuple[bool, ...],
) -> tuple[Occurrence[ThemeKey], ...] | None:
    """The placing of one occurrence of each concept in one part within WINDOW words (an
    actor concept anywhere in the part): in the title before the summary, then the
    narrowest, then the first in `product` order.

    Tried part by part, each with only that part's occurrences: the same placings in the same
    order as all of `product(*choices)` would give, less the many that straddle two parts."""
    measured = [i for i, actor in enumerate(actors) if not actor] or list(range(len(actors)))
    for part in sorted(set.intersection(*in_parts)):
        here = [
            [o for o in occurrences if stems.part_of(o.start) == part] for occurrences in choices
        ]
        best: tuple[int, tuple[Occurrence[ThemeKey], ...]] | None = None
        for combination in product(*here):
            spanned = [combination[i] for i in measured]
            span = max(o.end for o in spanned) - min(o.start for o in spanned)
            if span <= WINDOW and (best is None or span < best[0]):
                best = (span, combination)
        if best is not None:
            return best[1]
    return None
