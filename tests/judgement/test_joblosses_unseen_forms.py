"""Forms a third fresh batch showed the extractor reading wrong or not at all, on the figure
and the cue: a plant said to shut, a workforce said to lose its jobs or after a possessive, a
share or a percentage of a workforce (with or without a number beside it), a workforce going
from one size to another, national names of collective dismissals and letters of dismissal, a
cut told as background in a past relative clause, closures said plant first, trainees taken
on, temporary contracts not renewed.

Every sentence here was written for these tests; the companies are invented and the figures
made up. The names the same batch showed are in `test_joblosses_unseen_names`.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from monitor.judgement.joblosses.calibration import ACCEPT
from tests.joblosses_support import read, read_found


# "Plant to shut", "factory will shut down": a closure said in that order is strong on its own.
@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Wheel plant to shut down", "Orrin Wheels confirmed the decision on Monday."),
        ("Orrin Wheels says its Swansea factory will shut next spring", ""),
    ],
)
def test_a_plant_then_shut_is_a_closure(watchlist: Watchlist, title: str, summary: str) -> None:
    found = read(watchlist, "en", title, summary)
    assert found is not None
    assert (found.company, found.jobs_kind.value, found.type.value) == (
        "Orrin Wheels",
        "loss",
        "closure",
    )


# A workforce said to lose its jobs is the figure lost ("the plant's 380 workers lose their
# jobs", "sus 200 trabajadores se quedarán sin empleo"), whatever word made it a workforce.
@pytest.mark.parametrize(
    ("lang", "title", "company", "jobs"),
    [
        ("en", "Kirkby Foam's 380 workers to lose their jobs in restructuring", "Kirkby Foam",
         380),
        ("es", "Moldes Ribera anuncia que sus 200 trabajadores se quedarán sin empleo",
         "Moldes Ribera", 200),
        ("it", "La Corsi Stampaggi conferma: i suoi 150 dipendenti perderanno il posto",
         "Corsi Stampaggi", 150),
    ],
)  # fmt: skip
def test_a_workforce_said_to_lose_its_jobs_is_the_figure(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, "") == (company, jobs, "loss")


# A possessive before a figure makes it the company's workforce ("its 2,100 workers", "ses 700
# salariés", "seine 1.300 Beschäftigten"): beside a cut of output, no job is cut.
@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Tarrant Motors trims output by 9,000 cars; its 2,100 workers stay on full pay"),
        ("fr", "Ferlane réduit sa production de 15 % ; ses 700 salariés conservent leur salaire"),
        ("de", "Heller Guss reduziert die Produktion um 20 Prozent, seine 1.300 Beschäftigten "
         "bleiben an Bord"),
    ],
)  # fmt: skip
def test_a_workforce_after_a_possessive_is_no_cut(
    watchlist: Watchlist, lang: str, title: str
) -> None:
    assert read(watchlist, lang, title) is None


# The national names of a collective dismissal are cues of their own: the German notice of
# mass dismissal, the Spanish "despido colectivo" in the singular, the Polish "zwolnień
# grupowych" in the genitive, a British "collective redundancy consultation".
def test_a_notice_of_mass_dismissal_is_a_loss(watchlist: Watchlist) -> None:
    title = "Rotter Federn reicht Massenentlassungsanzeige für 160 Mitarbeiter ein"
    assert read_found(watchlist, "de", title, "") == ("Rotter Federn", 160, "loss")


@pytest.mark.parametrize(
    ("lang", "title", "company"),
    [
        ("de", "Massenentlassung bei Rotter Federn angezeigt", "Rotter Federn"),
        ("es", "Resortes Ulla anuncia un despido colectivo", "Resortes Ulla"),
        ("pl", "Ferbud rozpoczyna procedurę zwolnień grupowych", "Ferbud"),
        ("en", "Halden Springs opens collective redundancy consultation", "Halden Springs"),
    ],
)
def test_a_collective_dismissal_named_is_a_loss_without_a_figure(
    watchlist: Watchlist, lang: str, title: str, company: str
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert (found.company, found.jobs, found.jobs_kind.value) == (company, None, "loss")


# A share of a workforce, as a percentage or in the Polish genitive: the share is the figure.
@pytest.mark.parametrize(
    ("lang", "title", "company", "jobs"),
    [
        ("en", "Lomax Seating to cut 15% of its 2,000 jobs", "Lomax Seating", 300),
        ("en", "Lomax Seating to cut one-third of its 900 jobs", "Lomax Seating", 300),
        ("de", "Rotter Federn streicht 20 Prozent der 1.500 Stellen", "Rotter Federn", 300),
        ("fr", "Ferlane supprime 25 % de ses 1 200 postes", "Ferlane", 300),
        ("it", "La Corsi Stampaggi taglia il 30% dei 600 dipendenti", "Corsi Stampaggi", 180),
        ("es", "Resortes Ulla despedirá al 10% de sus 900 trabajadores", "Resortes Ulla", 90),
        ("nl", "Mulder Veren schrapt 10 procent van de 700 banen", "Mulder Veren", 70),
        ("pl", "Ferbud: redukcja jednej trzeciej z 900 etatów", "Ferbud", 300),
        ("pl", "Hutmet zwolni co czwartego z 800 pracowników", "Hutmet", 200),
    ],
)
def test_a_share_of_a_workforce_is_the_figure(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, "") == (company, jobs, "loss")


# A cut told in a relative clause in the past recalls what the company did before: background,
# left for review as a figure dated to an earlier year is.
RECALLED = [
    ("en", "Tarrant Springs, which laid off 400 workers in the slump, opens a test centre"),
    ("fr", "Garnetex, qui a supprimé 300 postes, inaugure un centre de recherche"),
    ("de", "Rotter Federn, die 600 Stellen gestrichen hatte, meldet Rekordumsatz"),
    ("it", "La Moldetti, che aveva licenziato 200 dipendenti, torna all'utile"),
    ("es", "Resortes Ulla, que despidió a 250 trabajadores, abre un centro técnico"),
    ("nl", "Mulder Veren, dat 150 banen schrapte, opent een nieuwe hal"),
    ("pl", "Ferbud, który zwolnił 300 osób, otwiera centrum badawcze"),
]


@pytest.mark.parametrize(("lang", "title"), RECALLED)
def test_a_cut_in_a_past_relative_clause_is_background(
    watchlist: Watchlist, lang: str, title: str
) -> None:
    found = read(watchlist, lang, title)
    assert found is None or found.confidence < ACCEPT


@pytest.mark.parametrize(
    ("lang", "title", "jobs"),
    [
        ("fr", "Garnetex, qui a supprimé 300 postes l'an passé, ferme son usine de Lure et "
         "licencie 120 salariés", 120),
        ("en", "Tarrant Springs, which will cut 400 jobs, opens a test centre", 400),
        ("de", "Rotter Federn, die 600 Stellen streicht, meldet Rekordumsatz", 600),
    ],
)  # fmt: skip
def test_a_cut_in_the_main_clause_or_to_come_is_announced(
    watchlist: Watchlist, lang: str, title: str, jobs: int
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert found.jobs is not None
    assert (found.jobs.value, found.confidence >= ACCEPT) == (jobs, True)


# A closure said plant first ("la fábrica ... cerrará", "lo stabilimento ... chiude", "l'usine
# ... va fermer") in every language, and the workforce the lead gives is the figure lost.
@pytest.mark.parametrize(
    ("lang", "title", "summary", "company", "jobs"),
    [
        ("fr", "L'usine Garnetex de Lure va fermer", "Le site emploie 170 salariés.", "Garnetex",
         170),
        ("it", "La fabbrica della Moldetti a Vigonza chiude",
         "Lo stabilimento impiega 140 persone.", "Moldetti", 140),
        ("es", "La planta de Resortes Ulla en Lugo cerrará en verano",
         "La fábrica cuenta con 210 trabajadores.", "Resortes Ulla", 210),
        ("nl", "Mulder Veren sluit de fabriek in Tiel", "De vestiging telt 130 medewerkers.",
         "Mulder Veren", 130),
        ("pl", "Ferbud zamknie zakład w Kutnie", "Zakład zatrudnia 260 osób.", "Ferbud", 260),
    ],
)  # fmt: skip
def test_a_closure_puts_the_workforce_the_lead_gives_out_of_work(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str, jobs: int
) -> None:
    found = read(watchlist, lang, title, summary)
    assert found is not None
    assert found.jobs is not None
    assert (found.company, found.jobs.value, found.type.value) == (company, jobs, "closure")


# "deja en la calle a sus 210", "lascia a casa i 90": the idiom cuts the whole workforce.
@pytest.mark.parametrize(
    ("lang", "title", "jobs"),
    [
        ("es", "Resortes Ulla deja en la calle a sus 210 empleados", 210),
        ("it", "La Moldetti lascia a casa tutti i 90 operai", 90),
    ],
)
def test_an_idiom_of_putting_people_out_cuts_the_workforce(
    watchlist: Watchlist, lang: str, title: str, jobs: int
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert found.jobs is not None
    assert (found.jobs.value, found.jobs_kind.value) == (jobs, "loss")


# Trainees taken on are no jobs created: apprentices, work-study students, interns.
@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("fr", "Garnetex accueille 40 alternants et recrute pour la rentrée"),
        ("it", "La Moldetti assume 30 apprendisti per il nuovo reparto"),
        ("de", "Rotter Federn stellt 45 Auszubildende ein"),
        ("es", "Resortes Ulla contratará a 35 aprendices de FP dual"),
        ("nl", "Mulder Veren neemt 20 stagiairs aan"),
    ],
)
def test_trainees_taken_on_are_no_jobs(watchlist: Watchlist, lang: str, title: str) -> None:
    assert read(watchlist, lang, title) is None


def test_trades_beside_trainees_still_count(watchlist: Watchlist) -> None:
    found = read(watchlist, "en", "Lomax Seating to hire 300 engineers and apprentices")
    assert found is not None
    assert found.jobs is not None
    assert (found.jobs.value, found.jobs_kind.value) == (300, "creation")


# "roles to go", "posts to go": the British headline's loss, as "jobs to go" is.
@pytest.mark.parametrize("noun", ["roles", "posts", "positions"])
def test_roles_to_go_are_lost(watchlist: Watchlist, noun: str) -> None:
    found = read_found(watchlist, "en", f"140 {noun} to go at Halden Springs", "")
    assert found == ("Halden Springs", 140, "loss")


def test_redundancy_talks_are_a_loss_without_a_figure(watchlist: Watchlist) -> None:
    found = read(watchlist, "en", "Redundancy talks open at Marden Automotive")
    assert found is not None
    assert (found.company, found.jobs, found.jobs_kind.value) == ("Marden Automotive", None, "loss")


# A share of the staff with no number beside it is a cut; the workforce the text gives once
# sizes it ("a third of its workforce" of 1,200 people: 400).
@pytest.mark.parametrize(
    ("lang", "title", "summary", "company", "jobs"),
    [
        ("en", "Harwell Glass to cut a third of its workforce",
         "The company employs 1,200 people in Britain.", "Harwell Glass", 400),
        ("en", "Half the jobs to go at Marden Automotive's 300-strong works", "",
         "Marden Automotive", 150),
        ("fr", "Garnetex va supprimer un tiers de ses effectifs",
         "L'entreprise compte 900 salariés.", "Garnetex", 300),
        ("de", "Rotter Federn streicht die Hälfte der Belegschaft",
         "Das Unternehmen beschäftigt 640 Menschen.", "Rotter Federn", 320),
        ("it", "La Moldetti taglia un terzo del personale", "L'azienda conta 450 dipendenti.",
         "Moldetti", 150),
        ("es", "Resortes Ulla despedirá a la mitad de la plantilla",
         "La empresa emplea a 380 personas.", "Resortes Ulla", 190),
        ("nl", "Mulder Veren schrapt een kwart van het personeel",
         "Het bedrijf telt 520 medewerkers.", "Mulder Veren", 130),
        ("pl", "Ferbud zwolni połowę załogi", "Firma zatrudnia 700 osób.", "Ferbud", 350),
    ],
)  # fmt: skip
def test_a_share_of_the_staff_is_sized_by_the_workforce(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, summary) == (company, jobs, "loss")


def test_a_share_of_the_staff_without_a_size_is_a_cut_without_a_figure(
    watchlist: Watchlist,
) -> None:
    found = read(watchlist, "en", "Harwell Glass to cut a third of its workforce")
    assert found is not None
    assert (found.company, found.jobs, found.jobs_kind.value) == ("Harwell Glass", None, "loss")


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Half of Harwell Glass staff now work from home"),
        ("fr", "Un quart des salariés de Garnetex en chômage partiel"),
    ],
)
def test_a_share_of_the_staff_not_cut_is_nothing(
    watchlist: Watchlist, lang: str, title: str
) -> None:
    assert read(watchlist, lang, title) is None


# The letters that dismiss count the people dismissed.
@pytest.mark.parametrize(
    ("lang", "title", "company", "jobs"),
    [
        ("it", "Moldetti, 70 lettere di licenziamento in arrivo", "Moldetti", 70),
        ("fr", "Garnetex : 85 lettres de licenciement envoyées", "Garnetex", 85),
        ("es", "Resortes Ulla envía 65 cartas de despido", "Resortes Ulla", 65),
        ("nl", "Bakker Veren stuurt 45 ontslagbrieven", "Bakker Veren", 45),
        ("de", "Kessler Federn verschickt 75 Kündigungsschreiben", "Kessler Federn", 75),
    ],
)
def test_letters_of_dismissal_count_the_dismissed(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, "") == (company, jobs, "loss")


# A German transfer company takes in the staff let go: it announces their dismissal.
def test_a_transfer_company_announces_a_dismissal(watchlist: Watchlist) -> None:
    title = "Transfergesellschaft für 180 Mitarbeiter von Rotter Federn"
    assert read_found(watchlist, "de", title, "") == ("Rotter Federn", 180, "loss")


# A workforce going from one size to another: the change is the figure, lost or created.
@pytest.mark.parametrize(
    ("lang", "title", "company", "jobs", "kind"),
    [
        ("en", "Lomax Seating workforce to shrink from 1,500 to 1,100", "Lomax Seating", 400,
         "loss"),
        ("de", "Rotter Federn: Belegschaft soll von 800 auf 650 sinken", "Rotter Federn", 150,
         "loss"),
        ("fr", "Garnetex : les effectifs passeront de 640 à 520 salariés", "Garnetex", 120,
         "loss"),
        ("it", "Moldetti, l'organico scende da 450 a 380 dipendenti", "Moldetti", 70, "loss"),
        ("es", "Resortes Ulla reducirá su plantilla de 900 a 700 trabajadores", "Resortes Ulla",
         200, "loss"),
        ("nl", "Mulder Veren krimpt van 600 naar 450 medewerkers", "Mulder Veren", 150, "loss"),
        ("pl", "Ferbud zmniejszy zatrudnienie z 1100 do 800 osób", "Ferbud", 300, "loss"),
        ("en", "Harrow Cells to grow its workforce from 400 to 1,000", "Harrow Cells", 600,
         "creation"),
    ],
)  # fmt: skip
def test_a_workforce_s_change_of_size_is_the_figure(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int, kind: str
) -> None:
    assert read_found(watchlist, lang, title, "") == (company, jobs, kind)


def test_a_revised_figure_of_cuts_is_no_change_of_size(watchlist: Watchlist) -> None:
    found = read(watchlist, "es", "Resortes Ulla rebaja de 400 a 250 los despidos previstos")
    assert found is not None
    assert found.jobs is not None
    assert found.jobs.value == 250


# Temporary contracts not renewed are jobs lost: "non rinnova 150 contratti a termine".
@pytest.mark.parametrize(
    ("lang", "title", "company", "jobs"),
    [
        ("en", "Lomax Seating will not renew 120 temporary contracts", "Lomax Seating", 120),
        ("en", "Lomax Seating to let 90 agency workers go", "Lomax Seating", 90),
        ("fr", "Garnetex ne renouvellera pas 110 contrats d'intérimaires", "Garnetex", 110),
        ("it", "La Moldetti non rinnova 95 contratti a termine", "Moldetti", 95),
        ("es", "Resortes Ulla no renovará a 130 eventuales", "Resortes Ulla", 130),
        ("de", "Rotter Federn verlängert 140 befristete Verträge nicht", "Rotter Federn", 140),
        ("nl", "Mulder Veren verlengt 60 tijdelijke contracten niet", "Mulder Veren", 60),
        ("pl", "Ferbud nie przedłuży 100 umów czasowych", "Ferbud", 100),
    ],
)
def test_temporary_contracts_not_renewed_are_lost(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, "") == (company, jobs, "loss")


# "slim down the workforce by 300" cuts, as "trim" does.
def test_slimming_down_a_workforce_is_a_cut(watchlist: Watchlist) -> None:
    title = "Halden Springs to slim down its workforce by 240"
    assert read_found(watchlist, "en", title, "") == ("Halden Springs", 240, "loss")


# "ha 500 dipendenti", "tiene 400 empleados": the company's size, as "has 500 staff" is.
@pytest.mark.parametrize(
    ("lang", "title", "jobs"),
    [
        ("it", "La Moldetti ha 500 dipendenti e ne licenzia 120", 120),
        ("es", "Resortes Ulla tiene 400 empleados y despedirá a 90", 90),
    ],
)
def test_has_in_italian_and_spanish_gives_a_workforce(
    watchlist: Watchlist, lang: str, title: str, jobs: int
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert found.jobs is not None
    assert found.jobs.value == jobs


# A percentage of the staff, with no number of people beside it, is a cut; the workforce the
# text gives once sizes it.
@pytest.mark.parametrize(
    ("lang", "title", "summary", "company", "jobs"),
    [
        ("en", "Lomax Seating to cut 15% of its workforce", "The group employs 2,000 people.",
         "Lomax Seating", 300),
        ("it", "La Moldetti taglierà il 20% del personale", "L'azienda conta 450 dipendenti.",
         "Moldetti", 90),
        ("pl", "Ferbud zwolni 10 proc. załogi", "Firma zatrudnia 1200 osób.", "Ferbud", 120),
    ],
)  # fmt: skip
def test_a_percentage_of_the_staff_is_sized_by_the_workforce(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, summary) == (company, jobs, "loss")


@pytest.mark.parametrize(
    ("lang", "title", "company"),
    [
        ("fr", "Garnetex va supprimer 15 % de ses effectifs", "Garnetex"),
        ("es", "Resortes Ulla recortará un 12% de la plantilla", "Resortes Ulla"),
        ("nl", "Mulder Veren schrapt 10 procent van het personeel", "Mulder Veren"),
    ],
)
def test_a_percentage_of_the_staff_without_a_size_is_a_cut_without_a_figure(
    watchlist: Watchlist, lang: str, title: str, company: str
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert (found.company, found.jobs, found.jobs_kind.value) == (company, None, "loss")
