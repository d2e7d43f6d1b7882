"""Accounts: the first run, sign-up, log-in, log-out, settings, tokens, and reset-password."""

import hashlib
import json
import re
from datetime import date

import pytest
from sqlalchemy import select
from werkzeug.security import check_password_hash

from app.models import Account, ApiToken, Audit, OwnerRule, db
from tests.conftest import OWNER, PASSWORD, add_account, log_in, rows_of
from tests.test_weeks import add, start_week


def text(response) -> str:
    return response.get_data(as_text=True)


def sign_up(client, email="rosie@example.com", password="flour and eggs", repeat=None):
    return client.post("/signup", data={"email": email, "password": password,
                                        "repeat": password if repeat is None else repeat})


def test_a_fresh_install_offers_to_create_the_first_account(app):
    client = app.test_client()
    first = client.get("/")
    assert first.status_code == 302 and first.location.endswith("/signup")
    page = text(client.get("/signup"))
    assert "Welcome to Hatcheck" in page and "Create the first account" in page
    assert client.get("/login").location.endswith("/signup")  # nobody to log in as yet
    created = sign_up(client)
    assert created.status_code == 302 and created.location.endswith("/")
    assert "rosie@example.com" in text(client.get("/"))
    assert "Welcome to Hatcheck" not in text(app.test_client().get("/signup"))


def test_the_password_is_stored_hashed(app):
    sign_up(app.test_client(), password="flour and eggs")
    with app.app_context():
        stored = db.session.scalars(select(Account)).one().password_hash
    assert "flour and eggs" not in stored and check_password_hash(stored, "flour and eggs")


@pytest.mark.parametrize(("email", "password", "repeat", "message"), [
    ("rosie", "flour and eggs", None, "This is not an email address."),
    ("", "flour and eggs", None, "Give your email."),
    ("rosie@example.com", "short", None, "A password has 8 to 200 characters."),
    ("rosie@example.com", "flour and eggs", "flour and egg", "The two passwords differ."),
    ("Owner@Example.com", "flour and eggs", None, "There is already an account with this"),
])
def test_sign_up_refuses_bad_input_and_saves_nothing(app, email, password, repeat, message):
    add_account(app)
    response = sign_up(app.test_client(), email, password, repeat)
    assert response.status_code == 400 and message in text(response)
    with app.app_context():
        assert db.session.query(Account).count() == 1


@pytest.mark.parametrize("email", [OWNER, "nobody@example.com"])
def test_a_wrong_login_says_the_same_whichever_part_is_wrong(app, email):
    add_account(app)
    response = app.test_client().post("/login", data={"email": email, "password": "wrong one"})
    assert response.status_code == 400 and "Wrong email or password." in text(response)


def test_login_ignores_case_and_spaces_in_the_email(app):
    add_account(app)
    log_in(app.test_client(), "  Owner@EXAMPLE.com ")


def test_login_goes_back_to_the_page_asked_for_but_never_to_another_site(app):
    add_account(app)
    client = app.test_client()
    asked = client.get("/rules?q=flyer")
    assert asked.location == "/login?next=/rules?q%3Dflyer"
    back = client.post("/login?next=/rules?q%3Dflyer", data={"email": OWNER, "password": PASSWORD})
    assert back.location == "/rules?q=flyer"
    for target in ("//evil.example", "https://evil.example/", "/\\evil.example"):
        client = app.test_client()
        away = client.post("/login", query_string={"next": target},
                           data={"email": OWNER, "password": PASSWORD})
        assert away.location == "/", target


