"""The fast path's picture of feedparser matches the installed feedparser.

`_feedparser_names` writes down how feedparser names elements, which namespaces it knows and
which HTML tags it accepts; `_dates` reads dates as it does. When an upgrade of feedparser
changes any of it, these tests fail before a feed is read differently.
"""

from __future__ import annotations

import calendar
import html
from datetime import UTC, datetime

import feedparser.api
import feedparser.datetimes
import feedparser.mixin
import feedparser.sanitizer
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.ingest.parsing import _dates
from monitor.ingest.parsing._feedparser_names import (
    ACCEPTABLE_ELEMENTS,
    ENTRY_KINDS,
    HARMLESS,
    KNOWN_NAMESPACES,
    UNSUPPORTED,
)
from monitor.ingest.parsing._lxml_elements import looks_like_html


def feedparser_handlers() -> set[str]:
    """Every element name feedparser's strict parser has a start or end handler for."""
    names = set()
    for attribute in dir(feedparser.api.StrictFeedParser):
        for prefix in ("_start_", "_end_"):
            if attribute.startswith(prefix):
                names.add(attribute.removeprefix(prefix))
    return names


def test_every_feedparser_handler_is_classified_exactly_once() -> None:
    classified = [*ENTRY_KINDS, *HARMLESS, *UNSUPPORTED]
    assert len(classified) == len(set(classified))
    assert set(classified) == feedparser_handlers()


def test_the_known_namespaces_are_feedparsers() -> None:
    expected = {k.lower(): v for k, v in feedparser.mixin._FeedParserMixin.namespaces.items()}
    assert expected == KNOWN_NAMESPACES


def test_the_acceptable_html_elements_are_feedparsers() -> None:
    assert feedparser.sanitizer._HTMLSanitizer.acceptable_elements == ACCEPTABLE_ELEMENTS


@given(st.text(alphabet="<>/&#;ab p1émx", max_size=30))
def test_the_html_guess_is_feedparsers(text: str) -> None:
    assert looks_like_html(text) == bool(feedparser.mixin._FeedParserMixin.looks_like_html(text))


def test_the_html_guess_on_typical_titles() -> None:
    assert looks_like_html("Fish &amp; chips")
    assert looks_like_html("<em>Battery</em> booster")
    assert not looks_like_html("<blink>odd</blink>")
    assert not looks_like_html("AT&T and 1 < 2")
    assert "nbsp" in html.entities.entitydefs


def feedparser_moment(text: str) -> datetime | None:
    parsed = feedparser.datetimes._parse_date(text)
    return None if parsed is None else datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@st.composite
def rfc822_dates(draw: st.DrawFn) -> str:
    day_name = draw(st.sampled_from(["", "Mon, ", "Sat, "]))
    day = draw(st.integers(1, 31))
    day_text = f"{day:02d}" if draw(st.booleans()) else str(day)
    seconds = f":{draw(st.integers(0, 61)):02d}" if draw(st.booleans()) else ""
    zone = draw(
        st.sampled_from(["GMT", "UT", "UTC", "Z", "+0000", "+0200", "-0530", "+1400", "EST"])
    )
    return (
        f"{day_name}{day_text} {draw(st.sampled_from(MONTHS))} {draw(st.integers(1890, 2210))} "
        f"{draw(st.integers(0, 25)):02d}:{draw(st.integers(0, 59)):02d}{seconds} {zone}"
    )


@st.composite
def w3c_dates(draw: st.DrawFn) -> str:
    date = (
        f"{draw(st.integers(1890, 2210))}-{draw(st.integers(1, 13)):02d}-"
        f"{draw(st.integers(1, 31)):02d}"
    )
    if draw(st.booleans()):
        return date
    seconds = f":{draw(st.integers(0, 60)):02d}" if draw(st.booleans()) else ""
    fraction = f".{draw(st.integers(0, 999999))}" if seconds and draw(st.booleans()) else ""
    zone = draw(st.sampled_from(["Z", "+00:00", "+02:00", "-05:30", "+14:00", "+0200", ""]))
    return (
        f"{date}T{draw(st.integers(0, 25)):02d}:{draw(st.integers(0, 59)):02d}"
        f"{seconds}{fraction}{zone}"
    )


@settings(max_examples=500, derandomize=True)
@given(st.one_of(rfc822_dates(), w3c_dates(), st.text(max_size=40)))
def test_dates_read_fast_are_the_dates_feedparser_reads(text: str) -> None:
    moment = _dates.read_date(text)
    if moment is not _dates.UNKNOWN:
        assert moment == feedparser_moment(text)


def test_the_usual_date_shapes_are_read_fast() -> None:
    for text in (
        "Mon, 02 Jun 2025 10:00:00 GMT",
        "2 Jun 2025 10:00 +0200",
        "2025-06-02T10:00:00Z",
        "2025-06-02T10:00:00.5+02:00",
        "2025-06-02",
    ):
        assert isinstance(_dates.read_date(text), datetime), text
    assert _dates.read_date("") is None
    assert _dates.read_date("Mon, 02 Jun 2025 10:00:00 EST") is _dates.UNKNOWN
