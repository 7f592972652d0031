"""`python -m quality` (`make quality`): print both tasks' figures; exit 1 under the floors."""

from __future__ import annotations

import sys

from quality import calibrate_milestones, challenge, joblosses, matching, realworld_policy

FLOORS = {
    "delivery precision": 0.95,
    "delivery recall": 0.9,
    "job count exact": 0.9,
    "company exact": 0.9,
}


def main() -> int:
    match_scores = matching.evaluate()
    job_scores = joblosses.evaluate()
    print("== Milestone matching ==")
    print(matching.format_report(match_scores, misses=False))
    print()
    print("== Milestone matching on the challenge set (seven languages) ==")
    print(challenge.format_report(challenge.evaluate(), misses=False))
    print()
    print("== Job-loss extraction ==")
    print(job_scores.format_report())
    measured = {
        "delivery precision": match_scores.overall.delivery.precision,
        "delivery recall": match_scores.overall.delivery.recall,
        "job count exact": job_scores.overall.jobs_exact,
        "company exact": job_scores.overall.company_exact,
    }
    print()
    failed = False
    for name, floor in FLOORS.items():
        ok = measured[name] >= floor
        failed |= not ok
        verdict = "ok" if ok else "UNDER THE FLOOR"
        print(f"{name:<20} {measured[name]:.3f}  floor {floor:.2f}  {verdict}")
    failed |= _real_reporting()
    failed |= _realworld_joblosses()
    failed |= _challenge_joblosses()
    return 1 if failed else 0


def _real_reporting() -> bool:
    """The milestone figures on labelled real reporting; True when a bound is not met."""
    print()
    print("== Milestone judgement on real reporting ==")
    if realworld_policy.default_path() is None:
        print("../shared/realworld is absent here: skipped")
        return False
    scores = realworld_policy.evaluate()
    print(realworld_policy.format_report(scores))
    print()
    print(calibrate_milestones.table(calibrate_milestones.points(scores)))
    print()
    failed = False
    for name, value, bound, ok in realworld_policy.verdicts(scores):
        failed |= not ok
        print(f"{name:<28} {value:.3f}  {bound}  {'ok' if ok else 'NOT MET'}")
    return failed


def _challenge_joblosses() -> bool:
    """Job losses on the project's own challenge set; True when under a floor."""
    from quality import challenge_joblosses

    scores = challenge_joblosses.evaluate()
    print("\n== Job losses on the challenge set (quality/data/joblosses_challenge.jsonl) ==")
    print(challenge_joblosses.format_report(scores))
    failures = challenge_joblosses.under_floors(scores)
    for line in failures or ["every challenge-set floor holds"]:
        print(line)
    return bool(failures)


def _realworld_joblosses() -> bool:
    """Job losses on real reporting, when the labelled set is here; True when under a floor."""
    from quality import joblosses_tables, realworld_joblosses
    from quality.replay import realworld_dir

    if realworld_dir() is None:
        print("\n(no ../shared/realworld here: real-world job-loss figures skipped)")
        return False
    scores = realworld_joblosses.evaluate()
    print("\n== Job losses on real reporting ==")
    print(joblosses_tables.format_report(scores))
    print(joblosses_tables.format_causes(scores))
    print(joblosses_tables.format_calibration(scores))
    failures = realworld_joblosses.under_floors(scores)
    for line in failures or ["every real-world job-loss floor holds"]:
        print(line)
    return bool(failures)


if __name__ == "__main__":
    sys.exit(main())
