"""Activities of a week: add one, paste many, edit, delete, override, re-tag."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, session, url_for

from app.engine.entry import Entry, EntryError, over_a_day, read_lines
from app.forms import PASTE_LIMIT, ActivityForm, ButtonForm, OverrideForm, PasteForm
from app.models import Activity, db
from app.rulebook import classifier
from app.weeks import get_audit, show
from app.wording import count

bp = Blueprint("activities", __name__, url_prefix="/weeks/<int:audit_id>")


def get_activity(audit_id: int, activity_id: int) -> Activity:
    """The activity of this audit with this id, or a 404 page."""
    activity = db.session.get(Activity, activity_id)
    if activity is None or activity.audit_id != get_audit(audit_id).id:
        abort(404)
    return activity


def _week(audit_id: int, anchor: str = "entry"):
    return redirect(url_for("weeks.show", audit_id=audit_id, _anchor=anchor))


@bp.post("/activities")
def add(audit_id: int):
    """Add one activity from the entry line, then come back to the entry line."""
    audit = get_audit(audit_id)
    form = ActivityForm()
    if not form.validate_on_submit() or not _fits_the_day(form, audit):
        return show(audit.id, entry=form), 400
    description = form.description.data.strip()
    result = classifier().classify(description)  # before the new row joins the session
    activity = Activity(audit=audit, description=description, minutes=form.minutes,
                        day=int(form.day.data), person=(form.person.data or "").strip())
    activity.tag(result)
    db.session.add(activity)
    db.session.commit()
    session["last_day"], session["last_person"] = form.day.data, activity.person
    return _week(audit.id)


@bp.route("/activities/<int:activity_id>/edit", methods=["GET", "POST"])
def edit(audit_id: int, activity_id: int):
    """Change an activity; its tag follows the new description."""
    activity = get_activity(audit_id, activity_id)
    form = ActivityForm(obj=activity, duration=_duration(activity.minutes),
                        day=str(activity.day))
    if form.validate_on_submit() and _fits_the_day(form, activity.audit, activity):
        result = classifier().classify(form.description.data.strip())
        activity.description = form.description.data.strip()
        activity.minutes, activity.day = form.minutes, int(form.day.data)
        activity.person = (form.person.data or "").strip()
        activity.tag(result)
        db.session.commit()
        flash("Saved.")
        return _week(audit_id, f"activity-{activity.id}")
    return render_template("activities/edit.html", activity=activity, form=form,
                           button=ButtonForm()), 400 if form.errors else 200


@bp.post("/activities/<int:activity_id>/delete")
def delete(audit_id: int, activity_id: int):
    activity = get_activity(audit_id, activity_id)
    if ButtonForm().validate_on_submit():
        db.session.delete(activity)
        db.session.commit()
        flash(f"Deleted “{activity.description}”.")
    return _week(audit_id, "activities")


@bp.post("/activities/<int:activity_id>/override")
def override(audit_id: int, activity_id: int):
    """Set the owner's own label (and category), which then counts in the totals."""
    activity = get_activity(audit_id, activity_id)
    form = OverrideForm()
    if form.validate_on_submit():
        activity.override_label = form.label.data
        activity.override_category = (form.category.data or "").strip() or None
        activity.override_reason = (form.reason.data or "").strip() or None
        db.session.commit()
        flash(f"Now counted as {form.label.data}.")
    else:
        flash("Not saved: " + "; ".join(e for errors in form.errors.values() for e in errors))
    return _week(audit_id, f"activity-{activity.id}")


@bp.post("/activities/<int:activity_id>/undo")
def undo(audit_id: int, activity_id: int):
    """Drop the owner's override: the rules' tag counts again."""
    activity = get_activity(audit_id, activity_id)
    if ButtonForm().validate_on_submit():
        activity.override_label = activity.override_category = None
        activity.override_reason = None
        db.session.commit()
        flash("Override removed.")
    return _week(audit_id, f"activity-{activity.id}")


@bp.route("/paste", methods=["GET", "POST"])
def paste(audit_id: int):
    """Paste many lines: preview what was understood, then save them all at once."""
    audit = get_audit(audit_id)
    form = PasteForm(day=session.get("last_day", "0"), person=session.get("last_person", ""))
    rows, errors = [], []
    if form.validate_on_submit():
        try:
            entries, errors = read_lines(form.text.data, limit=PASTE_LIMIT)
        except ValueError as err:
            form.text.errors = [*form.text.errors, str(err)]
            return render_template("activities/paste.html", audit=audit, form=form), 400
        tagger = classifier()
        booked = {day: audit.day_minutes(day) for day in range(7)}
        for number, entry in entries:
            day = int(form.day.data) if entry.day is None else entry.day
            if entry.minutes is None:
                errors.append(_missing_duration(number, entry))
            elif refusal := over_a_day(day, booked[day] + entry.minutes):
                errors.append(EntryError(number, entry.description, refusal))
            else:
                booked[day] += entry.minutes
                rows.append((number, entry, tagger.classify(entry.description)))
        errors.sort(key=lambda e: e.line)
        if form.confirm.data == "yes" and rows:
            for _, entry, result in rows:
                activity = Activity(
                    audit=audit, description=entry.description, minutes=entry.minutes,
                    day=int(form.day.data) if entry.day is None else entry.day,
                    person=entry.person or (form.person.data or "").strip())
                activity.tag(result)
                db.session.add(activity)
            db.session.commit()
            session["last_day"], session["last_person"] = form.day.data, form.person.data or ""
            left_out = f"; {count(len(errors), 'line')} left out." if errors else "."
            flash(f"Added {count(len(rows), 'activity')}{left_out}")
            return _week(audit.id, "activities")
    return render_template("activities/paste.html", audit=audit, form=form, rows=rows,
                           errors=errors), 400 if form.errors else 200


@bp.route("/retag", methods=["GET", "POST"])
def retag(audit_id: int):
    """Tag the week again with the current rules, after showing what would change."""
    audit = get_audit(audit_id)
    tagger = classifier()
    changes = [(a, r) for a in audit.activities
               if not a.tagged_as(r := tagger.classify(a.description))]
    form = ButtonForm()
    if form.validate_on_submit():
        for activity, result in changes:
            activity.tag(result)
        db.session.commit()
        flash(f"Re-tagged {count(len(changes), 'activity')}.")
        return _week(audit.id, "activities")
    return render_template("activities/retag.html", audit=audit, changes=changes, form=form)


def _fits_the_day(form: ActivityForm, audit, editing: Activity | None = None) -> bool:
    """Refuse an activity that would make its day longer than 24 hours, beside the duration."""
    day = int(form.day.data)
    refusal = over_a_day(day, audit.day_minutes(day, editing) + form.minutes)
    if refusal:
        form.duration.errors = [*form.duration.errors, refusal]
        return False
    return True


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours}:{rest:02d}"


def _missing_duration(number: int, entry: Entry) -> EntryError:
    return EntryError(number, entry.description,
                      "No duration: start the line with one, like 1.5h, 45m or 1:30.")
