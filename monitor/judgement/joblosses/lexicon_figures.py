"""The words around a number that say what it counts, for job-loss and job-creation news in
the languages `lexicon` reads: nouns of jobs and people (trainees told apart), nouns of cuts,
loss verbs after a number, units that make it something else, and the words before it that
make it a workforce's size. Split from `lexicon`, whose cue lists decide what an item
announces; `jobs` reads numbers with these. Folded text, compiled once at import.
"""

from __future__ import annotations

import re

WORD = r"[\w'-]+"  # one word, apostrophes and hyphens included
_W = WORD


def verbose(pattern: str) -> re.Pattern[str]:
    """A pattern written across lines, with its spaces and line breaks ignored."""
    return re.compile(pattern, re.VERBOSE)


_rx = verbose


# Trainees: apprentices, interns, work-study students. They are counted as people ("forme 240
# apprentis", "assume 25 apprendisti"), but an intake of them creates no jobs and their leaving
# cuts none, so a figure that counts them is no job figure.
TRAINEE_NOUN = (
    r"(?:apprentices|trainees|interns|apprentis|alternants|stagiaires|auszubildende[n]?|azubis"
    r"|lehrlinge|praktikanten|apprendisti|stagisti|tirocinanti|aprendices|becarios|leerlingen"
    r"|stagiairs|praktykantow|praktykanci|stazystow|uczniow|uczniowie)"
)
TRAINEE = re.compile(TRAINEE_NOUN)
# Nouns that say a number counts jobs or people (trainees among them, to be told apart).
JOB_NOUN = (
    r"(?:jobs?|job\s(?:cuts?|losses|reductions)|positions|posts|roles|workers|employees|staff(?:ers)?"
    r"|people|personnel|redundancies|layoffs|lay-offs|headcount|engineers|technicians|operators"
    r"|hires|workplaces|exits|voluntary\sexits|buyouts|departures"
    r"|emplois|postes|salaries|salariees|personnes|collaborateurs|collaboratrices|employes"
    r"|ouvriers|interimaires|agents|travailleurs|travailleuses|suppressions|licenciements|embauches|recrutements"
    r"|techniciens|ingenieurs|operateurs|cdi|soudeurs|mecaniciens"
    r"|departs|departures|\w*stellen|\w*arbeitsplatzen?|\w*jobs|mitarbeiter(?:n|innen)?|mitarbeitende(?:n)?"
    r"|beschaftigte(?:n)?|arbeitnehmer(?:n)?|angestellte(?:n)?|personen|menschen|leute|kundigungen"
    r"|entlassungen|leiharbeiter(?:n|innen)?|arbeiter(?:n|innen)?|fachkrafte|ingenieure|neueinstellungen"
    r"|beschaftigungsverhaltnisse|monteure|schweisser|mechaniker|mechatroniker"
    # Italian, Spanish, Dutch, Polish
    r"|lavorator[ie]|lavoratrici|dipendenti|posti(?:\sdi\slavoro)?|addetti|operai|impiegati"
    r"|esuberi|licenziamenti|assunzioni|occupati|tute\sblu|uscite|persone|saldatori|meccanici"
    r"|tecnici"
    r"|empleos|puestos(?:\sde\strabajo)?|trabajador(?:es|as)|emplead[oa]s|personas|despidos"
    r"|contrataciones|plazas|operarios|soldadores|mecanicos|tecnicos"
    r"|\w*banen|arbeidsplaatsen|\w*medewerkers|werknemers|personeelsleden|mensen|ontslagen"
    r"|werkplekken|fte|functies|vacatures|arbeiders|werkenden|uitzendkrachten|flexwerkers|temp\sworkers|monteurs"
    r"|lassers|technici|mechanics|welders|fitters"
    r"|temporary\sworkers|contractors|agency\sworkers|interinali|precari|temporales"
    # contracts of temporary staff count them: "non rinnova 150 contratti a termine"
    r"|(?:temporary|fixed-term|agency)\scontracts|contrats\s(?:d'interim\w*|temporaires|precaires)"
    r"|contratti\s(?:a\stermine|di\ssomministrazione|a\stempo\sdeterminato)|somministrati"
    r"|contratos\s(?:temporales|eventuales)|eventuales|befristete(?:n)?\svertrage(?:n)?|zeitvertrage"
    r"|tijdelijke\scontracten|flexcontracten|umow\s(?:czasowych|terminowych)"
    r"|pracownikow|pracownicy|pracownikami|pracownikom|osob|osoby|osobom|osobami|etatow|etaty"
    r"|miejsc\spracy|zwolnien|spawaczy|mechanikow|monterow|technikow"
    r"|stanowisk|zatrudnionych|ludzi|familias|famiglie|families|familles|familien|gezinnen|rodzin"
    # Hungarian, Portuguese, Czech, Slovak, Romanian, Swedish
    r"|munkahely\w*|munkatars\w*|dolgozo\w*|munkavallalo\w*|alkalmazott\w*|embert|ember|fot|fos|fo"
    r"|embernek|fovel|munkas\w*|allas\w*|-an|-en"  # "320-an veszítik el" (320 of them)
    r"|empregos|postos(?:\sde\strabalho)?|trabalhadores|funcionarios|colaboradores|pessoas"
    r"|zamestnanc\w*|pracovnik\w*|pracovnich\smist|pracovni\smista|mist|lidi|delniku"
    r"|pracovnych\smiest|pracovne\smiesta|miest|ludi|pracovnikov|zamestnancov"
    r"|angajati\w*|locuri(?:\sde\smunca)?|salariati\w*|muncitori\w*|oameni|posturi"
    r"|anstallda|jobb|tjanster|medarbetare|personer|arbetstillfallen|arbetare|" + TRAINEE_NOUN + ")"
)
# Nouns for the cut itself ("4,000 job cuts", "1 200 suppressions"): a number before them is a cut.
CUT_NOUN = (
    r"(?:job\s(?:cuts?|losses|reductions)|redundancies|layoffs|lay-offs|suppressions|licenciements"
    r"|kundigungen|entlassungen|stellenstreichungen|licenziamenti|esuberi|tagli|despidos"
    r"|ontslagen|zwolnien|elbocsatas\w*|despedimentos|despedidas|propusteni|prepustani\w*|concedieri"
    r"|disponibilizari|uppsagningar|varsel"
    # departures by agreement: early retirement, voluntary leaving, contracts ended
    r"|extinciones(?:\sde\scontratos?)?|bajas\s(?:voluntarias|incentivadas)|prejubilaciones"
    r"|salidas\s(?:voluntarias|incentivadas|pactadas)|esodi|prepensionamenti"
    r"|ruptures(?:\sconventionnelles)?|afvloeiingen|early\sretirements|voluntary\sredundancies"
    r"|odejsc|vorruhestandsregelungen|altersteilzeitvertrage|eccedenze|excedentes"
    # the letters that dismiss: "120 lettere di licenziamento", "40 ontslagbrieven"
    r"|lettere\sdi\slicenziamento|lettres\sde\slicenciement|cartas\sde\sdespido"
    r"|ontslagbrieven|redundancy\s(?:letters|notices)|kundigungsschreiben|wypowiedzen)"
)
# A number followed by a job noun, maybe with two words between ("1,000 manufacturing jobs").
NUMBER_THEN_JOB = _rx(
    rf"""\s*(?:(?:(?:of|de|d'|des|der|von)\s+(?:its|the|their|ses|les|leurs|seinen|ihren|den)
    |seiner|ihrer|dei\ssuoi|delle\ssue|de\ssus|de\slos|van\s(?:zijn|haar|de)|z|sposrod)\s+
    (?:[\w-]+'s\s+)?(?:\d[\d.,']*\s+)?)?
    (?:(?!(?:cars|vehicles|units|voitures|vehicules|fahrzeuge|autos|euros?)\b){_W}\s+){{0,2}}?
    (?:d')?(?P<noun>{JOB_NOUN})\b"""  # elided: "une centaine d'emplois", "un millier d'ouvriers"
)
NUMBER_THEN_CUT = _rx(rf"\s*(?:{_W}\s+){{0,1}}?{CUT_NOUN}\b")
# A number followed by a loss verb ("2.000 sollen wegfallen", "2,000 to go").
NUMBER_THEN_LOSS_VERB = _rx(
    rf"""\s*(?:{_W}\s+){{0,3}}?(?:to\sgo|will\sgo|are\sto\sgo|be\slost|wegfallen|fallen\sweg
    |abgebaut|gestrichen|gehen|supprimes|supprimees|menaces|sur\sla\ssellette|disparaitre
    |a\srischio|in\sbilico|perdono|perderanno|en\sriesgo|en\sel\saire|perderan|verdwijnen
    |sur\sle\scarreau|en\speligro|menos|in\smeno|en\smoins|minder|remerciee?s|persi
    |(?:iran|van|ira|se\svan|se\siran)\sa\sla\scalle|a\sla\scalle
    |(?:se\s)?quedar\w*\ssin\s(?:empleo|trabajo)|sin\sempleo|senza\slavoro|zonder\sbaan
    |(?:have\sbeen|has\sbeen|were|are|be|been)\smade\sredundant|made\sredundant|zniknie|znikna
    |(?:will|to|would)\sdisappear|disappear|entfallen
    |under\sthreat|at\srisk|in\sdoubt|in\sjeopardy|threatened|in\sgevaar|in\sgefahr|en\sdanger
    |en\sjuego|en\sjeu|at\sstake|auf\sdem\sspiel|op\shet\sspel|in\sgioco
    |minacciati|amenazad[oa]s|zagrozon\w*|gefahrdet|bedroht|auf\sder\skippe
    |weg|op\sde\stocht|op\sstraat|aan\sde\sdeur|a\scasa|bez\spracy|na\sbruk|verliezen|straca
    |vervallen|(?:worden\s)?opgeheven|rak\w*\s(?:hun|zijn|haar)\s(?:baan|werk|job)\skwijt
    |straci|stracily
    |do\szwolnienia|verlieren|verliert|odejdzie|odejda|odchodzi|odchodza|pozegna\w*
    |lose\stheir\sjobs?|perdent|pierden|be\s(?:suppressed|cut|lost|axed|eliminated|shed)
    |seront\ssupprimes|werden\sabgebaut|saranno\stagliati|seran\seliminados
    |gehen\sverloren|verloren\sgehen|gaan\sverloren|gaan\seruit|vanno\sperduti|se\spierden
    |se\sperdent|are\sbeing\scut|will\sbe\slost|vesziti\sel\w*|szunik\smeg|megszunik
    |perdem|serao\seliminados|prijde\so\spraci|pride\so\spracu|isi\spierd\w*|forsvinner
    |will\s(?:leave|exit)|must\sleave|to\s(?:leave|exit)|devront\s(?:partir|quitter)|quitteront
    |lasceranno|dovranno\slasciare|saldran|(?:moeten\s)?vertrekken|moeten\sweg
    |without\s(?:work|a\sjob|jobs)|jobless|out\sof\swork|sans\s(?:emploi|travail)
    |ohne\s(?:job|arbeit)|arbeitslos|zonder\s(?:werk|job)|werkloos|senza\soccupazione)\b"""
)
# Units that make a number something else than a head count.
UNIT_AFTER = _rx(
    r"""\s*(?:%|per\s?cent|pour\s?cent|prozent|pct|percent|euros?|eur\b|€|\$|dollars?|usd|£
    |pounds|chf|francs|yuan|yen|bn\b|billions?|milliards?|mrd|mds?\b|milliarden|m\b|mn\b
    |gwh|mwh|kwh|gw\b|mw\b|kw\b|tonnes?|tons?|km\b|kilometres?|kilometers?|hectares?|m2|sq
    |vehicles?|cars|units|voitures|vehicules|fahrzeuge|autos|pkw|models?|modeles?|modelle
    |batteries|batteri?en|cells|cellules|zellen|tyres|tires|pneus|reifen|engines|moteurs|motoren
    |pieces|pezzi|piezas|stuks|stuk\b|sztuk|stuck|teile|parts\b
    |days|jours|tage|weeks|semaines|wochen|months|mois|monate|years|ans\b|annees|jahre|hours|heures
    |stunden|shifts|equipes|schichten|sites|usines|plants|werke|standorte|ps\b|hp\b|ch\b
    |bhp|cv\b|per\scento|por\sciento|procent|proc\b|miliardi|milioni|mld|miljard\w*|zl\b|zlotych
    |vetture|veicoli|coches|vehiculos|wagens|voertuigen|samochodow|aut\b|anni|anos|jaar|lat\b
    |giorni|dias|dagen|dni|mesi|meses|maanden|miesiecy|ore\b|horas|uur|godzin|stabilimenti
    |plantas|fabrieken|fabryk|zakladow|empresas|aziende|imprese|bedrijven|firm\b|toneladas
    |tonnellate|euro\b|di\seuro|de\seuros|metri|metros)"""
)
UNIT_BEFORE = re.compile(
    r"(?:[€$£]|\beur|\busd|\bchf|\bgbp|\bno\.|\bnr\.|\bnumber|\bn°|\bpage)\s*$"
)
# Words before a number that make it the size of a workforce, not the change.
WORKFORCE_BEFORE = re.compile(
    r"(?:\bemploys|\bemploying|(?<!to\s)(?<!will\s)\bemploy|\bemployed|\bworkforce\sof|\bheadcount\sof|\bstaff\sof"
    r"|\btotal\sof|\bout\sof|\bof\s(?:its|the|their|a)|\bof\swhom|\bhas|\bhave|\bhad|\bwith"
    r"|'s|\bemploie|\bemploient|\bemployant|\bcompte|\bcomptait|\bcomptent|\beffectifs?\sde"
    r"|\bsur\s(?:les|ses|un\stotal\sde)|\bparmi\s(?:les|ses)|\bavec|\bont|\bavait|\bil\sy\sa"
    r"|\bbeschaftigt|\bbeschaftigen|\bzahlt|\bbelegschaft\svon|\bvon\s(?:den|seinen|ihren|insgesamt)"
    r"|\bder\s(?:insgesamt\s)?|\bhat|\bhaben|\bmit|\bseiner|\bihrer|\bunserer|\bde\s(?:ses|leurs|nos)"
    r"|\bvan\s(?:zijn|haar|hun|de)|\bz\s(?:jego|swoich|jej)|\bspośród|\bsposrod"
    r"|\bimpiega|\bconta|\boccupa|\bdei\ssuoi|\bsui|\bsu\s(?:un\stotale\sdi\s)?|\bha|\bhanno"
    r"|\borganico\sdi|\bpersonale\sdi|\bpersoneelsbestand\svan"
    r"|\btiene|\btienen|,\s(?:con|met)"
    r"|\bemplea\sa|\bcuenta\scon|\bde\ssus|\bde\slos|\bsus|\bplantilla\sde"
    r"|\btelt|\bheeft|\bhebben|\bvan\sde|\bwerken\ser"
    r"|\bzatrudnia|\bzatrudniaja|\bzatrudniajac\w*|\bzatrudnial[ao]?|\bzatrudniali|\bimpiegano|\boccupano"
    r"|\bemplean|\bcuentan\scon|\bbeschaftigen|\bz\s(?:ponad\s)?|\bfoglalkoztat\w*|\bemprega|\bzamestnava"
    r"|\bsysselsatter|\blavorano|\btrabajan|\barbeiten|\btravaillent"
    # a possessive: "its 2,100 workers", "ses 700 salariés", "seine 1.300 Beschäftigten"
    r"|\bits|\btheir|\bses|\bleurs|\bseine[nmrs]?|\bihre[nmrs]?|\bi\ssuoi|\ble\ssue"
    r"|\bzijn|\bhaar|\bhun|\bswoich|\bswoje)"
    r"\s*(?:(?:about|around|some|roughly|nearly|almost|more\sthan|over|environ|quelque|pres\sde"
    r"|plus\sde|rund|etwa|knapp|mehr\sals|uber|gut|insgesamt|ses|les|seinen|its|the"
    # "zatrudnia już 9000 osób", "beschäftigt jetzt 3.400": a head count as it stands
    r"|already|now|currently|deja|actuellement|bereits|schon|jetzt|derzeit|gia|ora|attualmente"
    r"|ya|ahora|actualmente|al|nu|momenteel|juz|obecnie|teraz)\s*)*$"
)
