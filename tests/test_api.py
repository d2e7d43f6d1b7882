"""The JSON API: its contract, its errors, the token, and its OpenAPI document."""

import json

import pytest
from openapi_spec_validator import validate

from tests.conftest import add_token, log_in
from tests.test_weeks import add, start_week


@pytest.fixture
def client(app, client):
    """The owner's browser, which also sends the owner's API token with every request."""
    add_token(app, 1, "test-token")
    client.environ_base["HTTP_AUTHORIZATION"] = "Bearer test-token"
    return client


def test_classify_gives_the_cli_contract_in_order(client, runner):
    texts = ["posted the new menu on Instagram", "f/u w/ Jenkins re: quote", "payroll", "zzz"]
    body = client.post("/api/classify", json={"activities": texts}).get_json()
    cli = [json.loads(line) for line in runner.invoke(args=["classify", "--json"],
                                                      input="\n".join(texts)).output.splitlines()]
    assert body["results"] == cli
    assert [r["label"] for r in body["results"]] == ["marketing", "sales", "other",
                                                     "unclassified"]


@pytest.mark.parametrize(("payload", "status"), [
    ({"activities": "payroll"}, 400), ({"activities": [1, 2]}, 400), ({}, 400),
    ({"activities": ["x" * 501]}, 400), ({"activities": ["a"] * 1001}, 400), ([], 400)])
def test_classify_refuses_bad_input_in_json(client, payload, status):
    response = client.post("/api/classify", json=payload)
    assert response.status_code == status
    assert response.get_json()["status"] == status and response.get_json()["message"]


def test_classify_refuses_a_body_that_is_not_json(client):
    response = client.post("/api/classify", data="activities=payroll")
    assert response.status_code == 400 and "JSON" in response.get_json()["message"]


def test_weeks_and_week_and_report(client):
    week = start_week(client)
    add(client, week, description="posted the new menu on Instagram", duration="2h")
    weeks = client.get("/api/weeks").get_json()["weeks"]
    assert weeks[0]["id"] == week and weeks[0]["labels"]["marketing"] == {"minutes": 120,
                                                                          "share": 100}
    one = client.get(f"/api/weeks/{week}").get_json()
    assert one["activities"][0]["label"] == "marketing"
    assert one["activities"][0]["rules"][0] == "social-media"
    assert client.get(f"/api/weeks/{week}/report").get_json()["total_minutes"] == 120


def test_unknown_week_is_json_404(client):
    response = client.get("/api/weeks/77")
    assert response.status_code == 404 and response.get_json() == {"status": 404,
                                                                   "message": "No week 77."}


def test_adding_needs_the_token(app, client):
    week = start_week(client)
    body = {"description": "payroll", "duration": "1h", "day": "Fri"}
    browser = log_in(app.test_client())  # logged in, but a cookie does not open the API
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "test-token"}):
        response = browser.post(f"/api/weeks/{week}/activities", json=body, headers=headers)
        assert response.status_code == 401 and "token" in response.get_json()["message"]
    created = client.post(f"/api/weeks/{week}/activities", json=body)
    assert created.status_code == 201
    assert (created.get_json()["label"], created.get_json()["day"]) == ("other", 4)
    assert len(client.get(f"/api/weeks/{week}").get_json()["activities"]) == 1


@pytest.mark.parametrize(("body", "message"), [
    ({"description": "", "duration": "1h", "day": 0}, "no description"),
    ({"description": "payroll", "duration": "0", "day": 0}, "more than zero"),
    ({"description": "payroll", "minutes": 5000, "day": 0}, "1440"),
    ({"description": "payroll", "duration": "1h", "day": 9}, "day"),
    ({"description": "payroll", "day": 0}, "duration"),
    ({"description": 5, "duration": "1h", "day": 0}, "description"),
])
def test_adding_refuses_bad_input_and_saves_nothing(client, body, message):
    week = start_week(client)
    response = client.post(f"/api/weeks/{week}/activities", json=body)
    assert response.status_code == 400 and message in response.get_json()["message"]
    assert client.get(f"/api/weeks/{week}").get_json()["activities"] == []


def test_openapi_document_is_valid_and_covers_every_api_route(app, client):
    spec = client.get("/api/openapi.json").get_json()
    validate(spec)
    documented = {(path, method) for path, ops in spec["paths"].items() for method in ops}
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/"):
            path = rule.rule.replace("<int:audit_id>", "{audit_id}")
            for method in rule.methods - {"HEAD", "OPTIONS"}:
                assert (path, method.lower()) in documented, f"{method} {path} undocumented"


def test_the_document_says_every_call_but_itself_needs_a_token(client):
    spec = client.get("/api/openapi.json").get_json()
    assert spec["security"] == [{"token": []}]
    assert spec["components"]["securitySchemes"]["token"]["scheme"] == "bearer"
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if path == "/api/openapi.json":
                assert operation["security"] == []
            else:
                assert "401" in operation["responses"], f"{method} {path}"


def test_unknown_api_addresses_and_methods_answer_in_json(client):
    for method, url, status in (("GET", "/api/nothing", 404), ("GET", "/api/classify", 405),
                                ("DELETE", "/api/weeks/1", 405)):
        response = client.open(url, method=method)
        assert response.status_code == status and response.get_json()["status"] == status


def test_the_api_keeps_a_day_to_24_hours_like_the_forms(client):
    week = start_week(client)
    full = {"description": "market day", "minutes": 1380, "day": "Mon"}
    assert client.post(f"/api/weeks/{week}/activities", json=full).status_code == 201
    over = client.post(f"/api/weeks/{week}/activities",
                       json={"description": "payroll", "duration": "2h", "day": 0})
    assert over.status_code == 400
    assert over.get_json()["message"] == "That makes Monday 25h; a day has 24 hours."
    assert len(client.get(f"/api/weeks/{week}").get_json()["activities"]) == 1
