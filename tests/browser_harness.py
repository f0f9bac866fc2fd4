"""A real headless Chromium (Debian's /usr/bin/chromium driven by playwright) for the page tests.

Every request that is not ``file:``/``data:``/``blob:``/``about:`` is blocked and recorded; page errors,
console errors and dialogs (alert/confirm/prompt, dismissed at once) are recorded too. Outside CI the
tests skip with a visible reason when no Chromium is installed; under ``CI=true`` they fail instead.

Usage (also for benchmarks)::

    with launch_browser() as browser, browser.open(path_to_html) as page:
        assert page.external_requests == []
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("YGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


@dataclass
class PageSession:
    """An opened page and everything it tried to do that a self-contained page must not."""

    page: Any  # playwright.sync_api.Page
    external_requests: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    load_seconds: float = 0.0

    def evaluate(self, script: str, arg: Any = None) -> Any:
        return self.page.evaluate(script, arg)


class Browser:
    def __init__(self, browser: Any) -> None:
        self._browser = browser

    @contextmanager
    def open(
        self,
        html: Path,
        wait_for: str | None = None,
        timeout_ms: int = 60_000,
        viewport: tuple[int, int] = (1280, 720),
        init_script: str = "",
        fragment: str = "",
    ) -> Iterator[PageSession]:
        """Open ``html`` from file://; ``wait_for`` is a JS expression to wait on (e.g. layout finished);
        ``init_script`` runs before the page's own scripts; ``fragment`` is added to the URL (``#...``)."""
        # The pages' own Content-Security-Policy would hide a CDN link or an injected script from the test
        # (the browser would refuse them silently); bypassing it tests the escaping and self-containment.
        width, height = viewport
        context = self._browser.new_context(bypass_csp=True, viewport={"width": width, "height": height})
        if init_script:
            context.add_init_script(init_script)
        page = context.new_page()
        session = PageSession(page)
        context.route("**/*", lambda route: _route(route, session))
        page.on("request", lambda r: _record_request(r.url, session))
        page.on("pageerror", lambda e: session.page_errors.append(str(e)))
        page.on("console", lambda m: session.console_errors.append(m.text) if m.type == "error" else None)
        page.on("dialog", lambda d: (session.dialogs.append(f"{d.type}: {d.message}"), d.dismiss()))
        try:
            started = time.perf_counter()
            page.goto(html.resolve().as_uri() + fragment, wait_until="load", timeout=timeout_ms)
            if wait_for:
                page.wait_for_function(wait_for, timeout=timeout_ms)
            session.load_seconds = time.perf_counter() - started
            yield session
        finally:
            context.close()


def _route(route: Any, session: PageSession) -> None:
    url = route.request.url
    if url.startswith(LOCAL_SCHEMES):
        route.continue_()
    else:
        _record_request(url, session)
        route.abort()


def _record_request(url: str, session: PageSession) -> None:
    if not url.startswith(LOCAL_SCHEMES) and url not in session.external_requests:
        session.external_requests.append(url)


def chromium_or_skip() -> str:
    """The Chromium executable; skip (outside CI) or fail (under CI=true) when it is missing."""
    found = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if found:
        return found
    reason = f"no Chromium at {CHROMIUM} (Debian package 'chromium'); browser tests need it"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


@contextmanager
def launch_browser() -> Iterator[Browser]:
    """Chromium for a test session; a test module wraps it in a fixture::

    @pytest.fixture(scope="module")
    def browser():
        with launch_browser() as b:
            yield b
    """
    executable = chromium_or_skip()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the test extra installs it
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI=true but the playwright package is not installed")
        pytest.skip("the playwright Python package is not installed (python3 -m pip install -e '.[test]')")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        try:
            yield Browser(chromium)
        finally:
            chromium.close()
