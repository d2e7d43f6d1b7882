"""One account never sees, changes or learns of another's data, on any route of the URL map.

The routes are read from the app's URL map, so a new route is checked without being listed
here; a route with a URL parameter this file does not know fails until it is added to IDS.
"""

import io
import re

import pytest

from app.auth import PUBLIC
from tests.conftest import OWNER, add_account, add_token, log_in, rows_of
from tests.test_weeks import add, start_week

# What only the first account's data says: none of it may appear on the second's pages.
SECRETS = ("Rosie's Secret Bakery", "Gatorbox flyers", "my-gatorbox", OWNER, "wholesale croissant")
FORM = {"description": "x", "duration": "1h", "day": "0", "person": "x", "label": "sales",
        "category": "x", "reason": "x", "text": "Mon 1h x", "confirm": "yes", "business": "x",
        "phrases": "valpak", "explanation": "x", "term": "gatorbox", "name": "x",
        "password": "x", "current": "x", "repeat": "x", "upload": "0" * 32}


@pytest.fixture
def two(app):
    """The first account (Rosie) with a week, activities, an override, a rule, a switched-off
    rule, an ignored word, an API token and an import waiting; then the second one (Ben),
    logged in, with a token and a week of his own."""
    add_account(app)
    rosie = log_in(app.test_client())
    week = start_week(rosie, business="Rosie's Secret Bakery")
    add(rosie, week, description="Gatorbox flyers to the school", duration="2h")
    add(rosie, week, description="wholesale croissant quote for the hotel", duration="1h")
    rosie.post(f"/weeks/{week}/activities/1/override", data={"label": "sales", "reason": "x"})
    rosie.post("/rules/new", data={"label": "marketing", "category": "Direct mail",
                                   "phrases": "Gatorbox", "explanation": "x", "confirm": "yes"})
    rosie.post("/rules/finance/switch")
    rosie.post("/rules/learn/ignore", data={"term": "croissant"})
    add_token(app, 1, "rosie-token")
    preview = rosie.post(f"/weeks/{week}/import", content_type="multipart/form-data", data={
        "file": (io.BytesIO(b"Date,Description,Duration\n2025-03-04,Gatorbox,1h\n"), "a.csv")})
    upload = re.search(r'name="upload" type="hidden" value="([0-9a-f]+)"',
                       preview.get_data(as_text=True)).group(1)
    ben = app.test_client()
    ben.post("/signup", data={"email": "ben@example.com", "password": "garage door",
                              "repeat": "garage door"})
    ben_week = start_week(ben, business="Ben's Garage")
    ben.environ_base["HTTP_AUTHORIZATION"] = "Bearer " + "ben-token"
    add_token(app, 2, "ben-token")
    ids = {"audit_id": week, "activity_id": 1, "token_id": 1, "slug": "my-gatorbox",
           "rule_id": "my-gatorbox"}
    return ben, ids, ben_week, upload


def routes(app):
    """(endpoint, URL rule, method) of every route but the public ones."""
    for rule in app.url_map.iter_rules():
        if rule.endpoint not in PUBLIC:
            for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
                yield rule, method


def url(rule, ids) -> str:
    unknown = set(rule.arguments) - set(ids)
    assert not unknown, f"{rule.rule}: add a value for {unknown} to the isolation test"
    return re.sub(r"<(?:[a-z]+:)?([a-z_]+)>", lambda m: str(ids[m.group(1)]), rule.rule)


def test_every_route_with_the_first_accounts_ids_is_a_404_for_the_second(app, two):
    ben, ids, _, _ = two
    before = rows_of(app, 1)
    checked = 0
    for rule, method in routes(app):
        if not rule.arguments or rule.endpoint == "auth.logout":
            continue
        response = ben.open(url(rule, ids), method=method, data=FORM)
        assert response.status_code == 404, f"{method} {rule.rule}"
        assert not any(s in response.get_data(as_text=True) for s in SECRETS), rule.rule
        checked += 1
    assert checked >= 20
    assert ben.get(f"/rules/new?activity={ids['activity_id']}").status_code == 404
    assert rows_of(app, 1) == before


def test_no_route_without_ids_shows_or_changes_the_first_accounts_data(app, two):
    ben, _, _, _ = two
    before = rows_of(app, 1)
    for rule, method in routes(app):
        if rule.arguments or rule.endpoint in ("auth.logout", "settings.delete_account"):
            continue
        response = ben.open(rule.rule, method=method, data=FORM)
        assert response.status_code < 500, f"{method} {rule.rule}"
        page = response.get_data(as_text=True)
        assert not any(s in page for s in SECRETS), f"{method} {rule.rule} shows Rosie's data"
    for query in ("/rules?q=gatorbox", "/try?text=Gatorbox+flyers", "/reports?start=2025-01-01"):
        assert "my-gatorbox" not in ben.get(query).get_data(as_text=True), query
    assert rows_of(app, 1) == before


def test_an_import_waiting_for_one_account_cannot_be_confirmed_by_another(app, two):
    ben, _, ben_week, upload = two
    response = ben.post(f"/weeks/{ben_week}/import/confirm", data={"upload": upload})
    assert response.status_code == 400
    assert "Gatorbox" not in ben.get(f"/weeks/{ben_week}").get_data(as_text=True)


def test_the_api_with_the_second_accounts_token_sees_only_its_own(app, two):
    ben, ids, ben_week, _ = two
    weeks = ben.get("/api/weeks").get_json()["weeks"]
    assert [w["id"] for w in weeks] == [ben_week]
    response = ben.post("/api/classify", json={"activities": ["Gatorbox proofs"]})
    assert response.get_json()["results"][0]["label"] == "unclassified"  # Rosie's rule is hers


def test_every_protected_page_sends_a_stranger_to_log_in_and_the_api_answers_401(app):
    add_account(app)
    stranger = app.test_client()
    ids = {"audit_id": 1, "activity_id": 1, "token_id": 1, "slug": "x", "rule_id": "x"}
    checked = 0
    for rule, method in routes(app):
        response = stranger.open(url(rule, ids), method=method, data=FORM)
        if rule.rule.startswith("/api/"):
            assert response.status_code == 401 and response.is_json, f"{method} {rule.rule}"
            assert response.headers["WWW-Authenticate"] == "Bearer"
        else:
            assert response.status_code == 302, f"{method} {rule.rule}"
            assert response.location.startswith("/login"), f"{method} {rule.rule}"
        checked += 1
    assert checked >= 40
    assert stranger.get("/api/openapi.json").status_code == 200  # the API's description is public


def test_an_id_too_large_for_the_database_is_not_found(app, client):
    client.environ_base["HTTP_AUTHORIZATION"] = "Bearer " + "owner-token"
    add_token(app, 1, "owner-token")
    for url in ("/weeks/9223372036854775808", "/api/weeks/99999999999999999999/report",
                "/weeks/1/activities/9223372036854775808/edit"):
        assert client.get(url).status_code == 404, url
