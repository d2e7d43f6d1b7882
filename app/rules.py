"""The rules page: browse and search every rule; write, change, switch off and share your own."""

from __future__ import annotations

import re

import tomli_w
from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for

from app.engine import Classifier, Result, RuleError
from app.engine.owner import owner_tables, with_owner_rules
from app.engine.terms import common_terms
from app.engine.text import normalise
from app.forms import ButtonForm, RuleFileForm, RuleForm
from app.models import Activity, IgnoredTerm, OwnerRule, SwitchedOff, db
from app.rulebook import built_in, classifier, switched_off
from app.scope import account_id, get_owned, owned, owned_activities
from app.wording import count as count_of

bp = Blueprint("rules", __name__, url_prefix="/rules")

# Single words so common in time logs that a rule on one of them alone would tag far too much.
BROAD = frozenset(normalise("meeting call email work client customer week day time stuff misc "
                            "admin project job task team thing update review follow new the "
                            "with and"))
PREVIEW_LIMIT = 200


@bp.get("")
def index() -> str:
    """Every rule in use, grouped by label and category; ?q= searches them."""
    rules = classifier().ruleset
    query = request.args.get("q", "").strip()[:100]
    shown = [r for r in rules.rules if not query or _matches(r, query.lower())]
    off = switched_off()
    mine = db.session.scalars(owned(OwnerRule).order_by(OwnerRule.slug)).all()
    return render_template("rules/index.html", rules=shown, query=query, ruleset=rules, mine=mine,
                           switched_off=[r for r in built_in().ruleset.rules if r.id in off],
                           button=ButtonForm())


@bp.route("/new", methods=["GET", "POST"])
def new():
    """Write a rule (or start from a corrected activity), see what it changes, then save."""
    form = RuleForm()
    if request.method == "GET" and request.args.get("phrase"):
        form.phrases.data = request.args["phrase"][:200]
        form.label.data = request.args.get("label", "marketing")
    if request.method == "GET" and (activity_id := request.args.get("activity", type=int)):
        activity = db.session.scalars(owned_activities().where(Activity.id == activity_id)
                                      ).first() or abort(404)
        form.label.data = activity.override_label or "marketing"
        form.category.data = activity.override_category or activity.category or ""
        form.phrases.data = activity.description
        form.explanation.data = activity.override_reason or ""
    return _edit(form, None)


@bp.route("/<slug>/edit", methods=["GET", "POST"])
def edit(slug: str):
    rule = _owner_rule(slug)
    form = RuleForm(obj=rule)
    if request.method == "GET" and request.args.get("add"):
        form.phrases.data = "\n".join([*rule.phrases.splitlines(), request.args["add"][:200]])
    return _edit(form, rule)


@bp.post("/<slug>/delete")
def delete(slug: str):
    rule = _owner_rule(slug)
    if ButtonForm().validate_on_submit():
        db.session.delete(rule)
        db.session.commit()
        flash(f"Deleted your rule {slug}.")
    return redirect(url_for("rules.index"))


@bp.post("/<rule_id>/switch")
def switch(rule_id: str):
    """Switch a rule off or on again: the owner's own, or a built-in one (never edited)."""
    if not ButtonForm().validate_on_submit():
        abort(400)
    mine = db.session.scalars(owned(OwnerRule).where(OwnerRule.slug == rule_id)).first()
    if mine is not None:
        mine.enabled = not mine.enabled
        state = "on" if mine.enabled else "off"
    elif rule_id in {r.id for r in built_in().ruleset.rules}:
        off = db.session.scalars(owned(SwitchedOff).where(SwitchedOff.rule_id == rule_id)).first()
        if off:
            db.session.delete(off)
        else:
            db.session.add(SwitchedOff(account_id=account_id(), rule_id=rule_id))
        state = "on" if off else "off"
    else:
        abort(404)
    db.session.commit()
    flash(f"Rule {rule_id} is {state}.")
    return redirect(url_for("rules.index", _anchor=f"rule-{rule_id}"))


