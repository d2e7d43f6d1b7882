"""Shared fixtures: the app on the real rules, its clients, and tiny synthetic rule folders."""

from __future__ import annotations

import itertools
import shutil
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
