"""Where news puts a company's name, as patterns over folded or original text: before the
verb of the announcement, after a descriptor ("the supplier X"), a preposition ("job cuts
at X"), a procedure ("faillissement van X"), a passive's agent, a legal form. `company`
walks from these places to the name itself.
"""

from __future__ import annotations

import re

VERB = re.compile(
    r"""\s(?:(?:is|are|will|would|has|had|plans?\sto|wants?\sto|is\sset\sto|set\sto|to|now|also
    |planning\sto|aims\sto|intends\sto|is\slooking\sto|looks\sto|is\spreparing\sto|prepares\sto
    |is\sexpected\sto|expects\sto|is\spoised\sto|is\sabout\sto|said\sit\swould|says\sit\swill
    |has\sdecided\sto|decided\sto|will\shave\sto|must|could|may|might|should
    |va|vont|veut|doit|devrait|pourrait|compte|prevoit\sde|s'apprete\sa|will|soll|muss|wird
    |a|ont  # French perfect: "X a annoncé", "X ont confirmé"
    |plant(?!\sto\s)  # German "plans"; "X plant to close" is the plant of X
    |mochte|also|sta\sper|vuole|intende|deve|ha|ha\sdeciso\sdi|va\sa|quiere|planea|preve|gaat
    |wil|moet|zal|heeft|chce|planuje|ma|nog\seens|ook|ya|anche
    |not|ne|non|no|nie)\s)*
    (?:cut|cuts|cutting|axe|axes|axing|axed|shed|sheds|shedding|slash|slashes|slashing|slashed
    |lay\soff|lays\soff|laid\soff|eliminated|closed|shuttered|hired|created|trimmed|scrapped
    |reduced|plans|plan|unveils|unveiled
    |laying\soff|close|closes|closing|shut|shuts|shutter|shutters|file|files|filed|announce
    |announces|announced|confirm|confirms|confirmed|eliminate|eliminates|hire|hires|hiring|create
    |creates|creating|grow|grows|increase|increases|boost|boosts|augmente|augmentera|aumenta
    |aumentera|zwiekszy|zwieksza|move|moves|relocate|relocates|outsource|outsources|offshore|reduce|reduces
    |enter|enters|entered|goes|went|go|collapses|scrap|scraps|trim|trims|downsize|downsizes|seek
    |seeks|open|opens|build|builds|expand|expands|mull|mulls|consider|considers|weigh|weighs
    |supprime|supprimer|supprimera|fermer|ferme|fermera|licencier|licencie|delocaliser|delocalise
    |embaucher|embauche|embauchera|embaucheront|recruter|recrute|recrutera|recruteront
    |licenciera|licencieront|supprimeront|fermeront|creeront|reduira|reduiront
    |licenzieranno|chiuderanno|assumeranno|taglieranno|despediran|contrataran|cerraran
    |recortaran|suprimiran|eliminaran
    |creer|cree|creera|annonce|reduit|reduire|depose|est\splace
    |est\splacee|place\sen|placee\sen|se\ssepare|se\sseparer|transfere|taille|investit|ouvre|prevoit|envisage|menace
    |licenzia|licenziera|taglia|tagliera|chiude|chiudera|annuncia|conferma|assume|assumera
    |delocalizza|riduce|apre|investe|prevede|dichiara|avvia|despide|despedira|despedir|cierra
    |cerrara|anuncia|confirma|suprime|suprimira|recorta|recortara|prescinde|prescindira|elimina
    |eliminara|contrata|contratara|crea|creara|abre|abrira|plantea|propone|presenta|aplicara
    |schrapt|schrappen|ontslaat|sluit|sluiten|kondigt|bevestigt|snijdt|werft|neemt|zoekt|opent
    |construire|construira|construit|costruira|costruisce|construye|bouwt|bouwen|zbuduje
    |investeert|verplaatst|krimpt|zet|zetten|stuurt|zwalnia|zwolni|zamyka|zamknie|likwiduje|zlikwiduje|oglasza
    |oglosil|oglosila|zatrudni|zatrudnia|redukuje|tnie|przenosi|otwiera|buduje
    |zwolnic|zlikwidowac|zamknac|zredukowac|zatrudnic|ograniczyc|zmniejszyc
    |says|said|told|cost|costs|will\scost|kostet|kost|coutera|costera|costara|failliet
    |bankrupt|pleite|insolvent
    |recruit|recruits|recruiting|add|adds|adding|halve|halves|halving
    |appointed|appoints|called\sin|calls\sin|exits|quits|withdraws|promises|promise|promet|promettent|promette|promete|verspricht|belooft|obiecuje
    |trasferisce|trasferira|sposta|stoot|stoten|picks|chooses|selects|porta|portera
    |pruft|erwagt|uberlegt|studia|estudia|onderzoekt|rozwaza|valuta|cerca(?!\sde\b)|busca|szuka
    |prepara|prepare|bereitet|bereidt|przygotowuje|reviews|review|examines|examine
    # a procedure of dismissals opened: "ha aperto una procedura di licenziamento collettivo",
    # "ha abierto un ERE", "a ouvert un PSE"
    |aperto|abierto|a\souvert|ridimensiona|(?:da|entrega|dara|entregara)\sla\scarta
    |bestatigt|bestatigen|confirme|confirment|avviato|potwierdza|potwierdzil\w*
    |poszukuje|recherche|zamykaja|zamkna|zwalniaja|zwolnia|likwiduja|przyjmie|przyjma
    |incorporara|incorporar|licenziare|tagliare|chiudere|assumere|ridurre|comunicato|comunica
    |comunicado|comunique
    |comunico|anuncio|confirmo|informo|informa|annoncait|meldde|meldt|kondigde|bevestigde
    |maakte\sbekend|maakt\sbekend|liet\sweten|poinformowal\w*|zapowiedzial\w*|ogloszil\w*
    |teilte|kundigte|comunicava
    |annunciato|annunciata|anunciado|aangekondigd|angekundigt
    |(?:wil|gaat|moet|zal|will|soll|muss|wird|wollen|gaan|willen|is\svan\splan|zijn\svan\splan)
      (?=\s(?:\S+\s){0,4}?(?:schrappen|ontslaan|snijden|inkrimpen|sluiten|afstoten|aannemen|opheffen|abbauen
      |streichen|schliessen|entlassen|einstellen|anwerben|schaffen|verlagern|trennen|af)\b)
    |crear|contratar|eliminar|suprimir|cerrar|recortar|mette|dimezza|dimezzera|halbiert
    |halveert|rozstanie|rozstaje|rozstala
    # parting with people, ending contracts, destroying jobs (`partings`): "pożegna się z",
    # "rozwiąże umowy", "da pracę", "destruirá", "vernichtet", "heft ... op"
    |(?:po)?zegna\ssie|rozwiaze|rozwiaza|rozwiazuje|wypowie|wypowiedza|wypowiada|zakonczy|da(?=\sprace)|dadza(?=\sprace)
    |destruye|destruira|detruit|detruisent|detruira|vernichtet|verabschiedet|heft|taillent
    |mettent|mettra|parts?(?=\sways)|terminates|terminate|rescinde|rescindira|extingue|shrink|shrinks
    |(?:say|says|bid|bids)(?=\s(?:goodbye|farewell))|(?:dice|dicono)(?=\s(?:addio|adios))
    |reorganiseert|herstructureert|riorganizza|ristruttura|reestructura|reorganiza|restrukturyzuje
    |se\sdebarrass\w*|si\slibera|se\sdeshace|pozbedzie\ssie|pozbywa\ssie|ontdoet|offloads?|spart
    |manda(?=\sal\sparo)|pasa(?=\sla\stijera)
    |plant(?=\s(?:\S+\s){0,2}?\w*(?:abbau|abzubau|schliessung|streichung|entlassung|verlagerung
      |kundigung))
    |streicht|streichen|kappt|kappen|baut|abbauen|schliesst|schliessen|entlasst|entlassen|kundigt|meldet|ist
    |verlagert|verlagern|schafft|schaffen|stellt|sucht|reduziert|gibt|macht|investiert|will
    |kurzt|trennt|setzt|schickt|vraagt|ontslaan|schrapte|make|makes|making|letting|lets|let|met
    |end|ends|ending|wind|winds|phase|phases|mothball|mothballs|cesse|cessa|cesa|wygasza
    # a notice of dismissals filed with an authority: "X notifies the Insolvency Service of",
    # "X zeigt bei der Agentur für Arbeit ... an", "X doet melding collectief ontslag"
    |notifies|notified|notifie|notifica|notifico|zglosil|zglosila|zglasza
    |zeigt(?=\s(?:\S+\s){1,14}?an(?:$|[.,;:!?]))|(?:doet|deed)(?=\s(?:een\s)?melding)
    |offers|offer|proposes|propose|launches|launch|agrees|agreed|signs|signed|starts|begins
    |lance|signe|presente|engage|bietet|startet|einigt|offre|lancia|firma|ofrece|pacta|lanza
    |biedt|oferuje|proponuje
    |leepit|leepiti|elbocsat|bezarja|bezar|epit|epiti|hozza|letrehoz|felvesz|bejelentette
    |despede|despedira|corta|encerra|fecha|cria|criara|demite|vai|elimina
    |propousti|propusti|zrusi|zavre|nabere|prijme|vytvori|prepusti|zatvori
    |concediaza|disponibilizeaza|inchide|angajeaza|va\sconcedia|va\sangaja
    |varslar|sager|lagger|stanger|skar|drar|minskar|anstaller|bygger|skapar
    |culls|culled|snoeit|snoeien|laat|odchudza|odchudzi|sfoltisce|sfoltira|echara|ajusta
    |ajustara|slim|slims|renew|renews|renouvellera|renouvelle|rinnova|rinnovera|renovara|renueva
    |verlangert|verlengt|przedluzy)\b""",
    re.VERBOSE,
)
TITLE_COMMA = re.compile(r"\s*((?:[A-ZÀ-Þ][\w&'’.-]*\s){0,2}[A-ZÀ-Þ][\w&'’.-]*),\s(?=[a-zà-ÿ0-9])")
REACH = 160  # characters read around a cue: a name plus an apposition
AFTER_PREPOSITION = re.compile(
    r"(?:^|\s)(?:at|chez|bei|beim|for|pour|bij|presso|alla|allo|u|per(?=\s(?:la|il|lo)\s|\sl')"
    r"|w\s(?:firmie|spolce|zakladzie"
    r"|zakladach|fabrykach|fabryce"
    r"|koncernie|grupie))\s"
)
# A descriptor then the name, or its apposition: "the supplier Xyz", "la empresa, Xyz,",
# "l'équipementier Xyz", "der Konzern Xyz",
# "il gruppo Xyz", "el fabricante Xyz", "de toeleverancier Xyz", "koncern Xyz".
DESCRIBED = re.compile(
    r"\b(?:supplier|carmaker|automaker|manufacturer|maker|group|firm|company|equipementier"
    r"|constructeur|groupe|sous-traitant|fabricant|\w*zulieferer\w*|\w*hersteller\w*"
    r"|\w*konzern\w*|autobauer\w*|fornitore|gruppo|azienda|costruttore|stabilimento"
    r"|fabricante|proveedor|empresa|grupo|multinacional|auxiliar|toeleverancier|autofabrikant"
    r"|autofabriek|fabrikant|concern|bedrijf|koncern|producent|dostawca|spolka|firma"
    r"|\w*bouwer|\w*leverancier|fabryka|fabryki|zaklad|zakladu|zakladzie|fabbrica|planta"
    r"|fabrica|fabriek|vestiging|usine|impianto|filial|filiale|spolki|spolce|firmy|firmie|fabryce|polo"
    r"|plantilla|gigafactoria|gigafactory|gigafabrik|gigafabbrica|gigafabriek"
    r"|werke?s?\s(?:von|des|der)"
    r"|fonderie|fonderia|fundicion|foundry|giesserei|gieterij|odlewni\w*"
    r"|koncernu|grupy),?\s(?:(?:de|di|du|van|von|della|dello|delle|del|dei|degli|des|der|de\sla|da"
    r"|do)\s|dell'|d')?"
    r"(?=[^\W\d_])"
)
# A plant named by its company, then its town: "l'usine Vernier de Vesoul", "lo stabilimento
# Martini Guarnizioni di Chieti", "de fabriek Smits van Oss". The town is dropped.
SITE_TOWN = re.compile(r"(?<=\S)\s(?:de|di|du|van|von)\s[A-ZÀ-Þ][\w'’-]+$")
# Possessives before a descriptor: the plant is the company's already named, and the name
# after it a place ("su fábrica de Bilbao", "sa filiale de Lyon", "sein Werk in Eisenach").
POSSESSIVE = re.compile(
    r"\b(?:its|their|su|sus|son|sa|ses|leur|leurs|sein|seine|seinem|seinen|ihr|ihre|ihrem"
    r"|zijn|haar|hun|suo|sua|suoi|sue|swoj\w*|jego|jej|ich)\s$"
)
# The agent of a passive: "will be cut by X", "saranno tagliati dalla X", "seront supprimés
# par X", "serán eliminados por X", "worden geschrapt door X", "zlikwidowane przez X". The word
# before the preposition must be a cue of losing or creating jobs (`name_cleaning.is_cue_word`).
BY_AGENT = re.compile(
    r"(?P<verb>[^\W\d_]+)\s(?:by|par|dalla|dallo|dal|dai|dagli|dalle|da|por|door|przez)\s"
    r"(?:(?:the|le|la|les|l'|el|los|la|de|het|il|lo)\s)?(?=[^\W\d_])"
)
# A cut, a plan or a procedure "at" a company: "El ERE de X", "Licenziamenti alla X", "PSE chez X".
CUT_AT = re.compile(
    r"\b(?:ere|erte|pse|plan\ssocial|sozialplan|sociaal\splan|esuberi|licenziamenti|despidos|ontslagen"
    r"|zwolnienia|job\scuts|layoffs|redundancies|stellenabbau|suppressions?\sde\spostes"
    # departures and cuts in their other cases: "odejść w X", "zwolnień w X", "uscite alla X"
    r"|odejsc|zwolnien|uscite|esodi|afvloeiingen"
    # work lost at a company, as Polish says it: "200 osób straci pracę w X"
    r"|(?:straci|straca|traci|traca|stracilo|stracili|stracily)\sprace|prace\s(?:straci|straca|traci)"
    # a workforce reduced, as Polish headlines name it: "Redukcja etatów w X"
    r"|(?:redukcj\w*|likwidacj\w*)\s(?:etatow|zatrudnienia|miejsc\spracy|stanowisk)"
    # a restructuring "in" a company: "Restrukturyzacja w X", "ristrutturazione alla X"
    r"|restrukturyzacj\w*|reorganizacj\w*|ristrutturazione|riorganizzazione|reestructuracion"
    r"|reorganizacion|reorganisatie|herstructurering)"
    # the noun's adjective: "zwolnienia grupowe w X", "despidos colectivos en X"
    r"(?:\s(?:grupowe|collettivi|colectivos|collectifs|collectieve|massive|massicci|masivos"
    r"|forzosos|gedwongen|naakte))?\s"
    r"(?:de|di|del|della|alla|allo|al|in|bij|van|w|en)\s(?=[^\W\d_])"
)
# People leaving a company, the company named as what they leave: "180 lavoratori lasciano
# la X", "200 osób odejdzie z X", "300 salariés quitteront X", "150 werknemers verlaten X".
LEAVING = re.compile(
    r"\b(?:lasciano|lasceranno|lascera|dovranno\slasciare|odejdzie|odejda|odchodzi|odchodza"
    r"|odeszl[oia]|quittent|quitteront|quittera|devront\squitter|verlaten|verlaat|moeten\sverlaten"
    r"|verlassen|verlasst|dejan|dejaran|dejara|abandonan|abandonaran|will\sleave|must\sleave"
    r"|to\sleave)\s(?:(?:la|il|lo|le|l'|z|ze|de|het|die|das|den|the|el|los)\s|l')?(?=[^\W\d_])"
)
# Literal pieces one of which every match of LEAVING holds: the cheap test before it.
LEAVING_STEMS = ("lasc", "odej", "odch", "odesz", "quitt", "verla", "dej", "abandon",
                 "leave")  # fmt: skip
