"""What a company owns in others' words, then the company: "the decision of X to close",
"die Entscheidung von X", "la decisión de X", "het besluit van X om", "decyzja X", and who
speaks for it: "les représentants de X", "z zarządem X". Ministries, regional governments
and unions report a company's move so: the speaker opens the headline, the company follows
its decision. An announcement names its maker only when the speaker reacts to it ("après
l'annonce de X", "dopo l'annuncio di X", "tras el anuncio de X"): "l'annuncio di" alone as
often introduces what is announced. English also writes the owner first: "X's decision to
close".

Read on folded text; each regex runs only when one of its literal stems is present, so
ordinary news costs the same. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# The owned noun and the preposition (or genitive) that links it to the company after it.
_OWNED_BEFORE = re.compile(
    r"\b(?:(?:decision|representatives)\s(?:of|by)|after\sthe\sannouncement\s(?:of|by)"
    r"|(?:decision|representants|dirigeants)\s(?:de\sla\s|de\s|du\s|des\s|d')"
    r"|apres\sl'annonce\s(?:de\sla\s|de\s|du\s|des\s|d')"
    r"|(?:entscheidung|vertreter|vertretern)\s(?:von|der|des)"
    r"|nach\sder\sankundigung\s(?:von|der|des)"
    r"|(?:decisione|rappresentanti)\s(?:di|della|dello|del|dell')"
    r"|dopo\sl'annuncio\s(?:di|della|dello|del|dell')"
    r"|(?:decision|representantes)\s(?:de|del)|(?:tras|despues\sde)\sel\sanuncio\s(?:de|del)"
    r"|(?:besluit|beslissing|vertegenwoordigers)\svan|na\sde\saankondiging\svan"
    r"|(?:decyzji|decyzja|decyzje|po\szapowiedzi|przedstawicielami|przedstawiciele|zarzadem)"
    r"(?:\s(?:spolki|firmy|grupy|zakladu|koncernu))?)"
    r"(?:\s(?:the|la|le|les|il|lo|el|de|het|die|der|das)(?=\s))?\s?(?=[^\W\d_])"
)
_BEFORE_STEMS = ("decision", "announcement", "representa", "annonce", "dirigeants",
                 "entscheidung", "ankundigung", "vertreter", "annuncio", "anuncio", "besluit",
                 "beslissing", "aankondiging", "vertegenwoordigers", "decyzj", "zapowiedz",
                 "przedstawiciel", "zarzadem")  # fmt: skip
# English owner first: "Tavistock Lighting's decision to close".
_OWNED_AFTER = re.compile(r"['’]s\s(?:decision|announcement|plans?)\s(?:to|of|for)\b")


# A sentence opened by "after" or its kin: what it owns is background, and the main clause
# names its own subject ("Nach der Entscheidung von X streicht Y 300 Stellen": Y cuts).
_FRONTED = re.compile(
    r"\s*(?:after|following|nach|apres|dopo|tras|despues\sde|na|po|in\sthe\swake\sof)\s"
)
_SENTENCE_END = re.compile(r"[.:;!?]\s")


def owned_before(folded_text: str) -> Iterator[re.Match[str]]:
    """Matches that end where the owning company's name starts ("the decision of |X"), but
    not in a sentence that opens with "after" (`_FRONTED`)."""
    if not any(stem in folded_text for stem in _BEFORE_STEMS):
        return
    for match in _OWNED_BEFORE.finditer(folded_text):
        ends = [e.end() for e in _SENTENCE_END.finditer(folded_text, 0, match.start())]
        if not _FRONTED.match(folded_text, ends[-1] if ends else 0):
            yield match


def owned_after(folded_text: str) -> Iterator[re.Match[str]]:
    """Matches that start where the owning company's name ends ("X|'s decision to")."""
    if "'s " not in folded_text and "’s " not in folded_text:
        return iter(())
    return _OWNED_AFTER.finditer(folded_text)
