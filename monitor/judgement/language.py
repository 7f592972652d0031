"""Which language to read an entry in: what its words say, else what its feed declared.

Feeds mix languages (an English feed with a French item, a multilingual newsroom), so the
text is asked first: with no declaration, the stop-word detector's answer stands when one
language leads; against a declaration, only when it leads by far (Italian and Spanish share
"la", "l'" and "un" with French, and a short headline can tip). Pure and cheap: a few
microseconds an entry.
"""

from __future__ import annotations

from monitor.ingest.parsing.language import detect_language, language_code

__all__ = ["language_of"]


_OVERRULE = 3.0  # the detector's lead needed to overrule the feed's declared language


def language_of(title: str, summary: str, declared: str | None) -> str | None:
    """The ISO 639-1 code to read `title` and `summary` in, or None when nothing says."""
    stated = language_code(declared)
    text = f"{title}\n{summary}"
    if stated is None:
        return detect_language(text)
    return detect_language(text, min_lead=_OVERRULE) or stated
