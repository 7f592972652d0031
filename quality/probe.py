"""See how the monitor reads one headline: `python -m quality.probe --lang it "title" ["summary"]`.

For people writing vocabulary and lexicons: prints the language it reads the text in, the
folded words and their stems, the milestones whose vocabulary the text names and why, and the
judgement (kind, confidence, explanation) for each.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from monitor.judgement.language import language_of
from monitor.judgement.legal import citations_in
from monitor.judgement.matching import Matcher
from monitor.judgement.matching.fold import Folded, fold_text
from monitor.judgement.matching.themes import ThemeIndex
from monitor.judgement.stems import stem_words
from timeline.plan import load_plans

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PLAN = ROOT / "seeds" / "plans" / "eu-automotive-2025.toml"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("title", nargs="?", default="")
    parser.add_argument("summary", nargs="?", default="")
    parser.add_argument("--lang", default=None, help="the feed's declared language")
    parser.add_argument("--url", default=None, help="the entry's address (read for citations)")
    parser.add_argument("--plan", action="append", type=Path, help="plan file(s)")
    parser.add_argument(
        "--coverage", action="store_true", help="list each milestone's languages and deed"
    )
    args = parser.parse_args(argv)
    milestones = [m for p in load_plans(args.plan or [DEFAULT_PLAN]) for m in p.milestones]
    if args.coverage:
        for m in milestones:
            deed = m.delivering_deed
            how = "" if deed.explicit else " (derived)"
            languages = " ".join(sorted(m.vocabulary.languages())) or "-"
            print(f"{m.id:45} {deed.delivers.value}/{deed.by.value}{how:10} {languages}")
        return
    language = language_of(args.title, args.summary, args.lang)
    words = fold_text(args.title, args.summary)
    stems = Folded(" ".join(stem_words(words.words, language)), words.parts)
    print(f"language: {language} (declared {args.lang})")
    print("words:   ", words.text)
    print("stems:   ", stems.text)
    cited = citations_in(args.title, args.summary, args.url, words)
    for citation in cited:
        print(f"cites:    {citation.reference.key} ({citation.reference.text}) at {citation.start}")
    for theme in ThemeIndex(milestones).find(words, stems, language, cited):
        phrases = ", ".join(f"'{f.phrase}'@{f.start}" for f in theme.found)
        print(
            f"theme:    {theme.milestone_id} {theme.kind.value} {theme.strength:.2f}"
            f" [{theme.detail}] {phrases}"
        )
    matcher = Matcher(milestones)
    for match in matcher.match(args.title, args.summary, language=args.lang, url=args.url):
        print(
            f"judged:   {match.milestone_id} {match.kind.value} {match.confidence:.2f}"
            f" - {match.explanation}"
        )


if __name__ == "__main__":
    main()
