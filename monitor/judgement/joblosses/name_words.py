"""The words around company names, as data: connectors inside names, determiners and
descriptors before them ("the supplier", "l'équipementier", "Autozulieferer"), event words,
and capitalised words that open headlines but name no company. Folded (lower case, no
accents)."""

from __future__ import annotations

import re

CONNECTORS = frozenset({
    "&", "+", "und", "and", "de", "von", "van", "du", "der", "des", "of", "del", "della", "di",
    "da", "dos", "das", "do", "den", "het",
})  # fmt: skip

DETERMINERS = frozenset({
    "the", "le", "la", "les", "l", "der", "die", "das", "den", "dem", "des", "ein", "eine", "un",
    "el", "los", "las", "il", "lo", "gli", "het", "una", "uno", "unos", "unas", "een", "einen",
    "einem", "einer", "eines",
    # "Hundreds of X workers": a quantity of the staff, not part of the name
    "hundreds", "thousands", "dozens", "hunderte", "tausende", "centinaia", "migliaia", "cientos",
    "miles", "honderden", "duizenden", "setki", "tysiace", "centaines", "milliers",
    "une", "bei", "chez", "at", "for", "pour", "fur", "a", "an", "au", "du", "beim", "im", "am",
    "in",
    "en", "et", "and", "und", "&", "+", "de", "von", "of", "van", "also",
})  # fmt: skip

# German compounds end with the descriptor ("Autozulieferer", "VW-Tochter"); other
# languages write it as a word of its own ("supplier", "l'équipementier").
DESCRIPTOR_SUFFIXES = (
    "zulieferer", "hersteller", "konzern", "bauer", "lieferant", "gruppe", "unternehmen", "firma",
    "spezialist", "pionier", "konkurrent", "tochter", "betreiber", "marke", "produzent",
    "leverancier", "fabrikant", "bouwer", "concern", "fabriek", "bedrijf", "producent",
    "maker", "verwerker", "verwerkers", "specialist", "fertiger", "versicherer", "handler",
)  # fmt: skip
DESCRIPTOR_WORDS = frozenset({
    "carmaker", "automaker", "maker", "supplier", "manufacturer", "group", "firm", "company",
    "giant", "equipementier", "constructeur", "fabricant", "groupe", "sous-traitant",
    "specialiste", "entreprise", "societe", "start-up", "startup", "producer", "producteur",
    "champion", "pionnier", "pioneer", "newcomer", "rival", "subsidiary", "filiale", "unit",
    "brand", "marque", "owner", "proprietaire", "operator", "exploitant", "automobiliste",
    # the owner, in the other languages: "Eigenaar X kon geen koper vinden" names X
    "eigenaar", "eigentumer", "eigner", "proprietario", "proprietaria", "propietario",
    "propietaria", "wlasciciel",
    "zulieferer", "hersteller", "konzern", "autobauer",
    "fornitore", "produttore", "azienda", "gruppo", "costruttore", "societa", "multinazionale",
    "fabricante", "proveedor", "empresa", "grupo", "compania", "firma", "multinacional",
    "constructora", "toeleverancier", "autofabrikant", "autobouwer", "fabrikant", "concern",
    "bedrijf", "producent", "leverancier", "koncern", "spolka", "dostawca", "poddostawca",
    "fabryka", "zaklad",
    "gigant", "fabbrica", "stabilimento", "planta", "fabriek", "autofabriek", "impianto",
    "filial", "spolki", "spolce", "firmy", "firmie", "fabryce", "koncernu", "developer",
    "producenta", "grupa", "grupy", "grupie", "sede", "sedi", "siedziba", "plantilla",
    "gigafactoria", "gigafactory", "gigafabrik", "gigafabbrica",
    "gigafabriek", "gigafabryka", "zaklady", "zakladow", "fabryki", "auxiliar", "subcontratista",
    # Hungarian, Portuguese, Czech, Slovak, Romanian, Swedish
    "ceg", "vallalat", "gyar", "autogyar", "beszallito", "gyarto", "fabrica", "companhia",
    "fornecedor", "construtora", "automobilka", "spolecnost", "spolocnost",
    "dodavatel", "vyrobce", "vyrobca", "automobilky", "grupul", "uzina", "producatorul",
    "furnizorul", "foretaget", "bolaget", "koncernen", "tillverkaren", "biltillverkaren",
    "fabriken", "underleverantoren",
    # firms outside the car industry, whose cuts count too ("Insurer X to cut 400 jobs")
    "insurer", "reinsurer", "lender", "retailer", "airline", "assureur", "assicuratore",
    "aseguradora", "verzekeraar", "ubezpieczyciel", "distributeur", "distributore",
    "distribuidor", "detaillant",
})  # fmt: skip
# Plural nouns of a trade that open company names in Romance and Polish usage ("Recambios
# Galicia", "Officine Rossi", "Zakłady Mięsne", "Forges de X"): a capitalised name they head is
# a company's even after a preposition that usually puts a place ("en", "in", "w").
COMPANY_HEADS = frozenset({
    "componentes", "motores", "talleres", "industrias", "construcciones", "transportes",
    "recambios", "mecanizados", "plasticos", "aceros", "fundiciones", "forjas", "forjados",
    "hierros", "estampaciones", "ceramicas", "baterias", "neumaticos", "frenos", "cables",
    "pinturas", "officine", "industrie", "costruzioni", "componenti", "fonderie", "acciaierie",
    "cablaggi", "stampaggi", "plastiche", "ricambi", "ateliers", "forges", "fonderies",
    "etablissements", "constructions", "industries", "zaklady", "zakladach", "huta", "hucie",
    "odlewnia", "odlewni", "tlocznie", "tlocznia", "tloczni",
})  # fmt: skip

