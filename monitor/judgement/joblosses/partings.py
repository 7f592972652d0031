"""Cuts told without a cut verb: a company parting with people or ending their contracts ("will
part ways with 300 staff", "pożegna się z 300 pracownikami", "neemt afscheid van 300
medewerkers", "rozwiąże umowy z 250"), the blade falling on jobs ("scure su 260 posti", "on
the chopping block"), jobs destroyed ("destruirá 250 empleos", "vernichtet 300
Arbeitsplätze", "détruit 300 emplois"), jobs that "jump" or "fall" ("saltano 700 posti",
"300 banen sneuvelen"), jobs counted as fewer ("800 fte minder", "1,000 fewer jobs"), people
got rid of or sent home ("se débarrasse de 90 salariés", "si libera di", "manda al paro",
"schickt ... nach Hause"), and the work lost or the job it costs them ("utrata pracy dla 300
osób", "het kost 300 mensen hun baan"). Riddance takes people after it, not trucks or debts.

`LOSS_BRANCHES` are top-level branches of folded text, put into `lexicon.LOSS` at its slot
(`PARTINGS`: the slot and the branches), so the item reads as a loss. `parted_with` tells
`jobs` that the figure after such a phrase is the people cut, not a workforce's size: after
"with", "z", "su", "von" a number reads as a headcount ("a plant with 300 workers").
"""

from __future__ import annotations

import re

# The people, jobs and contracts these phrases take, in the seven languages.
_PEOPLE = (
    r"(?:jobs|roles|posts|positions|staff|workers|employees|emplois|postes|salaries|stellen"
    r"|arbeitsplatze|posti|lavoratori|dipendenti|addetti|operai|empleos|puestos|trabajadores"
    r"|banen|functies|arbeidsplaatsen|etatow|miejsc)"
)
_DIGIT_AHEAD = r"(?=\s(?:[\w'.,-]+\s){0,3}?\d)"  # a figure follows within a few words
# people follow within a few words: "se débarrasse de 90 salariés", not "de 200 vrachtwagens"
_STAFF_AHEAD = (
    rf"(?=\s(?:[\w'.,-]+\s){{0,3}}?(?:{_PEOPLE}|medewerkers|werknemers|mensen|personeelsleden"
    r"|uitzendkrachten|pracownikow|osob|interimaires|collaborateurs|operai|empleados|personas"
    r"|mitarbeiter\w*|beschaftigte\w*|leiharbeiter\w*|people|personnes|persone)\b)"
)

