"""Hungarian job-loss news: numbers in words, names declined by case endings or put after the
verb, the loss verbs and nouns, denials, jobs kept and a share of a stated workforce.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.judgement.joblosses import Watchlist, extract_announcement
from monitor.judgement.joblosses._fold import fold
from monitor.judgement.joblosses.dating import recent
from monitor.judgement.joblosses.hungarian_names import case_stem, hungarian_names, reads_hungarian
from monitor.judgement.joblosses.hungarian_numbers import hungarian_number
from monitor.judgement.joblosses.jobs import find_job_figures
from monitor.judgement.joblosses.numbers import find_numbers
from tests.joblosses_support import PUBLISHED, read


def _read(watchlist: Watchlist, title: str, summary: str = "") -> tuple | None:
    found = read(watchlist, "hu", title, summary)
    if found is None:
        return None
    return found.company, found.jobs.value if found.jobs else None, found.jobs_kind.value


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("haromszaz", 300),
        ("negyszazhuszonot", 425),
        ("ezerotszaz", 1500),
        ("hatezer-ketszaz", 6200),
        ("tizenkétezer", None),  # read on folded text only
        ("tizenketezer", 12000),
        ("ketto", 2),
        ("tizen", None),
        ("ember", None),
    ],
)
def test_hungarian_number_words_are_read(words: str, value: int | None) -> None:
    assert hungarian_number(words) == value


def test_a_number_in_words_and_thousands_after_digits_are_figures() -> None:
    assert [m.value for m in find_numbers("hetszaz dolgozot erint", "hu")] == [700]
    assert [m.value for m in find_numbers("mintegy 12 ezer munkahely", "hu")] == [12000]
    assert find_numbers("tobb ezer uj munkahely", "hu") == []  # "several thousand": vague


@pytest.mark.parametrize(
    ("token", "stem"),
    [
        ("Opelnél", "Opel"),
        ("Knorr-nál", "Knorr"),
        ("Zrt.-től", "Zrt."),
        ("Skodához", "Skoda"),
        ("Fiattal", "Fiat"),
        ("Hűtőgyártót", "Hűtőgyártó"),
        ("Konzervgyárban", "Konzervgyár"),
        ("Debrecenben", None),  # a town "in": no works' noun ends it
        ("Tatabányán", None),  # a town in the locative
        ("2023-ban", None),
        ("Renault", None),
    ],
)
def test_case_endings_are_taken_off_a_name(token: str, stem: str | None) -> None:
    assert case_stem(token) == stem


def test_hungarian_is_read_when_said_or_written_with_its_own_letters() -> None:
    assert reads_hungarian("hu", "")
    assert not reads_hungarian("it", "a Torino")
    assert reads_hungarian(None, "Leépítés a győri üzemben, 300 dolgozó érintett")
    assert not reads_hungarian(None, "Job cuts at Leeds")
    assert not reads_hungarian(None, "Audi to cut 500 jobs at its plant in Győr")


def test_an_unlabelled_hungarian_item_is_read_in_hungarian(watchlist: Watchlist) -> None:
    found = extract_announcement(
        "Háromszáz dolgozót bocsát el a Tokaji Fémmű",
        "",
        published=PUBLISHED,
        language=None,
        watchlist=watchlist,
    )
    assert found is not None
    assert (found.company, found.jobs.value if found.jobs else None) == ("Tokaji Fémmű", 300)


def test_a_name_after_the_article_skips_a_town_adjective_and_stops_at_the_town() -> None:
    folded = fold("Elbocsát 80 embert a miskolci Borsod Fémtechnika Kft. Miskolcon")
    names = [(n.name, n.how) for n in hungarian_names(folded, len(folded.text))]
    assert ("Borsod Fémtechnika", "subject") in names


def test_a_customer_named_before_its_supplier_is_not_the_subject() -> None:
    folded = fold("A Magyar Suzuki partnere, a Gerecse Lemez 90 dolgozót bocsát el")
    names = [n.name for n in hungarian_names(folded, len(folded.text))]
    assert "Gerecse Lemez" in names
    assert not any(name and "Suzuki" in name for name in names)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the subject after the verb
        (
            "Négyszáz dolgozót bocsát el a Zempléni Kábelgyártó",
            "",
            ("Zempléni Kábelgyártó", 400, "loss"),
        ),
        (
            "Csaknem hatszáz munkahelyet szüntet meg a Bükki Öntöde Zrt.",
            "",
            ("Bükki Öntöde", 600, "loss"),
        ),
        # a name declined by its ending, attached or hyphenated, on the watch list or not
        ("Az Opelnél 900 dolgozó veszíti el az állását", "", ("Stellantis", 900, "loss")),
        ("A Boschnál 350 embert küldenek el Miskolcon", "", ("Bosch", 350, "loss")),
        (
            "Kétszáz munkahely szűnik meg a Gerecse Lemez Kft.-nél",
            "",
            ("Gerecse Lemez", 200, "loss"),
        ),
        # losing staff as Hungarian says it
        (
            "Közel 300 munkatárstól válik meg a Somogyi Bőrgyár",
            "",
            ("Somogyi Bőrgyár", 300, "loss"),
        ),
        (
            "A Hegyaljai Szerszámgyár 120 fővel csökkenti a létszámát",
            "",
            ("Hegyaljai Szerszámgyár", 120, "loss"),
        ),
        ("Kirúgott 45 munkást a Dráva Fémáru Kft.", "", ("Dráva Fémáru", 45, "loss")),
        # a separated verb ("rúg ki"), a number with its own ending ("210-en"), an accusative
        ("Százhúsz embert rúg ki a Mátrai Erőmű Kft.", "", ("Mátrai Erőmű", 120, "loss")),
        (
            "Felszámolják a Gemenci Faipari Zrt.-t, 210-en veszítik el az állásukat",
            "",
            ("Gemenci Faipari", 210, "loss"),
        ),
        (
            "Bezárják a Dél-alföldi Hűtőgyártót, 170 dolgozó marad munka nélkül",
            "",
            ("Dél-alföldi Hűtőgyártó", 170, "loss"),
        ),
        (
            "Leépítés a Somogyi Vasműben: 130 dolgozót küldenek el",
            "",
            ("Somogyi Vasmű", 130, "loss"),
        ),
        # a share of a stated workforce
        (
            "A Körösi Hajtómű a 1 200 fős létszám 20 százalékát építi le",
            "",
            ("Körösi Hajtómű", 240, "loss"),
        ),
        # a creation
        (
            "Háromszáz új munkahelyet hoz létre Szegeden a Tiszai Elektronika",
            "",
            ("Tiszai Elektronika", 300, "creation"),
        ),
    ],
)
def test_hungarian_announcements_are_read(
    watchlist: Watchlist, title: str, summary: str, expected: tuple
) -> None:
    assert _read(watchlist, title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Nem tervez leépítést a Mecseki Alkatrész Kft.", "A cég 900 dolgozót foglalkoztat."),
        (
            "Rövidített munkahetet vezet be a Bácskai Futómű",
            "A 400 dolgozó a kieső időre is kap bért.",
        ),
        (
            "Nem lesz elbocsátás a Hortobágyi Műanyag Zrt.-nél, cáfolta a cég",
            "Az igazgató szerint mind a 480 munkahely megmarad.",
        ),
    ],
)
def test_hungarian_denials_and_jobs_kept_are_no_cut(
    watchlist: Watchlist, title: str, summary: str
) -> None:
    found = read(watchlist, "hu", title, summary)
    assert found is None or found.jobs_kind.value != "loss" or found.jobs is None


def test_a_hungarian_figure_dated_to_an_earlier_year_is_background() -> None:
    folded = fold("A cég 2022-ben 150 dolgozót bocsátott el, idén 300 dolgozót vesz fel.")
    figures = find_job_figures(folded.text, len(folded.text), "hu")
    assert [f.mention.value for f in recent(folded, figures, dt.date(2024, 5, 1))] == [300]
