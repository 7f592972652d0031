"""A headline's topic that ends with an article and a name before its colon: "Verso la
chiusura la Ferri Plastica: a rischio 130 posti", "Vers la fermeture la Fonderie Rocher :",
"Ende einer Ära: die Kessler Lagertechnik". The name after the article is what the headline is
about, as a topic that is the name alone is ("Ferri Plastica: ..."). Pure.
"""

from __future__ import annotations

import re

# An article, after at least one word of the topic's own, then the name to the colon.
_ARTICLED = re.compile(
    r"\S+\s+(?:la|il|lo|le|l'|el|los|las|der|die|das|de|het|the)\s+$", re.IGNORECASE
)


def articled_topic(topic: str, raw: str) -> bool:
    """Whether `raw`, a name of several words, closes `topic` after an article that follows
    a word of the topic's own."""
    topic = topic.rstrip()
    if " " not in raw.strip() or not topic.endswith(raw):
        return False
    return _ARTICLED.search(topic[: len(topic) - len(raw)]) is not None
