"""Benchmarks of the monitor's pipeline, measured side by side with the libraries it builds on.

`python -m bench` (or `make bench`) runs them all, prints a table with the targets of issue 7
and writes `bench/results.json`. Not part of the test suite: speed belongs here, not in tests.
"""
