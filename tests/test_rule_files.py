"""A broken rule file is refused with a message naming the file, the rule and the field."""

from __future__ import annotations

import json

import pytest

from app.engine import RuleError, load_rules

D001, D004 = "001_9040d5afae95d7f2.txt", "004_30b2e4ee3b5336c3.txt"

GOOD = {"id": "quote", "label": "sales", "category": "Quotes", "phrases": ["quote", "estimate"],
        "document": D001, "passage": "Proposing special pricing",
        "explanation": "A quote for one customer is sales.", "examples": ["sent the quote"]}

TOPIC = """
[[disagreement]]
id = "pricing"
topic = "Pricing"
decision = "marketing"
policy = "Marketing sets standard prices."

[[disagreement.side]]
label = "sales"
document = "001_9040d5afae95d7f2.txt"
passage = "Proposing special pricing"

[[disagreement.side]]
label = "marketing"
document = "001_9040d5afae95d7f2.txt"
passage = "Setting standard pricing"
"""


def table(**fields) -> str:
    """A [[rule]] table as TOML text; a field given as None is left out."""
    lines = ["[[rule]]"] + [f"{k} = {json.dumps(v)}" for k, v in fields.items() if v is not None]
    return "\n".join(lines) + "\n\n"


def good(**changes) -> str:
    return table(**{**GOOD, **changes})


# (what is wrong, rule files, file named, rule named, field named, further words in the message)
BROKEN = [
    ("missing label", {"10-a.toml": good(label=None)},
     "10-a.toml", "quote", "label", None),
    ("unknown label", {"10-a.toml": good(label="marketting")},
     "10-a.toml", "quote", "label", "marketting"),
    ("missing explanation", {"10-a.toml": good(explanation=None)},
     "10-a.toml", "quote", "explanation", None),
    ("empty explanation", {"10-a.toml": good(explanation="   ")},
     "10-a.toml", "quote", "explanation", None),
    ("missing category", {"10-a.toml": good(category=None)},
     "10-a.toml", "quote", "category", None),
    ("no phrases", {"10-a.toml": good(phrases=None)},
     "10-a.toml", "quote", "phrases", None),
    ("misspelt field", {"10-a.toml": good(phrases=None, phrase=["quote"])},
     "10-a.toml", "quote", "phrase", None),
    ("duplicate id across files", {"10-a.toml": good(), "20-b.toml": good(label="marketing")},
     "20-b.toml", "quote", "id", "10-a.toml"),
    ("unknown document", {"10-a.toml": good(document="999_missing.txt")},
     "10-a.toml", "quote", "document", "999_missing.txt"),
    ("missing passage", {"10-a.toml": good(passage=None)},
     "10-a.toml", "quote", "passage", None),
    ("extends a missing rule",
     {"10-a.toml": good() + table(id="quote-tools", label="sales", category="Quotes",
                                  phrases=["quotebuilder"], extends="no-such-rule",
                                  explanation="Tool names for quotes.")},
     "10-a.toml", "quote-tools", "extends", "no-such-rule"),
    ("unknown disagreement", {"10-a.toml": good(disagreement="no-such-topic")},
     "10-a.toml", "quote", "disagreement", "no-such-topic"),
    ("label not a side of the disagreement",
     {"10-a.toml": good(label="other", disagreement="pricing")},
     "10-a.toml", "quote", "label", "pricing"),
    ("examples not a list", {"10-a.toml": good(examples="sent the quote")},
     "10-a.toml", "quote", "examples", None),
    ("a phrase of filler words only", {"10-a.toml": good(phrases=["the"])},
     "10-a.toml", "quote", "phrases", None),
]


@pytest.mark.parametrize(("files", "file", "rule_id", "field", "words"),
                         [row[1:] for row in BROKEN], ids=[row[0] for row in BROKEN])
def test_a_broken_rule_names_file_rule_and_field(make_rules, files, file, rule_id, field, words):
    with pytest.raises(RuleError) as caught:
        load_rules(make_rules(files, TOPIC))
    message = str(caught.value)
    assert file in message
    assert f"'{rule_id}'" in message
    assert f"'{field}'" in message
    if words:
        assert words in message
    assert (caught.value.file, caught.value.rule_id, caught.value.field_name) == (
        file, rule_id, field)


