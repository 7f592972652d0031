"""The HTML timeline report without a browser: content, counts, escaping, nothing loaded."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from html.parser import HTMLParser

import pytest

from alerts.digest import CaseItem, Source
from alerts.report import ReportData, on_time_rate, render_report
from timeline.model import Evidence, EvidenceKind, EvidenceState, Plan
from timeline.plan import load_plan
from timeline.status import MilestoneStatus, Status, evaluate_all

from conftest import BUNDLED_PLAN

AT = dt.date(2025, 7, 1)
POVERTY = "transport-poverty-recommendation"  # due 2025-03-31
EUROVIGNETTE = "eurovignette-zev-exemption"  # due 2025-06-30
CO2_REVIEW = "co2-standards-review"  # undated
HOSTILE_TITLE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(BUNDLED_PLAN)


def item(ident: int, milestone_id: str, url: str, title: str, published: str) -> Evidence:
    return Evidence(
        ident,
        milestone_id,
        url,
        title,
        dt.date.fromisoformat(published),
        EvidenceKind.DELIVERED,
        1.0,
        EvidenceState.CONFIRMED,
    )


def statuses(plan: Plan, evidence: list[Evidence]) -> list[MilestoneStatus]:
    return evaluate_all(plan.milestones, evidence, AT)


def case(ident: str, company: str, country: str, jobs: int | None, on: str, **kw: str) -> CaseItem:
    url = kw.get("url", f"https://news.example.org/{ident}")
    return CaseItem(
        ident,
        company,
        kw.get("site", ""),
        country,
        jobs,
        kw.get("kind", "cut"),
        "Internal restructuring",
        dt.date.fromisoformat(on),
        (Source(url, kw.get("title", f"{company} cuts jobs"), dt.date.fromisoformat(on)),),
    )


CASES = (
    case("bosch", "Bosch", "DE", 1100, "2025-06-02", site="Reutlingen"),
    case("vw", "Volkswagen", "DE", 2300, "2025-03-03"),
    case("valeo", "Valeo", "FR", 1000, "2025-06-05"),
    case("tesla", "Tesla", "DE", 500, "2025-05-10", kind="created"),
    case("unknown", "Unknown Parts", "IT", None, "2025-04-20"),
)


def render(plan: Plan, evidence: list[Evidence], cases: tuple[CaseItem, ...] = CASES) -> str:
    return render_report(
        ReportData(
            title=plan.title,
            at=AT,
            today=AT,
            statuses=statuses(plan, evidence),
            pillars=plan.pillars,
            cases=cases,
            reference=plan.reference,
        )
    )


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text of <style>."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.style = ""
        self._in_style = False
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data


def tally(page: str, status: Status) -> int:
    found = re.search(rf'class="tally status-{status.value}"><span class="n[^"]*">(\d+)<', page)
    assert found, f"no tally for {status.value}"
    return int(found.group(1))


def test_every_milestone_has_a_row_with_its_id_title_and_status(plan: Plan) -> None:
    page = render(plan, [])
    for s in statuses(plan, []):
        row = re.search(rf'<tr id="m-{s.milestone.id}" class="milestone status-(\w+)"', page)
        assert row, s.milestone.id
        assert row.group(1) == s.status.value
    for label in plan.pillars.values():
        assert label in page
    assert len(re.findall(r'<tr id="m-', page)) == len(plan.milestones)


def test_summary_counts_each_status_and_the_on_time_rate(plan: Plan) -> None:
    found = [
        item(1, POVERTY, "https://example.org/p", "Late", "2025-05-02"),
        item(2, EUROVIGNETTE, "https://example.org/e", "On time", "2025-06-27"),
        item(3, CO2_REVIEW, "https://example.org/c", "Undated", "2025-06-01"),
    ]
    page = render(plan, found)
    expected = Counter(s.status for s in statuses(plan, found))
    assert expected[Status.DELIVERED_LATE] == expected[Status.DELIVERED_ON_TIME] == 1
    for status in Status:
        assert tally(page, status) == expected[status]
    # undated deliveries cannot be on time or late, so they stay out of the rate
    assert on_time_rate(statuses(plan, found)) == (1, 2)
    assert "50% &mdash; 1 of the 2 delivered milestones" in page


def test_on_time_rate_is_not_invented_before_any_delivery(plan: Plan) -> None:
    assert "not measurable yet" in render(plan, [])


def test_feed_text_is_escaped_and_only_http_links_are_made(plan: Plan) -> None:
    found = [
        item(1, POVERTY, "https://example.org/poverty?a=1&b=2", HOSTILE_TITLE, "2025-05-02"),
        item(2, EUROVIGNETTE, "javascript:alert(3)", "Click <b>me</b>", "2025-06-27"),
        item(3, CO2_REVIEW, "java\tscript:alert(4)", "Tabbed", "2025-06-01"),
    ]
    hostile = (
        case("x", HOSTILE_TITLE, "DE", 10, "2025-06-01", url="javascript:alert(5)"),
        case("bosch", "Bosch", "DE", 1100, "2025-06-02", site='" onmouseover="alert(6)'),
    )
    page = render(plan, found, hostile)
    parsed = Elements(page)
    names = [tag for tag, _ in parsed.tags]
    assert "script" not in names
    assert "img" not in names
    assert "b" not in names
    assert not [a for _, attrs in parsed.tags for a in attrs if a.startswith("on")]
    assert "javascript" not in page
    hrefs = [a["href"] for _, a in parsed.tags if not a.get("href", "#").startswith("#")]
    assert all(tag == "a" for tag, attrs in parsed.tags if "href" in attrs)
    assert set(hrefs) == {"https://example.org/poverty?a=1&b=2", "https://news.example.org/bosch"}
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Click &lt;b&gt;me&lt;/b&gt;" in page  # an unsafe address keeps its title, as text


def test_the_page_loads_nothing_and_names_no_address_but_its_links(plan: Plan) -> None:
    found = [item(1, POVERTY, "https://example.org/poverty?a=1&b=2", "Late", "2025-05-02")]
    page = render(plan, found)
    parsed = Elements(page)
    for tag, attrs in parsed.tags:
        assert tag not in ("script", "link", "img", "iframe", "object", "embed", "image", "use")
        assert not {"src", "srcset", "xlink:href", "action", "background"} & set(attrs)
        assert tag == "a" or "href" not in attrs
    styles = parsed.style + "".join(attrs.get("style", "") for _, attrs in parsed.tags)
    assert "url(" not in styles
    assert "@import" not in styles
    without_links = re.sub(r'<a href="https?://[^"]*"', "<a", page)
    assert "http" not in without_links
    assert "//" not in re.sub(r"<style>.*?</style>", "", without_links, flags=re.S)


def test_timeline_marks_deadlines_deliveries_and_the_day(plan: Plan) -> None:
    found = [item(1, POVERTY, "https://example.org/p", "Late", "2025-05-02")]
    page = render(plan, found)
    dated = [m for m in plan.milestones if m.due]
    assert page.count('class="deadline"') == len(dated)
    assert page.count('class="marker"') == len(dated)  # the undated delivery has no date here
    assert page.count('<line class="today"') == page.count('<svg class="strip-svg"') + len(
        plan.pillars
    )  # one per strip and one per pillar axis
    poverty = page[page.index(f'id="m-{POVERTY}"') :]
    poverty = poverty[: poverty.index("</tr>")]
    assert '"nowrap">due 2025-03-31</span>, <span class="nowrap">delivered 2025-05-02<' in poverty
    assert 'class="gap"' in poverty  # the time it was late is drawn
    assert "today 2025-07-01" in page


def test_as_of_a_past_date_the_line_says_so(plan: Plan) -> None:
    page = render_report(
        ReportData("Plan", AT, AT + dt.timedelta(days=30), statuses(plan, []), plan.pillars)
    )
    assert "as of 2025-07-01" in page
    assert "today 2025-07-01" not in page


def test_job_charts_total_cuts_by_month_country_and_company(plan: Plan) -> None:
    page = render(plan, [])
    month = page[page.index('id="jobs-by-month"') : page.index('id="jobs-by-country"')]
    assert re.findall(r"<title>(\w+ \d{4}): ([\d,]+) jobs</title>", month) == [
        ("Mar 2025", "2,300"),
        ("Apr 2025", "0"),  # a case without a figure adds nothing
        ("May 2025", "0"),  # job creations are not cuts
        ("Jun 2025", "2,100"),
    ]
    country = page[page.index('id="jobs-by-country"') : page.index('id="jobs-by-company"')]
    assert re.findall(r"<title>(\w+): ([\d,]+) jobs</title>", country) == [
        ("DE", "3,400"),
        ("FR", "1,000"),
    ]
    company = page[page.index('id="jobs-by-company"') : page.index('class="cases"')]
    titles = re.findall(r"<title>([\w ]+): ([\d,]+) jobs</title>", company)
    assert titles == [("Volkswagen", "2,300"), ("Bosch", "1,100"), ("Valeo", "1,000")]
    assert "4,400 jobs announced as cut" in page
    assert "(1 case gives no figure and is not counted)" in page
    assert "1 announced job creation is listed below but not charted" in page
    for c in CASES:
        assert f'id="case-{c.case_id}"' in page
    assert page.index('id="case-bosch"') < page.index('id="case-vw"')  # newest first


def test_without_cases_the_section_says_so_and_draws_no_chart(plan: Plan) -> None:
    page = render(plan, [], ())
    assert "No job-loss announcement has been recorded yet." in page
    assert "chart-svg" not in page


def test_page_is_a_titled_english_document_with_print_styles(plan: Plan) -> None:
    page = render(plan, [])
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in page
    assert f"<title>{plan.title}: timeline report, 2025-07-01</title>" in page
    assert "@media print" in page
    assert "break-inside: avoid" in page
