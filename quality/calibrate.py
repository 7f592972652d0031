"""`python -m quality.calibrate`: refit both judgements' confidence on real reporting.

Each fit reads only the development set's tuning part and reports both parts:
- milestones (`quality.calibrate_milestones`) writes monitor/judgement/calibration.toml;
- job losses (`quality.calibrate_joblosses`) prints the weights for
  monitor/judgement/joblosses/calibration.py.

`--check` fits nothing: it prints the milestones' confidence bands as they stand.
"""

from __future__ import annotations

import argparse

from quality import calibrate_joblosses, calibrate_milestones


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fit nothing; print the bands")
    parser.add_argument(
        "--only", choices=("milestones", "joblosses"), help="refit one judgement only"
    )
    args = parser.parse_args(argv)
    status = 0
    if args.only in (None, "milestones"):
        status |= calibrate_milestones.main(["--check"] if args.check else [])
    if args.only in (None, "joblosses") and not args.check:
        status |= calibrate_joblosses.main()
    return status


if __name__ == "__main__":
    raise SystemExit(main())
