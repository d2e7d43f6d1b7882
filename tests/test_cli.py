"""The command line: classify's JSON contract, check-rules, evaluate, and --help everywhere."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.engine import LABELS
from app.engine.classifier import STEPS

ROOT = Path(__file__).resolve().parent.parent
KEYS = {"text", "label", "category", "contested", "rules", "matched", "sources", "decided_by",
        "explanation"}

LINES = [
    "posted the new menu on Instagram",
    "f/u w/ Jenkins re: quote",
    "payroll",
    "Lead generation",
    "zxqv plorf",
    "caf\u00e9 \u2615 with Ana \u2014 \u201cquote\u201d",
    "  indented line with trailing spaces   ",
]
INPUT = "\n".join([LINES[0], "", LINES[1], "   ", LINES[2], "\t", *LINES[3:]]) + "\n\n"


def classifier_of(app):
    return app.extensions["hatcheck.classifier"]


def json_lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines()]


# --- classify -------------------------------------------------------------------------------

@pytest.fixture
def input_file(tmp_path) -> Path:
    path = tmp_path / "week.txt"
    path.write_text(INPUT, encoding="utf-8")
    return path


def test_classify_json_gives_one_object_per_non_blank_line_in_order(runner, input_file):
    result = runner.invoke(args=["classify", "--json", str(input_file)])
    assert result.exit_code == 0, result.output
    objects = json_lines(result.stdout)
    assert [o["text"] for o in objects] == [line.strip() for line in LINES]


def test_classify_json_objects_keep_the_contract(app, runner, input_file):
    objects = json_lines(runner.invoke(args=["classify", "--json", str(input_file)]).stdout)
    assert objects
    rules = {r.id: r for r in classifier_of(app).ruleset.rules}
    for o in objects:
        assert set(o) == KEYS, o["text"]
        assert o["label"] in LABELS
        assert o["decided_by"] in STEPS
        assert isinstance(o["contested"], bool)
        assert isinstance(o["explanation"], str) and o["explanation"]
        assert all(r in rules for r in o["rules"])
        assert all(isinstance(w, str) and w for w in o["matched"])
        if o["label"] == "unclassified":
            assert o["category"] is None and o["sources"] == [] and not o["contested"]
        else:
            winner = rules[o["rules"][0]]
            assert winner.label == o["label"]
            assert winner.category == o["category"]
            assert o["sources"][0] == winner.source.document
            assert o["matched"], o["text"]
        if o["contested"]:
            assert len(o["sources"]) >= 2


def test_classify_json_rules_are_winner_first(app, runner, input_file):
    classifier = classifier_of(app)
    objects = json_lines(runner.invoke(args=["classify", "--json", str(input_file)]).stdout)
    for o in objects:
        expected = classifier.classify(o["text"])
        assert o == expected.as_dict()
        if o["label"] != "unclassified":
            assert o["rules"][0] == expected.winner.rule.id


def test_classify_covers_every_outcome_on_the_sample(runner, input_file):
    # The sample lines are chosen to show each kind of answer; if one stops doing so, the
    # contract tests above check less than they claim.
    objects = json_lines(runner.invoke(args=["classify", "--json", str(input_file)]).stdout)
    assert {"marketing", "sales", "other", "unclassified"} <= {o["label"] for o in objects}
    assert any(o["contested"] for o in objects)


def test_classify_reads_standard_input_like_a_file(runner, input_file):
    from_file = runner.invoke(args=["classify", "--json", str(input_file)])
    from_stdin = runner.invoke(args=["classify", "--json"], input=INPUT)
    dash = runner.invoke(args=["classify", "--json", "-"], input=INPUT)
    assert from_stdin.exit_code == 0, from_stdin.output
    assert from_stdin.stdout == from_file.stdout == dash.stdout
    assert len(json_lines(from_stdin.stdout)) == len(LINES)


def test_classify_json_keeps_non_ascii_text_readable(runner):
    result = runner.invoke(args=["classify", "--json"], input="caf\u00e9 \u2615 newsletter\n")
    assert "caf\u00e9 \u2615" in result.stdout
    assert json_lines(result.stdout)[0]["text"] == "caf\u00e9 \u2615 newsletter"


def test_classify_of_empty_input_prints_nothing(runner):
    result = runner.invoke(args=["classify", "--json"], input="\n  \n\t\n")
    assert result.exit_code == 0
    assert result.stdout == ""


def test_classify_table_has_one_row_per_line_with_label_and_text(app, runner, input_file):
    result = runner.invoke(args=["classify", str(input_file)])
    assert result.exit_code == 0, result.output
    rows = result.stdout.splitlines()
    assert len(rows) == len(LINES)
    for row, line in zip(rows, LINES, strict=True):
        expected = classifier_of(app).classify(line.strip())
        assert row.endswith(line.strip())
        assert row.split()[0] == expected.label
        assert expected.decided_by in row
        assert ("*" in row.split(line.strip())[0]) == expected.contested


def test_classify_of_a_missing_file_is_a_clear_error(runner, tmp_path):
    result = runner.invoke(args=["classify", str(tmp_path / "nope.txt")])
    assert result.exit_code != 0
    assert "nope.txt" in result.output
    assert "Traceback" not in result.output


# --- check-rules ----------------------------------------------------------------------------

COUNTS = re.compile(r"^(\d+) rules?, (\d+) errors?, (\d+) warnings?$")


def counts(output: str) -> tuple[int, int, int]:
    match = COUNTS.match(output.strip().splitlines()[-1])
    assert match, f"no counts line at the end of: {output!r}"
    return tuple(int(n) for n in match.groups())


def test_check_rules_passes_on_the_real_rule_set(app, runner):
    result = runner.invoke(args=["check-rules"])
    assert result.exit_code == 0, result.output
    rules, errors, warnings = counts(result.stdout)
    assert rules == len(classifier_of(app).ruleset.rules)
    assert errors == 0
    assert warnings == len(result.stdout.strip().splitlines()) - 1


RULE = """[[rule]]
id = "quote"
label = "sales"
category = "Quotes"
phrases = ["quote"]
document = "001_9040d5afae95d7f2.txt"
passage = "Proposing special pricing"
explanation = "A quote is sales."
"""


def test_check_rules_fails_on_a_rule_that_fails_its_example(runner, make_rules):
    folder = make_rules({"10-a.toml": RULE + 'examples = ["watered the plants"]\n'})
    result = runner.invoke(args=["check-rules", "--rules", str(folder)])
    assert result.exit_code != 0
    assert "error: 10-a.toml: rule 'quote': field 'examples'" in result.stdout
    assert counts(result.stdout)[:2] == (1, 1)


def test_check_rules_fails_on_a_rule_file_that_does_not_load(runner, make_rules):
    folder = make_rules({"10-a.toml": RULE.replace('label = "sales"', 'label = "sails"')})
    result = runner.invoke(args=["check-rules", "--rules", str(folder)])
    assert result.exit_code != 0
    assert "10-a.toml: rule 'quote': field 'label'" in result.output
    assert "Traceback" not in result.output


def test_check_rules_warns_but_passes_on_a_rule_without_examples(runner, make_rules):
    result = runner.invoke(args=["check-rules", "--rules", str(make_rules({"10-a.toml": RULE}))])
    assert result.exit_code == 0, result.output
    assert "warning: 10-a.toml: rule 'quote': field 'examples'" in result.stdout
    assert counts(result.stdout) == (1, 0, 1)


def test_check_rules_warns_about_a_word_set_that_shrinks_to_one_word(runner, make_rules):
    rule = RULE.replace('phrases = ["quote"]', 'all_words = ["send to them", "sends send"]')
    result = runner.invoke(args=["check-rules", "--rules", str(make_rules({"10-a.toml": rule}))])
    assert result.exit_code == 0, result.output
    assert ("warning: 10-a.toml: rule 'quote': field 'all_words': 'send to them' shrinks to the "
            "single word 'send'" in result.stdout)
    # A word written twice is two words: it must appear twice (rules/README.md).
    assert "'sends send' shrinks" not in result.stdout


# --- evaluate -------------------------------------------------------------------------------

SYNTHETIC = {
    "10-sales.toml": RULE,
    "20-marketing.toml": RULE.replace('"quote"', '"flyer"').replace('"sales"', '"marketing"'),
    "30-other.toml": RULE.replace('"quote"', '"payroll"').replace('"sales"', '"other"'),
}
LABELLED = ("label\tbusiness\ttext\n"
            "sales\tbakery\tsent a quote\n"
            "marketing\tbakery\tprinted flyers\n"
            "\n"
            "other\tbakery\tran payroll\n"
            "sales\tplumber\twatered the plants\n"        # unclassified
            "marketing\tprinter\tquote for the flyers\n")  # sales wins on file order


@pytest.fixture
def synthetic_runner(make_rules, make_app):
    """A runner for an app on three one-word rules, inside its app context (as under `flask`)."""
    app = make_app(RULES_DIR=str(make_rules(SYNTHETIC)))
    with app.app_context():
        yield app.test_cli_runner()


def matrix(output: str) -> dict[tuple[str, str], int]:
    lines = output.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("expected"))
    columns = lines[header].split()[3:]
    assert columns == list(LABELS)
    cells = {}
    for line in lines[header + 1:header + 4]:
        expected, *numbers = line.split()
        cells.update({(expected, got): int(n) for got, n in zip(columns, numbers, strict=True)})
    return cells


def test_evaluate_prints_accuracy_and_the_confusion_matrix(synthetic_runner, tmp_path):
    path = tmp_path / "labelled.tsv"
    path.write_text(LABELLED, encoding="utf-8")
    result = synthetic_runner.invoke(args=["evaluate", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "5 lines, accuracy 60.0%, unclassified 20.0%"
    cells = matrix(result.stdout)
    assert {k: v for k, v in cells.items() if v} == {
        ("sales", "sales"): 1, ("sales", "unclassified"): 1,
        ("marketing", "marketing"): 1, ("marketing", "sales"): 1,
        ("other", "other"): 1}


def test_evaluate_misses_lists_each_wrong_line(synthetic_runner, tmp_path):
    path = tmp_path / "labelled.tsv"
    path.write_text(LABELLED, encoding="utf-8")
    result = synthetic_runner.invoke(args=["evaluate", "--misses", str(path)])
    assert result.exit_code == 0, result.output
    misses = [line for line in result.stdout.splitlines() if "->" in line]
    assert len(misses) == 2
    assert re.search(r"sales -> unclassified .* watered the plants$", misses[0])
    assert re.search(r"marketing -> sales +quote +quote for the flyers$", misses[1])


def test_evaluate_of_several_files_scores_each_and_all_together(synthetic_runner, tmp_path):
    first, second = tmp_path / "first.tsv", tmp_path / "second.tsv"
    first.write_text(LABELLED, encoding="utf-8")
    second.write_text("label\tbusiness\ttext\nsales\tdeli\tquote for Ann\n", encoding="utf-8")
    result = synthetic_runner.invoke(args=["evaluate", str(first), str(second)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:3] == [
        "first.tsv: 5 lines, accuracy 60.0%, unclassified 20.0%",
        "second.tsv: 1 line, accuracy 100.0%, unclassified 0.0%",
        "all 2 files: 6 lines, accuracy 66.7%, unclassified 16.7%"]
    assert matrix(result.stdout)["sales", "sales"] == 2
    result = synthetic_runner.invoke(args=["evaluate", "--misses", str(first), str(second)])
    misses = [line for line in result.stdout.splitlines() if "->" in line]
    assert len(misses) == 2
    assert all(line.startswith("first.tsv: ") for line in misses)


@pytest.mark.parametrize(("body", "line"), [
    ("sales\tbakery\tsent a quote\nmarketing\tprinted flyers\n", 3),           # a field short
    ("sales\tbakery\tsent a quote\n\nsale\tbakery\tsent a quote\n", 4),        # unknown label
    ("other\tbakery\tran payroll\textra\n", 2),                                # a field too many
])
def test_evaluate_names_the_malformed_line(synthetic_runner, tmp_path, body, line):
    path = tmp_path / "bad.tsv"
    path.write_text("label\tbusiness\ttext\n" + body, encoding="utf-8")
    result = synthetic_runner.invoke(args=["evaluate", str(path)])
    assert result.exit_code != 0
    assert f"bad.tsv, line {line}:" in result.output
    assert "label<TAB>business<TAB>text" in result.output
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)


def test_evaluate_of_a_missing_file_is_a_clear_error(synthetic_runner, tmp_path):
    result = synthetic_runner.invoke(args=["evaluate", str(tmp_path / "none.tsv")])
    assert result.exit_code != 0
    assert "none.tsv" in result.output
    assert "Traceback" not in result.output


# --- every command has help ---------------------------------------------------------------

def test_the_readme_commands_are_registered(app):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("| command |", 1)[1].split("\n\n", 1)[0]
    documented = set(re.findall(r"^\| `([a-z][a-z-]*)", table, re.MULTILINE))
    assert documented, "README has no command table"
    assert documented <= set(app.cli.commands)


def test_every_command_has_help(app, runner):
    # Every command registered on app.cli, whatever it is called (plugins' commands included).
    names = sorted(app.cli.commands)
    assert names
    for name in names:
        result = runner.invoke(args=[name, "--help"])
        assert result.exit_code == 0, f"{name} --help: {result.output}"
        assert result.stdout.startswith("Usage:"), name
        assert name in result.stdout.splitlines()[0]
        description = result.stdout.split("\n\n")[1].strip()
        assert description and not description.startswith("Options:"), result.stdout
