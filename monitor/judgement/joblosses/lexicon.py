"""Cue words for job-loss and job-creation news in English, French, German, Italian, Spanish,
Dutch and Polish, and the commonest ones in Hungarian, Portuguese, Czech, Slovak, Romanian
and Swedish (news in those languages is rarer in the feeds, but the monitor reads it).

All patterns read folded text (lower case, no accents, "ß" as "ss"). They are
compiled once at import. Each list says what a cue means, not where it is used:
`extract.py` decides with them. The words that say what a number counts (job nouns, units,
a workforce's size) are in `lexicon_figures`.
"""

from __future__ import annotations

from monitor.judgement.joblosses.alternation import Alternation, Branches
from monitor.judgement.joblosses.departure_schemes import DEPARTURES
from monitor.judgement.joblosses.lexicon_figures import JOB_NOUN
from monitor.judgement.joblosses.lexicon_figures import WORD as _W
from monitor.judgement.joblosses.lexicon_figures import verbose as _rx
from monitor.judgement.joblosses.partings import PARTINGS

_CUE_BRANCHES = Branches()  # the cue lexicons' branches, read in one pass per text


def _cues(pattern: str) -> Alternation:
    """A cue lexicon: hundreds of branches, searched only where a text can match them."""
    return Alternation(_rx(pattern), _CUE_BRANCHES)