# Words companies end their names with, in the languages of the trade press ("Sokół
# Automotive", "Harwood Components", "Kabel Polska"): a name they close after a preposition of
# place ("w", "in", "en") is a company's, not a town's.
COMPANY_TAILS = frozenset({
    "automotive", "components", "componenti", "componentes", "systems", "systemy", "technologies",
    "technology", "technik", "technika", "industries", "group", "grupa", "holding", "polska",
    "poland", "engineering", "motors", "electronics", "elektronik", "plastics", "logistics",
    "solutions", "manufacturing", "international", "werke", "fabriek", "serwis", "service",
    "services",
})  # fmt: skip

# Works that name a company after them when written in lower case ("la fonderie Marchal",
# "pracownicy odlewni Mazur"); capitalised, they are the name's own ("Fonderie du Berry").
LOWER_DESCRIPTORS = frozenset({
    "fonderie", "foundry", "fonderia", "fundicion", "gieterij", "odlewnia", "odlewni",
    "odlewnie", "giesserei", "fonderies",
})  # fmt: skip

# Polish descriptors, after which what is made stands in the genitive ("fabryka opon X",
# "producent foteli samochodowych X") with no link word between.
GENITIVE_DESCRIPTORS = frozenset({
    "fabryka", "fabryki", "fabryce", "producent", "producenta", "zaklad", "zakladu", "zakladzie",
    "dostawca", "dostawcy", "spolka", "spolki", "firma", "firmy",
})  # fmt: skip

# Words that link a descriptor to the name it describes: "la fabbrica della X", "la planta de X".
LINKS = frozenset({
    "de", "di", "du", "des", "del", "della", "dello", "dei", "degli", "delle", "der", "van",
    "von", "da", "do", "dos", "la", "el", "il", "lo", "los", "las", "le", "les", "het",
})  # fmt: skip

# Particles of surnames that companies carry ("De Wit", "Van der Berg", "Di Martino", "Da
# Silva", "Von Roll"): written with a capital after a descriptor, they open the name.
PARTICLES = frozenset({"de", "van", "der", "den", "von", "di", "da", "del", "della", "le", "la",
                       "du", "dos", "ter", "ten"})  # fmt: skip

# Words that make the name after them a part of the group named before them: "Volkswagens
# Tochter Cariad", "Stellantis' subsidiary Trasnova", "la filiale Dorval": the part is meant.
SUBSIDIARY_WORDS = ("tochter", "subsidiary", "filiale", "filial", "dochter", "controllata", "marke",
                    "brand", "marque", "unit", "division", "sparte")  # fmt: skip


def is_subsidiary_word(word: str) -> bool:
    word = word.removesuffix("s").removesuffix("'")
    return word.endswith(SUBSIDIARY_WORDS)


