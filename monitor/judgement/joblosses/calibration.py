"""One confidence for a job-loss report, from every signal the extractor saw.

The confidence is the chance that the report is right as it stands (company, figure and
kind), from a logistic model whose weights were fitted on the tuning part of the labelled
real reporting (`python -m quality.calibrate` refits them and prints this table; the
held-out part checks them). Reports at or above the acceptance threshold (`ACCEPT`, or
`[joblosses] auto_accept`) count at once; the rest wait in review with `reasons`, the
signals that held the confidence down.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# Confidence bands in which quality reports precision (`make quality`).
BANDS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95)
# How figures and companies were found (extract.py's vocabulary).
FIGURE_KINDS = ("cut noun", "job noun", "verb", "workforce", "none")
COMPANY_KINDS = (
    "watch list", "subject", "legal", "described", "at", "of", "colon", "bankrupt", "url",
    "headline", "customer",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Signals:
    """What the extractor saw when it read one report."""

    figure: str  # one of FIGURE_KINDS
    figure_score: float = 0.0  # how surely the number counts jobs (jobs.py's score)
    figure_in_title: bool = False
    rival_figure: bool = False  # another job figure nearly as likely, with another value
    qualified: bool = False  # "up to", "about", "more than": the figure is not exact
    company: str = "watch list"  # one of COMPANY_KINDS
    company_in_title: bool = False
    other_companies: bool = False  # other watch-list companies are named too
    strong_cue: bool = False  # "job cuts", "plan social", "Stellenabbau", a closure
    speculative: bool = False  # "could", "fears", "envisage"
    asked: bool = False  # the headline asks whether ("Will X cut 4,000 jobs?"), says nothing
    at_risk: bool = False  # the figure is of jobs "at risk", "menacés", "a rischio"
    rival_subject: bool = False  # another name is the subject of the figure's clause
    third_party: bool = False  # a union, a ministry, a study speaks in the headline
    follow_up: bool = False  # the item follows an earlier announcement up (a look back, talks,
    # protests) rather than making one
    site: bool = False
    country: bool = False


def features(signals: Signals) -> dict[str, float]:
    """The model's inputs: one per signal, 0 or 1 (the figure's score, scaled)."""
    s = signals
    found: dict[str, float] = {f"figure:{s.figure}": 1.0, f"company:{s.company}": 1.0}
    found["figure score"] = min(s.figure_score, 7.0) / 7.0
    for name, on in (
        ("figure in title", s.figure_in_title),
        ("rival figure", s.rival_figure),
        ("qualified", s.qualified),
        ("company in title", s.company_in_title),
        ("other companies", s.other_companies),
        ("strong cue", s.strong_cue),
        ("speculative", s.speculative),
        ("asked", s.asked),
        ("at risk", s.at_risk),
        ("rival subject", s.rival_subject),
        ("third party", s.third_party),
        ("follow-up", s.follow_up),
        ("site", s.site),
        ("country", s.country),
    ):
        if on:
            found[name] = 1.0
    return found


# The weights as designed: what each signal should do, before any data. `quality.calibrate`
# fits the weights below starting from these and held close to them.
PRIOR_BIAS = -2.0
PRIOR: dict[str, float] = {
    "figure:cut noun": 1.0,
    "figure:job noun": 0.8,
    "figure:verb": 0.0,
    "figure:workforce": -0.5,
    "figure:none": -1.0,
    "figure score": 1.5,
    "figure in title": 0.5,
    "rival figure": -1.0,
    "qualified": 0.0,
    "company:watch list": 0.8,
    "company:subject": 0.5,
    "company:legal": 0.5,
    "company:described": 0.5,
    "company:at": 0.3,
    "company:of": 0.0,
    "company:colon": 0.0,
    "company:bankrupt": 0.5,
    "company:url": -0.5,
    "company:headline": 0.2,
    "company:customer": -2.5,  # a carmaker named only as whom the supplier cutting supplies
    "company in title": 0.8,
    "other companies": -0.5,
    "strong cue": 0.5,
    "speculative": -1.0,
    # a yes/no headline leaves open what "could" only hedges: rare in the data, so as designed
    "asked": -2.5,
    "at risk": -0.5,
    "rival subject": -1.5,
    "third party": -1.0,
    "follow-up": -1.5,
    "site": 0.2,
    "country": 0.2,
}

# Fitted by `python -m quality.calibrate` on the tuning part; a feature not listed weighs
# nothing.
BIAS = -1.15
WEIGHTS: dict[str, float] = {
    "figure score": 1.61,
    "rival subject": -1.50,
    "third party": -1.09,
    "follow-up": -1.50,
    "figure:none": -1.07,
    "figure:cut noun": 1.03,
    "speculative": -1.03,
    "asked": -2.50,
    "rival figure": -0.93,
    "company in title": 0.86,
    "figure:job noun": 0.83,
    "at risk": -0.71,
    "strong cue": 0.68,
    "company:watch list": 0.64,
    "company:subject": 0.58,
    "company:described": 0.50,
    "company:bankrupt": 0.50,
    "company:url": -0.50,
    "company:headline": 0.20,
    "company:customer": -2.50,
    "company:legal": 0.50,
    "figure:workforce": -0.50,
    "other companies": -0.43,
    "figure in title": 0.32,
    "company:at": 0.31,
    "country": 0.27,
    "qualified": 0.16,
    "company:colon": 0.05,
    "site": 0.05,
    "company:of": 0.02,
    "figure:verb": 0.01,
}

# Reports at least this confident are accepted without review: replayed through `monitor
# poll`, 57 of the 59 reports accepted on the tuning part were right (97 %), and 24 of 25 on
# the held-out part (96 %).
ACCEPT = 0.9


def score(signals: Signals) -> float:
    """The model's log-odds for `signals`."""
    return BIAS + sum(WEIGHTS.get(name, 0.0) * value for name, value in features(signals).items())


def confidence(signals: Signals) -> float:
    """The chance the report is right, rounded to two places (0.01 to 0.99)."""
    chance = 1.0 / (1.0 + math.exp(-score(signals)))
    return round(min(0.99, max(0.01, chance)), 2)


_WHY = {
    "figure:none": "no job figure",
    "figure:verb": "the figure has no job noun",
    "figure:workforce": "the figure is a workforce's size",
    "rival figure": "another figure competes",
    "other companies": "other companies are named",
    "speculative": "speculative wording",
    "asked": "the headline asks whether, and the item does not say",
    "at risk": "the jobs are said to be at risk, not cut",
    "rival subject": "another company is the subject of the figure's clause",
    "third party": "a third party speaks (union, ministry, study)",
    "follow-up": "the item follows up an earlier announcement (a look back, talks, protests)",
    "company:of": "the company comes from 'workers of X' or 'the management of X'",
    "company:colon": "the company comes from the headline's topic",
    "company:url": "the company is named only in the item's address",
    "company:headline": "the company is the name that opens the headline",
    "company:customer": "the company is named only as a supplier's customer",
}


def reasons(signals: Signals) -> tuple[str, ...]:
    """Why the confidence is not higher: the signals that lowered it, worst first."""
    weighed = [(WEIGHTS.get(name, 0.0) * value, name) for name, value in features(signals).items()]
    low = sorted((w, name) for w, name in weighed if w <= 0.2 and name in _WHY)
    found = [_WHY[name] for _, name in low]
    if not signals.company_in_title:
        found.append("the company is not in the headline")
    return tuple(found)
