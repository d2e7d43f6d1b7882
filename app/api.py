"""The JSON API: classify text, read weeks and their reports, add activities.

Every call but the OpenAPI document needs a personal token of the account, made in Settings,
in an `Authorization: Bearer <token>` header (app/auth.py checks it). The HTML forms' CSRF token
does not apply to API calls, and a browser's session cookie does not open them.
"""

from __future__ import annotations

from flask import Blueprint, jsonify, request
from werkzeug.exceptions import HTTPException

from app.engine.entry import DAYS, check_description, over_a_day, parse_duration
from app.models import Activity, Audit, db
from app.openapi import document
from app.reports import week_json
from app.rulebook import classifier
from app.scope import owned
from app.weeks import week_split

bp = Blueprint("api", __name__, url_prefix="/api")
CLASSIFY_LIMIT = 1000


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


@bp.errorhandler(ApiError)
def api_error(error: ApiError):
    return jsonify(status=error.status, message=error.message), error.status


@bp.errorhandler(HTTPException)
def http_error(error: HTTPException):
    return json_error(error)


def json_error(error: HTTPException):
    """An HTTP error as JSON, keeping its headers (a 405's `Allow`, say)."""
    response = jsonify(status=error.code, message=error.description)
    response.status_code = error.code or 500
    for name, value in error.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    return response


@bp.get("/openapi.json")
def openapi():
    """The OpenAPI document of this API."""
    return jsonify(document())


@bp.post("/classify")
def classify():
    """Tag up to 1,000 activity texts; each result has the fields of `classify --json`."""
    texts = _body().get("activities")
    if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
        raise ApiError(400, "Send {\"activities\": [\"...\", ...]}: a list of strings.")
    if len(texts) > CLASSIFY_LIMIT:
        raise ApiError(400, f"At most {CLASSIFY_LIMIT} activities per call; got {len(texts)}.")
    for i, text in enumerate(texts):
        if len(text) > 500:
            raise ApiError(400, f"activities[{i}] is {len(text)} characters; 500 at most.")
    tagger = classifier()
    return jsonify(results=[tagger.classify(text).as_dict() for text in texts])


@bp.get("/weeks")
def weeks():
    """Every audited week, newest first, with its hours per label."""
    audits = db.session.scalars(owned(Audit).order_by(Audit.week_start.desc())).all()
    return jsonify(weeks=[_week(a) for a in audits])


@bp.get("/weeks/<int:audit_id>")
def week(audit_id: int):
    """One week and its activities."""
    audit = _audit(audit_id)
    return jsonify(**_week(audit), activities=[_activity(a) for a in audit.activities])


@bp.get("/weeks/<int:audit_id>/report")
def report(audit_id: int):
    """The week's role-split report (the same as the report page's JSON)."""
    _audit(audit_id)
    return week_json(audit_id)


@bp.post("/weeks/<int:audit_id>/activities")
def add_activity(audit_id: int):
    """Add one activity to a week."""
    audit = _audit(audit_id)
    body = _body()
    description = body.get("description")
    if not isinstance(description, str):
        raise ApiError(400, "description: a string is needed.")
    try:
        check_description(description)
        minutes = _minutes(body)
    except ValueError as err:
        raise ApiError(400, str(err)) from None
    day = _day(body.get("day"))
    if refusal := over_a_day(day, audit.day_minutes(day) + minutes):
        raise ApiError(400, refusal)
    person = body.get("person", "")
    if not isinstance(person, str) or len(person) > 80:
        raise ApiError(400, "person: a string of at most 80 characters.")
    result = classifier().classify(description.strip())
    activity = Activity(audit=audit, description=description.strip(), minutes=minutes, day=day,
                        person=person.strip())
    activity.tag(result)
    db.session.add(activity)
    db.session.commit()
    return jsonify(_activity(activity)), 201


def _body() -> dict:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ApiError(400, "Send a JSON object with Content-Type: application/json.")
    return body


def _audit(audit_id: int) -> Audit:
    audit = db.session.scalars(owned(Audit).where(Audit.id == audit_id)).first()
    if audit is None:
        raise ApiError(404, f"No week {audit_id}.")
    return audit


def _minutes(body: dict) -> int:
    if isinstance(body.get("minutes"), int) and not isinstance(body.get("minutes"), bool):
        minutes = body["minutes"]
        if not 0 < minutes <= 24 * 60:
            raise ValueError("minutes: more than 0 and at most 1440.")
        return minutes
    if isinstance(body.get("duration"), str):
        return parse_duration(body["duration"])
    raise ValueError("duration (\"1.5h\", \"90m\", \"1:30\") or minutes (a whole number) "
                     "is needed.")


def _day(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 7:
        return value
    if isinstance(value, str):
        names = {d.lower(): i for i, d in enumerate(DAYS)} | {
            d[:3].lower(): i for i, d in enumerate(DAYS)}
        if value.strip().lower() in names:
            return names[value.strip().lower()]
    raise ApiError(400, "day: 0 (Monday) to 6 (Sunday), or a day name.")


def _week(audit: Audit) -> dict:
    totals = week_split(audit)
    return {"id": audit.id, "start": audit.week_start.isoformat(),
            "end": audit.week_end.isoformat(), "business": audit.business, "note": audit.note,
            "total_minutes": totals.total,
            "labels": {label: {"minutes": m, "share": totals.share(label)}
                       for label, m in totals.minutes}}


def _activity(a: Activity) -> dict:
    return {"id": a.id, "description": a.description, "minutes": a.minutes, "day": a.day,
            "person": a.person, "label": a.final_label, "category": a.final_category,
            "rule_label": a.label, "rules": a.rule_ids, "decided_by": a.decided_by,
            "contested": a.contested, "override_reason": a.override_reason}