# Prepositions that put a place after them: "Fabryka X w Tychach zwolni": the subject is before.
# And those that put the place a company is from: "X uit Venray ontslaat", "X aus Hof streicht".
# Nouns of an area, which put a place's name after them ("la vallée de l'Arve", "la comarca
# del Bierzo", "die Region Hannover"): a descriptor followed by one describes, never names.
AREA_NOUNS = frozenset({
    "region", "regione", "regio", "valley", "vallee", "valle", "tal", "comarca", "provincia",
    "province", "provincie", "departement", "bassin", "agglomeration", "zone", "zona", "area",
    "streek", "okolice", "regionu", "wojewodztwa", "landkreis", "kreis", "distretto", "bacino",
})  # fmt: skip
# Courts and local authorities, named by their town: "il tribunale di Ancona", "le tribunal de
# commerce de Sedan", "de rechtbank van Breda", "der Bürgermeister von Zwickau".
SEAT_NOUNS = frozenset({
    "tribunale", "tribunal", "court", "gericht", "amtsgericht", "landgericht", "rechtbank",
    "sad", "sindaco", "maire", "burgemeester", "burgermeister", "alcalde", "comune",
    "ayuntamiento", "gemeente", "prefettura", "prefecture", "prefet", "prefetto", "commerce",
    "mairie", "council", "stadt", "gmina", "urzad", "procura", "parquet",
})  # fmt: skip
# Words that open the name of a public body, not a company's: "Regione Piemonte", "Comune di
# Torino", "Gemeente Venlo", "Tribunale di Milano", "Landkreis Zwickau", "Gmina Jawor".
PUBLIC_BODY_HEADS = frozenset({
    "regione", "provincia", "comune", "tribunale", "prefettura", "procura", "gemeente",
    "provincie", "rechtbank", "landkreis", "bezirksregierung", "amtsgericht", "landgericht",
    "gmina", "powiat", "wojewodztwo", "starostwo", "ayuntamiento", "diputacion", "generalitat",
    "junta", "prefecture", "tribunal", "mairie", "departement",
})  # fmt: skip
LOCATIVE = frozenset({"in", "w", "we", "en", "a", "im", "nel", "nella", "bei", "near", "te", "uit",
                      "aus", "z", "ze"})  # fmt: skip  # "Tarmex z Bielska-Białej": X from a town


# Words for the event that open a headline before the name: "Faillissement X:", "Insolvenz X".
EVENT_WORDS = frozenset({
    "faillissement", "insolvenz", "insolvency", "bankruptcy", "faillite", "fallimento",
    "quiebra", "upadlosc", "concurso", "sluiting", "fermeture", "chiusura", "cierre",
    "schliessung", "closure", "reorganisatie", "restructuring", "restructuration",
    "ristrutturazione", "reestructuracion", "restrukturyzacja", "stellenabbau", "jobabbau",
    "ontslagen", "licenziamenti", "despidos", "zwolnienia", "layoffs", "crisi", "crisis",
    "krise", "kryzys", "crise", "sciopero", "huelga", "staking", "strajk", "streik", "strike",
    "greve", "vertenza", "vertenze", "conflicto", "conflit",
    # the procedure and who runs it, opening a headline before its colon ("Pleite: 300 Jobs
    # weg", "Curator: 120 banen weg")
    "pleite", "konkurs", "bankrott", "insolventie", "liquidation", "liquidazione", "liquidacion",
    "likwidacja", "curator", "curateur", "syndyk", "administrators", "administrator",
    "insolvenzverwalter", "liquidateur", "liquidatore", "commissario",
    # a labour market's state, the topic of a headline about vacancies ("Fachkräftemangel: ...")
    "fachkraftemangel", "personalmangel", "arbeitskraftemangel", "penurie",
    "personeelstekort", "krapte", "carenza", "escasez", "niedobor",
})  # fmt: skip


def is_descriptor(word: str) -> bool:
    if word.endswith("en") and word[:-2].endswith(DESCRIPTOR_SUFFIXES):
        return True  # the German weak nouns' cases: "beim Kabelspezialisten", "des Produzenten"
    word = word.removesuffix("s")
    if word.startswith(("l'", "d'")):
        word = word[2:]
    elif word.startswith(("un'", "un’")):
        word = word[3:]  # "Un'azienda dell'indotto": a company, not named
    compound = word.endswith(DESCRIPTOR_SUFFIXES) and word not in _SURNAMES
    return word in DESCRIPTOR_WORDS or compound or word in EVENT_WORDS


# Suffixes that stand alone as surnames, not descriptors: "Bauer Kunststoffe", "Bouwer BV".
_SURNAMES = frozenset({"bauer", "bouwer"})


