"""Headless Debian Chromium driven by Selenium, for the tests that look at a page as a person
does (the HTML report, the review desk). Skipped without Chromium outside CI; CI installs it."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
BROWSER_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--hide-scrollbars",
    "--window-size=1366,900",
)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# Elements whose right edge passes the viewport, unless a box that scrolls on its own holds them.
OVERFLOWING = """
const vw = document.documentElement.clientWidth;
const scrolls = el => {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const x = getComputedStyle(p).overflowX;
    if ((x === 'auto' || x === 'scroll') && p.getBoundingClientRect().right <= vw + 1) return true;
  }
  return false;
};
return [...document.querySelectorAll('main *')]
  .filter(el => el.getBoundingClientRect().right > vw + 1 && !scrolls(el))
  .slice(0, 25)
  .map(el => `${el.tagName.toLowerCase()}.${el.getAttribute('class') || ''} ` +
             `${Math.round(el.getBoundingClientRect().right)}px`);
"""


def browser_or_skip() -> None:
    """Skip on a machine without the browser; in CI a missing browser is a failure."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if importlib.util.find_spec("selenium") is None:
        missing.append("the selenium package")
    if not missing:
        return
    reason = (
        f"the headless browser test needs {', '.join(missing)} "
        "(Debian packages chromium and chromium-driver; pip install selenium)"
    )
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; .ci/run installs them in CI")
    pytest.skip(reason)


@contextmanager
def chromium(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A headless Chromium whose profile and caches stay in the test's directory."""
    browser_or_skip()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    monkeypatch.setenv("SE_OFFLINE", "true")  # never let Selenium Manager look for downloads
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in (*BROWSER_ARGS, f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    service = Service(str(CHROMEDRIVER), env={**os.environ, "HOME": str(home)})
    browser = webdriver.Chrome(service=service, options=options)
    browser.set_page_load_timeout(30)
    try:
        yield browser
    finally:
        browser.quit()


def emulate(driver: Any, width: int, height: int, *, mobile: bool) -> None:
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {
            "width": width,
            "height": height,
            "deviceScaleFactor": 3 if mobile else 1,
            "mobile": mobile,
        },
    )
