"""Shared pytest fixtures and hooks.

- Tests marked ``postgres_only`` are skipped unless the database is PostgreSQL
  (scripts/test.sh runs the suite on SQLite and again on PostgreSQL).
- ``browser``: one headless Debian chromium per session, driven by Playwright's sync
  API. Missing chromium skips browser tests on a laptop and fails them in CI.
- ``page``: a new zh-CN, Asia/Shanghai context whose base URL is pytest-django's
  ``live_server``, so a browser test writes ``page.goto("/admin/login/")``.
- ``fresh_segmenter``: the search box's cached segmenter re-reads the tables (tests that add names).
"""

import os

import pytest

CHROMIUM_ARGS = [
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    # The machine has no network but localhost; these stop chromium calling home.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def pytest_collection_modifyitems(config, items):
    """Skip ``postgres_only`` tests when the default database is not PostgreSQL."""
    from django.db import connection

    if connection.vendor == "postgresql":
        return
    skip = pytest.mark.skip(reason=f"needs PostgreSQL, database is {connection.vendor}")
    for item in items:
        if item.get_closest_marker("postgres_only"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser():
    """Launch Debian's chromium ($KEXIE_CHROMIUM, default /usr/bin/chromium) once."""
    executable = os.environ.get("KEXIE_CHROMIUM", "/usr/bin/chromium")
    if not os.access(executable, os.X_OK):
        message = f"no chromium at {executable}: apt-get install chromium, or set KEXIE_CHROMIUM"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)

    from playwright.sync_api import sync_playwright

    with pytest.MonkeyPatch.context() as mp:
        # The sync API keeps an asyncio loop in this thread, so Django would refuse
        # ORM calls from the test ("You cannot call this from an async context").
        mp.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()


@pytest.fixture
def page(browser, live_server):
    """Open a page in a fresh context pointed at the live server."""
    context = browser.new_context(locale="zh-CN", timezone_id="Asia/Shanghai", base_url=live_server.url)
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def fresh_segmenter():
    """The search box's segmenter is cached per process: make it compare the tables again, since a
    test's rollback takes back the names an earlier test taught it without telling it."""
    from articles.services.context import tables_changed

    tables_changed()
