"""A headline topic that ends with an article and a name before its colon ("Verso la
chiusura la Ferri Plastica: ...") is about that name, as a topic of the name alone is.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

from monitor.judgement.joblosses.topic_names import articled_topic
from tests.joblosses_support import bundled_watchlist, read_found


def test_the_name_after_the_topics_article_is_the_company() -> None:
    found = read_found(
        bundled_watchlist(), "it", "Verso lo stop la Trafile Brianza: a rischio 85 posti", ""
    )
    assert found[:2] == ("Trafile Brianza", 85)


def test_a_name_alone_or_of_one_word_is_not_read_so() -> None:
    assert not articled_topic("la Fiom", "Fiom")
    assert not articled_topic("Crisi la Trafile Brianza", "Brianza")
    assert articled_topic("Verso lo stop la Trafile Brianza", "Trafile Brianza")
