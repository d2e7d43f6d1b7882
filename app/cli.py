"""Command-line commands: classify, check-rules, evaluate, reset-password."""

from __future__ import annotations

import json
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import with_appcontext
from werkzeug.security import generate_password_hash

from app.engine import Classifier, RuleError, load_rules
from app.engine.evaluation import Evaluation, merge, read_labelled
from app.engine.evaluation import evaluate as run_evaluation
from app.engine.lint import lint
from app.engine.owner import owner_tables, with_owner_rules
from app.models import Account, db
from app.rulebook import built_in
from app.rulebook import classifier as rulebook

DEVSET = Path(__file__).resolve().parent.parent / "tests" / "data" / "devset.tsv"


def _account(email: str) -> Account:
    account = Account.with_email(email)
    if account is None:
        raise click.ClickException(f"No account with the email {email}.")
    return account


@click.command("classify")
@with_appcontext
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per input line.")
@click.option("--account", "email", metavar="EMAIL",
              help="Use this account's rules too (its own, less those it switched off).")
def classify_command(file, as_json: bool, email: str | None) -> None:
    """Tag each line of FILE (or standard input) as marketing, sales, other or unclassified."""
    classifier = rulebook(_account(email).id) if email else built_in()
    for line in file:
        text = line.strip()
        if not text:
            continue
        result = classifier.classify(text)
        if as_json:
            click.echo(json.dumps(result.as_dict(), ensure_ascii=False))
        else:
            flag = "*" if result.contested else " "
            click.echo(f"{result.label:<12}{flag} {(result.category or '-'):<24.24} "
                       f"{result.decided_by:<19} {text}")


@click.command("check-rules")
@with_appcontext
@click.option("--rules", "rules_dir", type=click.Path(exists=True, file_okay=False),
              help="Rule folder to check (default: the app's RULES_DIR).")
@click.option("--seeds", type=click.Path(exists=True, file_okay=False),
              help="Folder of the source documents, to check every cited passage is in them.")
@click.option("--owner", "owner_file", type=click.Path(exists=True, dir_okay=False),
              help="An owner's rule file (as exported from the rules page) to check with them.")
def check_rules_command(rules_dir: str | None, seeds: str | None,
                        owner_file: str | None) -> None:
    """Lint the rule set: examples, rules that never win, phrases claimed by two labels."""
    try:
        ruleset = load_rules(rules_dir or current_app.config["RULES_DIR"])
        if owner_file:
            ruleset = with_owner_rules(ruleset, _owner_tables(owner_file))
    except RuleError as err:
        raise click.ClickException(str(err)) from None
    documents = None
    if seeds:
        documents = {p.name: p.read_text(encoding="utf-8") for p in Path(seeds).glob("*.txt")}
    findings = lint(Classifier(ruleset), documents)
    for finding in findings:
        click.echo(str(finding))
    errors = sum(f.level == "error" for f in findings)
    click.echo(f"{len(ruleset.rules)} rules, {errors} errors, {len(findings) - errors} warnings")
    if errors:
        raise SystemExit(1)


@click.command("evaluate")
@with_appcontext
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--misses", is_flag=True, help="List every line tagged wrongly.")
def evaluate_command(files: tuple[str, ...], misses: bool) -> None:
    """Print accuracy and the confusion matrix of the built-in rules on labelled FILES.

    With several files, each gets a line of its own, the matrix counts them all together and
    each miss names its file (the development set when no file is given).
    """
    files = files or (str(DEVSET),)
    try:
        sets = [read_labelled(Path(f).read_text(encoding="utf-8").splitlines(), f)
                for f in files]
    except ValueError as err:
        raise click.ClickException(str(err)) from None
    classifier = built_in()
    parts = [run_evaluation(classifier, items) for items in sets]
    result = merge(parts)
    several = len(parts) > 1
    if several:
        for name, part in zip(files, parts, strict=True):
            click.echo(f"{Path(name).name}: {_score(part)}")
        click.echo(f"all {len(parts)} files: {_score(result)}")
    else:
        click.echo(_score(result))
    labels = ("marketing", "sales", "other", "unclassified")
    click.echo("expected \\ got " + "".join(f"{g:>14}" for g in labels))
    for e in labels:
        click.echo(f"{e:<15}" + "".join(f"{result.confusion[e, g]:>14}" for g in labels))
    if misses:
        for name, part in zip(files, parts, strict=True):
            where = f"{Path(name).name}: " if several else ""
            for m in part.misses:
                click.echo(f"{where}{m.expected:>9} -> {m.got:<12} {m.rule or '-':<28} {m.text}")


def _score(result: Evaluation) -> str:
    lines = "line" if result.total == 1 else "lines"
    return (f"{result.total} {lines}, accuracy {result.accuracy:.1%}, "
            f"unclassified {result.unclassified:.1%}")


def _owner_tables(path: str) -> list[dict]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise RuleError(Path(path).name, f"not UTF-8 text: {err}") from None
    return owner_tables(text, Path(path).name)


@click.command("reset-password")
@with_appcontext
@click.argument("email")
@click.password_option("--password", help="The new password (asked for when not given).")
def reset_password_command(email: str, password: str) -> None:
    """Set a new password for the account with this EMAIL (there is no mail server)."""
    account = _account(email)
    if not 8 <= len(password) <= 200:
        raise click.ClickException("A password has 8 to 200 characters.")
    account.password_hash = generate_password_hash(password)
    db.session.commit()
    click.echo(f"New password set for {account.email}.")


def register(app: Flask) -> None:
    """Add the commands to the app's `flask` command line."""
    for command in (classify_command, check_rules_command, evaluate_command,
                    reset_password_command):
        app.cli.add_command(command)
