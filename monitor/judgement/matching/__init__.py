"""Match news entries to plan milestones and say what they report: delivered, progress, mention.

Pure: no IO, no clock. Build a `Matcher` once per plan and call `match(title, summary)`.
"""

from monitor.judgement.matching.classify import Match
from monitor.judgement.matching.matcher import Matcher
from monitor.judgement.matching.rules import Hit, RuleError, RuleSet, Span, compile_rules

__all__ = ["Hit", "Match", "Matcher", "RuleError", "RuleSet", "Span", "compile_rules"]