# A lead's inverted subject after a clitic: "Li ha annunciati la X", "Lo ha comunicato la X",
# "Los ha anunciado la empresa X": the company that announced what the headline tells.
CLITIC_SUBJECT = re.compile(
    r"(?:^|[.:;]\s)(?:li|lo|le|la|l'|los|las)\s?(?:ha|hanno|han)\s(?:[^\W\d_]+)\s"
    r"(?:(?:la|il|lo|l'|el|los)\s?)(?=[^\W\d_])"
)
# "422 lavoratori della Trasnova", "760 empleados de Continental", "2000 medewerkers van Nedcar".
OF_AFTER_NOUN = re.compile(
    r"\b(?:workers|employees|staff|salaries|collaborateurs|travailleurs|ouvriers|employes"
    r"|mitarbeiter\w*|beschaftigte\w*|belegschaft|workforce|personale|organico"
    r"|lavorator[ie]|dipendenti|operai|trabajadores|empleados|plantilla|medewerkers|werknemers"
    r"|personeel|pracownikow|pracownicy|pracownik|zalogi"
    # the jobs of a company, as its staff: "los 600 empleos de X", "cuatro empleos de X"
    r"|empleos|puestos|emplois|postes|posti|banen)\s(?:(?:of|de|des|du|der|von|della|dello|del|di"
    r"|van|bij|z)\s|dell')?(?=\S)"
)
# Who runs or winds up a company, then the company: "the management of X", "la direction de
# X", "die Geschäftsführung von X", "la direzione della X", "la dirección de X", "de curator van
# X", "zarząd spółki X". A lead names the company so when its headline only describes it.
ORGAN_OF = re.compile(
    r"\b(?:(?:management|board|owners?|administrators?|receivers?|liquidators?|chief\sexecutive"
    r"|works\scouncil|boss|ceo)\sof|(?:direction|dirigeants|liquidateur|administrateur\sjudiciaire|patron|pdg"
    r"|proprietaire|cse|comite\ssocial\set\seconomique)\s(?:de|du|des)"
    r"|(?:geschaftsfuhrung|geschaftsleitung|vorstand|management|betriebsrat|gesamtbetriebsrat"
    r"|insolvenzverwalter|chef|eigentumer)\s(?:von|der|des|bei)|(?:direzione|vertici|proprieta"
    r"|curatore|commissario|amministratore\sdelegato|rsu)\s(?:di|della|dello|del|dell')"
    r"|(?:direccion|directiva|administrador\sconcursal|administracion\sconcursal|consejero"
    r"\sdelegado|propiedad|comite\sde\sempresa)\s(?:de|del)|(?:directie|curator|bestuur|topman"
    r"|leiding|management|eigenaar|ondernemingsraad)\s(?:van|bij)"
    r"|(?:zarzad|syndyk|prezes|kierownictwo|wlasciciel)"
    r"(?:\s(?:spolki|firmy|grupy|zakladu|koncernu))?"
    # and who invests in or runs a new plant: "the investor is X", "Betreiber ist X",
    # "l'investimento è della X", "la inversión de X", "initiatiefnemer is X", "inwestorem jest X"
    r"|(?:spokesperson|spokesman|spokeswoman)\s(?:for|of)|porte-parole\s(?:de|du|des)"
    r"|sprecher(?:in)?\s(?:von|des|der)|portavoce\s(?:di|della|del|dell')|portavoz\s(?:de|del)"
    r"|woordvoerder\svan|rzeczni(?:k|czka)(?:\sprasow[ya])?(?:\s(?:spolki|firmy|grupy|koncernu))?"
    r"|(?:directeur|directrice|topman|bestuursvoorzitter)(?:\s[^\W\d_]+){0,3}?\svan"
    r"|(?:the\sproject\sis\sby|el\sproyecto\ses\sde(?:\sla|\slos|l)?|il\sprogetto\se\s(?:di|della|del)"
    r"|le\sprojet\sest\sporte\spar|das\sprojekt\sstammt\svon|het\sproject\sis\svan)"
    r"|(?:built|operated|developed|run)\sby|(?:construite?|exploitee?|developpee?)\spar"
    r"|(?:gebaut|betrieben|errichtet)\svon|(?:realizzat[oa]|costruit[oa])\s(?:da|dalla|dal)"
    r"|(?:construida|construido)\spor|(?:gebouwd|geexploiteerd)\sdoor|(?:budowana|budowany)\sprzez"
    # who the headline only described, named in the lead: "Il s'agit de X", "Se trata de X"
    r"|il\ss'agit\s(?:de|du|des|d')|se\strata\sde(?:l)?|si\stratta\s(?:di|della|del|dello|dell')"
    r"|es\shandelt\ssich\sum|het\sgaat\som|chodzi\so(?:\s(?:firme|spolke|zaklad|producenta))?"
    r"|(?:investor|operator)\sis|l'investisseur\sest|l'investissement\s(?:de|du)"
    r"|(?:investor|betreiber|bauherr)\s(?:ist|sei)|l'investimento\se\s(?:di|della|del|dell')"
    r"|l'investitore\se|la\sinversion\s(?:de|del)|el\sinversor\ses|(?:initiatiefnemer"
    r"|investeerder|exploitant)\sis|inwestorem\sjest|inwestor\sto)\s"
    r"(?:(?:the|la|le|les|l'|el|los|il|lo|de|het|die|der|das)\s)?(?=[^\W\d_])"
)
# English names a company's people after it: "Arden Castings boss", "Nissan workers".
STAFF_AFTER = re.compile(
    r"\s(?:boss|bosses|chief|chief\sexecutive|ceo|owner|owners|founder|management|workers|staff"
    r"|employees|workforce)\b"
)
# An article and a word that may be a nationality, then a name: "le chinois Envion", "la
# china Lanxin Power", "il cinese Zhongwei"; `company` checks the word is one.
ARTICLE_WORD = re.compile(
    r"\b(?:le|la|l'|el|il|lo|der|die|das|het|de|the)\s(?P<word>[^\W\d_]+)\s(?=[^\W\d_])"
)
# A name closed by a legal form ("Menaje Hogar S.A.", "Fabryka Sp. z o.o.") is a company's.
LEGAL_NAME = re.compile(
    r"(?<![\w.])((?:[A-ZÀ-Þ0-9][\w&'’.-]*\s){0,4}?[A-ZÀ-Þ0-9][\w&'’.-]*),?\s"  # "X, S.A."
    r"(?:AG|SE|S\.p\.A\.|SpA|S\.r\.l\.|Srl|S\.A\.U?\.?|S\.L\.U?\.?|N\.V\.|NV|B\.V\.|BV"
    r"|GmbH(?:\s&\sCo\.?\sKG)?|KGaA|plc|PLC|Ltd\.?|Inc\.?|SAS|S\.A\.S\.|Oyj|ASA|AB|A/S|a\.s\."
    r"|s\.r\.o\.|Kft\.?|Zrt\.?|[Ss]p\.\sz\so\.o\.|S\.A\.|SLU?|srl|s\.r\.l\.|spa|S\.p\.a\.)(?![\w])"
)
LEGAL = re.compile(
    r"(?:\s+(?:AG|GmbH|GmbH\s&\sCo\.?\sKG|KG|SA|SAS|S\.A\.S?\.?|Ltd\.?|Limited|plc|PLC|Inc\.?|NV"
    r"|N\.V\.|SE|SpA|S\.p\.A\.|Co\.|Corp\.?|Corporation|AB|A/S|Oy|BV|B\.V\.|SLU?|S\.L\.U?\.?"
    r"|[Ss]rl|[Ss]\.r\.l\.|S\.A\.U?\.?|[Ss]p\.\sz\so\.o\.|Kft\.?|Zrt\.?|Nyrt\.?))+$"
)
# Verb before subject, as Italian and Spanish headlines write it: "chiude Speedline",
# "cierra Nissan"; the name follows the verb.
VERB_FIRST = re.compile(
    r"(?:^|[,:.]\s|\s)(?:chiude|chiudera|licenzia|cierra|cerrara|despide|sluit|zamyka"
    r"|ferme|schliesst|streicht|kappt|baut|entlasst|schrapt|ontslaat|supprime|licencie|taglia"
    r"|despedira|zwalnia|zwolni|zlikwiduje|zamknie|zatrudni|zredukuje|fallisce"
    r"|(?:sucht|schafft)\s(?:der|die|das))\s(?=[^\W\d_])"
)
# A bankruptcy word before a name marks the company that fails: "the bankrupt supplier X",
# "de failliete bussenbouwer X", "der insolvente Zulieferer X", "la fallita X".
BANKRUPT_BEFORE = re.compile(
    r"\b(?:bankrupt|insolvent|collapsed|failliete?|insolvente[nmrs]?|pleite|fallit[aoie]"
    r"|quebrada|en\squiebra|upadl\w*|upadajac\w*|liquidee|en\sliquidation)\s"
)
# Prepositions that usually put a place after them, and a company when a trade's plural heads
# the name ("perderán su empleo en Recambios Galicia", "zwolnienia w Zakładach X").
PLACE_PREPOSITION = re.compile(r"\b(?:en|in|w|we|a|em)\s(?=[^\W\d_])")
# The company a procedure is opened for: "Insolvenzverfahren über X", "faillissement van X",
# "liquidation judiciaire de X", "concurso de acreedores de X". Read in the headline only, as
# "at" the company: a round-up naming one procedure in its lead is not that company's news.
PROCEEDINGS_OF = re.compile(
    r"\b(?:insolvenzverfahren\s(?:uber|fur|gegen)(?:\sdas\svermogen\s(?:der|des))?"
    r"|insolvency\sproceedings\s(?:against|for)|faillissement\svan"
    r"|(?:liquidation|redressement)\sjudiciaire\s(?:de|du|des)"
    r"|concurso\sde\sacreedores\s(?:de|del)"
    r"|(?:the\s)?closure\sof|(?:la\s)?fermeture\s(?:de|du|des)|(?:el\s)?cierre\s(?:de|del)"
    r"|(?:la\s)?chiusura\s(?:di|della|dello|del|dell')|(?:die\s)?schliessung\s(?:von|der|des)"
    # a bankruptcy declared "of" a company: "dichiara il fallimento della X", "la faillite de X"
    r"|(?:il\s)?fallimento\s(?:di|della|dello|del|dell')|(?:la\s)?faillite\s(?:de|du|des|d')"
    r"|(?:la\s)?(?:quiebra|liquidacion)\s(?:de|del)"
    r"|(?:la\s)?liquidazione\s(?:di|della|dello|del|dell')"
    r"|(?:de\s)?sluiting\svan"
    r"|(?:chiusura|fallimento|crisi|cierre|quiebra|fermeture|faillite|closure|collapse|sluiting"
    r"|concordato\spreventivo|amministrazione\sstraordinaria|preconcurso(?:\sde\sacreedores)?"
    r"|faillissement|zamkniecie|likwidacja|upadlosc|schliessung|insolvenz|insolvenzantrag|aus"
    r"|uitstel\svan\sbetaling|surseance(?:\svan\sbetaling)?|liquidazione|liquidacion|sanacja"
    r"|(?:redressement|liquidation)\sjudiciaire)"
    # the event may loom: "Faillissement dreigt voor X", "Insolvenz droht für X"
    r"(?:\s(?:dreigt|droht|looms|threatens|menace|minaccia|amenaza|grozi))?"
    r"\s(?:per|for|pour|para|voor|dla|fur|bei|at|chez|en)(?:\s(?:la|il|lo|le|l'|the|el|de|het|die"
    r"|der|das))?)\s"
)
NAME_TOKEN = re.compile(r"^(?:[^\W\d_][\w&+.'’-]*|\d+[^\W\d_][\w&+.'’-]*)$")