@bp.get("/learn")
def learn() -> str:
    """The words most common among unclassified and corrected activities, by hours."""
    rows = db.session.scalars(owned_activities().where(
        (Activity.label == "unclassified") | Activity.override_label.is_not(None))).all()
    ignored = frozenset(i.term for i in db.session.scalars(owned(IgnoredTerm)))
    terms = common_terms([(a.description, a.minutes) for a in rows
                          if a.final_label == "unclassified" or a.override_label], ignored)
    mine = db.session.scalars(owned(OwnerRule).order_by(OwnerRule.slug)).all()
    return render_template("rules/learn.html", terms=terms, mine=mine, button=ButtonForm(),
                           activities=len(rows))


@bp.post("/learn/ignore")
def ignore():
    term = request.form.get("term", "").strip().lower()[:120]
    if ButtonForm().validate_on_submit() and term:
        if not db.session.scalars(owned(IgnoredTerm).where(IgnoredTerm.term == term)).first():
            db.session.add(IgnoredTerm(account_id=account_id(), term=term))
            db.session.commit()
        flash(f"“{term}” will not be suggested again.")
    return redirect(url_for("rules.learn"))


@bp.route("/import", methods=["GET", "POST"])
def import_rules():
    """Take a rule file (as exported): check it, show what it adds and changes, then save."""
    form = RuleFileForm()
    tables, problems, changes, replaced = [], [], [], []
    if form.validate_on_submit():
        text = form.text.data or ""
        if form.file.data:
            text = form.file.data.read().decode("utf-8", errors="replace")
            form.text.data = text
        try:
            tables = owner_tables(text)
            mine = {r.slug: r for r in db.session.scalars(owned(OwnerRule))}
            replaced = [t["id"] for t in tables if t["id"] in mine]
            kept = [r.table() for slug, r in mine.items() if r.enabled and slug not in replaced]
            off = switched_off()
            candidate = Classifier(with_owner_rules(built_in().ruleset, kept + tables, off))
        except RuleError as err:
            problems.append(str(err))
        else:
            changes = _changes(candidate)
            if form.confirm.data == "yes":
                for table in tables:
                    _save(mine.get(table["id"]) or _new_rule(table["id"]), table)
                for activity, _, after in changes:
                    activity.tag(after)
                db.session.commit()
                flash(f"Imported {count_of(len(tables), 'rule')}; "
                      f"{count_of(len(changes), 'activity')} re-tagged.")
                return redirect(url_for("rules.index"))
    status = 400 if form.errors or problems else 200
    return render_template("rules/import.html", form=form, tables=tables, replaced=replaced,
                           problems=problems, changes=changes[:PREVIEW_LIMIT],
                           count=len(changes)), status


@bp.get("/export.toml")
def export() -> Response:
    """Your rules as a rule file, in the same format as rules/*.toml."""
    tables = [r.table() for r in db.session.scalars(owned(OwnerRule).order_by(OwnerRule.id))]
    text = "# Your own Hatcheck rules, exported.\n\n" + tomli_w.dumps({"rule": tables})
    return Response(text, mimetype="application/toml",
                    headers={"Content-Disposition": 'attachment; filename="my-rules.toml"'})


def _edit(form: RuleForm, rule: OwnerRule | None):
    """Validate, preview the changes over every week, and save once confirmed."""
    problems, warnings, changes, count = [], [], [], 0
    if form.validate_on_submit():
        table = _table(form, rule)
        try:
            candidate = _candidate(table, rule)
        except RuleError as err:
            problems.append(str(err).split(": ", 2)[-1])
        else:
            problems += _duplicates(table, rule)
            warnings += [f"“{w}” alone is a very common word: this rule may tag far more than "
                         "you mean." for w in _broad(table)]
        if not problems:
            changes = _changes(candidate)
            count = len(changes)
            if form.confirm.data == "yes":
                rule = _save(rule or _new_rule(table["id"]), table)
                for activity, _, after in changes:
                    activity.tag(after)
                db.session.commit()
                flash(f"Saved your rule {rule.slug}; {count_of(count, 'activity')} re-tagged.")
                return redirect(url_for("rules.index", _anchor=f"rule-{rule.slug}"))
            changes = changes[:PREVIEW_LIMIT]
    status = 400 if form.errors or problems else 200
    return render_template("rules/edit.html", form=form, rule=rule, problems=problems,
                           warnings=warnings, changes=changes, count=count), status


