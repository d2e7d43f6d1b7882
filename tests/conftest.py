"""Shared fixtures: the app on the real rules, logged-in clients, and tiny synthetic rule
folders."""

from __future__ import annotations

import itertools
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from werkzeug.security import generate_password_hash

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
    "RATELIMIT_ENABLED": False,
}
OWNER = "owner@example.com"
PASSWORD = "correct horse battery"


def add_account(app, email: str = OWNER, password: str = PASSWORD) -> int:
    """Save an account (with a quick hash: tests make hundreds) and return its id."""
    from app.models import Account, db

    with app.app_context():
        account = Account(email=email, password_hash=generate_password_hash(
            password, method="pbkdf2:sha256:1000"))
        db.session.add(account)
        db.session.commit()
        return account.id


def add_token(app, account_id: int, token: str) -> dict[str, str]:
    """Give the account this API token; returns the header that sends it."""
    from app.models import ApiToken, db

    with app.app_context():
        db.session.add(ApiToken(account_id=account_id, name="tests", hint=token[:6],
                                digest=ApiToken.digest_of(token)))
        db.session.commit()
    return {"Authorization": f"Bearer {token}"}


def rows_of(app, account: int) -> list[list[tuple]]:
    """Every row the account owns, as plain tuples, to compare before and after."""
    from sqlalchemy import select

    from app.models import Activity, ApiToken, Audit, IgnoredTerm, OwnerRule, SwitchedOff, db

    queries = [select(model).where(model.account_id == account).order_by(model.id)
               for model in (Audit, OwnerRule, SwitchedOff, IgnoredTerm, ApiToken)]
    queries.append(select(Activity).join(Audit).where(Audit.account_id == account)
                   .order_by(Activity.id))
    with app.app_context():
        return [[tuple(getattr(row, c.name) for c in row.__table__.columns)
                 for row in db.session.scalars(query)] for query in queries]


def log_in(client, email: str = OWNER, password: str = PASSWORD):
    """Log the test client in through the login form."""
    response = client.post("/login", data={"email": email, "password": password})
    assert response.status_code == 302, response.get_data(as_text=True)
    return client


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
    """A browser logged in as the owner (account 1)."""
    add_account(app)
    return log_in(app.test_client())


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
def page(chromium, server):
    """A page of the running app, logged in as the owner through the login form."""
    add_account(server[1])
    page = chromium.new_page(viewport={"width": 1100, "height": 900})
    page.goto(server[0] + "/login")
    page.fill("input[name=email]", OWNER)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(server[0] + "/")
    return page


@pytest.fixture(autouse=True)
def _push_request_context():
    """Replaces pytest-flask's fixture of this name, which keeps one request context for the
    whole test: every request would share `g`, and with it the account logged in first."""
