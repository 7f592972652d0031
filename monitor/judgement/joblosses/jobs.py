"""Pick the number of jobs an announcement is about, and whether they go or come.

A number counts jobs when a job noun follows it ("1,100 jobs", "7.600 Stellen",
"2 900 postes") or a cut/hire verb stands just before it ("to cut 4,000"). It
does not when a unit follows or precedes it (euros, %, vehicles, GWh), when it
is a year or a date, or when the words before it make it a workforce size
("employs 10,000", "of its 3,000 workers", "sur les 1 200 salariés").
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from monitor.judgement.joblosses import headcounts
from monitor.judgement.joblosses import lexicon as lx
from monitor.judgement.joblosses import lexicon_figures as lf
from monitor.judgement.joblosses.dismissal_letters import letters_noun
from monitor.judgement.joblosses.dismissed_people import dismissed_noun
from monitor.judgement.joblosses.numbers import NumberMention, find_numbers
from monitor.judgement.joblosses.partings import parted_with
from monitor.judgement.joblosses.partitives import er_noun, partitive_pairs
from monitor.judgement.joblosses.shares import as_share
from monitor.judgement.joblosses.workforce_change import workforce_changes
from monitor.model.joblosses import JobsKind, Qualifier

_MONTHS = (
    r"(?:jan(?:uary|vier|uar)?|feb(?:ruary|ruar)?|fevrier|mar(?:ch|s|z)?|apr(?:il)?|avril"
    r"|may|mai|june?|juin|juni|july|juillet|juli|aug(?:ust)?|aout|sep(?:t|tember|tembre)?"
    r"|oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember|embre)?|dez(?:ember)?)"
)
_MONTH_AFTER = re.compile(rf"\.?\s*{_MONTHS}\b")
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?\s*$")
_NEW_AFTER = re.compile(
    r"\s*(?:new|additional|extra|more|further|nouveaux|nouvelles|supplementaires|neue|neuen"
    r"|zusatzliche|weitere|nuovi|nuove|ulteriori|nuevos|nuevas|adicionales|nieuwe|extra"
    r"|nowych|dodatkowych)\b"
)
# "a further 2,000", "weitere 500", "nog eens 2000", "altri 300": jobs on top of a plan's.
_ADDITIONAL_BEFORE = re.compile(
    r"\b(?:a\sfurther|further|another|an\sadditional|additional|weitere|weiteren|zusatzlich"
    r"|encore|supplementaires|nog\seens|opnieuw|altri|altre|ulteriori|otros|otras|kolejne"
    r"|kolejnych|dodatkowe)\s(?:[\w'-]+\s)?$"
)
_ADDITIONAL_AFTER = re.compile(
    r"\s(?:[\w'-]+\s){0,2}?(?:more|additional|supplementaires|de\splus|zusatzliche|in\spiu"
    r"|adicionales|extra)\b"
)
# An earlier figure named to be replaced: "now 15,000 instead of 10,000", "up from 10,000".
_OLD_BEFORE = re.compile(
    r"\b(?:instead\sof|rather\sthan|up\sfrom|down\sfrom|previously|originally|initially"
    r"|statt|anstatt|anstelle\svon|zuvor|bisher|ursprunglich|au\slieu\sde|plutot\sque"
    r"|initialement|invece\sdi|anziche|inizialmente|en\slugar\sde|en\svez\sde|inicialmente"
    r"|in\splaats\svan|aanvankelijk|zamiast|poczatkowo)\s(?:[\w'-]+\s){0,2}?$"
)
# The figure replaced, after the new one: "700 statt der bisher genannten 450 Stellen".
_REPLACED_AFTER = re.compile(
    r"\s(?:statt|anstatt|anstelle\svon|instead\sof|rather\sthan|au\slieu\sde|plutot\sque"
    r"|invece\sdi|anziche|en\slugar\sde|en\svez\sde|in\splaats\svan|zamiast)\s"
    r"(?:[\w'-]+\s){0,3}?\d[\d.,']*"
)
# "reduce from 1,622 to 626": the second figure replaces the first.
_UPDATE_FROM = re.compile(
    r"\b(?:reduc\w*|lower\w*|rais\w*|increas\w*|cut|ridu\w*|reducir\w*|verringer\w*|senk\w*"
    r"|erhoh\w*|verlag\w*|verhog\w*|zmniejsz\w*)\s(?:[\w'-]+\s){0,4}?(?:from|de|von|van|da|od)"
    r"\s$"
)
_RANGE_WORDS = r"(?:-|to|and|et|a|bis|und|or|ou|oder|e|y|en|tot|do|i|o)"
_RANGE_START = re.compile(rf"\s*{_RANGE_WORDS}\s*\d")
_RANGE_END = re.compile(rf"\d\s*{_RANGE_WORDS}\s*$")
_RANGE_PREFIX = re.compile(
    rf"(?:between\s|entre\s|zwischen\s|tra\s|fra\s|tussen\s|miedzy\s|od\s)?[\d.,']*\d\s*"
    rf"{_RANGE_WORDS}\s*$"
)
_VERB_BEFORE = re.compile(
    r"\b(?:cut|cuts|cutting|axe|axes|axing|slash\w*|shed|sheds|shedding|lay\soff|lays\soff"
    r"|laying\soff|laid\soff|eliminat\w*|hire|hires|hiring|recruit\w*|create|creates|creating"
    r"|add|adds|adding|employ\snearly|suppr\w*|licenci\w*|embauch\w*|recrut\w*|cree|creer"
    r"|creera|creeront|streich\w*|abbau\w*|\w+abbau|entlass\w*|schaff\w*|einstellen|kundig\w*"
    r"|reduc\w*|reduzier\w*|cuts\sof|losses\sof|reduction\sof|de|of|von|affect\w*|hit\w*"
    r"|touch\w*|concern\w*|betreff\w*|trifft|riguard\w*|coinvolg\w*|interess\w*|afect\w*"
    r"|treft|raakt|dotycz\w*|obejm\w*|licenzi\w*|taglia\w*|assum\w*|despid\w*|desped\w*"
    r"|suprim\w*|recort\w*|prescind\w*|contrat\w*|schrap\w*|ontsla\w*|zwolni\w*|zwalni\w*"
    r"|zatrudni\w*|cost|costs|kost\w*|coute\w*|costera\w*|costara\w*|per|di|para|a|van|voor"
    r"|dla"
    # a verb of losing jobs: "perderá 100 puestos", "verliert 300 Stellen", "to lose 200 jobs"
    r"|lose|loses|losing|perd\w*|verlier\w*|verliest|strac\w*"
    # the Italian "in" of a count of people: "a casa in 160", "senza lavoro in 300"
    r"|(?:a\scasa|senza\s(?:lavoro|posto)|a\srischio|in\sbilico|per\sstrada)\sin)"
    r"\s(?:(?:a\sfurther|another|an\sadditional|additional|jusqu'a|a\stotal\sof|weitere|encore"
    r"|further|d'ici|up|altri|ulteriori|otros|nog\seens|kolejne|dodatkowe)\s)?$"
)
# A workforce noun after a reduction verb: "réduire ses effectifs de 10 000", "reduce its
# workforce by 11,000", "die Belegschaft um 2.000 verkleinern".
_WORKFORCE_CUT_BEFORE = re.compile(
    r"\b(?:reduc\w*|redui\w*|cut\w*|shrink\w*|trim|trims|trimmed|trimming|slim\w*\sdown|slimm\w*"
    r"|ridu\w*|reduzier\w*|verkleiner\w*"
    r"|verringer\w*|inkrimp\w*|verklein\w*|zmniejsz\w*|zreduk\w*|reduk\w*|ogranicz\w*|recort\w*"
    r"|reducir\w*)\s(?:[\w'-]+\s){0,2}?(?:l'|d')?"
    r"(?:workforce|headcount|staff|effectifs?|personnel|belegschaft|personale|organico|plantilla"
    r"|personeel\w*|personeelsbestand|zatrudnienie)\s(?:by|de|um|di|en|met|o)\s$"
)
# A workforce grown by a figure: "augmenter ses effectifs de 250", "increase its workforce by
# 500", "zwiększy zatrudnienie o 250", "aumenta l'organico di 200": the figure is created.
_WORKFORCE_GROWTH_BEFORE = re.compile(
    r"\b(?:increas\w*|grow\w*|expand\w*|boost\w*|augment\w*|aument\w*|zwieksz\w*"
    r"|uitbreid\w*|aufstock\w*|vergross\w*)\s(?:[\w'-]+\s){0,2}?(?:l'|d')?"
    r"(?:workforce|headcount|staff|effectifs?|belegschaft|personale|organico|plantilla"
    r"|personeel\w*|personeelsbestand|zatrudnienie)\s(?:by|de|um|di|en|met|o)\s$"
)
# A figure just before a workforce's words: "130 of the company's 390 workers will leave", "90
# van de 360 banen weg": what is lost is the part, not the whole.
_PART_BEFORE = re.compile(r"\d[\d.,']*(?:\s[\w'-]+){0,3}\s*$")
# Parting with people: "rozstanie się z 250 pracownikami", "trennt sich von 300 Mitarbeitern",
# "se sépare de 120 salariés", "parts ways with 200 staff": the figure is cut, not a workforce.
_PART_WITH_BEFORE = re.compile(
    r"\b(?:rozsta\w*\ssie|part\w*\sways|trenn\w*\ssich|separ\w*|si\sseparer\w*|prescind\w*)"
    r"\s(?:z|ze|with|von|de|da)\s$"
)
# A cut verb before a whole workforce: "despedirá a sus 230 trabajadores", "licencier ses 80
# salariés", "lay off all its 300 workers": the workforce is the figure cut.
_CUT_ALL_BEFORE = re.compile(
    r"\b(?:cut|lay\soff|laying\soff|dismiss\w*|sack\w*|licenci\w*|licenzi\w*|despid\w*"
    r"|desped\w*|entlass\w*|ontsla\w*|zwolni\w*|zwalni\w*|suppr\w*|prescind\w*"
    # the idioms of putting people out: "deja en la calle a sus 320", "lascia a casa i 160"
    r"|en\sla\scalle|a\sla\scalle|sur\sle\scarreau|a\scasa|op\sstraat|vor\sdie\stur)\s"
    r"(?:a\s|de\s)?(?:all\s(?:of\s)?|tous\s|todos\s|alle\s|tutti\s|wszystkich\s)?"
    r"(?:its|their|ses|leurs|sus|seine|ihre|i\ssuoi|le\ssue|zijn|haar|swoich|les|the|los|las|i"
    r"|gli|die)\s"
    r"(?:[\w'-]+\s)?$"
)
# An update of a report: what follows supersedes what came before ("Updated, 05/11/2024").
_UPDATE = re.compile(
    r"\b(?:update[sd]?|mise\sa\sjour|aktualisier\w*|aggiornamento|aggiornato|actualizaci\w+"
    r"|actualizado|bijgewerkt|aktualizacja|zaktualizowan\w*)\b"
)
_CUT_NOUN_BEFORE = re.compile(
    r"\b(?:job\scuts|job\slosses|layoffs|redundancies|suppressions?(?:\sde\spostes)?"
    r"|stellenabbau|abbau|stellenstreichungen|reduction|reduktion|uscite(?:\s(?:incentivate"
    r"|volontarie))?|esuberi|licenziamenti|tagli|despidos|bajas|ontslagen|zwolnienia"
    r"|redukcja)\s(?:(?:of|de|von|d'environ|um|di|per|van|para|auf|to|a|a\s|naar|do|:"
    # a copula: "the redundancies are 130", "gli esuberi sono 130", "los despidos serán 90"
    r"|are|will\sbe|sont|seront|sind|werden|sono|saranno|son|seran|zijn|worden|beda|wynosza)\s*)?$"
)
# A workforce grown to a figure: "Belegschaft soll auf 22.500 wachsen", "grow its workforce
# to 5,000", "porter ses effectifs à 3 000": the figure is the headcount the plan aims at.
_GROW_TO_BEFORE = re.compile(
    r"\b(?:grow\w*|increas\w*|rais\w*|expand\w*|boost\w*|porter|portera|augmenter|augmentera"
    r"|aumentar\w*|aumentare|portare|crecer\w*|groei\w*|uitbreid\w*|verhog\w*|zwiekszy\w*)"
    r"\s(?:[\w'-]+\s){0,3}?(?:to|a|au|hasta|fino\sa|naar|tot|do)\s$"
)
_GROW_TO_AFTER = re.compile(
    r"\s(?:[\w'-]+\s){0,2}?(?:wachsen|anwachsen|steigen|aufgestockt|aufstocken|erhoht|erhohen"
    r"|ausgebaut)\b"
)
# "Overall, 632 jobs", "au total", "insgesamt", "in totale": the sum of the parts that follow.
_TOTAL_BEFORE = re.compile(
    r"\b(?:overall|in\stotal|a\stotal\sof|altogether|au\stotal|en\stout|insgesamt|in\ssumme"
    r"|in\stotale|complessivamente|en\stotal|in\stotaal|totaal|lacznie|w\ssumie)\b[\s,]*"
    r"(?:[\w'-]+\s){0,2}$"
)


_NUMBER = re.compile(r"\s\d")
# Jobs kept, saved or taken over are no cut: "keeps 300 jobs and cuts 120", "ne salva 200",
# "mantendrá 150 empleos", "behält 400 Stellen", "behoudt 90 banen", "zachowa 200 miejsc".
_KEPT_BEFORE = re.compile(
    r"\b(?:keep|keeps|keeping|kept|retain\w*|save|saves|saved|saving|safeguard\w*|preserv\w*"
    r"|behalt|behalten|sichert|sichern|conserv\w*|maintien\w*|maintenir|sauve\w*|salva\w*"
    r"|mantien\w*|mantener|mantendra\w*|salvar\w*|behoud\w*|redt|redden|zachowa\w*"
    r"|utrzyma\w*|ocal\w*)\s(?:(?:ne|a|its|their|ses|sus|seine|ihre|i\ssuoi|zijn|haar|the|les"
    r"|los|die|de|gli|le|i)\s)?$"
)


@dataclass(frozen=True, slots=True)
class JobFigure:
    mention: NumberMention
    score: float
    reason: str
    additional: bool = False  # "a further 2,000": on top of the plan's earlier figure
    change: JobsKind | None = None  # a workforce's change ("from 1,200 to 900"): its kind


# Words that put a year after them: "by 2030", "bis 2030", "d'ici 2028", "entro il 2027".
_YEAR_BEFORE = re.compile(
    r"\b(?:by|until|till|in|since|before|after|through|bis|ab|seit|im|jahr|nach"
    r"|d'ici|d'ici\sa|jusqu'en|depuis|en|avant|apres|entro|dal|nel|fino\sal|prima"
    r"|hasta|desde|antes\sde|tot|vanaf|sinds|przed|roku|end\sof|fin"
    r"|ende|fine|finales\sde|eind)\s(?:(?:the\s)?(?:end\sof\s)?|il\s|el\s|l'|le\s)?$"
)


def _is_date_or_year(text: str, m: NumberMention, has_noun: bool) -> bool:
    if _MONTH_AFTER.match(text, m.number_end) or _MONTH_BEFORE.search(
        text, max(0, m.number_start - 12), m.number_start
    ):
        return True
    if not (m.plain and 1900 <= m.value <= 2100):
        return False
    return not has_noun or bool(
        _YEAR_BEFORE.search(text, max(0, m.number_start - 16), m.number_start)
    )


def _score(
    text: str,
    m: NumberMention,
    title_end: int,
    *,
    workforce: bool = False,
    whole: NumberMention | None = None,
) -> JobFigure | None:
    """How surely `m` counts jobs lost or created; None when it does not. With `workforce`,
    the size of a workforce counts too (a closure puts all of it out of work). `whole` is the
    workforce `m` is a part of ("350 der 1.900 Stellen"): its job noun is `m`'s."""
    before = text[max(0, m.start - 40) : m.start]
    if lf.UNIT_BEFORE.search(before) or lf.UNIT_AFTER.match(text, m.number_end):
        return None
    if _RANGE_START.match(text, m.end):
        # "2,000 to 3,000 jobs", "reduce from 1,622 to 626": the second figure is the one to keep
        return None
    if _OLD_BEFORE.search(before):
        return None  # "instead of 10,000": the figure it replaces
    if _KEPT_BEFORE.search(before):
        return None  # "keeps 300 jobs and cuts 120": the jobs kept
    cut_noun = lf.NUMBER_THEN_CUT.match(text, m.end)
    noun = cut_noun or lf.NUMBER_THEN_JOB.match(text, m.end)
    if noun is None and whole is not None:
        noun = lf.NUMBER_THEN_JOB.match(text, whole.end)
    replaced = _REPLACED_AFTER.match(text, m.end) if noun is None else None
    if replaced is not None:  # "nun 700 statt der bisher genannten 450 Stellen": its noun
        noun = lf.NUMBER_THEN_JOB.match(text, replaced.end())
    if noun is None:
        noun = letters_noun(text, m.end)  # "Licenziamenti alla X: 140 lettere in arrivo"
    if noun is None:
        noun = dismissed_noun(text, m.end)  # "300 licenziati", "180 afectados por el ERE"
    er = er_noun(text, m.start) if noun is None else None
    if er is not None and not lf.WORKFORCE_BEFORE.search(before):
        # "Van de 1.100 banen verdwijnen er ruim 200": the verb stands before "er"
        return JobFigure(m, 5.5 if m.start < title_end else 5.0, "job noun, er")
    if noun and m.plain and 1900 <= m.value <= 2100 and _NUMBER.search(noun.group()):
        cut_noun = noun = None  # "streicht 2025 rund 500 Stellen": the noun is the next number's
    if _is_date_or_year(text, m, noun is not None):
        return None
    if noun and not cut_noun and lf.TRAINEE.fullmatch(noun["noun"]):
        return None  # "assume 25 apprendisti": trainees taken on hold no jobs
    cut_workforce = (
        _WORKFORCE_CUT_BEFORE.search(before)
        or _WORKFORCE_GROWTH_BEFORE.search(before)
        or _CUT_ALL_BEFORE.search(before)
        or _PART_WITH_BEFORE.search(before)
        or parted_with(before)
    )
    workforce_before = lf.WORKFORCE_BEFORE.search(before)
    if (
        workforce_before
        and lf.NUMBER_THEN_LOSS_VERB.match(text, m.end)
        and not _PART_BEFORE.search(before, 0, workforce_before.start())
    ):
        # "with 140 roles under threat", "the plant's 650 workers out of work", "sus 200
        # trabajadores se quedarán sin empleo": the workforce is the figure lost
        workforce_before = None
    if (
        not cut_noun
        and not cut_workforce
        and not _NEW_AFTER.match(text, m.end)
        and (
            workforce_before
            or (noun and headcounts.relative_headcount(text, before, noun.end()))
            or (noun and headcounts.sized_by_fos(text, noun))
        )
    ):
        if not (workforce and noun):
            return None
        return JobFigure(m, 2.0, "workforce")
    trimmed = _RANGE_PREFIX.sub("", before)  # "cuts of 2,000-3,000": judge by "cuts of"
    if trimmed != before and trimmed and not trimmed.endswith(" "):
        trimmed += " "
    score, reason = 0.0, ""
    if cut_noun:
        score, reason = 4.0, "cut noun"
    elif noun:
        score, reason = 3.0, "job noun"
    revised = trimmed != before and _UPDATE_FROM.search(trimmed)  # "reduce from 1,500 to 600"
    if _VERB_BEFORE.search(trimmed) or _CUT_NOUN_BEFORE.search(trimmed) or cut_workforce or revised:
        score += 2.0
        reason = reason or "verb before"
    elif lf.NUMBER_THEN_LOSS_VERB.match(text, m.end):
        score += 2.0
        reason = reason or "verb after"
    elif _GROW_TO_BEFORE.search(trimmed) or (
        trimmed.endswith("auf ") and _GROW_TO_AFTER.match(text, m.end)
    ):
        score += 2.0
        reason = reason or "grown to"
    if score < 2.0 or (noun is None and reason == "verb before" and m.value < 10):
        return None
    if noun is None and m.value >= 1_000_000:
        return None  # "ricavi per 230 milioni": millions without a job noun are money or units
    if m.start < title_end:
        score += 0.5
    if _TOTAL_BEFORE.search(before):
        score += 1.0
    if _UPDATE.search(text, 0, m.start):
        score += 0.75  # "Update: ..." paragraphs supersede what came before them
    additional = bool(
        _ADDITIONAL_BEFORE.search(before) or _ADDITIONAL_AFTER.match(text, m.number_end)
    )
    return JobFigure(m, score, reason, additional)