def test_the_session_cookie_is_secure_http_only_and_same_site(app):
    add_account(app)
    response = app.test_client().post("/login", data={"email": OWNER, "password": PASSWORD})
    cookie = response.headers["Set-Cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_logging_out_ends_the_session(client):
    assert client.post("/logout").location.endswith("/login")
    assert client.get("/").location.startswith("/login")


def test_login_and_sign_up_are_rate_limited_with_a_clear_message(make_app):
    app = make_app(RATELIMIT_ENABLED=True, LOGIN_RATE_LIMIT="3 per minute")
    with app.app_context():
        db.create_all()
    add_account(app)
    client = app.test_client()
    for _ in range(3):
        assert client.post("/login", data={"email": OWNER, "password": "x"}).status_code == 400
    refused = client.post("/login", data={"email": OWNER, "password": PASSWORD})
    assert refused.status_code == 429 and "Too many attempts" in text(refused)
    wait = int(refused.headers["Retry-After"])
    assert 0 < wait <= 60 and re.search(r"Try again in \d+ seconds", text(refused))
    assert ">Log in</a>" in text(refused)
    elsewhere = app.test_client().post("/login", data={"email": OWNER, "password": PASSWORD},
                                       environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert elsewhere.status_code == 302  # another address is not locked out
    assert client.get("/login").status_code == 200  # the page itself still opens
    for _ in range(3):
        sign_up(client, "x")
    assert sign_up(client).status_code == 429


def test_changing_the_password_needs_the_current_one(app, client):
    wrong = client.post("/settings/password", data={"current": "nope", "password": "new secret",
                                                    "repeat": "new secret"})
    assert wrong.status_code == 400 and "This is not your current password." in text(wrong)
    done = client.post("/settings/password", data={"current": PASSWORD, "password": "new secret",
                                                   "repeat": "new secret"})
    assert done.status_code == 302
    log_in(app.test_client(), OWNER, "new secret")
    old = app.test_client().post("/login", data={"email": OWNER, "password": PASSWORD})
    assert old.status_code == 400


def test_a_token_is_shown_once_stored_as_a_digest_works_and_can_be_revoked(app, client):
    assert client.post("/settings/tokens", data={"name": ""}).status_code == 400
    made = client.post("/settings/tokens", data={"name": "Zapier"})
    assert made.status_code == 200 and made.headers["Cache-Control"] == "no-store"
    page = text(made)
    token = page.split('<code id="new-token">')[1].split("</code>")[0]
    assert len(token) >= 40 and "Zapier" in page
    assert token not in made.headers.get("Set-Cookie", "")  # not even signed into the session
    assert token not in text(client.get("/settings"))  # once only
    with app.app_context():
        stored = db.session.scalars(select(ApiToken)).one()
        assert stored.digest == hashlib.sha256(token.encode()).hexdigest()
        assert token not in (stored.digest, stored.hint, stored.name)
    api = app.test_client()
    headers = {"Authorization": f"Bearer {token}"}
    assert api.get("/api/weeks", headers=headers).status_code == 200
    assert "never" not in text(client.get("/settings"))  # last used is shown
    assert client.post(f"/settings/tokens/{stored.id}/revoke").status_code == 302
    revoked = api.get("/api/weeks", headers=headers)
    assert revoked.status_code == 401 and revoked.get_json()["status"] == 401


def test_the_download_holds_all_of_the_accounts_data_and_nobody_elses(app, client):
    week = start_week(client, business="Rosie's Bakery")
    add(client, week, description="posted the new menu on Instagram", duration="2h")
    client.post("/rules/new", data={"label": "marketing", "category": "Direct mail",
                                    "phrases": "Valpak", "explanation": "coupon mailer",
                                    "confirm": "yes"})
    other = app.test_client()
    sign_up(other, "ben@example.com")
    start_week(other, business="Ben's Garage")
    response = client.get("/settings/export.json")
    assert "attachment" in response.headers["Content-Disposition"]
    data = json.loads(text(response))
    assert data["account"]["email"] == OWNER
    assert [w["business"] for w in data["weeks"]] == ["Rosie's Bakery"]
    assert data["weeks"][0]["activities"][0]["description"] == "posted the new menu on Instagram"
    assert [r["id"] for r in data["rules"]] == ["my-valpak"]
    assert "Ben" not in text(response)


def test_deleting_the_account_asks_for_the_password_then_removes_all_of_it(app, client):
    week = start_week(client)
    add(client, week)
    client.post("/settings/tokens", data={"name": "Zapier"})
    other = app.test_client()
    sign_up(other, "ben@example.com")
    start_week(other, business="Ben's Garage")
    bens = rows_of(app, 2)
    assert "cannot be undone" in text(client.get("/settings/delete"))
    wrong = client.post("/settings/delete", data={"password": "nope"})
    assert wrong.status_code == 400 and "This is not your password." in text(wrong)
    assert rows_of(app, 1)[0]
    gone = client.post("/settings/delete", data={"password": PASSWORD})
    assert gone.status_code == 302
    assert all(rows == [] for rows in rows_of(app, 1))
    with app.app_context():
        assert db.session.get(Account, 1) is None
        assert db.session.query(Audit).count() == 1
    assert rows_of(app, 2) == bens
    assert client.get("/").location.startswith("/login")


def test_reset_password_from_the_command_line(app, runner):
    add_account(app)
    unknown = runner.invoke(args=["reset-password", "nobody@example.com", "--password", "x" * 9])
    assert unknown.exit_code == 1 and "No account with the email" in unknown.output
    short = runner.invoke(args=["reset-password", OWNER, "--password", "short"])
    assert short.exit_code == 1 and "8 to 200 characters" in short.output
    asked = runner.invoke(args=["reset-password", OWNER], input="a new secret\na new secret\n")
    assert asked.exit_code == 0 and f"New password set for {OWNER}" in asked.output
    log_in(app.test_client(), OWNER, "a new secret")


def test_rows_older_than_accounts_go_to_the_first_account_only(app):
    with app.app_context():
        db.session.add_all([Audit(week_start=date(2025, 3, 3),
                                  business="Before accounts"),
                            OwnerRule(slug="my-old", label="sales", category="Closing",
                                      phrases="old", explanation="older than accounts")])
        db.session.commit()
    first = app.test_client()
    assert "will be yours" in text(first.get("/signup"))
    sign_up(first)
    assert "Before accounts" in text(first.get("/"))
    assert "my-old" in text(first.get("/rules"))
    second = app.test_client()
    sign_up(second, "ben@example.com")
    assert "Before accounts" not in text(second.get("/"))


def test_a_new_password_ends_every_other_session(app, client, runner):
    elsewhere = log_in(app.test_client())
    client.post("/settings/password", data={"current": PASSWORD, "password": "new secret",
                                            "repeat": "new secret"})
    assert client.get("/").status_code == 200
    assert elsewhere.get("/").location.startswith("/login")
    runner.invoke(args=["reset-password", OWNER, "--password", "another secret"])
    assert client.get("/").location.startswith("/login")


def test_the_login_page_sends_someone_logged_in_to_their_weeks(client):
    assert client.get("/login").location == "/"


def test_behind_a_proxy_the_limit_counts_each_visitor_not_the_proxy(make_app):
    app = make_app(RATELIMIT_ENABLED=True, LOGIN_RATE_LIMIT="2 per minute", PROXIES=1)
    with app.app_context():
        db.create_all()
    add_account(app)
    client = app.test_client()

    def attempt(visitor):
        return client.post("/login", data={"email": OWNER, "password": "x"},
                           headers={"X-Forwarded-For": visitor}).status_code

    assert [attempt("203.0.113.5") for _ in range(3)] == [400, 400, 429]
    assert attempt("198.51.100.7") == 400


def test_log_out_everywhere_ends_other_sessions_but_this_one(app, client):
    elsewhere = log_in(app.test_client())
    assert client.post("/settings/sessions/end").status_code == 302
    assert client.get("/").status_code == 200
    assert elsewhere.get("/").location.startswith("/login")
    log_in(elsewhere)


def test_sign_up_can_be_closed_after_the_first_account(make_app):
    app = make_app(SIGNUP_OPEN=False)
    with app.app_context():
        db.create_all()
    assert sign_up(app.test_client()).status_code == 302  # the first account, still
    closed = sign_up(app.test_client(), "ben@example.com")
    assert closed.status_code == 403 and "Sign-up is closed" in text(closed)
    with app.app_context():
        assert db.session.query(Account).count() == 1


def test_a_refused_settings_form_reloaded_goes_back_to_settings(client):
    assert client.get("/settings/password").location == "/settings"
    assert client.get("/settings/tokens").location == "/settings"


def test_pages_are_not_cached_but_static_files_may_be(client):
    assert client.get("/").headers["Cache-Control"] == "no-store"
    assert client.get("/settings/export.json").headers["Cache-Control"] == "no-store"
    assert "no-store" not in client.get("/static/style.css").headers.get("Cache-Control", "")


def test_a_database_error_gives_the_error_page_not_a_bare_one(make_app):
    app = make_app(TESTING=False)
    with app.app_context():
        db.create_all()

    @app.get("/duplicate")
    def duplicate():
        db.session.add_all([Account(email="x@example.com", password_hash="x"),
                            Account(email="x@example.com", password_hash="x")])
        db.session.flush()

    add_account(app)
    response = log_in(app.test_client()).get("/duplicate")
    assert response.status_code == 500
    assert "<h1>Internal Server Error</h1>" in text(response) and OWNER in text(response)


def test_an_account_holds_at_most_twenty_tokens(client):
    for n in range(20):
        assert client.post("/settings/tokens", data={"name": f"tool {n}"}).status_code == 200
    refused = client.post("/settings/tokens", data={"name": "one too many"})
    assert refused.status_code == 400 and "You have 20 tokens: revoke one first." in text(refused)


def test_the_first_account_lands_on_the_page_first_asked_for(app):
    client = app.test_client()
    asked = client.get("/rules")
    assert asked.location == "/signup?next=/rules"
    created = client.post(asked.location, data={"email": "rosie@example.com",
                                                 "password": "flour and eggs",
                                                 "repeat": "flour and eggs"})
    assert created.location == "/rules"
