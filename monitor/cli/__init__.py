"""Command-line interfaces: `timeline` (the plan) and `monitor` (the daemon and its data).

Thin: each command opens a `Monitor`, calls one of its methods and prints the result
(`views` and `ics` give the output shapes). No rules live here.
"""
