"""Weekly audits: list, start, open, rename, delete."""

from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, flash, redirect, render_template, session, url_for

from app.engine.summary import Split, split
from app.forms import ActivityForm, ButtonForm, OverrideForm, RenameForm, WeekForm
from app.models import Audit, db
from app.rulebook import classifier
from app.scope import account_id, get_owned, owned

bp = Blueprint("weeks", __name__)


def get_audit(audit_id: int) -> Audit:
    """The account's audit with this id, or a 404 page."""
    return get_owned(Audit, id=audit_id)


def week_split(audit: Audit) -> Split:
    """Minutes and shares per label, counting the owner's overrides."""
    return split((a.final_label, a.minutes) for a in audit.activities)


@bp.get("/")
def index() -> str:
    """Every audit, newest week first, with its hours and split."""
    audits = db.session.scalars(owned(Audit).order_by(Audit.week_start.desc(),
                                                      Audit.id.desc())).all()
    return render_template("weeks/index.html", audits=[(a, week_split(a)) for a in audits])


@bp.route("/weeks/new", methods=["GET", "POST"])
def new() -> str:
    """Start an audit of the week (Monday to Sunday) that holds the chosen day."""
    form = WeekForm()
    if form.validate_on_submit():
        day = form.day.data
        monday, business = day - timedelta(days=day.weekday()), (form.business.data or "").strip()
        same = db.session.scalars(owned(Audit).where(Audit.week_start == monday,
                                                     Audit.business == business)).first()
        if same is not None:
            # Two audits of one week would count its hours twice in the reports.
            flash(f"You already have {same.title}: here it is.")
            return redirect(url_for("weeks.show", audit_id=same.id))
        audit = Audit(account_id=account_id(), week_start=monday, business=business,
                      note=(form.note.data or "").strip())
        db.session.add(audit)
        db.session.commit()
        flash(f"Started {audit.title}.")
        return redirect(url_for("weeks.show", audit_id=audit.id))
    return render_template("weeks/new.html", form=form), 400 if form.errors else 200


@bp.get("/weeks/<int:audit_id>")
def show(audit_id: int, entry: ActivityForm | None = None) -> str:
    """The week: entry form, totals, and every activity with its tag and why."""
    audit = get_audit(audit_id)
    if entry is None:
        entry = ActivityForm(day=session.get("last_day", "0"),
                             person=session.get("last_person", ""))
    tagger = classifier()
    rows = [(a, tagger.classify(a.description)) for a in audit.activities]
    rows.sort(key=lambda row: (row[0].final_label != "unclassified", row[0].day, row[0].id))
    return render_template(
        "weeks/show.html", audit=audit, rows=rows, entry=entry, split=week_split(audit),
        rename=RenameForm(obj=audit), button=ButtonForm(), override=OverrideForm(),
        unclassified=sum(a.final_label == "unclassified" for a in audit.activities))


@bp.post("/weeks/<int:audit_id>/rename")
def rename(audit_id: int):
    """Change the business name and note."""
    audit = get_audit(audit_id)
    form = RenameForm()
    if form.validate_on_submit():
        audit.business = (form.business.data or "").strip()
        audit.note = (form.note.data or "").strip()
        db.session.commit()
        flash("Saved.")
    else:
        flash("Not saved: " + "; ".join(e for errors in form.errors.values() for e in errors))
    return redirect(url_for("weeks.show", audit_id=audit.id))


@bp.route("/weeks/<int:audit_id>/delete", methods=["GET", "POST"])
def delete(audit_id: int):
    """Ask, then delete the audit and all its activities."""
    audit = get_audit(audit_id)
    form = ButtonForm()
    if form.validate_on_submit():
        title = audit.title
        db.session.delete(audit)
        db.session.commit()
        flash(f"Deleted {title}.")
        return redirect(url_for("weeks.index"))
    return render_template("weeks/delete.html", audit=audit, form=form)
