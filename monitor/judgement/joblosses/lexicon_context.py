"""Words that change what a job-loss cue says, in the languages of `lexicon`: a temporary
measure or jobs kept (no cut), a cut called off, a denial and the contrast that undoes it,
speculation, a look back on an earlier announcement, a third party speaking, jobs at risk.

Read on folded text, as `lexicon`'s cues are; compiled once at import.
"""

from __future__ import annotations

import re


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.VERBOSE)


# Temporary measures: people sent home for a while, on short time or on a state scheme, keep
# their jobs ("Kurzarbeit für 2.000", "ERTE para 4.200", "technische werkloosheid"). A figure
# they are said of counts no job lost.
_TEMPORARY = r"""temporary\slay-?offs?|furlough\w*|short-time\swork\w*|short\stime\sworking
    |chomage\s(?:partiel|technique|economique|temporaire)|activite\spartielle|kurzarbeit\w*
    # the scheme's own modifiers belong to it: "cassa integrazione a zero ore per 300"
    |cassa\sintegrazione(?:\s(?:a\szero\sore|straordinaria|ordinaria|in\sderoga))?
    |erte|ertes|erto|ertos|arbeidstijdverkorting|werktijdverkorting|deeltijd-?ww
    |(?:deeltijdse|tijdelijke|economische|technische)\swerkloosheid
    |(?:economisch|technisch|tijdelijk)\w*\swerklo\w*|werkloosheid\som\s\w+\sredenen|przestoj\w*|postojow\w*|permitter\w*
    |somaj\stehnic|lay-off\s(?:temporario|simplificado)|vorubergehend\w*|temporarily
    |skrocon\w*\s(?:czas\w*|wymiar\w*)(?:\s(?:czasu\s)?pracy)?
    |rovidit\w*\smunka\w*|allasido\w*
    |obnizon\w*\swymiar\w*(?:\sczasu)?(?:\spracy)?|temporairement|provisoirement|temporaneamente|temporalmente|tymczasowo|czasowo"""
TEMPORARY = _rx(rf"\b(?:{_TEMPORARY})\b")
# Jobs kept: a figure said to stay ("1.000 bleiben erhalten", "400 banen blijven behouden",
# "600 posti salvati") counts no job lost either.
_KEPT = r"""kept|retained|preserved|safeguarded|keep\stheir\sjobs|maintenus|maintenues|preserves
    |preservees|conserves|conservees|sauvegardes|sauvegardees|conserveront\sleur\semploi
    |erhalten\sbleiben|bleiben\serhalten|gesichert|behalten\sihren\sjob|salvati|salvate
    |salvaguardati|mantenuti|salvados|salvadas|mantenidos|mantendran\ssu\sempleo|behouden
    |gered|mogen\sblijven|uratowan\w*|(?:zachowa|utrzyma)\w*\s(?:prace|zatrudnienie)
    |megmarad\w*|megorz\w*|megtart\w*"""
KEPT = _rx(rf"\b(?:{_KEPT})\b")
# Staff moved to another site of the company ("przeniesie 200 pracowników do", "verhuist 150
# medewerkers naar", "300 salariés mutés", "transfers 300 staff to") keep their jobs: a figure
# of people moved is no cut and no hiring. Jobs or production moved abroad are another matter.
_MOVED = r"""(?:przenies\w*|przenos\w*)(?=\s\S+\s(?:\S+\s)?(?:pracownik\w*|osob\w*)\s(?:do|na)\b)
    |(?:verhuist|verhuizen|verplaatst|verplaatsen|overgeplaatst)(?=\s\S+\s(?:\S+\s)?
      (?:\w*medewerkers|werknemers|mensen|personeelsleden)\s(?:naar|over\snaar)\b)
    |(?:mute|mutera|transfere|transferera)(?=\s\S+\s(?:salaries|employes|collaborateurs)
      \s(?:vers|a|au|sur)\b)|mutes|mutees
    |(?:trasferisce|trasferira|sposta|spostera)(?=\s\S+\s(?:impiegati|dipendenti|lavorator[ie]
      |addetti)\s(?:nella|nel|a|in|presso)\b)|trasferiti\snella|trasferiti\snel
    |(?:transfers?|transferring|move|moves|moving|relocates?|relocating)(?=\s\S+\s(?:\S+\s)?
      (?:staff|workers|employees)\s(?:to|into)\b)
    |versetzt(?=\s\S+\s(?:mitarbeiter\w*|beschaftigte\w*)\s(?:nach|an|in)\b)
    # redeployed within the company: "reubicará a sus 140 empleados", "will redeploy 200"
    |redeploy\w*|reubica\w*|recoloca\w*|ricollocat[ieo]|ricolloc(?:a|are|hera|heranno)
    |herplaats\w*|weiterbeschaftig\w*"""
