"""A share of the staff cut with no number beside it: "to cut a third of its workforce", "One
in four jobs to go", "10% of its workforce", "la moitié des effectifs", "die Hälfte der
Belegschaft", "un terzo del personale", "la mitad de la plantilla", "een kwart van het
personeel", "połowę załogi".

The share names the cut; the workforce it is a share of is often given elsewhere ("The
company employs 1,200 people", "800-strong plant"), and then the figure is the share of it
(400). With no size, or sizes that disagree, the share is a cut without a figure. Read by
`extract` only when no job figure was found, so most items never pay for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from monitor.judgement.joblosses._fold import Folded
from monitor.judgement.joblosses.jobs import JobFigure, find_job_figures
from monitor.judgement.joblosses.numbers import NumberMention, find_numbers
from monitor.judgement.joblosses.qualifiers import qualify
from monitor.judgement.joblosses.shares import ONE_IN_WORDS, SHARE_WORDS, SHARES
from monitor.model.joblosses import Qualifier

# Nouns for a company's staff as a whole, or its jobs, in the seven languages.
_STAFF = (
    r"(?:workforce|staff|jobs?|workers|employees|headcount|personnel|roles|posts|positions"
    r"|effectifs|salaries|emplois|postes|belegschaft|stellen?|arbeitsplatze?|mitarbeiter"
    r"|beschaftigten|personal|personale|dipendenti|organico|posti(?:\sdi\slavoro)?|lavoratori"
    r"|addetti|forza\slavoro|plantilla|empleos|trabajadores|empleados|personeel"
    r"|personeelsbestand|banen|werknemers|medewerkers|arbeidsplaatsen|zalogi|zaloge|zaloga"
    r"|pracownikow|pracownik|etatow|miejsc\spracy)"
)
_LINK = (
    r"(?:of\s(?:its|their|the|his|her)|of|de\s(?:ses|leurs|la|l'|sa|son|los|las|sus)|des|du|der"
    r"|seiner|ihrer|dei|degli|delle|del|della|dello|dell'|de|van\sde|van\shet|van\szijn"
    r"|van\shaar|van|z|ze)"
)
_PERCENT = (
    r"(?P<percent>\d{1,2}(?:[.,]\d)?)\s?(?:%|per\s?cent|percent|pour\s?cent|prozent|procent"
    r"|proc\.?|por\sciento|per\scento)"
)
_SHARE_OF_STAFF = re.compile(
    rf"(?<![\w'.,])(?:(?P<share>{SHARE_WORDS})|{_PERCENT})\s(?:{_LINK}\s?)?"
    rf"(?:[^\W\d][\w'-]*\s){{0,1}}?(?P<staff>{_STAFF})\b"
)
# The staff first, then the share it is cut by: "réduire ses effectifs de 12 %", "reduce its
# workforce by 15%", "die Belegschaft um ein Drittel", "ridurre l'organico del 10%", "recortar
# la plantilla un 20%", "het personeel met een kwart", "zmniejszyć zatrudnienie o 15 proc.".
_STAFF_BY_SHARE = re.compile(
    rf"\b(?:{_STAFF}|zatrudnienie)\s(?:by|de|d'|um|del|dell'|di|en|un|met|o)\s?"
    rf"(?:(?P<share>{SHARE_WORDS})|{_PERCENT})(?![\w])"
)
# One of the staff in N, the noun inside: "un salarié sur cinq", "un dipendente su quattro",
# "un empleo de cada tres", "one job in four".
_ONE_STAFF_IN_N = re.compile(
    r"\b(?:un|une|one|uno|una)\s(?:salarie|emploi|poste|job|worker|employee|dipendente|posto"
    r"|lavoratore|addetto|empleo|puesto|trabajador|empleado)\s(?:sur|in|su|de\scada)\s"
    r"(?P<n>" + "|".join(sorted(ONE_IN_WORDS, key=len, reverse=True)) + r")\b"
)
_ONE_STAFF_LINKS = (" sur ", " in ", " su ", " de cada ")  # the cheap test before it
# Hungarian names the staff first, then its share: "a 2 000 fős létszám 10 százalékát", "a
# dolgozók negyedét" (a quarter of the workers).
_HU_SHARES = {"felet": Fraction(1, 2), "harmadat": Fraction(1, 3), "negyedet": Fraction(1, 4),
              "otodet": Fraction(1, 5), "tizedet": Fraction(1, 10)}  # fmt: skip
# Or the company sized before its name, then its share: "a 900 fős Őrség Motor harmadát".
_HU_SHARE_WORDS = "|".join(_HU_SHARES)
_HU_SIZED_NAME = rf"fos\s(?:\S+\s){{1,3}}?(?=(?:{_HU_SHARE_WORDS})\b)"
_HU_SHARE_OF_STAFF = re.compile(
    r"\b(?:(?:letszam\w*|allomany\w*|dolgozo\w*|munkavallalo\w*|munkahely\w*)\s(?:\S+\s)?"
    rf"|{_HU_SIZED_NAME})"
    r"(?:(?P<percent>\d{1,2}(?:[.,]\d)?)\s?(?:%-?[ao]?t|szazalek\w*)|(?P<share>"
    + "|".join(_HU_SHARES)
    + r"))\b"
)
# A workforce's size written before its noun: "800-strong plant", "a 1,200-strong workforce",
# "a 2 000 fős létszám", or before a company's name and its share ("a 900 fős X harmadát").
_STRONG_AFTER = re.compile(
    rf"-strong\b|\sfos\s(?:letszam|allomany|uzem|gyar)\w*|\s{_HU_SIZED_NAME}"
)


def workforce_size(t: str, figure_end: int) -> bool:
    """Whether the number ending at `figure_end` sizes a workforce ("800-strong", "2 000 fős
    létszám"): the cut is then a share of it, if one is given."""
    return _STRONG_AFTER.match(t, figure_end) is not None


@dataclass(frozen=True, slots=True)
class StaffShare:
    """The share of the staff said to go, where it is said, and the figure it makes when the
    text gives the workforce's size once."""

    share: Fraction
    start: int
    end: int
    figure: JobFigure | None


def staff_share(folded: Folded, title_end: int, language: str | None) -> StaffShare | None:
    """The first share of the staff in `folded` (see the module docstring), or None."""
    t = folded.text
    one_in = any(link in t for link in _ONE_STAFF_LINKS) and _ONE_STAFF_IN_N.search(t)
    searched = (_SHARE_OF_STAFF.search(t), _STAFF_BY_SHARE.search(t), one_in or None)
    found = min((f for f in searched if f is not None), key=lambda f: f.start(), default=None)
    if found is None and language == "hu":
        found = _HU_SHARE_OF_STAFF.search(t)
    if found is None:
        return None
    if "n" in found.groupdict():  # "un salarié sur cinq"
        share = Fraction(1, ONE_IN_WORDS[found["n"]])
    elif found["share"]:
        share = SHARES.get(found["share"]) or _HU_SHARES[found["share"]]
    else:  # "10% of its workforce", "20 proc. załogi"
        share = Fraction(found["percent"].replace(",", ".")) / 100
    sizes = _workforce_sizes(t, title_end, language)
    figure = None
    if len(sizes) == 1:
        value = round(sizes.pop() * share)
        q = qualify(t, found.start(), found.end())
        exact = q.qualifier is Qualifier.EXACT
        mention = NumberMention(
            value,
            q.qualifier,
            q.start if not exact else found.start(),
            found.end(),
            found.start(),
            found.end(),
            False,
        )
        figure = JobFigure(mention, 2.0, "workforce, share")
    return StaffShare(share, found.start(), found.end(), figure)


def share_instead(
    folded: Folded, title_end: int, language: str | None, figure: JobFigure | None
) -> StaffShare | None:
    """The share of the staff to read instead of `figure`: with no figure, any share; with a
    figure that sizes the workforce ("a 2 000 fős létszám 10 százalékát"), a share that makes
    a figure of it (the size stands otherwise)."""
    if figure is None:
        return staff_share(folded, title_end, language)
    if not workforce_size(folded.text, figure.mention.number_end):
        return None
    portion = staff_share(folded, title_end, language)
    return portion if portion is not None and portion.figure is not None else None


def _workforce_sizes(t: str, title_end: int, language: str | None) -> set[int]:
    """The workforce sizes the text gives: "employs 1,200 people", "800-strong"."""
    sizes = {
        f.mention.value
        for f in find_job_figures(t, title_end, language, workforce=True)
        if f.reason.startswith("workforce")
    }
    sizes |= {m.value for m in find_numbers(t, language) if _STRONG_AFTER.match(t, m.number_end)}
    return sizes
