"""Command-line interfaces: `timeline` (the plan) and `monitor` (the daemon and its data)."""