# What a figure may be said of that makes it no cut: a temporary measure, jobs kept, staff moved.
NOT_A_CUT = _rx(rf"\b(?:{_TEMPORARY}|{_KEPT}|{_MOVED})\b")
# Cuts called off: withdrawn, suspended, reversed ("trekt de ontslagen in", "renonce à
# supprimer", "nimmt den Stellenabbau zurück", "ritira i licenziamenti", "retira el ERE").
_CUT = r"""(?:job\scuts?|cuts|layoffs|lay-offs|redundancies|closure|plans?\sto\s(?:cut|close|shed
    |axe|lay\soff)|suppressions?|licenciements?|plan\ssocial|fermeture|stellenabbau|abbau
    |kundigungen|entlassungen|schliessung|licenziament\w*|esuberi|chiusura|despidos|ere|cierre
    |ontslag\w*|sluiting|banenverlies|reorganisatie|zwolnie\w*|zwolnien|likwidacj\w*)"""
RECALLED = _rx(
    rf"""\b(?:(?:scrap\w*|drop\w*|abandon\w*|revers\w*|withdraw\w*|shelv\w*|halt\w*|suspend\w*
    |call\w*\soff|u-turn\son|backtrack\w*\son)\s(?:[\w'-]+\s){{0,2}}?{_CUT}
    |(?:renonce\w*|abandonn\w*|suspend\w*|retir\w*|gel(?:e|ent|er|era))\s(?:a\s|au\s|le\s|la\s|les\s|son\s|sa\s
      |ses\s|leur\s)?(?:[\w'-]+\s){{0,2}}?{_CUT}|renonce\w*\sa\s(?:supprimer|fermer|licencier)
    |(?:stopp\w*|verzicht\w*\sauf|kippt|kippen|aussetz\w*)\s(?:[\w'-]+\s){{0,3}}?{_CUT}
    |(?:nimmt|nehmen|zieht|ziehen|setzt|setzen)\s(?:[\w'-]+\s){{0,3}}?{_CUT}(?:\s[\w'-]+){{0,3}}?
      \s(?:zuruck|aus)|{_CUT}\s(?:\S+\s){{0,8}}?
      (?:vom\stisch|abgesagt|gestoppt|zuruckgenommen|ausgesetzt)
    |(?:ritir\w*|revoc\w*|sospend\w*|congel\w*)\s(?:i\s|il\s|la\s|le\s|gli\s|lo\s)?(?:[\w'-]+\s)?
      {_CUT}|{_CUT}\s(?:[\w'-]+\s){{0,2}}?(?:ritirat\w*|revocat\w*|sospes\w*)
    |(?:retira\w*|suspend\w*|paraliz\w*|congel\w*|desist\w*\sde)\s(?:el\s|la\s|los\s|las\s)?
      (?:[\w'-]+\s)?{_CUT}|da\smarcha\satras|dan\smarcha\satras|marcha\satras\sen
    |(?:trekt|trekken|schort|schorten|draait|draaien)\s(?:\S+\s){{0,4}}?{_CUT}
      (?:\s\S+){{0,3}}?\s(?:in|op|terug)\b|{_CUT}\s(?:\S+\s){{0,6}}?(?:van\sde\sbaan|gaan?\sniet\sdoor
      |ingetrokken|opgeschort|teruggedraaid)
    |(?:wycofuj\w*|wycofal\w*|rezygnuj\w*|rezygnowal\w*)\s(?:sie\s)?(?:z\s|ze\s)?(?:[\w'-]+\s)?
      {_CUT}|{_CUT}\s(?:\S+\s){{0,2}}?(?:wstrzyman\w*|odwolan\w*))\b"""
)
NEGATION = _rx(
    rf"""\b(?:rules?\sout|ruled\sout|no\s(?:job\scuts|layoffs|redundancies|plans\sto\scut|closure)
    |(?:no|not\sany)\s(?:(?:immediate|current|further)\s)?plans?\s(?:for|to)\s(?:\S+\s)?
      (?:redundancies|layoffs|job\scuts|cut|cuts|close|closures?|shed|lay\soff|reduce|downsize)
    |plans\sno\s(?:redundancies|layoffs|job\scuts)
    |no\s(?:jobs?|posts?|roles?|one|employees?|workers?)\s(?:will|would|is\sto|are\sto)\s(?:be\s)?
      (?:cut|lost|go|axed|made\sredundant|lose)
    # a report called unfounded or rejected: "the rumours are baseless", "weist Berichte zurück"
    |unfounded|baseless|groundless|infonde\w*|sans\sfondement|infondat\w*|privi?\w*\sdi\sfondamento
    |sin\sfundamento|infundad\w*|haltlos\w*|unbegrundet\w*|ongegrond\w*|ongefundeerd\w*
    |bezpodstawn\w*|nieprawdziw\w*
    |(?:reject\w*|dismiss\w*)\s(?:the\s)?(?:reports?|rumou?rs?|speculation|claims)
    |(?:weist|wies|weisen)\s(?:\S+\s){{0,8}}?zuruck|(?:rejett\w*|dement\w*)\s(?:les\s)?(?:rumeurs|informations)
    |respin\w*\s(?:le\s)?(?:voci|indiscrezioni|notizie)|rechaz\w*\s(?:los\s|las\s)?(?:rumores|informaciones)
    |weerspr\w*|spreekt\s(?:\S+\s){{0,3}}?tegen|odpiera\w*\s(?:\S+\s)?doniesieni\w*
    |without\s(?:job\scuts|layoffs|redundancies)|denies|denied|job\sguarantee|safeguards?\sjobs
    |saves?\s(?:[\w'-]+\s){{0,2}}jobs|saved|rescued|exclut|ecarte|dement\w*
    |descart\w*|esclud\w*|escluso|wyklucz\w*|pas\sde\s(?:suppressions?
    |licenciements?|fermeture)|aucune?\s(?:suppression|licenciement|fermeture)|sans\s(?:suppressions?
    |licenciements?)|garantie\sd'emploi|maintien\sde\s(?:l'emploi|tous\sles\semplois)
    |(?<!pour\s)(?<!afin\sde\s)sauv(?!egarde\sde\sl'emploi)\w*
    |schliesst\s[\w\s]{{0,40}}\saus|ausgeschlossen|kein\w*\s(?:stellen\w*|kundigungen|entlassungen
    |werksschliessung\w*|stellenabbau|jobabbau|personalabbau|abbau)
    |ohne\s(?:stellenabbau|kundigungen|entlassungen)|dementier\w*
    |jobgarantie|beschaftigungsgarantie|beschaftigungssicherung|standortgarantie|gerettet|rettet
    |nessun\w*\s(?:licenziament\w*|esuber\w*)|non\s(?:ci\s)?(?:sara|saranno|sono\sprevisti)\s(?:\S+\s)?
      (?:licenziament\w*|esuber\w*)|senza\s(?:licenziament\w*
    |esuber\w*)|scongiurat\w*|ningun\w*\sdespido\w*|sin\sdespidos
    |smentisc\w*|smentit\w*|desmient\w*|desmentid\w*|niega|niegan|ontkent|ontkennen|zaprzecza\w*
    |dementuj\w*|cafol\w*|desment\w*|nem\slesz\sleepites|nem\slesz\s(?:\S+\s)?elbocsatas\w*
    |nem\s(?:tervez\w*|lesznek|kell)\s(?:\S+\s)?(?:leepites\w*|elbocsatas\w*)
    |(?:leepites\w*|elbocsatas\w*)\s(?:nem|nincs)\s(?:terveznek|tervez|lesz|napirenden)
    |munkahelygarancia\w*|munkahelymegtarto|leepites\snelkul|elbocsatas\w*\snelkul
    |nincs\sleepites|sem\sdespedimentos|geen\s(?:gedwongen\s)?ontslagen
    |zonder\s(?:gedwongen\s)?ontslagen|bez\szwolnien|nie\sbedzie\szwolnien
    |sluit\s(?:\S+\s){{0,3}}?(?:ontslagen|banenverlies|sluiting)\s(?:\S+\s){{0,2}}?uit
    |(?:ontslagen|sluiting)\s(?:\S+\s){{0,2}}?uitgesloten
    # nobody let go, as Spanish says it: "no despedirá a nadie", "nadie perderá su empleo"
    |no\s(?:\S+\s)?(?:despedira|despide|despediran|despedimos)\sa\snadie
    |nadie\s(?:\S+\s)?(?:perdera|sera\sdespedid\w*)
    # dismissals not planned: "Entlassungen seien nicht geplant", "no prevé despidos", "nie
    # przewiduje zwolnień", "non prevede licenziamenti"
    |(?:entlassungen|kundigungen|stellenabbau|personalabbau)\s(?:\S+\s){{0,3}}?nicht\s(?:geplant
      |vorgesehen)|no\s(?:preve\w*|contempla\w*|plantea\w*|habra)\s(?:\S+\s)?despidos
    |nie\s(?:przewiduje|planuje|przewiduja|planuja)\s(?:\S+\s)?(?:zwolnien|redukcj\w*)
    |non\s(?:prevede|prevedono)\s(?:\S+\s)?(?:licenziament\w*|esuber\w*)
    # nobody is let go: "wil niemand ontslaan", "nikt nie straci pracy", "nessuno perderà il posto"
    |niemand\s(?:\S+\s){{0,2}}?(?:ontslaan|ontslagen|verliest)
    |nikt\snie\s(?:straci|zostanie\szwolnion\w*)|nikogo\snie\s(?:zwolni\w*)
    |nessuno\s(?:\S+\s){{0,2}}?(?:perdera|licenziat\w*)
    |personne\sne\s(?:sera|perdra)|nobody\s(?:will\s)?(?:lose|be\slaid\soff|be\smade\sredundant)
    |{_TEMPORARY}|{_KEPT}|{_MOVED})\b"""
)
# A contrast after a denial: "no plant closures, but 35,000 jobs go" still announces a cut.
CONTRAST = _rx(r"""\b(?:but|yet|however|aber|jedoch|doch|mais|toutefois|ma|pero|sin\sembargo
    |maar|wel|ale|jednak|tylko)\b""")
