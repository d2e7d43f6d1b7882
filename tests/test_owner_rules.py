"""The owner's own rules: precedence, switching rules off, the rules page, preview, export."""

import tomllib
from pathlib import Path

import pytest

from app.engine import Classifier, RuleError, load_rules
from app.engine.owner import with_owner_rules
from app.models import Activity, OwnerRule, db
from tests.test_weeks import add, start_week, text

ROOT = Path(__file__).resolve().parent.parent
BUILT_IN = load_rules(ROOT / "rules")
VALPAK = {"id": "my-harbor-fest", "label": "marketing", "category": "Special events",
          "phrases": ["Harbor Fest"], "explanation": "Harbor Fest is our big yearly event."}


def test_an_owner_rule_beats_a_built_in_rule_and_is_named_as_the_owners():
    text_ = "Harbor Fest invoice"  # the built-in finance rule matches "invoice"
    assert Classifier(BUILT_IN).classify(text_).label == "other"
    result = Classifier(with_owner_rules(BUILT_IN, [VALPAK])).classify(text_)
    assert (result.label, result.decided_by, result.rules[0]) == ("marketing", "owner-rule",
                                                                  "my-harbor-fest")
    assert result.explanation.startswith("Your rule “my-harbor-fest”")
    assert result.sources == ()