def test_bad_toml_names_the_file_and_the_line(make_rules):
    folder = make_rules({"10-a.toml": good(),
                         "20-b.toml": '[[rule]]\nid = "flyer"\nlabel = "marketing\n'})
    with pytest.raises(RuleError) as caught:
        load_rules(folder)
    message = str(caught.value)
    assert caught.value.file == "20-b.toml"
    assert message.startswith("20-b.toml")
    assert "TOML" in message
    assert "line 3" in message


def test_rules_written_as_a_single_table_are_refused(make_rules):
    folder = make_rules({"10-a.toml": good().replace("[[rule]]", "[rule]")})
    with pytest.raises(RuleError, match="10-a.toml.*\\[\\[rule\\]\\]"):
        load_rules(folder)


def test_a_broken_disagreement_names_the_file_and_topic(make_rules):
    one_sided = TOPIC.split("[[disagreement.side]]")[0] + (
        '[[disagreement.side]]\nlabel = "sales"\ndocument = "001_9040d5afae95d7f2.txt"\n'
        'passage = "Proposing special pricing"\n')
    with pytest.raises(RuleError) as caught:
        load_rules(make_rules({"10-a.toml": good()}, one_sided))
    assert "disagreements.toml" in str(caught.value)
    assert "pricing" in str(caught.value)


def test_a_good_synthetic_set_loads(make_rules):
    ruleset = load_rules(make_rules({"10-a.toml": good(), "20-b.toml": good(
        id="pricing", label="marketing", phrases=["standard pricing"], disagreement="pricing",
        examples=["set our standard pricing"])}, TOPIC))
    assert [r.id for r in ruleset.rules] == ["quote", "pricing"]
    assert [r.file for r in ruleset.rules] == ["10-a.toml", "20-b.toml"]
    assert set(ruleset.disagreements) == {"pricing"}


# --- the app refuses to start on a broken rule set ---------------------------------------------

def test_app_starts_on_a_good_synthetic_set(make_rules, make_app):
    app = make_app(RULES_DIR=str(make_rules({"10-a.toml": good()})))
    assert [r.id for r in app.extensions["hatcheck.classifier"].ruleset.rules] == ["quote"]


@pytest.mark.parametrize(("files", "file", "rule_id", "field", "words"),
                         [row[1:] for row in BROKEN[:4] + BROKEN[7:9]],
                         ids=[row[0] for row in BROKEN[:4] + BROKEN[7:9]])
def test_app_refuses_to_start_on_a_broken_rule_file(make_rules, make_app, files, file, rule_id,
                                                      field, words):
    with pytest.raises(SystemExit) as caught:
        make_app(RULES_DIR=str(make_rules(files, TOPIC)))
    message = str(caught.value.code)
    assert message.startswith("Hatcheck cannot start")
    assert file in message and f"'{rule_id}'" in message and f"'{field}'" in message


def test_app_refuses_to_start_on_bad_toml(make_rules, make_app):
    with pytest.raises(SystemExit) as caught:
        make_app(RULES_DIR=str(make_rules({"10-a.toml": "[[rule]\nid = 1\n"})))
    assert "10-a.toml" in str(caught.value.code)


@pytest.mark.parametrize(("changes", "field", "text"), [
    ({"examples": ["sent the quote", "watered the plants"]}, "examples", "watered the plants"),
    ({"counter_examples": ["sent the estimate"]}, "counter_examples", "sent the estimate"),
])
def test_app_refuses_to_start_when_a_rule_fails_its_own_examples(make_rules, make_app, changes,
                                                                  field, text):
    folder = make_rules({"10-a.toml": good(**changes)})
    with pytest.raises(SystemExit) as caught:
        make_app(RULES_DIR=str(folder))
    message = str(caught.value.code)
    assert "10-a.toml" in message
    assert "'quote'" in message
    assert f"'{field}'" in message
    assert text in message