# A verb of closing followed by a year, a quarter or the accounts closes a period, not a plant
# ("cierra el año con 44.000 empleados", "chiude il semestre", "ferme l'exercice").
NOT_A_PERIOD = (
    r"(?!\s(?:el|su|il|l'|le|la|son|sa)\s?(?:ano|ejercicio|trimestre|semestre|mes|anno"
    r"|esercizio|bilancio|annee|exercice|bilan|comptes|(?:19|20)\d\d)\b)"
)
LOSS = _cues(
    r"""\b(?:cut|cuts|cutting|axe|axes|axed|axing|slash\w*|shed|sheds|shedding|lay\soff|lays\soff
    |laying\soff|laid\soff|layoffs?|lay-offs?|redundanc\w*|eliminat\w*|scrap\w*|lose|loses|losing
    |lost|loss|losses|at\srisk|under\sthreat|threatened|cull|trim|trims|trimmed|trimming|reduc\w*|redui\w*|downsiz\w*
    |retrench\w*|clos\w*|shut\w*|wind\sdown|dismiss\w*|sack\w*|let\sgo|jobs\sto\sgo
    |(?:jobs?|posts?|roles?|positions?)\s(?:will|are\sto|are\sset\sto|set\sto|could|would|must|to)\sgo
    |suppr\w*|licenci\w*|plan\ssocial|sociaal\splan|pse|departs|menac\w*|sur\sla\ssellette|pertes?|perd\w*
    |fermet\w*|fermer\w*|ferme{not_a_period}|disparai\w*|disparition\w*|degraiss\w*|restructur\w*
    |ristruttur\w*|riorganizz\w*|reestructur\w*|reorganiz\w*|reorganiseer\w*|reorganiseert|reorganiseren|restruktur\w*|umstrukturier\w*|herstructur\w*|sauvegarde\sde\sl'emploi
    |abbau\w*|\w+abbau|abzubauen|streich\w*|gestrichen|kapp(?:t|en|te|ten)\s(?:\S+\s){0,4}?(?:stellen|jobs|arbeitsplatze)|gekappt|wegfall\w*|fallen\sweg|entlass\w*|kundigung\w*
    |gefahrdet|bedroht|verlust\w*|verlier\w*|schliess\w*|stilllegung|vor\sdem\saus
    |reduzier\w*|verringer\w*|sozialplan|massenentlassung\w*|transfergesellschaft\w*|abfindung\w*|bankrupt\w*|insolven\w*|faillite|liquidat\w*
    |redressement|pleite|in\sdoubt|in\sgefahr|auf\sder\skippe|weniger|baut\s(?:\S+\s){0,10}?ab
    |fallen\s(?:\S+\s){0,5}?weg|fallt\s(?:\S+\s){0,5}?weg|verlager\w*|delocalis\w*|offshor\w*
    |affected|affecting|concerne\w*|touche\w*|betroffen\w*|mussen\sgehen|must\sgo|doivent\spartir
    |afectad[oa]s|afectara\w*|coinvolt[ie]|getroffen|objet\w*\szwolnieni\w*
    |sur\sle\scarreau|remerciee?s|persi|zniknie|znikna|znikn\w*|(?:a|en)\sla\scalle|sin\sempleo
    |entfall\w*|fallisc\w*|disappear\w*|vanish\w*
    |sin\spuesto|senza\slavoro|senza\sposto|zonder\sbaan|zonder\swerk|ohne\sjob|ohne\sarbeit
    |without\s(?:work|a\sjob|jobs)|jobless|arbeitslos|werkloos|senza\soccupazione
    |via\s\d[\d.,]*\s(?:mila\s)?(?:lavorator[ie]|dipendenti|posti|operai|addetti|impiegati)
    |sans\semploi|out\sof\swork|perdono\sil\sposto|salidas?\sde|uscita\sdi|in\sgevaar|afgestoten|afstoten
    |sto(?:ot|ten)\s(?:\S+\s){0,6}?af|gekundigt|kundigt\s(?:[\w'-]+\s){0,3}?(?:beschaftigten|mitarbeitern
    |arbeitnehmern|angestellten|leiharbeitern)|mett\w*\sin\smobilita|messa\sin\smobilita
    |dimezz\w*|halv(?:e|es|ing)|halbier\w*|halveer\w*|halveert|rozsta\w*\ssie\sze?
    |(?:empleos|puestos|trabajadores|posti|lavoratori|dipendenti|emplois|postes|salaries|banen
    |arbeidsplaatsen|etatow|lavoro|trabajo|travail)\s(?:menos|in\smeno|en\smoins|minder)
    |in\sjeopardy|en\sdanger|en\speligro|en\sel\saire|amenazad\w*|bedreigd|zagroz\w*|in\spericol|veszelyben
    |em\srisco|ohrozen\w*|hotade|hotas
    |\w*streichung\w*|exits|buyouts|se\ssepar\w*|separer|fare\sa\smeno|prescindir\w*
    |(?:cost|costs|will\scost|kostet|kosten|kost|coutera|coute|costera|costara)\s(?:\S+\s){0,2}?\d
    |op\sstraat|a\scasa|bez\spracy|na\sbruk|op\sde\stocht|aan\sde\sdeur|a\sla\sporte|vor\sdie\stur
    |licenzi\w*|esuber\w*|tagli\w*|chiud\w*{not_a_period}|chiusur\w*|uscit[ae]\s(?:volontari\w*|incentivat\w*)
    |uscite|delocalizz\w*|riduzion\w*|ridurr\w*|fallimento|a\srischio|in\sbilico|dismission\w*
    |despid\w*|desped\w*|cierr\w*{not_a_period}|cerrar\w*|recort\w*|suprim\w*|supresi\w*|prescind\w*|ere
    |en\sriesgo|en\sjuego|en\sjeu|auf\sdem\sspiel|op\shet\sspel|in\sgioco|deslocaliz\w*|concurso\sde\sacreedores|quiebra|sin\strabajo
    |uitstel\svan\sbetaling|surseance|concordato\spreventivo|preconcurso
    |schrap\w*|geschrapt|ontsla\w*|ontslag\w*|verdwijn\w*|sluit\w*|sluiting\w*|gesloten
    |failliet\w*|faillissement|reorganisatie|inkrimp\w*|krimp\w*|afslanking|banen\sweg|verliezen
    |banenverlies|jobverlies|vervall\w*|vervalt|opheff\w*|opgeheven|(?:gaat|gaan)\sdicht
    |(?:baan|banen|werk|job|jobs)\skwijt\w*|(?:zmniejsz|ogranicz)\w*\s(?:\S+\s)?zatrudnieni\w*|(?:banen|jobs|mensen|medewerkers|werknemers)\s(?:moeten\s)?weg
    |zwalni\w*|zwolni\w*|likwid\w*|zlikwid\w*|zredukow\w*|zreduk\w*|zamyk\w*|zamkni\w*|redukc\w*|redukuj\w*|straci\w*|straca
    |upadlos\w*|ciec\w*|pozegna\w*\ssie\sz\sprac\w*|z\sprac\w*\spozegna\w*|tn(?:ie|a)\s(?:\S+\s)?(?:zatrudnieni\w*|etat\w*|miejsc\w*\spracy)|odejd\w*|odejsc|odchodz\w*|wypowiedzeni\w*|ontslagbrie\w*
    |redundant|letting\sgo|lets\sgo|(?:jobs|stellen|arbeitsplatze)\sweg|sobra\w*|excedent\w*
    |eccedent\w*|eccedenz\w*|pierd\w*|extinci\w*\sde\scontrat\w*|bajas\s(?:voluntarias|incentivadas)
    |prejubilac\w*|salidas\s(?:voluntarias|incentivadas|pactadas)|esod\w*|prepensionament\w*
    |ruptures?\sconventionnelles?|afvloei\w*|early\sretirement\w*|odejsc\w*|vorruhestand\w*
    |altersteilzeit\w*|will\s(?:leave|exit)|must\sleave|devront\s(?:partir|quitter)
    |quitteront|lasceranno|dovranno\slasciare|saldran|vertrekken|moeten\sweg|verloren|kurzt|kurzung\w*|gekurzt|trenn\w*\ssich|vor\sdie\stur
    |procedura\sdi\smobilita|mettre\sfin|met\sfin
    |leepit\w*|\w+leepites\w*|elbocsat\w*|bocsat\w*\sel|bocsajt\w*\sel|epit\w*\sle|szun\w*\smeg|kirug\w*|bezar\w*|megszun\w*|csod\w*|felszamol\w*
    |val\w*\smeg\s(?:\S+\s)?(?:\S+\s)?(?:dolgozo\w*|munkatars\w*|munkavallalo\w*)
    |(?:dolgozo\w*|munkatars\w*|munkavallalo\w*|embert?)tol\s(?:\S+\s)?val\w*\smeg|megval\w*
    |kuld\w*\sel|elkuld\w*|rug\w*\ski|zar\w*\sbe|tavozik|tavoznak|tavozni|mond\w*\sfel|felmond\w*|karcsusit\w*
    |(?:el)?veszt\w*\s(?:az\s)?(?:allas\w*|munka\w*)|vesz\w*\sel\s(?:az\s)?(?:allas\w*|munka\w*)
    |munka\snelkul|utcara\skerul\w*|csokkent\w*\s(?:\S+\s)?letszam\w*|letszamcsokkent\w*
    |demit\w*|demisso\w*|despedimento\w*|encerr\w*|fechar\w*|fechou|fechamento\w*|fecho
    |fecha\s(?:a|as|o|os|sua|suas)\s(?:[\w'-]+\s)?(?:fabricas?|unidades?|portas)|extincao|elimin\w*
    |falencia|recuperacao\sjudicial|cortar\w*|cortou|corta|cortes|{departure_schemes}|{partings}
    |propou\w*|propust\w*|prepust\w*|zrus\w*|zavre\w*|zavira\w*|zatvor\w*|sniz\w*|konkurz
    |concedi(?:aza|ere|eri\w*|at\w*)|disponibiliz\w*|inchide\w*|desfiint\w*|taie|faliment\w*
    |varsla\w*|varsel|sager\supp|sagt\supp|uppsag\w*|skar\sner|drar\sner|minskar|lagger\sner
    |stanger|neddragning\w*
    # temporary contracts not renewed: "ne renouvellera pas 150 contrats", "non rinnova"
    |(?:not|will\snot|won't|does\snot)\srenew\w*|non-renew\w*|ne\s(?:\S+\s)?renouvel\w*\spas
    |non[\s-]renouvellement|non\srinnov\w*|mancat\w*\srinnov\w*|no\srenov\w*
    |(?:nicht|kein\w*)\s(?:\S+\s){0,2}?verlanger\w*|verlanger\w*\s(?:\S+\s){0,6}?nicht
    |niet\s(?:\S+\s)?verleng\w*|verleng\w*\s(?:\S+\s){0,6}?niet|nie\s(?:\S+\s)?przedluz\w*
    |nieprzedluz\w*|let\s(?:\S+\s){1,4}?go|slim\w*\sdown|slimm\w*
    # temporary staff's assignments ended: "fin de mission pour 300 intérimaires", "koniec umów
    # dla 200", "Leiharbeiter abmelden"
    |fin\sde\s(?:leurs?\s)?missions?|koniec\sumow|zakonczeni\w*\sumow
    |(?:leiharbeit\w*|zeitarbeit\w*)\s(?:\S+\s){0,3}?abmeld\w*|abmeldung\w*\s(?:\S+\s){0,3}?
      (?:leiharbeit\w*|zeitarbeit\w*)
    # cuts told by a verb or a metaphor of their own: "culls 300 roles", "300 jobs on the
    # line", "Kahlschlag", "sfoltisce", "echará a 300", "tijeretazo", "ajusta su plantilla",
    # "snoeit 200 banen", "banenkaalslag", "laat 200 mensen gaan", "odchudza załogę"
    |cull\w*\s(?:\S+\s){0,3}?(?:jobs|roles|posts|positions|staff|workers|workforce)
    |(?:jobs|posts|roles|positions|livelihoods)\s(?:\S+\s)?on\sthe\sline
    |\w*kahlschlag|aderlass|sfolt\w*\s(?:\S+\s){0,2}?(?:organico|personale|dipendenti|posti|lavoratori
    |addetti)|(?:echara|echaran|echa|echan)\sa(?=\s\d)
    |tijeretazo|ajust\w*\s(?:de\s|su\s|la\s)?plantilla|\w*kaalslag|gesnoeid
    |snoei\w*\s(?:\S+\s){0,3}?(?:banen|personeel|arbeidsplaatsen|functies|medewerkers|werknemers)
    |(?:laat|laten|liet)\s(?:\S+\s){0,2}?(?:mensen|medewerkers|werknemers|personeelsleden
      |uitzendkrachten|arbeiders|man)\sgaan
    |odchudz\w*\s(?:\S+\s)?(?:zalog\w*|zatrudnieni\w*|kadr\w*|etat\w*)
    # parting with staff: "will sich von 300 Beschäftigten trennen", "wil van 300 medewerkers af"
    |sich\svon\s(?:\S+\s){0,4}?trenn\w*|van\s(?:\S+\s){0,3}?(?:medewerkers|werknemers|banen|mensen
      |personeelsleden)\saf\b
    # jobs that disappear or are in danger, as Spanish and Italian say it: "desaparecerán 300
    # empleos", "peligran 300 empleos", "scompariranno 200 posti"
    |(?:desaparec(?!io\b|ieron\b)\w*|scompar(?:ira|iranno|iscono|ire)|spariranno|spariscono)
      \s(?:\S+\s){0,2}?(?:empleos|puestos|trabajos|posti)|(?:empleos|puestos|posti)\s(?:\S+\s){0,4}?
      (?:desaparec(?!io\b|ieron\b)\w*|scompar(?:ira|iranno|iscono|ire)|spariranno|spariscono)
    |peligra\w*
    # a workforce cut down to size, the blade falling, dismissals opened: "ridimensiona",
    # "le couperet tombe", "apre la mobilità per 240"
    |ridimension\w*\s(?:\S+\s){0,2}?(?:organico|personale|dipendenti|posti|lavoratori|addetti)
    |ridimensiona(?=:)|couperet|(?:apre|aprira|avvia|avviera|aperto|avviato)\s(?:la\s)?
      (?:procedura\sdi\s)?mobilita
    # a workforce going from one size to another: "l'organico scende da 1.200 a 900"
    |(?:workforce|headcount|effectifs|belegschaft|organico|personale|plantilla|personeel
      |personeelsbestand|zatrudnienie)\s(?:\S+\s){0,4}?(?:from|de|von|da|van|z)\s\d[\d.,' ]*
      \s(?:\S+\s)?(?:to|a|auf|naar|tot|do)\s\d+
    )\b""".replace("{not_a_period}", NOT_A_PERIOD)
    .replace(*DEPARTURES)
    .replace(*PARTINGS)
)
CREATION = _cues(
    r"""\b(?:creat\w*|hire|hires|hiring|hired|recruit\w*|add|adds|adding|new\sjobs|expan\w*
    |cre(?:er|e|ee|ees|era|eront|ant|ation|ations)|embauch\w*|recrut\w*|nouveaux\semplois
    |nouveaux\spostes|a\sla\scle|generer\w*|schaff\w*|geschaffen|entstehen\w*|neue\s(?:stellen
    |arbeitsplatze|jobs)|neueinstellung\w*|einstellungen|aufstock\w*|aufgestockt|rekrutier\w*|anwerb\w*|angeworben|aufbau\w*|sucht|einstellen|neue\smitarbeiter\w*|(?:bekomm\w*(?=\s(?:\S+\s){0,2}?(?:\d|neue|zusatzliche|weitere))|(?:(?<=jobs\s)|(?<=stellen\s)|(?<=arbeitsplatze\s))bekomm\w*)
    |baut\s(?:[^\s;:]+\s){0,6}?auf|(?:will|soll|sollen|wird|werden)\s(?:[^\s;:]+\s){0,6}?beschaftigen
    |(?:will|to)\semploy|emploiera|emploieront|impieghera|empleara
    # a running total is no hire: "bringing total cuts to 700", "bringt die Gesamtzahl auf"
    |(?:bring|brings|bringing|bringen|bringt|brengt|brengen)(?!\s(?:the\s|die\s|het\s)?(?:total
      |tally|overall|number|count|gesamt\w*|zahl|totaal|aantal)\b)|oplever\w*|apportera|apporteront|(?:an)?wachs\w*
    |porta(?=\s(?:\S+\s){0,2}?\d)|portera|porteranno
    |(?:promet\w*|promis\w*|verspricht|versprechen|belooft|beloven|obiecuj\w*|promete\w*
      |promett\w*)(?=\s(?:\S+\s){0,2}?\d)|zorgt\svoor(?=\s(?:\S+\s){0,2}?\d)
    |(?:cerca(?!\sde\b)|cercano|busca|buscan|szuka|poszukuje|recherche|recherchent|seeks|seek
      |looking\sfor)(?=\s(?:\S+\s){0,2}?\d)|(?:neemt|nemen|genomen)\s(?:\S+\s){0,5}?in\sdienst
    |in\sdienst\s(?:nemen|genomen)|przyjm\w*\s(?:\S+\s){0,3}?do\spracy|incorporar\w*
    |(?:grow\w*|increas\w*|boost\w*)\s(?:its\s|their\s|the\s)?(?:workforce|headcount|staff)
    |assunzion\w*|assumer\w*|assume|assunt[ie]|nuovi\sposti|creazione|crea\b
    |contratar\w*|contrataci\w*|creacion\w*|crear\w*|creara|nuevos\s(?:empleos|puestos)
    |aannem\w*|aangenomen|werft|werven|neemt\s(?:\S+\s){0,5}?aan|nemen\s(?:\S+\s){0,5}?aan
    |stell(?:t|te|ten)\s(?:(?:[^\s.;:]|\.(?=\d))+\s){0,5}?ein|nieuwe\sbanen|vacatures|extra\spersoneel\w*|zoekt|creeert
    |zatrudni(?!eni|on|ajac)\w*|nowych\smiejsc|zwieksz\w*\s(?:\S+\s)?zatrudnieni\w*
    |augment\w*\s(?:ses\s|les\s|leurs\s)?effectifs|aument\w*\s(?:l'|il\s)?(?:organico|personale)
    |rekrut\w*|utworz\w*|stworz\w*|powstan\w*|powstaje|(?<!utrat[aey]\s)prac\w*\sdla
    |da\sprace|dadza\sprace|znajdzie\s(?:{_W}\s)?(?:prace|zatrudnienie)|zatrudnienie\sznajdzie
    |teremt\w*|letrehoz\w*|hoz\w*\sletre|jon\sletre|uj\smunkahely\w*|felvesz\w*|vesz\w*\sfel|bovit\w*
    |cri(?:ar|ara|arao|a|ou|acao)|novos\s(?:empregos|postos)|contratac\w*
    |vytvor\w*|nabere|nabira|prijme|prijima|nova\spracovni\smista|nove\spracovne\smiesta
    |angajeaza|angajari\w*|angajarea|va\sangaja|vor\sangaja|creea\w*|noi\slocuri|anstaller|nyanstall\w*|rekryter\w*|skapar|nya\sjobb)\b"""
)

