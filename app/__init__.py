"""Hatcheck: where a small business's week really went, marketing or sales, and why."""

from __future__ import annotations

import os
from pathlib import Path

from flask import Flask

from app.engine import Classifier, RuleError, load_rules
from app.engine.lint import check_examples

ROOT = Path(__file__).resolve().parent.parent


def create_app(test_config: dict | None = None) -> Flask:
    """Build the app: defaults, then instance/config.py, then FLASK_* variables (or test_config)."""
    app = Flask(__name__, instance_relative_config=True,
                template_folder=str(ROOT / "templates"), static_folder=str(ROOT / "static"))
    app.config.from_mapping(
        SECRET_KEY=os.urandom(32).hex(),
        RULES_DIR=str(ROOT / "rules"),
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
    )
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
        app.config.from_prefixed_env()
    else:
        app.config.from_mapping(test_config)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    try:
        classifier = Classifier(load_rules(app.config["RULES_DIR"]))
    except RuleError as err:
        raise SystemExit(f"Hatcheck cannot start: broken rule file: {err}") from None
    failures = check_examples(classifier)
    if failures:
        raise SystemExit("Hatcheck cannot start: rule examples fail:\n"
                         + "\n".join(str(f) for f in failures))
    app.extensions["hatcheck.classifier"] = classifier

    from app import cli, home
    app.register_blueprint(home.bp)
    cli.register(app)
    return app