SPECULATIVE = _rx(
    r"""\b(?:could|might|considering|considers|weighs|mulls|reportedly|report\ssays
    |sources\ssay|fears?|warns?|threatens|pourrai\w*|envisag\w*|etudie|craint\w*|craign\w*|redoute\w*
    |s'inquiet\w*|alerte\w*|konnte\w*|erwag\w*|pruft|droht|befurcht\w*|warnt|angeblich
    |berichten\szufolge|medienbericht\w*|geruchte
    |potrebb\w*|teme\w*|temono|timor\w*|allarme|ipotesi|podria\w*|temor\w*|baraja|overweegt|vrees\w*
    |dreig\w*|zou\skunnen|moze|moga|rozwaza\w*|obaw\w*
    |trembl\w*|tremble\w*|trema\w*|tremano|in\sansia|bangen|bangt|zitter\w*|vrezen|boja\ssie
    |temen|tiemblan|angst\w*|inquiet\w*|preoccupa\w*|preocupa\w*|fenyeget\w*|aggod\w*
    |poderia\w*|teme\w*|mozna|hrozi|hrozba|ar\sputea|se\steme|kan\skomma|riskerar
    # a forecast by others: "analysts expect X to cut", "Analysten erwarten"
    |analysts?\s(?:expect|predict|see|forecast|estimate)\w*|analysten\s(?:erwarten|rechnen)
    |analystes\s(?:s'attendent|prevoient|estiment)|analisti\s(?:prevedono|si\saspettano|stimano)
    |analistas\s(?:prev\w*|esperan|estiman)|analisten\s(?:verwachten|voorspellen|rekenen)
    |analitycy\s(?:spodziewaj\w*|przewiduj\w*|szacuj\w*|oczekuj\w*))\b"""
)
# Words that look back on an announcement made before, or follow it up: a year on, former
# workers, talks about the cuts, protests against them. The item makes no announcement of
# its own, so a figure in it is one to check.
FOLLOW_UP = _rx(
    r"""\b(?:(?:one|two|three|a|\d+)\s(?:years?|months?)\s(?:after|on|later|since)
    |(?:un|deux|trois|\d+)\s(?:ans?|mois)\s(?:apres|plus\stard)|anniversaire|anniversary
    |(?:ein|zwei|drei|\d+)\s(?:jahre?|monate?)\s(?:nach|spater)|jahrestag
    |(?:un|due|tre|\d+)\s(?:anno|anni|mesi)\s(?:dopo|dalla|dal)
    |(?:un|dos|tres|\d+)\s(?:anos?|meses)\s(?:despues|tras)
    |(?:een|twee|drie|\d+)\s(?:jaar|maanden)\s(?:na|later)
    |(?:rok|dwa\slata|\d+\slat[a]?)\s(?:po|od)
    |former\s(?:workers|employees|staff)|ex-(?:workers|employees|salaries|dipendenti|lavoratori)
    |anciens\s(?:salaries|employes|ouvriers)|ehemalige\w*\s(?:mitarbeiter|beschaftigte|belegschaft)
    |ex\s(?:dipendenti|lavoratori|operai)|extrabajadores|antiguos\s(?:trabajadores|empleados)
    |(?:oud|ex)-(?:werknemers|medewerkers)|byl\w*\spracownik\w*
    |(?:talks|negotiations|meeting)\s(?:on|over|about)|negociations?\ssur|reunion\ssur
    |verhandlungen\s(?:uber|zum|zur)|gesprache\s(?:uber|zum)|incontro\s(?:\w+\s){0,3}?su[il]?
    |trattativa\ssu\w*|tavolo\ssu\w*|negociaci\w+\s(?:del|sobre)|reunion\ssobre
    |(?:overleg|onderhandelingen|gesprekken)\sover|rozmow\w*\s(?:o|w\ssprawie)
    |negocjacj\w*\s(?:w\ssprawie|ws\.?)
    |(?:last|earlier\sthis)\s(?:week|month)|(?:days|weeks|months)\sago
    |vor\s(?:einer|einem|wenigen|zwei|drei|einigen)\s(?:woche|wochen|tagen|monat|monaten)
    |bekanntlich|il\sy\sa\s(?:quelques|deux|trois|un|une)\s(?:jours|semaines?|mois)
    |la\ssemaine\sderniere|le\smois\sdernier|(?:la\ssettimana|il\smese)\sscors[oa]
    |(?:giorni|settimane|mesi)\sfa|(?:la\ssemana|el\smes)\spasad[oa]
    |hace\s(?:unos|unas|dos|tres|un|una)\s(?:dias|semanas?|meses)|vorige\s(?:week|maand)
    |(?:dagen|weken|maanden)\sgeleden|w\s(?:zeszlym|ubieglym)\s(?:tygodniu|miesiacu)
    |(?:tydzien|miesiac)\stemu
    |(?:years|decades?)\sago|il\sy\sa\s(?:\w+\s)?ans\b|vor\s(?:\w+\s)?jahr(?:en|zehnten)
    |anni\sfa|hace\s(?:\w+\s)?anos|jaar\sgeleden|lat\stemu
    |(?:since|seit|depuis|dal|desde|sinds|od)\s(?:19|20)\d\d
    |protest\w*|demonstr\w*|manifest(?:ation|ations|ent|ants|erent)|greve\w*|strike|strikes
    |striking|walkout|streik\w*|warnstreik\w*|sciopero|scioperi|presidio|mobilitazion\w*
    |huelga\w*|moviliza\w*|staking\w*|staken|betoging\w*|strajk\w*|pikiet\w*
    |contest(?:e|ee|ees|es|ent|ation)|contestat\w*|kritisier\w*|criticis\w*|criticiz\w*
    |industrial\saction|union\saction|rall(?:y|ies)\s(?:against|outside|at)|picket\w*
    |debrayage\w*|rassemblement\w*|mobilis(?:ation|ent|es?)|kundgebung\w*|mahnwache\w*
    |aktionstag\w*|concentracion\w*|paros\b|vakbondsactie\w*|actiedag\w*|actievoer\w*
    |voeren\s(?:\S+\s)?actie|(?:nieuwe|verdere)\sacties|werkonderbreking\w*|prikactie\w*
    |ultimatum|zwiazkowcy\s\w+\sprotest|leggen\s(?:\S+\s){0,2}?werk\sneer|legt\s(?:\S+\s){0,3}?werk
    \sneer|werk\s(?:\S+\s)?neergelegd|manifestatie\w*|betogen|vakbondsfront
    |unlawful|unfair\sdismissal|unwirksam|rechtswidrig|onterecht|nietig|annul\w*|anula\w*|anulo
    |illegittim\w*|improcedente|nulidad|niewazn\w*|bezprawn\w*|doorstart\w*|reprise\spar
    |ubernahme\sdurch|rilevat\w*\sda)\b"""
)

