"""Hostile and random input to every form and API call: never a server error."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import create_app
from app.models import Activity, Audit, IgnoredTerm, OwnerRule, SwitchedOff, db
from tests.conftest import OWNER, add_account, add_token, log_in, rows_of

HOSTILE = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["<script>alert(1)</script>", "' OR 1=1 --", "\x00\x01\x02", "ｍｔｇ",
                     "=HYPERLINK(\"x\")", "9" * 400, "\u202e\u200b", "../../etc/passwd",
                     "Mon 99999h x", "1e309", "-1", "", " " * 50]),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=400, max_size=2000),
)
FIELDS = ["description", "duration", "day", "person", "text", "confirm", "label", "category",
          "reason", "business", "note", "phrases", "all_words", "unless", "explanation", "term",
          "upload", "owner", "zone", "table"]


@pytest.fixture(scope="module")
def fuzz_app(tmp_path_factory):
    """Two accounts: the first one's week 1 (with an activity, a rule, a switched-off rule and
    an ignored word) is what the second one's hostile input must never reach; week 2 is the
    second one's own."""
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite"
    app = create_app({"TESTING": True, "SECRET_KEY": "fuzz", "WTF_CSRF_ENABLED": False,
                      "RATELIMIT_ENABLED": False, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{path}"})
    with app.app_context():
        db.create_all()
    first, second = add_account(app, "first@example.com"), add_account(app, OWNER)
    add_token(app, second, "fuzz-token")
    with app.app_context():
        for account in (first, second):
            audit = Audit(account_id=account, week_start=date(2025, 3, 3))
            db.session.add(Activity(audit=audit, description="payroll", day=0, minutes=60,
                                    label="other", decided_by="only-match"))
        db.session.add_all([
            OwnerRule(account_id=first, slug="my-x", label="sales", category="Closing",
                      phrases="gatorbox", explanation="mine"),
            SwitchedOff(account_id=first, rule_id="finance"),
            IgnoredTerm(account_id=first, term="flour")])
        db.session.commit()
    return app


@pytest.fixture(scope="module")
def second(fuzz_app):
    """The second account's browser, and the first account's rows as they were."""
    return log_in(fuzz_app.test_client()), rows_of(fuzz_app, 1)


def post_routes(app):
    """Every HTML POST route, with the first account's ids and the second's own."""
    for rule in app.url_map.iter_rules():
        if "POST" in rule.methods and not rule.rule.startswith("/api/") \
                and rule.endpoint not in ("auth.logout", "settings.delete_account"):
            for week in ("1", "2"):
                yield rule.rule.replace("<int:audit_id>", week).replace(
                    "<int:activity_id>", week).replace("<int:token_id>", week).replace(
                    "<slug>", "my-x").replace("<rule_id>", "finance")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.dictionaries(st.sampled_from(FIELDS), HOSTILE, max_size=8))
def test_no_form_post_is_a_server_error_nor_reaches_another_account(fuzz_app, second, data):
    client, before = second
    for url in post_routes(fuzz_app):
        response = client.post(url, data=data)
        assert response.status_code < 500, (url, data)
        if response.status_code in (200, 400):
            assert "<script>alert(1)</script>" not in response.get_data(as_text=True)
    assert rows_of(fuzz_app, 1) == before


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | HOSTILE,
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.sampled_from(["activities", "description", "duration",
                                                       "minutes", "day", "person"]), inner,
                                      max_size=5), max_leaves=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=JSON)
def test_no_api_call_is_a_server_error_nor_reaches_another_account(fuzz_app, second, body):
    client, before = second
    token = {"Authorization": "Bearer fuzz-token"}
    for url, headers in (("/api/classify", token), ("/api/classify", {}),
                         ("/api/weeks/2/activities", token), ("/api/weeks/1/activities", token),
                         ("/api/weeks/1/activities", {})):
        response = client.post(url, json=body, headers=headers)
        assert response.status_code in (200, 201, 400, 401, 404, 413), (url, body)
        assert response.is_json
    assert rows_of(fuzz_app, 1) == before


@settings(max_examples=60, deadline=None)
@given(text=HOSTILE)
def test_no_get_with_a_hostile_query_is_a_server_error(fuzz_app, second, text):
    client, _ = second
    for url in ("/try", "/rules", "/reports"):
        response = client.get(url, query_string={"text": text, "q": text, "start": text,
                                                 "end": text})
        assert response.status_code in (200, 400), url
