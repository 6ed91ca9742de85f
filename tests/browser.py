"""Headless Chromium on the Dagster UI, for tests that look at what a person sees.

The browser is Debian's ``chromium`` (``apt-get install chromium``; scripts/test.sh
installs it when it is missing and apt can); it is driven through Playwright's
Python package only (Playwright's own browser download is never used).
``require_chromium()`` skips a test when either is missing, with the reason, except
in CI (``CI=true``), where a missing browser fails it.

``ui_page(url)`` yields a page of 1400x900 with the UI's first-visit dialog (the
community newsletter, shown on localhost) already dismissed, as a person's
"Skip" leaves it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

VIEWPORT = {"width": 1400, "height": 900}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
# useStateWithStorage('communityNux'): what the dialog's "Skip" stores in the browser
DISMISS_COMMUNITY_NUX = "window.localStorage.setItem('communityNux', JSON.stringify('1'));"


def chromium_executable() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def require_chromium() -> str:
    """The chromium executable, once Playwright's Python package imports; otherwise
    the test is skipped (failed in CI) saying what is missing."""
    missing = []
    executable = chromium_executable()
    if executable is None:
        missing.append("Debian's chromium (apt-get install chromium: scripts/test.sh does it "
                       "when apt can reach Debian)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("Playwright's Python package (pip install playwright: scripts/test.sh "
                       "does it)")
    if missing:
        reason = "headless browser unavailable: no " + "; no ".join(missing)
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason} (CI=true: the UI test must run)")
        pytest.skip(reason)
    assert executable is not None
    return executable


@contextmanager
def ui_page(executable: str, *, direction: str | None = None) -> Iterator[Any]:
    """A Playwright page in headless Chromium; ``direction`` ("vertical" or "horizontal")
    presets the asset graph's layout, as its own toggle leaves it in the browser."""
    from playwright.sync_api import expect, sync_playwright

    # what a page shows is waited for, as long as a page's own actions may take
    # (expect() has its own timeout, 5 s by default: too short on a loaded machine)
    expect.set_options(timeout=30_000)
    script = DISMISS_COMMUNITY_NUX
    if direction:
        script += f"window.localStorage.setItem('asset-graph-direction', '\"{direction}\"');"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport=VIEWPORT)
            context.add_init_script(script)
            page = context.new_page()
            page.set_default_timeout(30_000)
            yield page
        finally:
            browser.close()
