"""An entry's reading: what matching derives from its text alone, before any plan is looked at.

Folding, language detection, stemming and the citation grammar cost more than most decisions
that follow them, and none of them depends on the plan or the watch lists. So the reading is
computed once, when the entry is stored, and kept beside it (`storage.readings`); a rematch
after a plan edit re-runs only the decision. `key` says which text and which code a stored
reading was made from: a changed entry, or a change to the code that reads, makes it stale.
Pure: no IO.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

from monitor.judgement import language as language_module
from monitor.judgement import legal, polish, stems
from monitor.judgement.language import language_of
from monitor.judgement.legal import Cited, citations_in
from monitor.judgement.matching import fold as fold_module
from monitor.judgement.matching.fold import Folded, fold_text
from monitor.judgement.stems import stem_words
from timeline import legal as legal_grammar

__all__ = ["Reading", "read_entry", "reading_key"]


@dataclass(frozen=True, slots=True)
class Reading:
    """The folded words of title and summary, their stems, the language they are read in,
    and the entry's legal citations (title, summary, address)."""

    folded: Folded
    stems: Folded
    language: str | None
    citations: tuple[Cited, ...]


def read_entry(title: str, summary: str, language: str | None, url: str | None) -> Reading:
    """The reading of one entry; `language` is its feed's declared language."""
    folded = fold_text(title, summary)
    text_language = language_of(title, summary, language)
    stemmed = Folded(" ".join(stem_words(folded.words, text_language)), folded.parts)
    return Reading(folded, stemmed, text_language, tuple(citations_in(title, summary, url, folded)))


@cache
def code_version() -> str:
    """A digest of the code a reading comes from (these modules' source and the stemmer's
    release): a new release that reads differently makes every stored reading stale, with no
    number anyone has to remember to raise."""
    from monitor.ingest.parsing import language as detector

    digest = hashlib.sha256()
    for module in (
        fold_module, stems, polish, language_module, detector, legal, legal_grammar,
    ):  # fmt: skip
        digest.update(Path(str(module.__file__)).read_bytes())
    digest.update(Path(__file__).read_bytes())
    digest.update(metadata.version("PyStemmer").encode())
    return digest.hexdigest()[:16]


def reading_key(title: str, summary: str, language: str | None, url: str | None) -> str:
    """What a stored reading must carry to be this entry's reading by this code."""
    text = "\x00".join((code_version(), title, summary, language or "", url or ""))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