# Speakers whose words are claims about a company, not its announcement.
THIRD_PARTY = _rx(
    r"""\b(?:unions?|syndicats?|intersyndicale|gewerkschaft\w*|ig\smetall|cgt|cfdt|force\souvriere
    |cfe-cgc|unite|gmb|verdi|ver\.di|industriall|uaw|works\scouncil|betriebsrat|gesamtbetriebsrat
    |comite\ssocial|cse|study|studie|etude|report|analysts?|economists?|ministers?|ministre
    |associations?|verband|verbande|federations?|federazione|asociacion|vereniging|stowarzyszeni\w*
    |acea|clepa|smmt|vda|anfia|anfac|sernauto|pfa|fiev|pzpm
    |government|gouvernement|regierung
    |sindacat\w*|fiom|fim|uilm|cgil|cisl|rsu|governo|ministero|ministro|sindaco|sindicat\w*|ugt
    |ccoo|comite\sde\sempresa|gobierno|ministerio|vakbond\w*|fnv|cnv|ondernemingsraad|regering
    |kabinet|zwiazk\w*|zwiazkowcy|solidarnosc|rzad|studio|estudio|onderzoek|badanie
    |courts?|tribunal\w*|tribunale|giudice|juez|jueza|juzgado|rechter|rechtbank|\w*gericht
    |justice|sad\s(?:pracy|okregowy|rejonowy|najwyzszy|apelacyjny)|sadu|sedzia
    # who comments or counts without being the employer: experts, economists, analysts,
    # researchers, a mayor ("Experten: Bis zu 5.000 Jobs bedroht", "Economen: ...")
    |experts?|experten|esperti|expertos|eksperci|ekspert|ekspertow
    |economistes|okonomen|economisti|economistas|economen|ekonomisci
    |analystes|analysten|analisti|analistas|analitycy
    |researchers|chercheurs|forscher|ricercatori|investigadores|onderzoekers|naukowcy
    |mayor|maire|burgermeister\w*|alcalde\w*|burgemeester|burmistrz\w*)\b"""
)


