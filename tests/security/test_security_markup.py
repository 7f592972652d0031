"""Feed text never becomes markup or headers: HTML digests, Slack text, e-mail subjects.

Every feed-supplied field of a digest (evidence titles and links, companies, sites, source
titles and links) and the plan title carry a payload. The HTML must have exactly the structure a
harmless digest of the same shape has (no element or attribute added), every link must be plain
http(s), and the e-mail must have exactly its own headers. The HTML report is covered by the
report's own tests (tests/test_report_html.py).
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections import Counter
from email import message_from_bytes, policy
from html.parser import HTMLParser

import pytest

from alerts.channels.smtp import SmtpSecurity, SmtpSettings, build_message
from alerts.digest import CaseItem, Digest, MilestoneItem, PlanSummary, Source
from alerts.render import render
from timeline.status import Status

AT = dt.datetime(2025, 7, 1, 8, 0, tzinfo=dt.UTC)
TEXT_PAYLOADS = [
    "<script>alert(1)</script>",
    "<style>body{display:none}</style>",
    '<img src=x onerror="alert(2)">',
    '"><svg onload=alert(3)>',
    "</td></tr></table><a href='javascript:alert(4)'>win</a>",
    "<iframe src=//evil.example></iframe>",
    "{{ 7*7 }}{% raw %}",
    "<!channel> <https://evil.example|click here> @here",
    "Bcc: victim@example.org\r\nX-Injected: yes\n\n<b>body</b>",
]
URL_PAYLOADS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    " javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    'https://ok.example/" onmouseover="alert(1)',
    "https://ok.example/<script>",
]
BENIGN_TEXT = "Plain words"
BENIGN_URL = "https://news.example.org/item"


def digest(text: str, url: str) -> Digest:
    """A digest with one item in every section, `text` and `url` in every feed-supplied field."""

    def milestone(status: Status, previous: Status) -> MilestoneItem:
        return MilestoneItem(
            f"m-{status.value}",
            "Milestone from the plan file " + text,
            "clean-mobility",
            status,
            previous,
            due=dt.date(2025, 6, 30),
            days=-1,
            delivered_on=dt.date(2025, 6, 27),
            evidence_url=url,
            evidence_title=text,
        )

    def case(case_id: str, previous: int | None) -> CaseItem:
        return CaseItem(
            case_id,
            company=text,
            site=text,
            country="DE",
            jobs=1200,
            jobs_kind="cut",
            type="internal restructuring",
            announced_on=dt.date(2025, 6, 2),
            sources=(Source(url, text, dt.date(2025, 6, 2)),),
            previous_jobs=previous,
        )

    return Digest(
        id="officers-20250701T080000Z-1",
        channel="officers",
        generated_at=AT,
        since=AT - dt.timedelta(days=1),
        missed=(milestone(Status.MISSED, Status.DUE_SOON),),
        delivered=(milestone(Status.DELIVERED_ON_TIME, Status.DUE_SOON),),
        due_soon=(milestone(Status.DUE_SOON, Status.UPCOMING),),
        new_cases=(case("c1", None),),
        revised_cases=(case("c2", 900),),
        summary=PlanSummary("Plan " + text, {Status.MISSED: 1, Status.DUE_SOON: 1}),
    )


class Structure(HTMLParser):
    """Counts elements and attribute names; keeps every link and every attribute value."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.shape: Counter[tuple[str, tuple[str, ...]]] = Counter()
        self.links: list[str] = []
        self.values: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.shape[(tag, tuple(sorted(name for name, _ in attrs)))] += 1
        for name, value in attrs:
            self.values.append(value or "")
            if name in ("href", "src", "action", "formaction", "xlink:href"):
                self.links.append(value or "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)


def structure(page: str) -> Structure:
    parsed = Structure()
    parsed.feed(page)
    parsed.close()
    return parsed


@pytest.mark.parametrize("url", [BENIGN_URL, *URL_PAYLOADS])
@pytest.mark.parametrize("text", TEXT_PAYLOADS)
def test_hostile_feed_text_adds_no_element_attribute_or_unsafe_link_to_html(
    text: str, url: str
) -> None:
    benign = structure(render(digest(BENIGN_TEXT, BENIGN_URL)).html)
    hostile = structure(render(digest(text, url)).html)

    for element, count in hostile.shape.items():
        assert count <= benign.shape[element], element
    assert not any(name.startswith("on") for _, names in hostile.shape for name in names)
    for link in hostile.links:
        assert link in (BENIGN_URL, url) or not link.startswith(("http:", "https:"))
        assert link.startswith(("https://", "http://", "mailto:")), link
    for value in hostile.values:
        squeezed = "".join(value.split()).lower()
        assert not squeezed.startswith(("javascript:", "data:", "vbscript:")), value


@pytest.mark.parametrize("text", TEXT_PAYLOADS)
def test_hostile_text_is_shown_escaped_not_dropped(text: str) -> None:
    """Escaping, not deletion: a reader still sees what the feed said."""
    page = render(digest(text, BENIGN_URL)).html
    visible = " ".join(html.unescape(page).split())
    assert " ".join(text.split()) in visible


@pytest.mark.parametrize("text", TEXT_PAYLOADS)
def test_slack_text_cannot_mention_everyone_or_forge_links(text: str) -> None:
    slack = json.loads(render(digest(text, "javascript:alert(1)")).slack)["text"]
    assert "<!channel>" not in slack
    assert "<https://evil.example|" not in slack
    assert "<javascript:" not in slack.lower()


@pytest.mark.parametrize("text", TEXT_PAYLOADS)
def test_text_digest_keeps_each_feed_string_on_its_own_line(text: str) -> None:
    rendered = render(digest(text, BENIGN_URL))
    assert "\nX-Injected: yes" not in rendered.text
    assert "\r" not in rendered.text


@pytest.mark.parametrize("text", TEXT_PAYLOADS)
def test_titles_cannot_inject_email_headers(text: str) -> None:
    item = digest(text, BENIGN_URL)
    settings = SmtpSettings(
        host="smtp.example.org",
        port=587,
        sender="monitor@union.example.org",
        recipients=("policy@union.example.org",),
        security=SmtpSecurity.STARTTLS,
    )
    sent = build_message(item, render(item), settings).as_bytes()
    received = message_from_bytes(sent, policy=policy.default)

    assert sorted(received.keys()) == sorted(
        [
            "From",
            "To",
            "Subject",
            "Date",
            "Message-ID",
            "Auto-Submitted",
            "MIME-Version",
            "Content-Type",
        ]
    )
    assert received["To"] == "policy@union.example.org"
    assert "\n" not in str(received["Subject"])
    assert "\r" not in str(received["Subject"])
    head = sent.split(b"\n\n", 1)[0].lower()
    assert not any(line.startswith((b"bcc:", b"x-injected:")) for line in head.split(b"\n"))
