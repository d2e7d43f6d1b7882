"""The home page and the page that tries the rules on one activity."""

from __future__ import annotations

import html

import pytest

TRY = "/try"


def page(response) -> str:
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    return response.get_data(as_text=True)


def classifier_of(app):
    return app.extensions["hatcheck.classifier"]


def test_home_page_shows_the_product_name(client):
    body = page(client.get("/"))
    assert "<title>" in body and "Hatcheck" in body
    assert f'href="{TRY}"' in body


def test_try_page_explains_what_hatcheck_does(app, client):
    body = page(client.get(TRY))
    assert "Hatcheck" in body
    for label in ("marketing", "sales", "other"):
        assert label in body
    assert f"{len(classifier_of(app).ruleset.rules)} rules" in body
    assert 'class="result"' not in body


def test_a_tag_shows_label_rule_source_and_step(app, client):
    result = classifier_of(app).classify("payroll")
    assert result.label == "other"
    body = page(client.get(TRY, query_string={"text": "payroll"}))
    assert 'class="result"' in body
    assert f'<span class="label label-{result.label}">{result.label}</span>' in body
    assert f"<code>{result.winner.rule.id}</code>" in body
    assert result.winner.rule.source.document in body
    assert result.decided_by in body
    assert html.escape(result.explanation, quote=False) in body
    assert 'value="payroll"' in body


def test_a_contested_tag_is_marked_and_lists_the_rules_it_beat(app, client):
    text = "Lead generation"
    result = classifier_of(app).classify(text)
    assert result.contested and len(result.rules) > 1
    body = page(client.get(TRY, query_string={"text": text}))
    assert 'class="contested"' in body
    for beaten in result.rules[1:]:
        assert f"<code>{beaten}</code>" in body


def test_an_unknown_activity_asks_for_a_label(client):
    body = page(client.get(TRY, query_string={"text": "zxqv plorf"}))
    assert '<span class="label label-unclassified">unclassified</span>' in body
    assert "Deciding rule" not in body


@pytest.mark.parametrize("text", ["", "   "])
def test_an_empty_activity_shows_no_result(client, text):
    body = page(client.get(TRY, query_string={"text": text}))
    assert 'class="result"' not in body


@pytest.mark.parametrize("text", ["<script>alert(1)</script>",
                                  "payroll <script>alert(1)</script>",
                                  '"><script>alert(1)</script>'])
def test_html_in_the_text_is_escaped(client, text):
    body = page(client.get(TRY, query_string={"text": text}))
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_very_long_text_is_cut_to_500_characters(client):
    body = page(client.get(TRY, query_string={"text": "payroll " + "x" * 1000}))
    assert "x" * 492 in body
    assert "x" * 493 not in body


def test_every_page_sends_security_headers_and_no_inline_script(client):
    for path in ("/", "/try?text=payroll", "/rules", "/weeks/new", "/reports"):
        response = client.get(path)
        policy = response.headers["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "same-origin"
        page = response.get_data(as_text=True)
        assert "<script>" not in page and " style=" not in page and "javascript:" not in page


def test_the_secret_key_is_generated_once_into_the_instance_folder_never_the_repo(tmp_path):
    import subprocess

    from app import _secret_key
    from tests.conftest import ROOT

    path = tmp_path / "secret_key"
    key = _secret_key(path)
    assert len(key) == 64 and path.stat().st_mode & 0o777 == 0o600
    assert _secret_key(path) == key
    tracked = subprocess.run(["git", "ls-files", "instance"], cwd=ROOT, capture_output=True,
                             text=True).stdout
    assert tracked == "" and "instance/" in (ROOT / ".gitignore").read_text().splitlines()


def test_the_login_and_settings_pages_send_the_security_headers_too(app, client):
    for response in (app.test_client().get("/login"), app.test_client().get("/signup"),
                     client.get("/settings")):
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_sources_are_shown_by_number_and_title_with_the_file_on_hover(client):
    page = client.get("/try", query_string={"text": "payroll"}).get_data(as_text=True)
    assert ('<cite title="004_30b2e4ee3b5336c3.txt">004 &middot; Understanding the Difference '
            'between Sales and Marketing</cite>') in page
