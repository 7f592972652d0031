"""Synthetic English, French and German news feeds, the same for every run (seeded).

Most items are ordinary news that names no milestone, as real feeds are; a few name the plan's
subjects (CO2 standards, battery booster, transport poverty...) and a few announce job cuts at
a car maker's plant, so matching and extraction do real work on some items and bail out early
on the rest. Items are about 570 characters long, a feed of 50 items about 44 KiB.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

LANGUAGES = ("en", "fr", "de")
MILESTONE_SHARE = 0.08  # items that name one of the plan's subjects
JOBLOSS_SHARE = 0.04  # items that announce job cuts
SUMMARY_CHARS = 480

_FILLER = {
    "en": [
        "The city council approved a new budget for public libraries after a long debate.",
        "Local farmers reported a better harvest than last year despite the dry spring.",
        "The regional orchestra announced its programme for the coming season on Monday.",
        "Rail passengers faced delays after a signal failure near the central station.",
        "A new cycling path along the river will open to the public in the autumn.",
        "Health officials urged residents to get their seasonal vaccinations early.",
        "The football club confirmed that its coach will stay for two more years.",
        "Museum attendance rose sharply after the renovation of the east wing.",
        "Schools in the district will test a shorter timetable from September.",
        "The weather service expects heavy rain and strong winds over the weekend.",
        "Housing prices in the capital stabilised in the second quarter, agents said.",
        "A local bakery won a national prize for its sourdough bread this week.",
    ],
    "fr": [
        "Le conseil municipal a adopté le budget des bibliothèques après un long débat.",
        "Les agriculteurs de la région annoncent une récolte meilleure que l'an dernier.",
        "L'orchestre régional a présenté lundi le programme de sa prochaine saison.",
        "Les voyageurs ont subi des retards après une panne de signalisation en gare.",
        "Une nouvelle piste cyclable longera la rivière à partir de l'automne.",
        "Les autorités sanitaires invitent les habitants à se faire vacciner tôt.",
        "Le club de football confirme que son entraîneur reste deux saisons de plus.",
        "La fréquentation du musée a fortement augmenté après la rénovation de l'aile est.",
        "Les écoles du département testeront un emploi du temps allégé dès septembre.",
        "Météo : de fortes pluies et des rafales de vent sont attendues ce week-end.",
        "Les prix du logement se sont stabilisés au deuxième trimestre selon les agences.",
        "Une boulangerie du quartier remporte un prix national pour son pain au levain.",
    ],
    "de": [
        "Der Stadtrat hat nach langer Debatte den Haushalt für die Bibliotheken beschlossen.",
        "Die Landwirte der Region melden trotz des trockenen Frühlings eine bessere Ernte.",
        "Das Landesorchester stellte am Montag das Programm der neuen Spielzeit vor.",
        "Nach einer Signalstörung am Hauptbahnhof kam es zu erheblichen Verspätungen.",
        "Ein neuer Radweg entlang des Flusses wird im Herbst für alle geöffnet.",
        "Das Gesundheitsamt rät den Bürgern, sich früh gegen die Grippe impfen zu lassen.",
        "Der Fußballverein bestätigte, dass der Trainer zwei weitere Jahre bleibt.",
        "Nach der Renovierung des Ostflügels kamen deutlich mehr Besucher ins Museum.",
        "Die Schulen im Kreis erproben ab September einen kürzeren Stundenplan.",
        "Der Wetterdienst erwartet am Wochenende starken Regen und stürmische Böen.",
        "Die Wohnungspreise in der Hauptstadt haben sich im zweiten Quartal stabilisiert.",
        "Eine Bäckerei aus dem Viertel gewann einen nationalen Preis für ihr Sauerteigbrot.",
    ],
}

_TOPICS = {
    "en": [
        (
            "Commission proposes CO2 standards flexibility",
            "Car makers could average their "
            "fleet targets over 2025-2027 under the proposal, which avoids fines this year.",
        ),
        (
            "Battery Booster package adopted",
            "The Commission adopted the Battery Booster "
            "package to support European cell production with 1.8 billion euro.",
        ),
        (
            "Transport poverty recommendation published",
            "Member states are asked to tackle "
            "transport poverty, including through social leasing schemes for electric cars.",
        ),
        (
            "Corporate fleets: proposal on clean vehicles",
            "A legislative proposal on corporate "
            "fleets would set shares of zero-emission vehicles for large companies.",
        ),
        (
            "Automotive skills academy launched",
            "The Automotive Skills Academy will train "
            "workers for the transition, the Commission said at its launch.",
        ),
    ],
    "fr": [
        (
            "Normes CO2 : la Commission propose une flexibilité",
            "Les constructeurs pourraient "
            "calculer leurs objectifs de flotte en moyenne sur trois ans, de 2025 à 2027.",
        ),
        (
            "Le Battery Booster adopté",
            "La Commission a adopté le Battery Booster pour soutenir "
            "la production européenne de batteries à hauteur de 1,8 milliard d'euros.",
        ),
        (
            "Précarité de mobilité : une recommandation",
            "Les États membres sont invités à lutter "
            "contre la précarité de mobilité, y compris par le leasing social.",
        ),
    ],
    "de": [
        (
            "Flottengrenzwerte: Kommission schlägt Flexibilität vor",
            "Die Hersteller könnten die "
            "CO2-Flottengrenzwerte im Dreijahresdurchschnitt 2025 bis 2027 erfüllen.",
        ),
        (
            "Battery Booster beschlossen",
            "Die Kommission hat den Battery Booster beschlossen, "
            "um die europäische Batteriezellfertigung mit 1,8 Milliarden Euro zu stützen.",
        ),
    ],
}

_JOBLOSS = {
    "en": [
        (
            "Stellantis to cut 1,100 jobs at its Sochaux plant",
            "The carmaker said the cuts "
            "would be made through voluntary departures over the next two years.",
        ),
        (
            "Bosch plans to shed 3,500 jobs in Germany",
            "The supplier blamed weak demand for "
            "electric vehicles; unions announced protests at the Stuttgart sites.",
        ),
    ],
    "fr": [
        (
            "Stellantis va supprimer 1 100 postes à Sochaux",
            "Le constructeur prévoit des "
            "départs volontaires sur deux ans, selon la direction du site.",
        ),
        (
            "Valeo annonce 870 suppressions d'emplois en France",
            "L'équipementier invoque la baisse des ventes de véhicules électriques en Europe.",
        ),
    ],
    "de": [
        (
            "Volkswagen streicht 35.000 Stellen in Deutschland",
            "Der Autobauer will bis 2030 "
            "sozialverträglich Stellen abbauen, das Werk in Zwickau ist betroffen.",
        ),
        (
            "ZF baut 7.600 Arbeitsplätze ab",
            "Der Zulieferer aus Friedrichshafen begründet den "
            "Stellenabbau mit der schwachen Nachfrage nach Elektroautos.",
        ),
    ],
}


@dataclass(frozen=True, slots=True)
class Item:
    """One news item as a feed carries it."""

    guid: str
    title: str
    summary: str
    language: str


def make_items(count: int, *, seed: int, prefix: str = "item") -> list[Item]:
    """`count` items, deterministic for a given seed and prefix (the prefix makes guids unique)."""
    rng = random.Random(f"{seed}:{prefix}")  # test data, not secrets
    return [_item(rng, f"{prefix}-{n}") for n in range(count)]


def _item(rng: random.Random, guid: str) -> Item:
    language = rng.choice(LANGUAGES)
    draw = rng.random()
    filler = _FILLER[language]
    if draw < MILESTONE_SHARE:
        title, lead = rng.choice(_TOPICS[language])
    elif draw < MILESTONE_SHARE + JOBLOSS_SHARE:
        title, lead = rng.choice(_JOBLOSS[language])
    else:
        title, lead = rng.choice(filler)[:-1], rng.choice(filler)
    parts = [lead]
    while sum(len(p) + 1 for p in parts) < SUMMARY_CHARS:
        parts.append(rng.choice(filler))
    return Item(guid, f"{title} ({guid})", " ".join(parts), language)


def rss_document(name: str, items: Sequence[Item]) -> bytes:
    """An RSS 2.0 document with a guid, link, date and description per item."""
    body = "".join(
        f'<item><guid isPermaLink="false">{escape(item.guid)}</guid>'
        f"<title>{escape(item.title)}</title>"
        f"<link>https://news.example.org/{name}/{escape(item.guid)}</link>"
        f"<description>{escape(item.summary)}</description>"
        f"<pubDate>Mon, {2 + n % 27:02d} Jun 2025 10:{n % 60:02d}:00 GMT</pubDate></item>"
        for n, item in enumerate(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>Synthetic news {escape(name)}</title><link>https://news.example.org/{name}/</link>"
        f"<description>Benchmark feed</description>{body}</channel></rss>"
    ).encode()


def make_feeds(count: int, items_per_feed: int, *, seed: int = 7) -> list[bytes]:
    """`count` RSS documents of `items_per_feed` items each, distinct guids across feeds."""
    return [
        rss_document(f"feed-{n}", make_items(items_per_feed, seed=seed, prefix=f"feed-{n}"))
        for n in range(count)
    ]
