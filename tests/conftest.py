"""Shared fixtures: the app on the real rules, its clients, and tiny synthetic rule folders."""

from __future__ import annotations

import itertools
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from app import create_app

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"

# Tests never touch the owner's database in instance/ nor write a secret key there. Forms are
# posted without CSRF tokens (one test in test_weeks.py checks the tokens on its own app).
TEST_CONFIG = {
    "TESTING": True,
    "SECRET_KEY": "test",
    "SQLALCHEMY_DATABASE_URI": "sqlite://",
    "WTF_CSRF_ENABLED": False,
}


@pytest.fixture
def app():
    """The app as it starts for real (the repository's rule set, examples checked), with an
    empty in-memory database."""
    try:
        app = create_app(dict(TEST_CONFIG))
    except SystemExit as err:  # a broken rule file: fail this test, not the whole session
        pytest.fail(f"the app does not start: {err.code}", pytrace=False)
    db = app.extensions.get("sqlalchemy")
    if db is not None:
        with app.app_context():
            db.create_all()
    return app


@pytest.fixture
def make_app() -> Callable[..., object]:
    """`make_app(RULES_DIR=...)`: create_app with the test configuration and these settings."""
    return lambda **config: create_app({**TEST_CONFIG, **config})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def make_rules(tmp_path) -> Callable[..., Path]:
    """Write a small rule folder and return its path.

    `make_rules({"10-a.toml": "...", "20-b.toml": "..."}, disagreements="...")` copies the real
    `documents.toml` (so rules cite the real five documents), writes `disagreements.toml` (empty
    unless given) and each rule file from its TOML text. Every call makes a new folder.
    """
    counter = itertools.count()

    def make(files: dict[str, str], disagreements: str = "") -> Path:
        folder = tmp_path / f"rules{next(counter)}"
        folder.mkdir()
        shutil.copy(RULES / "documents.toml", folder / "documents.toml")
        (folder / "disagreements.toml").write_text(disagreements, encoding="utf-8")
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        return folder

    return make


CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]


@pytest.fixture
def server(tmp_path):
    """The app on a free local port, on its own SQLite file: (base URL, app)."""
    from flask_migrate import upgrade
    from werkzeug.serving import make_server

    app = create_app({"SECRET_KEY": "browser-test",
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'browser.sqlite'}"})
    with app.app_context():
        upgrade()
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}", app
    httpd.shutdown()


@pytest.fixture
def chromium():
    """Debian's Chromium, driven by Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    assert executable, "Debian's chromium package is needed (apt-get install chromium)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    return chromium.new_page(viewport={"width": 1100, "height": 900})
