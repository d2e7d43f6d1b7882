"""Error pages that say what went wrong, never a stack trace."""

from __future__ import annotations

import time

from flask import Blueprint, render_template, request
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException

from app.models import db

bp = Blueprint("errors", __name__)

_MESSAGES = {
    404: ("Not found", "There is no such page: the week or activity may have been deleted."),
    405: ("Not allowed", "That address does not take this kind of request."),
    413: ("Too large", "What you sent is larger than Hatcheck accepts (2 MB)."),
    429: ("Too many attempts", ""),
}


@bp.app_errorhandler(CSRFError)
def csrf_error(error: CSRFError):
    return render_template("error.html", code=400, title="The form has expired",
                           message="The form was too old or was not sent from Hatcheck. "
                                   "Go back, reload the page and try again."), 400


@bp.app_errorhandler(HTTPException)
def http_error(error: HTTPException):
    if (error.code or 500) >= 500:
        db.session.rollback()  # the page itself reads the database (who is logged in)
    if request.path.startswith("/api/"):
        from app.api import json_error

        return json_error(error)
    title, message = _MESSAGES.get(error.code or 500, (error.name, error.description))
    if error.code == 429:
        message = _retry_message()
    return render_template("error.html", code=error.code, title=title,
                           message=message), error.code


def _retry_message() -> str:
    """How long to wait, from the limit that was hit."""
    from app.auth import limiter

    limit = limiter.current_limit
    seconds = max(1, round(limit.reset_at - time.time())) if limit else 60
    wait = f"{seconds} seconds" if seconds < 120 else f"{round(seconds / 60)} minutes"
    return f"Too many tries from your address in a short time. Try again in {wait}."


@bp.app_errorhandler(OperationalError)
def database_error(error: OperationalError):
    db.session.rollback()
    if "no such table" in str(error):
        return render_template("error.html", code=503, title="The database is not set up",
                               message="Run: flask --app app db upgrade, then reload."), 503
    raise error
