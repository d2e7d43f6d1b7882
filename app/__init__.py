"""Hatcheck: where a small business's week really went, marketing or sales, and why.

Flask and its extensions are imported inside `create_app`, so that `import app.engine` (a
script that only wants the rule engine) loads nothing of the web layer.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flask import Flask

ROOT = Path(__file__).resolve().parent.parent


def create_app(test_config: dict | None = None) -> Flask:
    """Build the app: defaults, then instance/config.py, then FLASK_* variables (or test_config)."""
    from flask import Flask

    app = Flask(__name__, instance_relative_config=True,
                template_folder=str(ROOT / "templates"), static_folder=str(ROOT / "static"))
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    app.config.from_mapping(
        SECRET_KEY=None,
        SQLALCHEMY_DATABASE_URI=f"sqlite:///{Path(app.instance_path) / 'hatcheck.sqlite'}",
        RULES_DIR=str(ROOT / "rules"),
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
        # Chromium and Firefox keep Secure cookies on http://localhost too; set it false only
        # to serve plain HTTP to other machines (see the README).
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_SAMESITE="Lax",
        LOGIN_RATE_LIMIT="10 per minute;50 per hour",
        SIGNUP_OPEN=True,  # false: only the first account can be created
        PROXIES=0,  # how many reverse proxies (setting X-Forwarded-For) stand in front
        WTF_CSRF_TIME_LIMIT=None,  # a form stays valid while its session lasts
        RATELIMIT_STORAGE_URI="memory://",
        RATELIMIT_HEADERS_ENABLED=True,
    )
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
        app.config.from_prefixed_env()
    else:
        app.config.from_mapping(test_config)
    if not app.config["SECRET_KEY"]:
        app.config["SECRET_KEY"] = _secret_key(Path(app.instance_path) / "secret_key")
    app.extensions["hatcheck.classifier"] = _classifier(app.config["RULES_DIR"])
    app.json.sort_keys = False

    _web(app)
    return app


def _web(app: Flask) -> None:
    """Plug in the extensions, the blueprints, the template helpers and the CLI."""
    from flask_migrate import Migrate
    from flask_wtf.csrf import CSRFProtect

    from app import (
        activities,
        api,
        auth,
        cli,
        errors,
        imports,
        reports,
        rules,
        settings,
        trial,
        weeks,
    )
    from app.charts import split_chart
    from app.engine.entry import DAYS, format_minutes
    from app.models import db
    from app.rulebook import document, highlight
    from app.scope import DatabaseId

    app.url_map.converters["int"] = DatabaseId
    db.init_app(app)
    Migrate(app, db, directory=str(ROOT / "migrations"))
    # API calls carry a personal token instead, and a session cookie does not open them.
    CSRFProtect(app).exempt(api.bp)
    auth.login_manager.init_app(app)
    auth.limiter.init_app(app)
    app.before_request(auth.guard)
    for module in (auth, settings, weeks, activities, imports, reports, rules, trial, errors, api):
        app.register_blueprint(module.bp)
    app.add_template_filter(format_minutes, "hours")
    app.add_template_global(highlight)
    app.add_template_global(document)
    app.add_template_global(DAYS, "days")
    app.add_template_global(split_chart)
    app.after_request(_security_headers)
    if app.config["PROXIES"]:
        from werkzeug.middleware.proxy_fix import ProxyFix
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=app.config["PROXIES"],
                                x_proto=app.config["PROXIES"])
    cli.register(app)


def _classifier(rules_dir: str):
    """The classifier of the rule folder; a broken rule set stops the app with one message."""
    from app.engine import Classifier, RuleError, load_rules
    from app.engine.lint import check_examples

    try:
        classifier = Classifier(load_rules(rules_dir))
    except RuleError as err:
        raise SystemExit(f"Hatcheck cannot start: broken rule file: {err}") from None
    failures = check_examples(classifier)
    if failures:
        raise SystemExit("Hatcheck cannot start: rule examples fail:\n"
                         + "\n".join(str(f) for f in failures))
    return classifier


def _security_headers(response):
    """No inline script or style, no framing, no MIME sniffing, no full referrers, no caching
    of pages."""
    from flask import request

    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    if request.endpoint != "static":
        # Pages hold an owner's data (and, once, a new API token): never keep them in caches.
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def _secret_key(path: Path) -> str:
    """The instance's secret key, generated into the instance folder on first start."""
    if not path.exists():
        path.write_text(secrets.token_hex(32), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()
