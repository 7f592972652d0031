"""Matching cost as the plan grows: 10, 100 and 1,000 milestones on the same texts.

The texts are the synthetic news items: most name no milestone, as real news mostly doesn't.
Every size holds the same 10 real milestones plus clones whose made-up words never occur in the
texts, so every size finds the same hits and any difference is the cost of the rules themselves.
The figure is time(1,000) / time(10), in CPU time, the sizes taking turns.
With `shared_context`, clones keep the real context phrases ("review", "proposal"), as the
milestones of a large real plan share such words: a second figure, for the curious.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bench.plans import plan_milestones
from bench.rematch import texts
from bench.timing import interleaved_medians, rate
from monitor.judgement.matching import Matcher

SIZES = (10, 100, 1000)


def run_rules(
    *, sizes: Sequence[int] = SIZES, count: int = 3000, repeat: int = 5
) -> dict[str, float]:
    """Matcher entries/s per plan size, and the cost ratio of the largest to the smallest."""
    corpus = texts(count)
    smallest, largest = min(sizes), max(sizes)
    results: dict[str, float] = {}
    for shared in (False, True):
        runs = {
            size: _matching(
                Matcher(plan_milestones(size, real=smallest, shared_context=shared)), corpus
            )
            for size in sizes
        }
        seconds = interleaved_medians(runs, repeat=repeat, cpu=True)
        suffix = "_shared_context" if shared else ""
        for size in sizes:
            results[f"rules_{size}_entries_per_s{suffix}"] = rate(count, seconds[size])
        results[f"rules_cost_ratio_{largest}_{smallest}{suffix}"] = (
            seconds[largest] / seconds[smallest]
        )
    return results


def _matching(matcher: Matcher, corpus: Sequence[tuple[str, str, str]]) -> Callable[[], None]:
    def match_all() -> None:
        for title, summary, language in corpus:
            matcher.match(title, summary, language=language)

    return match_all