def _save(rule: OwnerRule, table: dict[str, object]) -> OwnerRule:
    for name in ("label", "category", "explanation"):
        setattr(rule, name, table[name])
    for name in ("phrases", "all_words", "unless"):
        setattr(rule, name, "\n".join(table.get(name, [])))
    db.session.add(rule)
    return rule


def _table(form: RuleForm, rule: OwnerRule | None) -> dict[str, object]:
    lines = {name: [v.strip() for v in (getattr(form, name).data or "").splitlines() if v.strip()]
             for name in ("phrases", "all_words", "unless")}
    first = (lines["phrases"] + lines["all_words"] + ["rule"])[0]
    slug = rule.slug if rule else "my-" + (re.sub(r"[^a-z0-9]+", "-", first.lower()).strip("-")
                                           or "rule")[:60]
    table = {"id": slug, "label": form.label.data, "category": form.category.data.strip(),
             "explanation": form.explanation.data.strip()}
    table.update({name: values for name, values in lines.items() if values})
    return table


def _candidate(table: dict[str, object], editing: OwnerRule | None) -> Classifier:
    """The classifier as it would be with this rule saved."""
    if "phrases" not in table and "all_words" not in table:
        raise RuleError("your rules", "a rule needs at least one word or phrase to match")
    mine = [r for r in db.session.scalars(owned(OwnerRule)) if r is not editing]
    if editing is None:
        # Switched-off rules keep their ids too: a new rule needs one none of them has.
        taken, base, n = {r.slug for r in mine}, table["id"], 1
        while table["id"] in taken:
            n += 1
            table["id"] = f"{base}-{n}"
    others = [r.table() for r in mine if r.enabled]
    off = switched_off()
    return Classifier(with_owner_rules(built_in().ruleset, [*others, table], off))


def _duplicates(table: dict[str, object], editing: OwnerRule | None) -> list[str]:
    mine = _patterns(table)
    return [f"You already have this rule: {r.slug}." for r in db.session.scalars(owned(OwnerRule))
            if r is not editing and _patterns(r.table()) == mine]


def _patterns(table: dict[str, object]) -> frozenset:
    return frozenset([("p", normalise(p)) for p in table.get("phrases", [])]
                     + [("w", frozenset(normalise(w))) for w in table.get("all_words", [])])


def _broad(table: dict[str, object]) -> list[str]:
    return [p for p in [*table.get("phrases", []), *table.get("all_words", [])]
            if len(normalise(p)) == 1 and normalise(p)[0] in BROAD]


def _changes(candidate: Classifier) -> list[tuple[Activity, Result, Result]]:
    """Activities of every week whose tag would change: (activity, now, with the change)."""
    now = classifier()
    changes = []
    for activity in db.session.scalars(owned_activities().order_by(Activity.id)):
        before, after = now.classify(activity.description), candidate.classify(
            activity.description)
        if (before.label, before.category) != (after.label, after.category):
            changes.append((activity, before, after))
    return changes


def _owner_rule(slug: str) -> OwnerRule:
    return get_owned(OwnerRule, slug=slug)


def _new_rule(slug: str) -> OwnerRule:
    return OwnerRule(account_id=account_id(), slug=slug)



def _matches(rule, query: str) -> bool:
    text = " ".join([rule.id, rule.label, rule.category, rule.explanation, rule.source.passage,
                     *(p.text for p in rule.patterns)]).lower()
    return query in text
