"""Upgrading a database made before accounts: every row is kept and goes to the first account."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import upgrade
from sqlalchemy import text

from app import create_app
from app.models import db

BEFORE_ACCOUNTS = "f2d324979fa2"
ROWS = [
    "INSERT INTO audit (id, week_start, business, note, created_at) "
    "VALUES (1, '2025-03-03', 'Rosie''s Bakery', 'busy week', '2025-03-03 09:00:00')",
    "INSERT INTO activity (audit_id, description, day, minutes, person, label, category, rules, "
    "decided_by, contested, override_label, override_category, override_reason, source_key, "
    "created_at) VALUES (1, 'Valpak coupons sent', 1, 90, 'Anna', 'unclassified', NULL, '', "
    "'no-match', 0, 'marketing', 'Direct mail', 'our mailer', NULL, '2025-03-04 10:00:00')",
    "INSERT INTO owner_rule (slug, label, category, phrases, all_words, unless, explanation, "
    "enabled, created_at) VALUES ('my-valpak', 'marketing', 'Direct mail', 'Valpak', '', '', "
    "'Valpak is our coupon mailer', 1, '2025-03-04 10:00:00')",
    "INSERT INTO switched_off (rule_id) VALUES ('finance')",
    "INSERT INTO ignored_term (term) VALUES ('croissant')",
]


def start(database):
    return create_app({"TESTING": True, "SECRET_KEY": "upgrade", "WTF_CSRF_ENABLED": False,
                       "SQLALCHEMY_DATABASE_URI": f"sqlite:///{database}"})


def test_a_database_from_before_accounts_upgrades_with_its_data(tmp_path):
    database = tmp_path / "old.sqlite"
    app = start(database)
    with app.app_context():
        upgrade(revision=BEFORE_ACCOUNTS)
        for row in ROWS:
            db.session.execute(text(row))
        db.session.commit()
        upgrade()
    client = start(database).test_client()
    page = client.get("/signup").get_data(as_text=True)
    assert "will be yours" in page
    client.post("/signup", data={"email": "rosie@example.com", "password": "flour and eggs",
                                 "repeat": "flour and eggs"})
    week = client.get("/weeks/1").get_data(as_text=True)
    assert "Rosie&#39;s Bakery" in week and "Valpak coupons sent" in week
    assert "our mailer" in week and "Direct mail" in week
    rules = client.get("/rules").get_data(as_text=True)
    assert "my-valpak" in rules and 'id="rule-finance"' in rules.split('id="off-h"')[1]
    data = client.get("/settings/export.json").get_json()
    assert data["switched_off"] == ["finance"] and data["ignored_terms"] == ["croissant"]
    assert data["weeks"][0]["note"] == "busy week"
    assert data["weeks"][0]["activities"][0]["minutes"] == 90


def test_the_migrations_build_exactly_the_models(tmp_path):
    app = start(tmp_path / "new.sqlite")
    with app.app_context():
        upgrade()
        with db.engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), db.metadata)
    assert differences == []