# Cues strong enough to report an announcement without a number.
STRONG_LOSS = _cues(
    rf"""\b(?:job\s(?:cuts?|losses|reductions)|layoffs?|lay-offs?|redundancies|job\scull
    |collective\sredundanc\w*|redundancy\s(?:consultation|programme|process|notices?|talks)
    |(?:cut|cuts|cutting|axe|axes|axing|slash\w*|shed\w*|eliminat\w*|los[ei]\w*|reduc\w*|trim|trims|trimmed|trimming
      |slim\w*\sdown|slimm\w*)
      \s(?:{_W}\s){{0,3}}?(?:jobs|positions|roles|workforce|staff|headcount|employees|workers)
    |lays?\soff|laying\soff|laid\soff|jobs?\s(?:at\srisk|under\sthreat|to\sgo|will\sgo)
    |bankrupt\w*|insolven\w*|uitstel\svan\sbetaling|surseance\svan\sbetaling|concordato\spreventivo
    |preconcurso|procedure\sde\ssauvegarde|creditor\sprotection|chapter\s11|postepowanie\ssanacyjne
    |receivership|(?:enters|into|placed\sin)\sadministration
    |liquidat\w*|(?:clos\w*|shut\w*)\s(?:{_W}\s){{0,3}}?(?:plants?|factory|factories|sites?|works
      |facility|facilities)|(?:plant|factory|site|works)\s(?:{_W}\s){{0,2}}?(?:clos\w*|shut\w*)
    |suppressions?\s(?:de\s|d')(?:[\d\s]+\s)?(?:postes|emplois)|supprim\w*\s(?:{_W}\s){{0,3}}?
      (?:postes|emplois)|licenciements?|plan\ssocial|sociaal\splan|plan\sde\ssauvegarde\sde\sl'emploi|\bpse\b
    |rupture\sconventionnelle\scollective|(?:redressement|liquidation)\sjudiciaire|faillite
    |depot\sde\sbilan|depose\sle\sbilan|cessation\sde\spaiements?
    |fermetures?\s(?:de\s|du\s|des\s|d')(?:l')?(?:{_W}\s){{0,2}}?(?:usines?|sites?|fonderie|atelier)
    |ferm\w*\s(?:{_W}\s){{0,3}}?(?:l'|d')?(?:usines?|sites?)|(?:emplois|postes)\smenaces
    |stellenabbau|personalabbau|jobabbau|arbeitsplatzabbau|abbau\svon\s(?:{_W}\s){{0,3}}?
      (?:stellen|arbeitsplatzen|jobs)|(?:streich\w*|abbau\w*|baut|kapp(?:t|en|te|ten))\s(?:{_W}\s){{0,4}}?
      (?:stellen?|arbeitsplatze?|jobs)|(?:stellen|arbeitsplatze|jobs)\s(?:{_W}\s){{0,2}}?abzubauen
    |stellen\s(?:{_W}\s){{0,2}}?(?:streich\w*|abbau\w*|wegfall\w*|gekappt|kappen)
    |entlassungen|massenentlassung\w*|transfergesellschaft\w*|kundigungen|pleite|konkurs\w*|werksschliessung\w*|standortschliessung\w*
    |schliessung\s(?:des|der|von)\s(?:{_W}\s){{0,2}}?(?:werk\w*|standort\w*|fabrik)
    |schliess(?:t|en|e)\s(?:{_W}\s){{0,2}}?(?:werke?|werks|standorte?|fabrik|fabriken)\b
      (?!\s(?:{_W}\s){{0,3}}?nicht\b)
    |(?:werk|standort|fabrik)\s(?:{_W}\s){{0,3}}?(?:schliess\w*|geschlossen|dicht)
    |vor\sdem\saus|stilllegung|sozialplan|schliessungsplan\w*|closure\splans?|plan\sde\sfermeture
    |licenziament\w*|esuberi|procedura\sdi\slicenziamento|fallimento|chiusura\s(?:dello|della|del)
      \s(?:{_W}\s){{0,2}}?(?:stabilimento|fabbrica|sito|impianto)|chiude\s(?:{_W}\s){{0,2}}?
      (?:stabilimento|fabbrica|sito)|uscite\s(?:volontarie|incentivate)
    |despidos|despidos?\scolectivos?|expediente\sde\sregulacion\sde\sempleo|cierre\s(?:de\s)?(?:{_W}\s){{0,2}}?
      (?:planta|fabrica|factoria)s?|cierra\s(?:{_W}\s){{0,3}}?(?:planta|fabrica|factoria)s?
      |concurso\sde\sacreedores|quiebra
    |ontslagen|ontslaggolf|banen\s(?:{_W}\s)?(?:schrappen|geschrapt|weg|verdwijnen)
      |schrapt\s(?:{_W}\s){{0,3}}?\w*banen|ontslagbrie\w*|collectief\sontslag|naakte\sontslagen|sluiting\svan\s(?:de\s)?(?:{_W}\s)?fabriek
      |fabriek\s(?:{_W}\s){{0,3}}?(?:sluiten|sluit|dicht)|failliet\w*|faillissement
    |zwolnie\w*\sgrupow\w*|grupow\w*\szwolnie\w*|likwidacj\w*\s(?:zakladu|fabryki)
      |(?:fabryk\w*|zaklad\w*)\s(?:{_W}\s){{0,4}}?(?:do\slikwidacji|do\szamkniecia|zamkniet\w*)
      |(?:zamyka|zamknie|zamkna|zamkniecie|likwiduje|zlikwiduje)\s(?:{_W}\s)?(?:fabryk\w*|zaklad\w*)
      |upadlosc\w*
    # a workforce reduced, in so many words
    |redu\w*\s(?:ses\s|les\s|leurs\s)?effectifs|reduction\s(?:des\s|d')effectifs
      |tailler\sdans\s(?:ses|les|leurs)\seffectifs|plan\sde\sdeparts|departs\svolontaires
    |stellenstreichung\w*|personal\s(?:{_W}\s){{0,2}}?(?:abbauen|reduzieren|abgebaut)
    |ridu\w*\s(?:il\s|del\s)?personale|taglio\sdel\spersonale|tagli\sal\spersonale
    |(?:un|el|del|nuevo|este|otro|su)\sere\b|reduc\w*\s(?:de\s)?(?:su\s|la\s)?plantilla
      |recorte\sde\s(?:la\s)?plantilla
    |(?:gaat|wil|moet|zal)\s(?:{_W}\s){{0,3}}?ontslaan|personeel\s(?:{_W}\s)?(?:ontslaan|afdanken)
    |redukuj\w*\szatrudnienie|(?:zmniejsz|ogranicz)\w*\s(?:\S+\s)?zatrudnieni\w*|redukcj\w*\s(?:zatrudnienia|etatow)|tn(?:ie|a)\s(?:etaty|zatrudnienie)|likwiduje\setaty
    # a plant given up for good, in any of the seven languages
    |end\w*\s(?:{_W}\s)?production\s(?:at|in)|(?:stopt|stoppen|stopte)\smet\s(?:de\s)?productie\s(?:in|bij|te)
    |wind\w*\sdown\s(?:{_W}\s){{0,3}}?(?:plants?|factory
      |site|operations)|phas\w*\sout\s(?:{_W}\s){{0,3}}?(?:plants?|factory|site)|mothball\w*
    |gibt\s(?:{_W}\s){{0,3}}?(?:standort|werk)\w*\s(?:{_W}\s){{0,3}}?auf|(?:standort|werk)\w*
      \s(?:{_W}\s){{0,2}}?aufgeben|stellt\s(?:die\s)?(?:\w*produktion)\s(?:{_W}\s){{0,4}}?ein
    |cess\w*\s(?:son\s|ses\s|leur\s|l'|toute\s)?activit\w*|arret\sdefinitif|ferm\w*\sses\sportes
      |fermeture\sdefinitive|(?:usines?|sites?|fonderie|atelier)\s(?:{_W}\s){{0,5}}?(?:va\s|vont\s|doit\s)?
      (?:fermer|fermera|fermeront)
    |cessa\w*\s(?:l')?attivita|chiude\s(?:definitivamente|i\sbattenti)|chiusura\sdefinitiva
      |(?:stabiliment[oi]|fabbric[ah]e?|sito|impianto)\s(?:{_W}\s){{0,5}}?(?:chiude|chiudera|chiuderanno
      |chiudono)
    |cerrar\w*\s(?:{_W}\s){{0,3}}?(?:planta|fabrica|factoria)s?|cese\sde\s(?:la\s)?actividad
      |echa\w*\sel\scierre|cierre\sdefinitivo|(?:planta|fabrica|factoria)s?\s(?:{_W}\s){{0,5}}?
      (?:cierra|cierran|cerrara|cerraran)
    |sluit\w*\s(?:{_W}\s){{0,3}}?(?:fabriek|vestiging|deuren)|(?:fabriek|vestiging)\s(?:{_W}\s){{0,3}}?
      (?:gaat\sdicht|definitief\sdicht)
    |wygasz\w*\s(?:{_W}\s)?(?:zaklad\w*|fabryk\w*)
    # the idioms news uses for it: "pulls the plug", "baisse le rideau", "die Lichter gehen aus"
    |pull\w*\sthe\splug\son|lights\sout\sat|end\sof\sthe\sline\sfor
    |(?:baisse|tire|baisser|tirer)\w*\sle\srideau|met\sla\scle\ssous\sla\sporte
    |gehen\s(?:\S+\s){{0,3}}?(?:die\s)?lichter\saus|lichter\sgehen\saus|das\saus\sfur
    |chiude\si\scancelli|abbassa\w*\sla\sserranda|baja\w*\sla\spersiana
    |(?:het\s)?doek\svalt|valt\shet\sdoek|koniec\s(?:fabryki|zakladu)
    |\w*leepites\w*|leepit\w*\s(?:{_W}\s){{0,3}}?(?:munkahely\w*|dolgozo\w*|munkavallalo\w*)
      |elbocsat\w*|csodeljaras\w*|felszamolas\w*|\w*gyarbezaras\w*|bezarja\s(?:a\s)?(?:{_W}\s)?
      (?:gyar\w*|uzem\w*)
    |despedimento\w*|encerramento\s(?:da|do)\s(?:{_W}\s)?(?:fabrica|unidade)|falencia
    |hromadn\w*\s(?:propousteni|prepustanie)|propousteni|prepustanie|konkurz
      |(?:zavre|zatvori|uzavre)\s(?:{_W}\s)?(?:zavod|tovarnu|tovaren)
    |concedieri\w*|disponibilizari|inchiderea\s(?:{_W}\s)?(?:fabricii|uzinei)|faliment
    |uppsagning\w*|varsla\w*|lagger\sner\s(?:{_W}\s)?(?:fabrik\w*|anlaggning\w*))\b"""
)
# Many jobs without a number: "thousands of new jobs", "des centaines d'emplois", "Tausende
# Arbeitsplätze", "több ezer új munkahely". A report without a figure, of the kind the cue
# nearest to it says.
MANY_JOBS = _rx(
    rf"""\b(?:hundreds|thousands|several\s(?:hundred|thousand)|centaines|milliers|plusieurs
    \s(?:centaines|milliers)|hunderte|tausende|mehrere\s(?:hundert|tausend)|centinaia|migliaia
    |cientos|miles|honderden|duizenden|setki|tysiace|tobb\s(?:szaz|ezer)|centenas|milhares
    |stovky|tisice|sute|mii|hundratals|tusentals|kilkaset|kilkuset|kilka\stysiecy
    |kilku\stysiecy)\s(?:(?:of|de|di|van|new|nouveaux|neue
    |nuovi|nuove|nuevos|nieuwe|nowych|uj|novos|noi|nya)\s|d'){{0,3}}(?:{JOB_NOUN})\b"""
)
# Jobs elsewhere than the company's: at its suppliers, in the region, indirectly. A figure
# said to be of them is not the company's cut when the item gives one of its own.
INDIRECT = _rx(
    r"""\b(?:indirect\w*|indirekt\w*|indiretti|indirette|indotto|indirectos|indirectas|indirecte
    |posredni\w*|supply\schain|induced|(?:at|chez|bei|presso|en|bij|u)\s(?:the\s|les\s|den\s|los\s
    |i\s|de\s)?(?:suppliers|sous-traitants|zulieferern|fornitori|proveedores|toeleveranciers
    |poddostawcow)|industria\sauxiliar)\b"""
)
# Cues strong enough to report a creation without a number: a new plant being built.
STRONG_CREATION = _cues(
    rf"""\b(?:(?:build\w*|construire|construira|construit|bau\w*|errichte\w*|costruir\w*
    |construir\w*|construye\w*|bouw\w*|zbuduje|zbuduja|buduje|wybuduje|budow\w*|epit\w*
    |epul\w*|letrehoz\w*|hoz\w*\sletre|constroi|construira|postavi|construi\w*|bygger)
      \s(?:{_W}\s){{0,4}}?(?:plants?|factory|factories|gigafactory|usine|gigafactory|werk|fabrik
      |gigafabrik|fabbrica|stabilimento|gigafactory|planta|fabrica|gigafactoria|fabriek|fabryk\w*
      |zaklad\w*|gyar\w*|uzem\w*|autogyar\w*|fabrica|zavod|tovarn\w*|uzina|fabrik)
    |(?:new|nouvelle|neue[sn]?|nuova|nueva|nieuwe|nowa|nowy|nowej|nowego|uj|nova|novy|noua
    |ny|nya)\s(?:{_W}\s)?
      (?:plant|factory|gigafactory|usine|werk|\w*fabrik|gigafabrik|fabbrica|stabilimento|planta
      |fabrica|gigafactoria|\w*fabriek|fabryk\w*|zaklad\w*|gyar\w*|uzem\w*|zavod|tovarna
      |uzina))\b"""
)
SITE_NOUN = _rx(
    r"""\b(?:plants?|factory|factories|site|sites|works|facility|facilities|gigafactory|hub|depot
    |usines?|fonderie|atelier|werk|werks|werkes|werken|werke|standort\w*|fabrik\w*
    |produktionsstandort\w*|gigafabrik|foundry|fonderie|giesserei|stabiliment[oi]|fabbric[ah]e?
    |impianto|planta|plantas|fabrica|factoria|fabriek|vestiging|productievestiging|fabryk\w*
    |zaklad\w*)\b"""
)

# Words that spread a figure over many countries: it has no one country.
MANY_COUNTRIES = _rx(
    r"""\b(?:worldwide|globally|global\sworkforce|world-wide|europe-wide|across\seurope
    |in\seurope|in\sworld|dans\sle\smonde|en\seurope|a\stravers\sl'europe|monde\sentier
    |weltweit|in\seuropa|europaweit|a\slivello\sglobale|nel\smondo|in\seuropa|in\stutto\sil\smondo
    |en\stodo\sel\smundo|a\snivel\smundial|en\seuropa|wereldwijd|in\seuropa|w\seuropie
    |na\scalym\sswiecie|na\sswiecie|vilagszerte|em\stodo\so\smundo|celosvetovo|la\snivel\smondial
    |globalt|i\shela\svarlden)\b"""
)
