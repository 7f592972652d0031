"""The review flow in a real Chromium, on SQLite and on PostgreSQL, on a phone and a desktop:
open the queue, confirm a delivery with the keyboard, see the milestone's status change on the
timeline; no page scrolls sideways, and the browser reports no error (a blocked script or
style, under the desk's Content-Security-Policy, would be one).

The desk runs on a real HTTP server on 127.0.0.1 in this process (werkzeug's, which stops on
demand; `monitor serve` puts the same app on waitress, tested in test_desk_feeds_and_serve).
Set MONITOR_DESK_SCREENSHOT=docs/review-desk.png to refresh the README's screenshot.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from werkzeug.serving import make_server

from monitor.app import Monitor
from monitor.desk.application import create_app
from timeline.model import EvidenceKind

from browser import OVERFLOWING, PNG_SIGNATURE, chromium, emulate
from conftest import ROOT, FrozenClock
from desk_support import MILESTONE, add_evidence, add_report, desk_settings, import_factsheets

PAGES = ("/", "/review", f"/milestones/{MILESTONE}", "/cases", "/sources", "/digests")


@pytest.fixture
def served(app: Monitor, frozen_clock: FrozenClock) -> Iterator[tuple[str, int]]:
    """The desk on a free port, with a delivery waiting (the newest item) and other work."""
    import_factsheets(app)
    add_report(app)
    add_evidence(
        app,
        milestone="co2-standards-review",
        url="https://ec.europa.eu/co2-review",
        title="Commission opens the consultation on the CO2 standards review",
        published=dt.date(2025, 5, 2),
        kind=EvidenceKind.PROGRESS,
    )
    number = add_evidence(app, published=dt.date(2025, 6, 10))
    server = make_server("127.0.0.1", 0, create_app(app, desk_settings()), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", number
    finally:
        server.shutdown()
        thread.join(timeout=30)


@pytest.fixture
def driver(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    with chromium(tmp_path, monkeypatch) as browser:
        yield browser


def fits(driver: Any, width: int) -> None:
    viewport, page = driver.execute_script(
        "return [document.documentElement.clientWidth, document.documentElement.scrollWidth]"
    )
    assert viewport == width
    overflowing = driver.execute_script(OVERFLOWING)
    assert overflowing == [], f"{driver.current_url}: " + "; ".join(overflowing)
    assert page <= viewport, f"{driver.current_url} is {page} px wide on a {viewport} px screen"


@pytest.mark.parametrize(
    ("width", "height", "mobile"), [(390, 844, True), (1366, 900, False)], ids=["phone", "desktop"]
)
def test_the_review_flow_confirms_a_delivery_and_the_timeline_shows_it(
    driver: Any,
    served: tuple[str, int],
    app: Monitor,
    tmp_path: Path,
    width: int,
    height: int,
    mobile: bool,
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as seen
    from selenium.webdriver.support.ui import WebDriverWait

    base, number = served
    wait = WebDriverWait(driver, 30)
    emulate(driver, width, height, mobile=mobile)

    driver.get(f"{base}/")
    row = driver.find_element(By.ID, f"m-{MILESTONE}")
    assert row.get_attribute("data-status") == "missed"

    driver.get(f"{base}/review")
    item = wait.until(seen.presence_of_element_located((By.CSS_SELECTOR, "article.item.current")))
    assert item.get_attribute("data-ref") == f"e{number}"  # the newest first, and selected
    fits(driver, width)
    if not mobile:
        shot = tmp_path / "review-desk.png"
        assert driver.save_screenshot(str(shot))
        assert shot.read_bytes().startswith(PNG_SIGNATURE)
        wanted = os.environ.get("MONITOR_DESK_SCREENSHOT")
        if wanted:
            shutil.copyfile(shot, ROOT / wanted)

    ActionChains(driver).send_keys("c").perform()  # c: confirm the selected item
    flash = wait.until(seen.presence_of_element_located((By.CSS_SELECTOR, ".flash")))
    assert f"Confirmed e{number}." in flash.text
    assert not driver.find_elements(By.ID, f"e{number}")  # gone from the queue
    current = (By.CSS_SELECTOR, "article.item.current")  # selected by the script once loaded
    report = wait.until(seen.presence_of_element_located(current))
    assert report.get_attribute("data-kind") == "report"  # the next one is selected
    ActionChains(driver).send_keys("r").perform()  # r: the note field, then Enter rejects
    ActionChains(driver).send_keys("an old story\n").perform()
    assert wait.until(seen.text_to_be_present_in_element((By.CSS_SELECTOR, ".flash"), "Rejected"))
    rest = wait.until(seen.presence_of_element_located(current))  # the one after it
    assert "CO2 standards review" in rest.text
    assert len(driver.find_elements(By.CSS_SELECTOR, "article.item")) == 1

    driver.find_element(By.LINK_TEXT, "Timeline").click()
    row = wait.until(seen.presence_of_element_located((By.ID, f"m-{MILESTONE}")))
    assert row.get_attribute("data-status") == "delivered_on_time"
    assert "delivered on time" in row.text
    fits(driver, width)

    case = app.cases()[0].id
    for path in (*PAGES, f"/cases/{case}"):
        driver.get(base + path)
        wait.until(seen.presence_of_element_located((By.TAG_NAME, "main")))
        fits(driver, width)

    errors = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
    assert errors == []