# Words that put jobs at risk rather than cut them: the figure is less sure.
AT_RISK = _rx(
    r"""\b(?:at\srisk|in\sjeopardy|under\sthreat|threatened|menace\w*|sur\sla\ssellette
    |en\sdanger|gefahrdet|bedroht|auf\sder\skippe|in\sgefahr|a\srischio|in\sbilico
    |en\sriesgo|en\speligro|en\sel\saire|amenazad\w*|op\sde\stocht|bedreigd|in\sgevaar|zagrozon\w*|veszelyben
    |em\srisco|ohrozen\w*|in\spericol|hotade|hotas)\b"""
)


# A hiring halted, frozen or put off: "puts hiring of 250 on hold", "gèle les embauches",
# "sospende le 220 assunzioni", "zawiesza rekrutację": the figure is not created, for now.
_HIRING = r"""(?:hiring|hires|recruit\w*|embauch\w*|recrut\w*|\w*einstellung\w*|rekrutierung\w*
    |assunzion\w*|assumere|contrataci\w*|contratar|werving|aanwerving\w*|rekrutacj\w*)"""
HIRING_HALTED = _rx(
    rf"""\b(?:(?:halt\w*|paus\w*|freez\w*|froze\w*|suspend\w*|postpon\w*|delay\w*|shelv\w*
    |scrap\w*|gel(?:e|ent|er|era)|renonc\w*\sa|report(?:e|ent|era|eront|ee|ees)|stopp\w*|setzt\saus|verschieb\w*
    |sospend\w*|rinvi\w*|congel\w*|blocc\w*|aplaz\w*|posterg\w*|paraliz\w*|bevries\w*
    |zawiesz\w*|wstrzym\w*|odklad\w*|odlozy\w*|mroz\w*)\s(?:[\w'-]+\s){{0,3}}?(?:l'|d')?{_HIRING}
    |{_HIRING}\s(?:[\w'-]+\s){{0,5}}?(?:on\shold|on\sice|frozen|paused|halted|postponed|delayed
      |shelved|gestoppt|ausgesetzt|verschoben|sospes\w*|rinviat\w*|congelad\w*|aplazad\w*
      |suspendid\w*|wstrzyman\w*|zawieszon\w*|gelees?|suspendue?s?|reportees?|opgeschort)
    |(?:stel\w*|schort\w*)\s(?:\S+\s)?{_HIRING}(?:\s\S+){{0,5}}?\s(?:uit|op)(?=$|[\s.,;:])
    |(?:hiring|recruitment)\sfreeze|einstellungsstopp|gel\sdes\s(?:embauches|recrutements)
    |blocco\sdelle\sassunzioni|congelacion\sde\s(?:las\s)?contrataciones|vacaturestop
    |personeelsstop|zamrozeni\w*\s(?:zatrudnienia|rekrutacji))"""
)
# A demand, which asks for a figure and announces nothing: "unions demand guarantees for
# 1,500 workers", "la Fiom chiede 300 assunzioni", "IG Metall fordert 400 neue Stellen".
DEMAND = _rx(
    r"""\b(?:demand\w*|call\w*\sfor|urg(?:e|es|ed|ing)|insist\w*\son|reclam\w*|exig\w*
    |revendiqu\w*|fordert|fordern|forderte|verlang\w*|chied\w*|rivendic\w*|pide|piden|reivindic\w*
    |eis(?:t|en|te|ten)|vraagt\som|vragen\som|zada\w*|domaga\w*\ssie|postuluj\w*)\s
    (?:[\w'-]+\s){0,3}?$"""
)
