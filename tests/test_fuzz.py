"""Hostile and random input to every form and API call: never a server error."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import create_app
from app.models import Activity, Audit, db

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
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite"
    app = create_app({"TESTING": True, "SECRET_KEY": "fuzz", "WTF_CSRF_ENABLED": False,
                      "API_TOKEN": "fuzz-token", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{path}"})
    with app.app_context():
        db.create_all()
        audit = Audit(week_start=date(2025, 3, 3))
        db.session.add(audit)
        db.session.flush()
        db.session.add(Activity(audit=audit, description="payroll", day=0, minutes=60,
                                label="other", decided_by="only-match"))
        db.session.commit()
    return app


def post_routes(app):
    for rule in app.url_map.iter_rules():
        if "POST" in rule.methods and not rule.rule.startswith("/api/"):
            yield rule.rule.replace("<int:audit_id>", "1").replace("<int:activity_id>", "1") \
                .replace("<slug>", "my-x").replace("<rule_id>", "finance")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.dictionaries(st.sampled_from(FIELDS), HOSTILE, max_size=8))
def test_no_form_post_is_a_server_error(fuzz_app, data):
    client = fuzz_app.test_client()
    for url in post_routes(fuzz_app):
        response = client.post(url, data=data)
        assert response.status_code < 500, (url, data)
        if response.status_code in (200, 400):
            assert "<script>alert(1)</script>" not in response.get_data(as_text=True)


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | HOSTILE,
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.sampled_from(["activities", "description", "duration",
                                                       "minutes", "day", "person"]), inner,
                                      max_size=5), max_leaves=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=JSON)
def test_no_api_call_is_a_server_error(fuzz_app, body):
    client = fuzz_app.test_client()
    for url, headers in (("/api/classify", {}),
                         ("/api/weeks/1/activities", {"Authorization": "Bearer fuzz-token"}),
                         ("/api/weeks/1/activities", {})):
        response = client.post(url, json=body, headers=headers)
        assert response.status_code in (200, 201, 400, 401, 404, 413), (url, body)
        assert response.is_json


@settings(max_examples=60, deadline=None)
@given(text=HOSTILE)
def test_no_get_with_a_hostile_query_is_a_server_error(fuzz_app, text):
    client = fuzz_app.test_client()
    for url in ("/try", "/rules", "/reports"):
        response = client.get(url, query_string={"text": text, "q": text, "start": text,
                                                 "end": text})
        assert response.status_code in (200, 400), url
