"""Headlines that ask whether cuts will come rather than say that they do.

"Will Ford cut 4,000 jobs?", "Streicht Bosch 5.000 Stellen?", "Czy Stellantis zwolni 300
osób?": a yes/no question states nothing; whether the company announced anything is the
question. A question opened by an interrogative word takes the cut as given ("Why is Ford
cutting 4,000 jobs?", "Quale futuro per i 300 della X?") and asks about something else, so
only yes/no questions are read as speculation. In every language the test is the same: the
sentence ends with a question mark and opens with no interrogative word.
"""

from __future__ import annotations

import re

from monitor.judgement.joblosses._fold import fold_text

# Interrogative words (folded) of the languages read: a question opened by one (or by a
# preposition and one: "Für wen", "Por qué", "In which") asks about something the headline
# takes as given.
_INTERROGATIVES = frozenset({
    # en
    "what", "why", "how", "who", "whom", "whose", "when", "where", "which",
    # fr
    "que", "qu", "quoi", "pourquoi", "comment", "qui", "quand", "ou", "quel", "quelle",
    "quels", "quelles", "combien", "lequel", "laquelle",
    # de
    "was", "warum", "wieso", "weshalb", "weswegen", "wie", "wer", "wem", "wen", "wessen",
    "wann", "wo", "woher", "wohin", "welche", "welcher", "welches", "welchen", "wieviel",
    "wieviele",
    # nl
    "wat", "waarom", "hoe", "wanneer", "waar", "welke", "welk", "hoeveel",
    # it
    "che", "cosa", "perche", "come", "chi", "quando", "dove", "quale", "quali", "quanto",
    "quanti", "quante",
    # es
    "por", "como", "quien", "quienes", "cuando", "donde", "cual", "cuales", "cuanto",
    "cuantos", "cuantas",
    # pl
    "co", "dlaczego", "czemu", "jak", "kto", "kiedy", "gdzie", "ktory", "ktora", "ktore",
    "ile", "jaki", "jaka", "jakie", "czym", "komu", "kogo",
    # hu
    "mi", "miert", "hogyan", "ki", "mikor", "hol", "melyik", "hany", "mennyi", "mit",
})  # fmt: skip

# Where a headline's sentence ends: a stop, colon or dash before a space ("5.000" goes on).
_BOUNDARY = re.compile(r"[.!?:;|–—](?=\s)")
_WORD = re.compile(r"[^\W\d_]+")


def yes_no_question(title: str) -> str | None:
    """The first yes/no question the headline asks, or None when it asks none."""
    if "?" not in title:
        return None  # most headlines: the cheap test first
    start = 0
    for boundary in _BOUNDARY.finditer(title + " "):
        sentence, start = title[start : boundary.start()], boundary.end()
        if boundary.group() != "?":
            continue
        words = [fold_text(w) for w in _WORD.findall(sentence)[:2]]
        if words and not any(w in _INTERROGATIVES for w in words):
            return " ".join(sentence.split()) + "?"
    return None