# Capitalised words that open headlines but name no company.
STOP = frozenset({
    "exclusive", "exclusiva", "exklusiv", "esclusiva", "exclusif", "exclusief", "update",
    "aktualizacja", "aggiornamento", "actualizacion", "mise", "bauherr", "betreiber", "investor",
    "initiatiefnemer", "investeerder",
    "breaking", "analysis", "interview", "opinion", "comment", "live",
    "report", "study", "studie", "etude", "union", "unions", "government", "minister",
    "europe", "eu", "ceo", "chief", "boss", "chef", "workers", "employees", "staff", "jobs",
    "it", "he", "she", "they", "we", "this", "that", "there", "il", "elle", "ils", "on", "er",
    "sie", "es", "wir", "auto", "automobile", "autoindustrie", "automobilindustrie", "automotive",
    "industrie", "industry", "sector", "secteur", "branche", "insolvency", "insolvenz", "who",
    "which", "what", "how", "why", "when", "where", "qui", "que", "wer", "wie", "was", "warum",
    "wo", "new", "neue", "nouveau", "nouvelle", "plant", "factory", "usine", "werk", "site",
    "standort", "jobabbau", "stellenabbau", "plan", "pse", "mais", "but", "aber", "doch",
    "program", "programme", "programma", "programa", "programm",
    # a wave of cuts, which opens headlines before the company is named ("Fala zwolnień w X")
    "fala", "ondata", "vague", "wave", "welle", "ola",
    "after", "apres", "nach", "before", "avant", "vor", "wegen", "trotz", "despite", "malgre",
    "politics", "markets", "business", "economy", "economie", "wirtschaft", "tech", "mobility",
    "motor", "auto-industrie", "zulieferindustrie", "autobranche", "konzernchef",
    "betriebsrat", "arbeitgeber", "employer", "employeur", "direction", "management",
    "vorstand", "board", "conseil", "ig", "cgt", "cfdt", "und", "and", "et", "job", "price",
    "prices", "car", "cars", "sales", "production", "output", "rate", "rates", "profit",
    "profits", "demand", "strike", "talks", "plans", "cuts", "layoffs", "shares", "stocks",
    "revenue", "orders", "market", "crisis", "krise", "produktion", "absatz", "umsatz",
    "gewinn", "belegschaft", "mitarbeiter", "beschaftigte", "stellen", "zukunft", "emploi",
    "emplois", "postes", "ventes", "prix", "salaries", "greve", "usines", "sites", "werke",
    "electric", "ev", "evs", "battery", "batteries", "gigafactory", "premier", "premiere",
    "first", "erste", "erster", "another", "un", "une", "encore", "weitere", "more", "plus",
    "mehr",
    # a sector, which loses jobs in studies but announces none ("Branża motoryzacyjna straciła")
    "branza", "settore", "przemysl", "motoryzacja", "autosector", "sektor",
    # what a story is about, opening it before its verb ("Consultation opens at X")
    "consultation", "consultations", "negotiations", "review", "redundancy", "redundancies",
    "fears", "fear", "hopes", "concern", "concerns", "uncertainty", "doubts", "warning",
    # people's titles, before a person's name, never a company's ("the German Chancellor X")
    "chancellor", "kanzler", "kanzlerin", "bundeskanzler", "president", "presidente",
    "prasident", "prasidentin", "prezydent", "prime", "ministre", "ministro", "ministra",
    "ministerin", "mayor", "maire", "sindaco", "alcalde", "alcaldesa", "burgemeester", "burmistrz",
    "burgermeister", "burgermeisterin", "oberburgermeister", "oberburgermeisterin", "polgarmester",
    # a town's mood, opening a Hungarian headline before the town ("Csalódottság Szentgotthárdon")
    "csalodottsag", "dobbenet", "megkonnyebbules", "aggodalom", "felhaborodas", "elkeseredes",
    "secretary", "commissioner", "commissaire", "kommissar", "commissario", "comisario",
    # the word for work, which opens headlines in its object case ("Pracę straci 150 osób")
    "work", "arbeit", "travail", "lavoro", "trabajo", "praca", "prace", "pracy", "munka",
    "munkat", "trabalho", "munca", "arbete", "jobb", "emprego", "empleo",
    # Polish "every" before an ordinal, opening a share ("Co piąty pracownik X straci pracę")
    "co",
    # days, opening a lead before its verb and its subject ("Gestern teilte X mit")
    "gestern", "heute", "vandaag", "gisteren", "maandag", "dinsdag", "woensdag", "donderdag",
    "vrijdag", "zaterdag", "zondag", "ieri", "oggi", "hier", "ayer", "hoy", "wczoraj", "dzisiaj",
})  # fmt: skip
# Question words opening a headline before the company it asks about ("Why Kestrel Trim is
# closing", "Pourquoi X ferme", "Waarom X banen schrapt"): not part of the name, which follows.
QUESTION_WORDS = frozenset({
    "why", "how", "pourquoi", "comment", "warum", "wieso", "weshalb", "weswegen", "wie",
    "perche", "come", "porque", "como", "waarom", "hoe", "dlaczego", "czemu", "jak",
})  # fmt: skip
WEEKDAYS_MONTHS = re.compile(
    r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|january|february"
    r"|march|april|may|june|july|august|september|october|november|december|janvier|fevrier"
    r"|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|januar|februar"
    r"|marz|juni|juli|oktober|dezember)$"
)
