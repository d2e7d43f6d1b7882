"""What an owner entered is still there after the app restarts, on the same database file."""

from flask_migrate import upgrade

from app import create_app
from tests.conftest import log_in


def start(database):
    app = create_app({"TESTING": True, "SECRET_KEY": "restart", "WTF_CSRF_ENABLED": False,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{database}"})
    with app.app_context():
        upgrade()
    return app


def test_data_survives_a_restart(tmp_path):
    database = tmp_path / "hatcheck.sqlite"
    first = start(database).test_client()
    first.post("/signup", data={"email": "rosie@example.com", "password": "flour and eggs",
                                "repeat": "flour and eggs"})
    first.post("/weeks/new", data={"day": "2025-03-05", "business": "Rosie's Bakery"})
    first.post("/weeks/1/activities", data={"description": "payroll", "duration": "2h",
                                            "day": "4", "person": "Anna"})
    first.post("/weeks/1/activities/1/override", data={"label": "sales", "reason": "test"})

    again = log_in(start(database).test_client(), "rosie@example.com", "flour and eggs")
    page = again.get("/weeks/1").get_data(as_text=True)
    assert "Rosie&#39;s Bakery" in page and "payroll" in page
    assert "rules said other" in page and "sales</span> 2h &middot; 100%" in page
