"""Bringing a week in from a time tracker's CSV or a calendar: upload, preview, confirm."""

from __future__ import annotations

import re
import secrets
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from flask import Blueprint, abort, current_app, flash, redirect, render_template, url_for
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from sqlalchemy import insert
from wtforms import HiddenField, StringField, TextAreaField
from wtforms.validators import Length, Optional

from app.engine import Classifier, Result
from app.engine.calendar import read_calendar
from app.engine.entry import over_a_day
from app.engine.timesheet import MAX_ROWS, ImportRefused, Problem, Row, read_table
from app.models import Activity, Audit, db
from app.rulebook import classifier
from app.scope import account_id
from app.weeks import get_audit
from app.wording import count

bp = Blueprint("imports", __name__, url_prefix="/weeks/<int:audit_id>/import")
_TOKEN = re.compile(r"[0-9a-f]{32}")


class UploadForm(FlaskForm):
    file = FileField("A CSV export (Toggl, Clockify, Harvest, or any table) or a calendar "
                     "(.ics)")
    table = TextAreaField("Or paste a table from a spreadsheet (with its header row)",
                          validators=[Optional(), Length(max=2 * 1024 * 1024)])
    owner = StringField("Your email, to leave out calendar events you declined (optional)",
                        validators=[Optional(), Length(max=200)])
    zone = StringField("Time zone, if not the calendar's own (optional, e.g. Europe/Paris)",
                       validators=[Optional(), Length(max=60)])


class ConfirmForm(FlaskForm):
    upload = HiddenField()
    owner = HiddenField()
    zone = HiddenField()


@dataclass(frozen=True)
class Preview:
    """What a file would add to the week, before anything is saved."""

    kind: str
    new: list[tuple[Row, str, Result]]
    known: list[Row]
    outside: list[Row]
    problems: list[Problem]

    @property
    def found(self) -> int:
        return len(self.new) + len(self.known) + len(self.outside)


def preview(audit: Audit, data: bytes, filename: str, owner: str = "",
            zone: str = "") -> Preview:
    """Read a file and sort its rows into new, already in the audit, and outside the week."""
    if filename.lower().endswith(".ics") or data.lstrip()[:15].upper() == b"BEGIN:VCALENDAR":
        kind, rows, problems = read_calendar(data, audit.week_start, owner, zone)
    else:
        kind, rows, problems = read_table(data, audit.week_start)
    have = {a.source_key for a in audit.activities if a.source_key}
    booked = {day: audit.day_minutes(day) for day in range(7)}
    tagger = classifier()
    new, known, outside, problems = [], [], [], list(problems)
    for row in rows:
        day = (row.day - audit.week_start).days
        if not 0 <= day < 7:
            outside.append(row)
        elif (key := row.key) in have:
            known.append(row)
        elif refusal := over_a_day(day, booked[day] + row.minutes):
            problems.append(Problem(row.line, "duration", refusal))
        else:
            have.add(key)
            booked[day] += row.minutes
            text = _description(row)
            new.append((row, text, _tag(tagger, text)))
    problems.sort(key=lambda p: p.line)
    return Preview(kind, new, known, outside, problems)


@bp.route("", methods=["GET", "POST"])
def upload(audit_id: int):
    """Choose a file; its preview shows what would be added, nothing is saved yet."""
    audit = get_audit(audit_id)
    form = UploadForm()
    if not form.validate_on_submit():
        return render_template("imports/upload.html", audit=audit, form=form), (
            400 if form.errors else 200)
    if form.file.data:
        data, filename = form.file.data.read(), form.file.data.filename or ""
    elif (form.table.data or "").strip():
        data, filename = form.table.data.encode(), "pasted table"
    else:
        form.file.errors = ["Choose a file, or paste a table."]
        return render_template("imports/upload.html", audit=audit, form=form), 400
    try:
        result = preview(audit, data, filename, form.owner.data or "", form.zone.data or "")
    except ImportRefused as err:
        form.file.errors = [str(err)]
        return render_template("imports/upload.html", audit=audit, form=form), 400
    token = secrets.token_hex(16)
    _uploads().mkdir(parents=True, exist_ok=True)
    (_uploads() / token).write_bytes(data)
    (_uploads() / f"{token}.name").write_text(filename, encoding="utf-8")
    _forget_old_uploads()
    confirm = ConfirmForm(upload=token, owner=form.owner.data, zone=form.zone.data)
    return render_template("imports/preview.html", audit=audit, preview=result, form=confirm)


@bp.post("/confirm")
def confirm(audit_id: int):
    """Save every new row of the week at once (one transaction), then forget the file."""
    audit = get_audit(audit_id)
    form = ConfirmForm()
    token = form.upload.data or ""
    if not form.validate_on_submit() or not _TOKEN.fullmatch(token) or not (
            _uploads() / token).exists():
        abort(400, "That import has expired: choose the file again.")
    path = _uploads() / token
    name = (_uploads() / f"{token}.name").read_text(encoding="utf-8")
    result = preview(audit, path.read_bytes(), name, form.owner.data or "", form.zone.data or "")
    # One multi-row INSERT in one transaction: all rows are saved, or none.
    if result.new:
        db.session.execute(insert(Activity), [
            {"audit_id": audit.id, "description": text, "minutes": row.minutes,
             "day": (row.day - audit.week_start).days, "person": row.person,
             "source_key": row.key, **Activity.tag_fields(tag)}
            for row, text, tag in result.new])
    db.session.commit()
    path.unlink()
    (_uploads() / f"{token}.name").unlink(missing_ok=True)
    flash(f"Imported {count(len(result.new), 'activity')} from {name or 'the file'}.")
    return redirect(url_for("weeks.show", audit_id=audit.id, _anchor="activities"))


@lru_cache(maxsize=MAX_ROWS)
def _tag(tagger: Classifier, text: str) -> Result:
    """Tag a row; the confirm step meets the same rows the preview just tagged."""
    return tagger.classify(text)


def _forget_old_uploads() -> None:
    """Previews never confirmed leave their file behind; keep them a day at most."""
    cutoff = time.time() - 24 * 3600
    for path in _uploads().iterdir():
        if path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)


def _uploads() -> Path:
    return uploads(account_id())


def uploads(account: int) -> Path:
    """An account's own folder of files waiting for confirmation."""
    return Path(current_app.instance_path) / "imports" / str(account)


def _description(row: Row) -> str:
    """The row's description, with its project or task as context the rules may also read."""
    if row.context and row.context.lower() not in row.description.lower():
        return f"{row.description} ({row.context})"[:500]
    return row.description