def find_job_figure(
    text: str, title_end: int, language: str | None = None, *, workforce: bool = False
) -> JobFigure | None:
    """The best job figure in folded `text` (title first, up to `title_end`), or None.

    `workforce` lets a workforce's size count when nothing else does (see `_score`)."""
    figures = find_job_figures(text, title_end, language, workforce=workforce)
    return figures[0] if figures else None


def find_job_figures(
    text: str, title_end: int, language: str | None = None, *, workforce: bool = False
) -> list[JobFigure]:
    """Every job figure in folded `text`, the likeliest first (ties: the earliest)."""
    found: list[JobFigure] = []
    mentions = find_numbers(text, language)
    paired: set[int] = set()
    parts = partitive_pairs(text, mentions)  # "350 der 1.900 Stellen": 350 go, of 1,900
    paired |= {whole.number_start for whole in parts.values()}
    for mention in mentions:  # "Van de 1.100 banen verdwijnen er 200": 1,100 is the whole
        er = er_noun(text, mention.start)
        if er is not None:
            paired |= {w.number_start for w in mentions if 0 <= er.start() - w.number_end < 4}
    for change in workforce_changes(text, mentions):  # "from 1,200 to 900": 300 go
        noun = lf.NUMBER_THEN_JOB.match(text, change.end) is not None
        mention = NumberMention(
            change.value, Qualifier.EXACT, change.start, change.end, change.start, change.end, False
        )
        reason = "job noun, change" if noun else "verb, change"
        found.append(JobFigure(mention, 5.0 if noun else 4.0, reason, change=change.kind))
        paired |= {change.first.number_start, change.second.number_start}
    for mention in mentions:
        if mention.number_start in paired:
            continue
        mention = as_share(text, mention) or mention  # "a fifth of its 2,000 workers": 400
        figure = _score(
            text, mention, title_end, workforce=workforce, whole=parts.get(mention.number_start)
        )
        if figure is None:
            continue
        ranged = _RANGE_END.search(text, max(0, mention.start - 8), mention.start)
        before = text[max(0, mention.start - 60) : mention.start]
        if (
            ranged
            and mention.qualifier is Qualifier.EXACT
            and not _UPDATE_FROM.search(_RANGE_PREFIX.sub("", before) + " ")
        ):  # "2,000 to 3,000": up to 3,000
            mention = dataclasses.replace(mention, qualifier=Qualifier.UP_TO)
            figure = dataclasses.replace(figure, mention=mention, reason=figure.reason + ", range")
        found.append(figure)
    found.sort(key=lambda f: -f.score)  # stable: equal scores keep text order
    return found


def kind_near(text: str, start: int, end: int) -> JobsKind | None:
    """Whether the cue nearest to `start:end` speaks of losing or creating jobs."""
    window_start = max(0, start - 120)
    window = text[window_start : end + 80]
    best: tuple[int, JobsKind] | None = None
    for pattern, kind in ((lx.LOSS, JobsKind.LOSS), (lx.CREATION, JobsKind.CREATION)):
        for match in pattern.finditer(window):
            position = window_start + match.start()
            distance = start - position if position < start else position - end
            if best is None or distance < best[0]:
                best = (distance, kind)
    return best[1] if best else None
