"""The HTML report in a real browser: headless Debian Chromium driven by Selenium.

Renders the seeded plan with deliveries and job-loss cases polled from a local feed, through the
commands a user types, then opens the file offline: no console errors, every milestone and every
chart in the DOM, a screenshot taken. Skipped without Chromium outside CI; CI installs it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from click.testing import CliRunner

from monitor.cli.main import cli as monitor_cli
from monitor.cli.timeline_cli import cli as timeline_cli
from timeline.plan import load_plan

from browser import OVERFLOWING, PNG_SIGNATURE, chromium, emulate
from conftest import BUNDLED_PLAN, FrozenClock
from sites import Site, serve

# (guid, title, description, RFC 822 date): four months, two countries, one delivery.
NEWS = [
    ("vw", "Volkswagen to cut 2,300 jobs at its Osnabrück plant", "Production stops.", "03 Mar"),
    ("stla", "Stellantis to cut 900 jobs at its Poissy plant in France", "Weak demand.", "15 Apr"),
    ("zf", "ZF to cut 700 jobs at its Saarbrücken plant", "Weak demand for drives.", "09 May"),
    ("conti", "Continental to cut 3,000 jobs in Germany", "Restructuring.", "21 May"),
    ("bosch", "Bosch to cut 1,100 jobs at its Reutlingen plant", "Weak demand.", "02 Jun"),
    ("valeo", "Valeo va supprimer 1 000 postes en France", "Effectifs réduits.", "05 Jun"),
    (
        "ec",
        "Commission proposes to exempt zero-emission trucks from road tolls under the "
        "Eurovignette directive",
        "The European Commission today proposed a targeted amendment of the Eurovignette "
        "Directive extending the exemption of zero-emission heavy-duty vehicles.",
        "20 May",
    ),
]


def _feed() -> bytes:
    items = "".join(
        f"<item><guid>{guid}</guid><title>{escape(title)}</title>"
        f"<link>https://news.example.org/{guid}</link>"
        f"<description>{escape(text)}</description>"
        f"<pubDate>{day} 2025 10:00:00 GMT</pubDate></item>"
        for guid, title, text, day in NEWS
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>'
        f"<link>https://news.example.org/</link><language>en</language>{items}</channel></rss>"
    ).encode()


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    with serve() as running:
        running.feed("/news.xml", _feed())
        yield running


@pytest.fixture
def report(cli_env: dict[str, str], site: Site, tmp_path: Path, frozen_clock: FrozenClock) -> Path:
    """The report of the seeded plan on 2025-07-01, made with the commands a user would run."""
    (tmp_path / "monitor.toml").write_text(
        "[sources]\ndefaults = false\n\n"
        f'[[sources.feed]]\nname = "news"\nurl = "{site.url("/news.xml")}"\n'
    )
    runner = CliRunner()
    steps: list[tuple[Any, list[str]]] = [
        (monitor_cli, ["init"]),
        (monitor_cli, ["poll"]),
        (
            timeline_cli,
            [
                "record",
                "transport-poverty-recommendation",
                "--delivered",
                "2025-05-02",
                "--source",
                "https://example.org/poverty",
                # hostile text: if it ran, the console check below would see it
                "--title",
                '<script>console.error("xss")</script><img src=x onerror=console.error(1)>',
            ],
        ),
        (timeline_cli, ["report", "--html", str(tmp_path / "report.html")]),
    ]
    for command, args in steps:
        result = runner.invoke(command, args, catch_exceptions=False)
        assert result.exit_code == 0, result.output
    return tmp_path / "report.html"


@pytest.fixture
def driver(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    with chromium(tmp_path, monkeypatch) as browser:
        yield browser


def test_report_opens_offline_with_every_milestone_and_chart(
    driver: Any, report: Path, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    driver.get(report.as_uri())
    assert "timeline report, 2025-07-01" in driver.title

    ids = driver.execute_script(
        "return [...document.querySelectorAll('tr.milestone')].map(r => r.dataset.milestone)"
    )
    assert sorted(ids) == sorted(m.id for m in load_plan(BUNDLED_PLAN).milestones)
    for chart in ("jobs-by-month", "jobs-by-country", "jobs-by-company"):
        figure = driver.find_element(By.ID, chart)
        assert figure.find_element(By.TAG_NAME, "figcaption").text
        bars = figure.find_elements(By.CSS_SELECTOR, "svg g.bar rect")
        assert bars, chart
        svg = figure.find_element(By.TAG_NAME, "svg")  # drawn at its own size on a laptop
        assert svg.size["width"] == pytest.approx(float(svg.get_attribute("width")), abs=1)
    month_bars = driver.find_elements(By.CSS_SELECTOR, "#jobs-by-month g.bar")
    assert len(month_bars) == 4  # March to June 2025
    assert len(driver.find_elements(By.CSS_SELECTOR, "tr.case")) == 6
    strips = driver.find_elements(By.CSS_SELECTOR, "svg.strip-svg")
    assert strips
    assert all(s.size["width"] > 200 for s in strips[:3])  # the axis has room to be read
    eurovignette = driver.find_element(By.ID, "m-eurovignette-zev-exemption")
    assert "delivered on time" in eurovignette.text
    poverty = driver.find_element(By.ID, "m-transport-poverty-recommendation")
    assert '<script>console.error("xss")</script>' in poverty.text  # shown as text, not run
    assert not driver.find_elements(By.CSS_SELECTOR, "script, img")

    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1366, min(int(height), 12000))
    screenshot = tmp_path / "report.png"
    assert driver.save_screenshot(str(screenshot))
    data = screenshot.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    assert len(data) > 10_000

    errors = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
    assert errors == []


@pytest.mark.parametrize(
    ("width", "height", "mobile"), [(390, 844, True), (1366, 900, False)], ids=["phone", "desktop"]
)
def test_report_fits_the_screen_without_sideways_scrolling(
    driver: Any, report: Path, width: int, height: int, mobile: bool
) -> None:
    from selenium.webdriver.common.by import By

    emulate(driver, width, height, mobile=mobile)
    driver.get(report.as_uri())
    viewport, page = driver.execute_script(
        "return [document.documentElement.clientWidth, document.documentElement.scrollWidth]"
    )
    assert viewport == width
    overflowing = driver.execute_script(OVERFLOWING)
    assert overflowing == [], "; ".join(overflowing)
    assert page <= viewport, f"the page is {page} px wide on a {viewport} px screen"
    for chart in ("jobs-by-month", "jobs-by-country", "jobs-by-company"):
        figure = driver.find_element(By.ID, chart)
        svg = figure.find_element(By.TAG_NAME, "svg")
        assert 0 < svg.size["width"] <= figure.size["width"] + 1, chart  # scaled to its box
        assert svg.size["height"] > 40, chart  # and still drawn
    # the commitments can be read: titles wrap, the status is whole
    row = driver.find_element(By.ID, "m-eurovignette-zev-exemption")
    assert "delivered on time" in row.text