def test_switching_off_a_built_in_rule_changes_only_what_it_decided():
    texts = [line.split("\t")[2] for line in
             (ROOT / "tests" / "data" / "devset.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    before = Classifier(BUILT_IN)
    after = Classifier(with_owner_rules(BUILT_IN, [], frozenset({"direct-mail"})))
    for t in texts:
        old, new = before.classify(t), after.classify(t)
        if old.rules and old.rules[0] == "direct-mail":
            assert "direct-mail" not in new.rules
        else:
            assert (new.label, new.category) == (old.label, old.category), t


@pytest.mark.parametrize(("table", "message"), [
    ({**VALPAK, "id": "direct-mail"}, "already a built-in"),
    ({**VALPAK, "label": "advertising"}, "unknown label"),
    ({**VALPAK, "phrases": ["the of"]}, "no words left"),
])
def test_broken_owner_rules_are_refused_with_the_field(table, message):
    with pytest.raises(RuleError, match=message):
        with_owner_rules(BUILT_IN, [table])


def new_rule(client, confirm="yes", **fields):
    data = {"label": "marketing", "category": "Direct mail", "phrases": "Valpak",
            "explanation": "Valpak is our coupon mailer", "confirm": confirm, **fields}
    return client.post("/rules/new", data=data)


def test_rules_page_groups_searches_and_shows_both_sides_of_a_disagreement(client):
    page = text(client.get("/rules"))
    assert 'id="marketing-h"' in page and 'id="rule-direct-mail"' in page
    assert "The articles disagree: Lead generation" in page
    found = text(client.get("/rules?q=mailchimp"))
    assert 'id="rule-email-campaigns"' in found and 'id="rule-payroll"' not in found
    assert 'id="rule-finance"' not in found


def test_preview_lists_what_would_change_and_saves_nothing(app, client):
    week = start_week(client)
    add(client, week, description="Valpak coupon proofs")
    page = text(new_rule(client, confirm=""))
    assert "1 activity in your weeks would change (nothing saved yet)" in page
    assert "Valpak coupon proofs" in page
    with app.app_context():
        assert db.session.query(OwnerRule).count() == 0


def test_saving_a_rule_retags_new_activities_and_the_why_names_it(client):
    week = start_week(client)
    assert new_rule(client).status_code == 302
    add(client, week, description="Valpak coupon proofs")
    page = text(client.get(f"/weeks/{week}"))
    assert "Your rule “my-valpak”" in page and 'label-marketing">marketing' in page


@pytest.mark.parametrize(("fields", "message"), [
    ({"phrases": ""}, "at least one word or phrase"),
    ({"phrases": "the"}, "no words left"),
    ({"category": ""}, "Name a category."),
    ({"explanation": ""}, "Say why"),
])
def test_bad_rules_are_refused_with_a_message(app, client, fields, message):
    response = new_rule(client, **fields)
    assert response.status_code == 400 and message in text(response)
    with app.app_context():
        assert db.session.query(OwnerRule).count() == 0


def test_a_duplicate_rule_is_refused_and_a_broad_one_warned(app, client):
    new_rule(client)
    response = new_rule(client, phrases="VALPAK")
    assert response.status_code == 400 and "You already have this rule" in text(response)
    broad = text(new_rule(client, confirm="", phrases="meeting", label="sales"))
    assert "a very common word" in broad


def test_edit_switch_off_and_delete_an_owner_rule(app, client):
    new_rule(client)
    client.post("/rules/my-valpak/edit", data={
        "label": "sales", "category": "Closing", "phrases": "Valpak", "explanation": "changed",
        "confirm": "yes"})
    with app.app_context():
        assert db.session.query(OwnerRule).one().label == "sales"
    client.post("/rules/my-valpak/switch")
    assert "(off)" in text(client.get("/rules"))
    client.post("/rules/my-valpak/delete")
    with app.app_context():
        assert db.session.query(OwnerRule).count() == 0


def test_a_built_in_rule_can_be_switched_off_and_on(client):
    week = start_week(client)
    client.post("/rules/direct-mail/switch")
    add(client, week, description="direct mail")
    assert "Built-in rules you switched off" in text(client.get("/rules"))
    client.post("/rules/direct-mail/switch")
    assert "Built-in rules you switched off" not in text(client.get("/rules"))
    assert client.post("/rules/no-such-rule/switch").status_code == 404


def test_make_a_rule_from_a_corrected_activity_starts_from_it(app, client):
    week = start_week(client)
    add(client, week, description="Rotary breakfast")
    with app.app_context():
        activity = db.session.query(Activity).one()
        activity.override_label, activity.override_reason = "sales", "we meet clients there"
        db.session.commit()
    page = text(client.get("/rules/new?activity=1"))
    assert "Rotary breakfast</textarea>" in page and "we meet clients there" in page


def test_exported_rules_import_back_unchanged_and_pass_check_rules(client, runner, tmp_path):
    new_rule(client)
    new_rule(client, phrases="tasting appointment", label="sales", category="Closing",
             explanation="Tastings win weddings")
    exported = text(client.get("/rules/export.toml"))
    tables = tomllib.loads(exported)["rule"]
    assert [t["id"] for t in tables] == ["my-valpak", "my-tasting-appointment"]
    path = tmp_path / "my-rules.toml"
    path.write_text(exported, encoding="utf-8")
    again = with_owner_rules(BUILT_IN, tomllib.loads(path.read_text(encoding="utf-8"))["rule"])
    assert [(r.id, r.label, r.category, [p.text for p in r.patterns]) for r in again.rules
            if r.origin == "owner"] == [
        ("my-valpak", "marketing", "Direct mail", ["Valpak"]),
        ("my-tasting-appointment", "sales", "Closing", ["tasting appointment"])]
    result = runner.invoke(args=["check-rules", "--owner", str(path)])
    assert result.exit_code == 0, result.output
    assert "0 errors" in result.output


def test_learn_lists_recurring_words_of_untagged_activities_by_hours(client):
    week = start_week(client)
    add(client, week, description="Zumba xyzzy", duration="2h")
    add(client, week, description="zumba plugh", duration="1h")
    add(client, week, description="qqq once", duration="5h")
    page = text(client.get("/rules/learn"))
    assert "<td>zumba</td>" in page and "3h" in page
    assert "qqq" not in page  # a word of one activity only
    assert "/rules/new?phrase=zumba&amp;label=sales" in page
    client.post("/rules/learn/ignore", data={"term": "zumba"})
    assert "<td>zumba</td>" not in text(client.get("/rules/learn"))


def test_import_previews_then_saves_and_reports_replacements(app, client):
    week = start_week(client)
    add(client, week, description="Valpak coupon proofs")
    new_rule(client, label="sales", category="Closing")
    rules = ('[[rule]]\nid = "my-valpak"\nlabel = "marketing"\ncategory = "Direct mail"\n'
             'phrases = ["Valpak"]\nexplanation = "Coupon mailer"\n\n'
             '[[rule]]\nid = "my-rotary"\nlabel = "sales"\ncategory = "Networking"\n'
             'phrases = ["Rotary breakfast"]\nexplanation = "Our networking"\n')
    page = text(client.post("/rules/import", data={"text": rules}))
    assert "replaces your rule of that name" in page and "<em>new</em>" in page
    assert "1 activity in your weeks would change" in page
    with app.app_context():
        assert db.session.query(OwnerRule).count() == 1
    client.post("/rules/import", data={"text": rules, "confirm": "yes"})
    with app.app_context():
        assert {r.slug: r.label for r in db.session.query(OwnerRule)} == {
            "my-valpak": "marketing", "my-rotary": "sales"}
        assert db.session.query(Activity).one().label == "marketing"


@pytest.mark.parametrize(("rules", "message"), [
    ("not toml [", "not valid TOML"),
    ("", "no [[rule]] tables"),
    ('[[rule]]\nid = "x"\nlabel = "sales"\ncategory = "C"\nexplanation = "e"\n'
     'phrases = ["a b"]\ndocument = "000_31283408f4a1a7ec.txt"\n', "cannot cite documents"),
    ('[[rule]]\nid = "Bad Id"\nlabel = "sales"\ncategory = "C"\nexplanation = "e"\n'
     'phrases = ["x"]\n', "ids are"),
    ('[[rule]]\nid = "x"\nlabel = "hype"\ncategory = "C"\nexplanation = "e"\n'
     'phrases = ["x"]\n', "unknown label"),
])
def test_a_bad_rule_file_is_refused_with_a_message(app, client, rules, message):
    response = client.post("/rules/import", data={"text": rules or " ", "confirm": "yes"})
    assert response.status_code == 400 and message in text(response)
    with app.app_context():
        assert db.session.query(OwnerRule).count() == 0


def test_the_command_line_tags_with_an_accounts_rules_when_asked(client, runner):
    new_rule(client, phrases="Gatorbox", category="Direct mail")
    out = runner.invoke(args=["classify", "--json", "--account", "Owner@Example.com"],
                        input="Gatorbox proofs\n").output
    assert '"label": "marketing"' in out and '"rules": ["my-gatorbox"' in out
    alone = runner.invoke(args=["classify", "--json"], input="Gatorbox proofs\n").output
    assert '"label": "unclassified"' in alone
    unknown = runner.invoke(args=["classify", "--account", "nobody@example.com"], input="x\n")
    assert unknown.exit_code == 1 and "No account with the email" in unknown.output


def test_a_new_rule_never_takes_the_id_of_a_switched_off_one(client):
    new_rule(client, phrases="Valpak")
    client.post("/rules/my-valpak/switch")
    saved = new_rule(client, phrases="Valpak\ncoupon book")
    assert saved.status_code == 302 and saved.location.endswith("#rule-my-valpak-2")
    page = text(client.get("/rules"))
    assert "my-valpak-2" in page and 'id="rule-my-valpak"' in page


def test_an_owners_rule_is_cited_as_theirs_not_as_an_empty_passage(client):
    new_rule(client, phrases="Gatorbox", category="Direct mail")
    tried = text(client.get("/try?text=Gatorbox+proofs"))
    assert "your own rule, in your words" in tried and "&ldquo;&rdquo;" not in tried
    assert "&ldquo;&rdquo;" not in text(client.get("/rules"))


def test_the_retag_preview_says_when_only_the_rules_behind_a_tag_change(client):
    week = start_week(client)
    add(client, week, description="payroll")
    new_rule(client, label="other", category="Finance", phrases="payroll",
             explanation="our payroll")
    page = text(client.get(f"/weeks/{week}/retag"))
    assert "the same tag, from other rules: my-payroll" in page