LOSS_BRANCHES = (
    # parting with people: "part ways with", "say goodbye to", "verabschiedet sich von",
    # "neemt afscheid van", "pożegna się z", "se desprende de"
    r"part(?:s|ed|ing)?\sways\swith|(?:say|says|said|saying|bid|bids|bidding)\s(?:goodbye"
    rf"|farewell)\sto{_DIGIT_AHEAD}|verabschied\w*\ssich\svon{_DIGIT_AHEAD}"
    rf"|afscheid\s(?:nemen\s|genomen\s)?van{_DIGIT_AHEAD}|(?:po)?zegn\w*\ssie\sze?{_DIGIT_AHEAD}"
    rf"|desprend\w*\sde{_DIGIT_AHEAD}|(?:addio|adios|adieu)\s(?:a|ai|agli|alle|a\slos|aux){_DIGIT_AHEAD}"
    # the work lost, the door shown, the knife put in: "utrata pracy dla 300 osób", "300
    # lavoratori rischiano il posto", "stuurt 300 mensen de laan uit", "zet het mes in 300 banen"
    r"|utrat\w*\s(?:\w+\s)?prac\w*|rischi\w*\s(?:il\s)?(?:posto|lavoro|licenziamento)"
    r"|de\slaan\suit|(?:zet|zetten|zette)\s(?:\w+\s){0,2}?mes\sin"
    # rid of people, sent home, trimmed: "se débarrasse de 90", "si libera di 200", "se deshace
    # de", "pozbędzie się 200", "ontdoet zich van", "manda al paro", "schickt ... nach Hause",
    # "offloads 300 workers", "na wylocie", "op de schop", "sforbiciata", "spart 300 Stellen ein"
    rf"|(?:se\sdebarrass\w*\sde|si\slibera\w*\sdi|liberarsi\sdi|se\sdeshac\w*\sde|deshacerse\sde"
    rf"|pozb(?:edzie|eda|ywa|ywaja|yc|yla|yl)\ssie|ontdo(?:et|en)\szich\svan|get\w*\srid\sof"
    rf"|se\spass(?:er|e|era|eront|ent)\sde|va\sse\spasser\sde){_STAFF_AHEAD}"
    r"|manda\w*\sal\sparo|schick\w*\s(?:\S+\s){0,3}?nach\shause|nach\shause\sgeschickt"
    r"|offload\w*\s(?:\S+\s){0,2}?(?:workers|staff|employees|jobs)|told\sto\s(?:go|leave)"
    r"|na\swylocie|na\szielona\strawke|op\sde\sschop|moet(?:en)?\seruit|sforbiciat\w*"
    r"|(?:pasa|pasara|mete|metera)\sla\stijera|etatow\smniej"
    r"|spar\w*\s(?:\S+\s){0,3}?(?:stellen|arbeitsplatze|jobs)\sein|eingespart"
    # the job it costs them: "het kost 300 mensen hun baan", "will cost 300 workers their jobs"
    r"|(?:kost|kostte|kosten|cost|costs|kostet|coute|coutera)\s(?:\S+\s){1,3}?(?:hun|their|ihren"
    r"|ihre|leur|leurs)\s(?:baan|banen|job|jobs|werk|arbeitsplatz|arbeitsplatze|emplois?|postes?)"
    # their contracts ended: "terminate the contracts of", "mettent fin aux contrats",
    # "rescindirá los contratos", "rozwiąże umowy", "wypowie umowy", "zakończy współpracę z"
    r"|terminat\w*\s(?:the\s)?(?:employment\s)?contracts|mett(?:ent|ra|ront)\sfin"
    r"|(?:rescind|extingu)\w*\s(?:\w+\s)?contratos|(?:rozwiaz|wypowi)\w*\s(?:\w+\s)?umow\w*"
    rf"|zakoncz\w*\swspolprac\w*\sze?{_DIGIT_AHEAD}"
    # the blade falls: "scure su 260 posti", "la mannaia sui", "on the chopping block"
    r"|scure\s(?:su|sui|sugli|sulle|sul|sulla|per|in\sarrivo)|mannaia\s(?:su|sui|sugli|sulle"
    r"|sul|sulla)|chopping\sblock|(?:la\s)?hache\s(?:tombe|s'abat)"
    # jobs destroyed: "destruirá 250 empleos", "vernichtet 300 Arbeitsplätze", "détruit 300"
    rf"|destru(?:ye|yen|ira|iran|ir|yo|yeron|ccion)\s(?:\S+\s){{0,3}}?{_PEOPLE}"
    rf"|detrui\w*\s(?:\S+\s){{0,3}}?{_PEOPLE}|vernicht\w*\s(?:\S+\s){{0,3}}?{_PEOPLE}"
    r"|arbeitsplatzvernichtung"
    # jobs that jump or fall: "saltano 700 posti", "300 banen sneuvelen", "heft 800 functies op"
    rf"|salt(?:ano|eranno)\s(?:[^\s.,:;]+\s){{0,2}}?{_PEOPLE}"
    rf"|{_PEOPLE}\s(?:\S+\s){{0,3}}?(?:saltano|salteranno|saltati|sneuvel\w*)"
    rf"|sneuvel\w*\s(?:\S+\s){{0,3}}?{_PEOPLE}"
    r"|heff?(?:t|en)\s(?:\S+\s){0,4}?(?:banen|functies|arbeidsplaatsen|afdelingen?|vestigingen?)"
    r"\sop"
    # fewer jobs: "1,000 fewer jobs", "800 fte minder", "shrink its workforce by 300"
    r"|fewer\s(?:jobs|roles|posts|positions|staff|workers|employees|people)"
    r"|(?:fte|functies|medewerkers|werknemers|mensen|personeelsleden|werkplekken)\sminder"
    r"|shrink\w*\s(?:\S+\s){0,2}?(?:workforce|headcount|staff)"
    # the Italian scheme of dismissals named with its figure: "mobilità per 120"
    r"|mobilita\sper(?=\s\d)"
)
PARTINGS = ("{partings}", LOSS_BRANCHES)

# The words just before a figure of people parted with, when they would make it a workforce.
_PARTED_WITH = re.compile(
    r"\b(?:part(?:s|ed|ing)?\sways\swith|(?:po)?zegn\w*\ssie\sze?|umow\w*\s(?:o\sprace\s)?ze?"
    r"|wspolprac\w*\sze?|przedluz\w*\sze?|verabschied\w*\ssich\svon|vertrage\smit|afscheid\s(?:\S+\s)?van"
    r"|(?:scure|mannaia)\s(?:su|sui|sugli|sulle))\s$"
)


_LITERALS = (
    "ways",
    "sie",
    "umow",
    "wspolprac",
    "przedluz",
    "sich",
    "vertrage",
    "afscheid",
    "scure",
    "mannaia",
)


def parted_with(before: str) -> bool:
    """Whether `before`, the folded text just before a figure, parts with the people it counts."""
    return any(word in before for word in _LITERALS) and bool(_PARTED_WITH.search(before))
