"""The extractor reads restructuring news in EN FR DE IT ES NL PL, in the forms news uses.

Every sentence here was written for these tests, in the styles of wire copy, trade press
and regional papers; companies marked (invented) and all figures are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.judgement.joblosses import Watchlist, extract_announcement
from monitor.model.joblosses import JobsKind, Qualifier

CASES = [
    # English
    (
        "en",
        "Kelvar Components has laid off 150 employees at its Leeds site",
        "",
        "Kelvar Components",
        150,
        "loss",
    ),
    (
        "en",
        "Oxbridge Parts slashed 4,000 roles last year",
        "The supplier blamed weak demand.",
        "Oxbridge Parts",
        4000,
        "loss",
    ),
    ("en", "Trivon Motors announces 4,000+ job cuts", "", "Trivon Motors", 4000, "loss"),
    ("en", "Stellantis to cut an additional 3,000 jobs in Italy", "", "Stellantis", 3000, "loss"),
    ("en", "Ford to axe twenty thousand jobs worldwide", "", "Ford", 20000, "loss"),
    (
        "en",
        "Halvorsen Axles planning to shed up to 800 positions",
        "",
        "Halvorsen Axles",
        800,
        "loss",
    ),
    (
        "en",
        "Brenta Seating Ltd to hire 600 workers for new plant",
        "",
        "Brenta Seating",
        600,
        "creation",
    ),
    # French
    ("fr", "Valeo va se séparer de 300 collaborateurs", "", "Valeo", 300, "loss"),
    ("fr", "L'équipementier Dorval supprime 250 postes à Amiens", "", "Dorval", 250, "loss"),
    (
        "fr",
        "Plan social chez Marbeuf Industries : 420 emplois menacés",
        "",
        "Marbeuf Industries",
        420,
        "loss",
    ),
    ("fr", "Renault va recruter deux mille trois cents personnes", "", "Renault", 2300, "creation"),
    ("fr", "Forvia annonce la suppression de plus de 1 200 emplois", "", "Forvia", 1200, "loss"),
    # German
    ("de", "Zulieferer Kranich streicht 900 Stellen in Bayern", "", "Kranich", 900, "loss"),
    (
        "de",
        "Beim Autozulieferer Holtmann fallen 1.300 Arbeitsplätze weg",
        "",
        "Holtmann",
        1300,
        "loss",
    ),
    (
        "de",
        "Zentalis Automotive GmbH baut bis zu 2.000 Jobs ab",
        "",
        "Zentalis Automotive",
        2000,
        "loss",
    ),
    ("de", "Bosch will zweitausend Stellen abbauen", "", "Bosch", 2000, "loss"),
    # Italian
    ("it", "Brembo, 300 nuove assunzioni a Curno", "", "Brembo", 300, "creation"),
    ("it", "Carrozzerie Valsesia licenzia 85 lavoratori", "", "Carrozzerie Valsesia", 85, "loss"),
    ("it", "Marelli, oltre 500 esuberi negli stabilimenti italiani", "", "Marelli", 500, "loss"),
    ("it", "Stellantis taglia mille posti di lavoro a Mirafiori", "", "Stellantis", 1000, "loss"),
    (
        "it",
        "Licenziamento collettivo per 120 dipendenti della Fonderia Orobica",
        "",
        "Fonderia Orobica",
        120,
        "loss",
    ),
    # Spanish
    ("es", "Gestamp despedirá a 400 trabajadores en su planta de Vigo", "", "Gestamp", 400, "loss"),
    ("es", "Seat presenta un ERE para 1.500 empleados", "", "SEAT", 1500, "loss"),
    (
        "es",
        "Renault contratará a unos 600 trabajadores en Valladolid",
        "",
        "Renault",
        600,
        "creation",
    ),
    (
        "es",
        "La fábrica de Componentes Ribera cierra y deja sin trabajo a 230 personas",
        "",
        "Componentes Ribera",
        230,
        "loss",
    ),
    ("es", "Ficosa anuncia dos mil despidos", "", "Ficosa", 2000, "loss"),
    # Dutch
    ("nl", "Toeleverancier Vandermolen schrapt 350 banen", "", "Vandermolen", 350, "loss"),
    (
        "nl",
        "Bij autofabriek Nedcar verdwijnen ruim 1500 arbeidsplaatsen",
        "",
        "VDL Nedcar",
        1500,
        "loss",
    ),
    ("nl", "DAF neemt 400 extra medewerkers aan in Eindhoven", "", "DAF Trucks", 400, "creation"),
    ("nl", "Bosch schrapt nog eens tweeduizend banen", "", "Bosch", 2000, "loss"),
    # Polish
    ("pl", "Fabryka Wiremax w Tychach zwolni 200 pracowników", "", "Wiremax", 200, "loss"),
    ("pl", "Pracę straci 150 osób w zakładzie Kalmar Sp. z o.o.", "", "Kalmar", 150, "loss"),
    ("pl", "Stellantis zatrudni 500 osób w Tychach", "", "Stellantis", 500, "creation"),
    ("pl", "Northvolt zwalnia pół tysiąca pracowników", "", "Northvolt", 500, "loss"),
    # More forms, each language
    (
        "de",
        "Zulieferer Ostermann will bis 2027 rund 3.000 Stellen streichen",
        "",
        "Ostermann",
        3000,
        "loss",
    ),
    (
        "de",
        "Autobauer kündigt Abbau von 1.200 Arbeitsplätzen an",
        "Der Konzern Vellmar nannte den Preisdruck.",
        "Vellmar",
        1200,
        "loss",
    ),
    (
        "de",
        "Holtmann schließt Werk in Bremen – 700 Mitarbeiter betroffen",
        "",
        "Holtmann",
        700,
        "loss",
    ),
    (
        "de",
        "Zulieferer Kranich schafft 1.000 neue Arbeitsplätze in Sachsen",
        "",
        "Kranich",
        1000,
        "creation",
    ),
    (
        "de",
        "Insolvenz bei Gießerei Harzberg: 400 Beschäftigte verlieren ihren Job",
        "",
        "Gießerei Harzberg",
        400,
        "loss",
    ),
    (
        "es",
        "Componentes Ribera anuncia un ERE que afectará a 500 trabajadores",
        "",
        "Componentes Ribera",
        500,
        "loss",
    ),
    (
        "es",
        "Renault cerrará su planta de Sevilla, con 400 trabajadores",
        "",
        "Renault",
        400,
        "loss",
    ),
    ("es", "Gestamp planea recortar 2.000 empleos en Europa", "", "Gestamp", 2000, "loss"),
    ("es", "Seat creará 1.000 empleos en Martorell", "", "SEAT", 1000, "creation"),
    ("fr", "Dorval annonce 1 200 suppressions de postes", "", "Dorval", 1200, "loss"),
    (
        "fr",
        "Plan de départs volontaires chez Marbeuf : 500 postes concernés",
        "",
        "Marbeuf",
        500,
        "loss",
    ),
    (
        "fr",
        "Le sous-traitant Lemoine ferme son usine de Vierzon, 250 salariés sur le carreau",
        "",
        "Lemoine",
        250,
        "loss",
    ),
    ("fr", "Stellantis prévoit 1 000 licenciements en France", "", "Stellantis", 1000, "loss"),
    ("fr", "Verkor va embaucher 1 200 personnes à Dunkerque", "", "Verkor", 1200, "creation"),
    ("nl", "Reorganisatie bij Vandermolen kost 250 banen", "", "Vandermolen", 250, "loss"),
    ("nl", "Faillissement Hoogendijk: 300 mensen op straat", "", "Hoogendijk", 300, "loss"),
    (
        "nl",
        "Vandermolen sluit fabriek in Tilburg, 500 banen op de tocht",
        "",
        "Vandermolen",
        500,
        "loss",
    ),
    ("nl", "VDL gaat 1.000 banen schrappen", "", "VDL Groep", 1000, "loss"),
    ("pl", "Wiremax likwiduje 500 miejsc pracy", "", "Wiremax", 500, "loss"),
    ("pl", "Redukcja 300 etatów w zakładzie Kalmar", "", "Kalmar", 300, "loss"),
    ("pl", "Kalmar zatrudni tysiąc pracowników", "", "Kalmar", 1000, "creation"),
    (
        "it",
        "Chiude lo stabilimento Orobica di Melfi: 300 lavoratori a casa",
        "",
        "Orobica",
        300,
        "loss",
    ),
    ("it", "Valsesia annuncia 200 licenziamenti", "", "Valsesia", 200, "loss"),
    ("it", "Ferrari assumerà 400 persone", "", "Ferrari", 400, "creation"),
    ("it", "Stellantis, 1.200 uscite volontarie a Cassino", "", "Stellantis", 1200, "loss"),
    ("en", "Halvorsen to shed 1,000 staff", "", "Halvorsen", 1000, "loss"),
    ("en", "Brenta Seating announces 300 redundancies", "", "Brenta Seating", 300, "loss"),
    ("en", "Plant closure will cost 600 jobs, Kelvar says", "", "Kelvar", 600, "loss"),
    ("en", "Trivon eliminates 2,000 positions", "", "Trivon", 2000, "loss"),
    ("en", "Nexora cuts 5% of its workforce, or about 800 jobs", "", "Nexora", 800, "loss"),
    # Regional papers' headlines
    (
        "nl",
        "Honderden banen weg bij Vandermolen in Tilburg",
        "Toeleverancier Vandermolen schrapt 350 van de 900 banen.",
        "Vandermolen",
        350,
        "loss",
    ),
    ("nl", "Vandermolen: 'Ontslag voor 120 mensen onvermijdelijk'", "", "Vandermolen", 120, "loss"),
    ("nl", "Ruim 600 banen op de tocht bij busbouwer Hoogendijk", "", "Hoogendijk", 600, "loss"),
    (
        "nl",
        "Autofabriek in Born neemt 500 nieuwe mensen aan",
        "Nedcar breidt de productie uit.",
        "VDL Nedcar",
        500,
        "creation",
    ),
    (
        "nl",
        "Bedrijf Vandermolen stopt met productie in Genk, 230 jobs verdwijnen",
        "",
        "Vandermolen",
        230,
        "loss",
    ),
    ("nl", "Volvo Gent zoekt 300 extra arbeiders", "", "Volvo Cars", 300, "creation"),
    (
        "pl",
        "Zwolnienia w fabryce Wiremax. Pracę może stracić nawet 400 osób",
        "",
        "Wiremax",
        400,
        "loss",
    ),
    ("pl", "Koncern Kalmar zwolni 1,2 tys. pracowników w Polsce", "", "Kalmar", 1200, "loss"),
    (
        "pl",
        "Fabryka Kalmar w Gliwicach do zamknięcia. 500 osób bez pracy",
        "",
        "Kalmar",
        500,
        "loss",
    ),
    ("pl", "Wiremax zatrudni 300 nowych pracowników w Tychach", "", "Wiremax", 300, "creation"),
    ("pl", "Stellantis: 600 osób na bruk w Tychach", "", "Stellantis", 600, "loss"),
    (
        "es",
        "Componentes Ribera plantea 300 despidos en Vigo",
        "",
        "Componentes Ribera",
        300,
        "loss",
    ),
    (
        "es",
        "El ERE de Componentes Ribera afectará a 450 empleados",
        "",
        "Componentes Ribera",
        450,
        "loss",
    ),
    (
        "es",
        "Ficosa prescindirá de 120 trabajadores en su planta de Viladecavalls",
        "",
        "Ficosa",
        120,
        "loss",
    ),
    ("es", "La multinacional Kalmar despide a 90 empleados en Navarra", "", "Kalmar", 90, "loss"),
    ("es", "Cierre de la planta de Ribera: 200 familias afectadas", "", "Ribera", 200, "loss"),
    (
        "es",
        "Gestamp contratará 500 personas para su nueva fábrica en Valencia",
        "",
        "Gestamp",
        500,
        "creation",
    ),
    ("de", "Kranich: Betriebsrat bestätigt Abbau von 500 Stellen", "", "Kranich", 500, "loss"),
    (
        "de",
        "Autozulieferer Holtmann streicht jede fünfte Stelle – 600 Jobs betroffen",
        "",
        "Holtmann",
        600,
        "loss",
    ),
    ("de", "In Zwickau sollen bei Kranich 300 Arbeitsplätze wegfallen", "", "Kranich", 300, "loss"),
    (
        "de",
        "Harzberg GmbH meldet Insolvenz an – 250 Mitarbeiter bangen um ihre Jobs",
        "",
        "Harzberg",
        250,
        "loss",
    ),
    (
        "de",
        "Kranich baut neues Werk in Sachsen und stellt 800 Leute ein",
        "",
        "Kranich",
        800,
        "creation",
    ),
    ("fr", "Chez Lemoine, 180 emplois vont disparaître", "", "Lemoine", 180, "loss"),
    ("fr", "Dorval ferme son site de Vierzon : 95 salariés licenciés", "", "Dorval", 95, "loss"),
    ("fr", "Marbeuf supprime près de 400 postes en France", "", "Marbeuf", 400, "loss"),
    ("fr", "Le fabricant Lemoine annonce un PSE de 220 postes", "", "Lemoine", 220, "loss"),
    ("it", "Orobica, 250 lavoratori in esubero", "", "Orobica", 250, "loss"),
    ("it", "Licenziamenti alla Valsesia: via 130 dipendenti", "", "Valsesia", 130, "loss"),
    ("it", "La Valsesia taglierà 90 posti a Biella", "", "Valsesia", 90, "loss"),
    (
        "pl",
        "Pracownicy fabryki Fiata w Tychach stracą pracę: 400 osób",
        "",
        "Stellantis",
        400,
        "loss",
    ),
]

# Eurofound's way of writing, and regional papers': the country too.
WITH_COUNTRY = [
    (
        "en",
        "Kelvar Components: closure in Spain",
        "Kelvar Components, a manufacturer of wiring harnesses, announced that it will close "
        "its plant in Zaragoza by the end of the year, affecting 320 workers.",
        "Kelvar Components",
        320,
        "loss",
        "ES",
    ),
    (
        "en",
        "Halvorsen: internal restructuring in Germany",
        "The automotive supplier Halvorsen has announced a restructuring plan that will see "
        "450 job losses at its sites in Bavaria. The company currently employs 2,100 people in "
        "Germany.",
        "Halvorsen",
        450,
        "loss",
        "DE",
    ),
    (
        "en",
        "Brenta Seating: business expansion in Poland",
        "Italian seat maker Brenta Seating will open a new factory in Wrocław, creating 600 "
        "jobs by 2026.",
        "Brenta Seating",
        600,
        "creation",
        "PL",
    ),
    (
        "en",
        "Trivon Motors: bankruptcy in Belgium",
        "Trivon Motors filed for bankruptcy on 12 March; all 240 employees of the Ghent plant "
        "will lose their jobs.",
        "Trivon Motors",
        240,
        "loss",
        "BE",
    ),
    (
        "en",
        "Oxbridge Parts: offshoring in United Kingdom",
        "Oxbridge Parts will move production of brake discs from Coventry to Romania. Around "
        "180 jobs are affected.",
        "Oxbridge Parts",
        180,
        "loss",
        "GB",
    ),
    (
        "en",
        "Nexora: internal restructuring in France",
        "Nexora intends to reduce its French workforce by 500 people over two years through "
        "voluntary departures.",
        "Nexora",
        500,
        "loss",
        "FR",
    ),
    (
        "en",
        "Volkswagen: internal restructuring in Germany",
        "Volkswagen announced that 3,000 administrative jobs will be cut in Germany by 2026, "
        "in addition to the 2,000 announced in March.",
        "Volkswagen",
        3000,
        "loss",
        "DE",
    ),
    (
        "fr",
        "Le groupe Lemoine supprime 150 postes dans son usine de Vierzon",
        "",
        "Lemoine",
        150,
        "loss",
        "FR",
    ),
    (
        "fr",
        "Dorval : le tribunal prononce la liquidation, 210 salariés licenciés",
        "",
        "Dorval",
        210,
        "loss",
        "FR",
    ),
    (
        "de",
        "Gießerei Harzberg ist pleite – 380 Jobs in Gefahr",
        "",
        "Gießerei Harzberg",
        380,
        "loss",
        "DE",
    ),
    (
        "de",
        "Kranich verlagert Produktion nach Ungarn: 250 Stellen fallen in Bayern weg",
        "",
        "Kranich",
        250,
        "loss",
        "DE",
    ),
    (
        "es",
        "La planta de Componentes Ribera en Vigo cerrará y despedirá a sus 230 trabajadores",
        "",
        "Componentes Ribera",
        230,
        "loss",
        "ES",
    ),
    (
        "it",
        "Valsesia chiude lo stabilimento di Biella: a casa 140 dipendenti",
        "",
        "Valsesia",
        140,
        "loss",
        "IT",
    ),
    (
        "nl",
        "Vandermolen gaat failliet, 420 werknemers verliezen hun baan",
        "",
        "Vandermolen",
        420,
        "loss",
        "NL",
    ),
    (
        "pl",
        "Kalmar zamyka fabrykę w Gliwicach. Pracę straci 350 osób",
        "",
        "Kalmar",
        350,
        "loss",
        "PL",
    ),
]

NEGATIVES = [
    (
        "en",
        "Stellantis workers face uncertainty as Tychy plant idles",
        "Production at the plant will stop for two weeks.",
    ),
    (
        "en",
        "Bosch invests EUR 500 million in new chip plant",
        "The investment was announced on Monday.",
    ),
    ("en", "Carmakers' sales fell 5% in March, ACEA says", ""),
    ("fr", "Renault investit 300 millions d'euros à Douai", ""),
    ("de", "Kurzarbeit für 2.000 Beschäftigte bei Zulieferer Holtmann", ""),
    ("it", "Cassa integrazione per 1.200 lavoratori a Melfi", ""),
    ("es", "Seat aplica un ERTE a 3.000 trabajadores", ""),
    ("nl", "Arbeidstijdverkorting voor 800 medewerkers van VDL", ""),
    ("pl", "Przestój w fabryce w Tychach: 1000 pracowników w domu", ""),
]


@pytest.mark.parametrize(("lang", "title", "summary", "company", "jobs", "kind"), CASES)
def test_reads_company_figure_and_kind(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str, jobs: int, kind: str
) -> None:
    found = extract_announcement(
        title, summary, published=dt.date(2024, 5, 1), language=lang, watchlist=watchlist
    )
    assert found is not None
    assert (found.company, found.jobs.value if found.jobs else None, found.jobs_kind.value) == (
        company,
        jobs,
        kind,
    )


@pytest.mark.parametrize(("lang", "title", "summary"), NEGATIVES)
def test_temporary_measures_and_other_numbers_are_no_announcement(
    watchlist: Watchlist, lang: str, title: str, summary: str
) -> None:
    found = extract_announcement(
        title, summary, published=dt.date(2024, 5, 1), language=lang, watchlist=watchlist
    )
    assert found is None


def test_a_plain_report_is_confident_enough_to_be_accepted(watchlist: Watchlist) -> None:
    from monitor.judgement.joblosses.calibration import ACCEPT

    found = extract_announcement(
        "Nexora to cut 9,000 jobs", "", published=dt.date(2024, 5, 1), watchlist=watchlist
    )
    assert found is not None
    assert found.confidence >= ACCEPT


def test_the_qualifier_is_kept(watchlist: Watchlist) -> None:
    found = extract_announcement(
        "Halvorsen Axles to cut up to 800 jobs", "", published=dt.date(2024, 5, 1),
        watchlist=watchlist,
    )  # fmt: skip
    assert found is not None
    assert found.jobs is not None
    assert found.jobs.qualifier is Qualifier.UP_TO
    assert found.jobs_kind is JobsKind.LOSS


def test_a_further_round_is_marked_additional(watchlist: Watchlist) -> None:
    found = extract_announcement(
        "Bosch schrapt nog eens 1200 banen", "", published=dt.date(2024, 5, 1), language="nl",
        watchlist=watchlist,
    )  # fmt: skip
    assert found is not None
    assert found.additional


@pytest.mark.parametrize(
    ("lang", "title", "summary", "company", "jobs", "kind", "country"), WITH_COUNTRY
)
def test_reads_the_country_too(
    watchlist: Watchlist,
    lang: str,
    title: str,
    summary: str,
    company: str,
    jobs: int,
    kind: str,
    country: str,
) -> None:
    found = extract_announcement(
        title, summary, published=dt.date(2024, 5, 1), language=lang, watchlist=watchlist
    )
    assert found is not None
    got = (found.company, found.jobs.value if found.jobs else None, found.jobs_kind.value)
    assert (*got, found.country) == (company, jobs, kind, country)


def test_a_figure_far_from_its_cue_takes_the_texts_only_kind(watchlist: Watchlist) -> None:
    found = extract_announcement(
        "Venezia, chiude Valsesia: proteste davanti ai cancelli",
        "Dagli uffici come dalla catena di produzione, i 140 dipendenti della Valsesia sono "
        "scesi in strada dopo l'incontro con la proprietà.",
        published=dt.date(2024, 5, 1),
        language="it",
        watchlist=watchlist,
    )
    assert found is not None
    assert (found.company, found.jobs_kind) == ("Valsesia", JobsKind.LOSS)


def test_an_update_supersedes_the_first_figure(watchlist: Watchlist) -> None:
    found = extract_announcement(
        "Trivon Motors: restructuring in Belgium",
        "Trivon Motors announced in June that it would cut 800 jobs. Update, 3 October: the "
        "plant will close at the end of the year and 1,900 jobs will be lost.",
        published=dt.date(2024, 10, 3),
        watchlist=watchlist,
    )
    assert found is not None
    assert found.jobs is not None
    assert found.jobs.value == 1900


def test_a_figure_in_another_companys_clause_is_not_taken(watchlist: Watchlist) -> None:
    found = extract_announcement(
        "Ford cierra en Valencia y Ribera anuncia 200 despidos en Vigo",
        "El cierre supone el despido de 1.100 trabajadores de Ford.",
        published=dt.date(2024, 10, 3),
        language="es",
        watchlist=watchlist,
    )
    assert found is not None
    assert (found.company, found.jobs.value if found.jobs else None) == ("Ford", 1100)
