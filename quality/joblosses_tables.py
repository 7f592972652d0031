"""The tables `make quality` prints for job losses on real reporting: figures per language
and part, missed items by cause, calibration by confidence band, and (`--misses`) the tuning
items that went wrong. `python -m quality.joblosses_tables [--misses]` prints them alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.judgement.joblosses.calibration import BANDS
from quality.realworld_joblosses import MISS_CAUSES, PARTS, Outcome, Scores, evaluate
from quality.replay import HELD_OUT, TUNING


def _pct(value: float) -> str:
    return f"{100 * value:5.0f}%"


def format_report(scores: Scores) -> str:
    """Per language and part: items, company, figure, both, country, kind, accepted, negatives."""
    head = (
        f"{'':5} {'part':9} {'pos':>4} {'company':>8} {'figure':>7} {'both':>6} {'country':>8}"
        f" {'kind':>6} {'accept':>7} {'neg':>4} {'false':>6} {'f.rep':>6}"
    )
    lines = ["Job-loss extraction on real reporting (replayed through monitor poll)", head]
    for language in [*scores.languages(), "all"]:
        for part_name in PARTS:
            g = scores.group(language, part_name)
            lines.append(
                f"{language:5} {part_name:9} {len(g.positives):4d} {_pct(g.rate('company_ok')):>8}"
                f" {_pct(g.rate('jobs_ok')):>7} {_pct(g.rate('both_ok')):>6}"
                f" {_pct(g.rate('country_ok')):>8} {_pct(g.rate('kind_ok')):>6}"
                f" {_pct(g.accepted):>7} {len(g.negatives):4d} {_pct(g.false_cases):>6}"
                f" {_pct(g.false_reports):>6}"
            )
    lines.append(
        "pos: loss/creation items; company/figure/both/country/kind: exact on them; accept: "
        "accepted without review; neg: hard negatives; false: negatives that became a case; "
        "f.rep: negatives that left any report (in review or not)."
    )
    return "\n".join(lines)


def format_causes(scores: Scores) -> str:
    """Per part, how many loss/creation items went wrong for each cause: counts only, so the
    held-out part says where it fails without showing an item."""
    lines = [f"Missed job losses by cause ({', '.join(MISS_CAUSES)}), counts only:"]
    for part_name in (TUNING, HELD_OUT):
        causes = [o.miss_cause for o in scores.group("all", part_name).outcomes]
        lines.append(f"  {part_name:9} " + ", ".join(str(causes.count(c)) for c in MISS_CAUSES))
    return "\n".join(lines)


def calibration(outcomes: Sequence[Outcome]) -> list[tuple[str, int, int, int]]:
    """Per confidence band: (band, reports, right reports, accepted reports)."""
    rows = []
    for index, low in enumerate(BANDS):
        high = BANDS[index + 1] if index + 1 < len(BANDS) else 1.01
        chosen = [o for o in outcomes if o.stored is not None and low <= o.stored.confidence < high]
        label = f"{low:.2f}-{min(high, 1.0):.2f}"
        rows.append(
            (
                label,
                len(chosen),
                sum(o.right for o in chosen),
                sum(bool(o.stored and o.stored.accepted) for o in chosen),
            )
        )
    return rows


def format_calibration(scores: Scores) -> str:
    """Precision and share accepted per confidence band, per language and for all."""
    lines = [
        "Calibration: per confidence band, reports, precision (company, figure and kind right),"
        " share accepted without review",
        f"{'':12} " + " ".join(f"{label:>17}" for label, *_ in calibration(())),
    ]
    slices = [(lang, "all") for lang in [*scores.languages(), "all"]]
    slices += [("all", TUNING), ("all", HELD_OUT)]
    for language, part_name in slices:
        rows = calibration(scores.group(language, part_name).outcomes)
        cells = []
        for _, count, good, taken in rows:
            cells.append(
                f"{count:3d} {good / count:4.0%} {taken / count:4.0%}".rjust(17)
                if count
                else f"{'-':>17}"
            )
        name = language if part_name == "all" else f"{language} {part_name}"
        lines.append(f"{name:12} " + " ".join(cells))
    accepted = [o for o in scores.outcomes if o.stored is not None and o.stored.accepted]
    right = sum(o.right for o in accepted)
    share = right / len(accepted) if accepted else 1.0
    lines.append(f"accepted without review: {len(accepted)} reports, {share:.1%} right")
    return "\n".join(lines)


def format_misses(scores: Scores, part_name: str = TUNING) -> str:
    """The items of `part_name` that went wrong, with what the monitor stored."""
    lines = []
    for o in scores.outcomes:
        if o.item.part != part_name and part_name != "all":
            continue
        bad = (o.positive and not (o.both_ok and o.kind_ok)) or (
            not o.positive and o.stored is not None
        )
        if not bad:
            continue
        label = o.item.label
        s = o.stored
        got = (
            f"{s.company!r} {s.jobs} {s.qualifier} {s.country} {s.kind} {s.state}@{s.confidence}"
            f" {list(s.cues)}"
            if s
            else "nothing"
        )
        lines.append(f"[{o.item.number} {o.item.lang}] {o.item.title[:120]}")
        lines.append(
            f"    want {label.get('company')!r} {label.get('jobs')} {label.get('country')}"
            f" {label.get('kind')}; got {got}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    result = evaluate()
    print(format_report(result))
    print(format_causes(result))
    print(format_calibration(result))
    if "--misses" in sys.argv:
        print(format_misses(result))
