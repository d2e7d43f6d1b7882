"""Error pages that say what went wrong, never a stack trace."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException

bp = Blueprint("errors", __name__)

_MESSAGES = {
    404: ("Not found", "There is no such page: the week or activity may have been deleted."),
    405: ("Not allowed", "That address does not take this kind of request."),
    413: ("Too large", "What you sent is larger than Hatcheck accepts (2 MB)."),
    429: ("Too many attempts", "Too many tries from your address in a short time. Wait a "
                                "minute, then try again."),
}


@bp.app_errorhandler(CSRFError)
def csrf_error(error: CSRFError):
    return render_template("error.html", code=400, title="The form has expired",
                           message="The form was too old or was not sent from Hatcheck. "
                                   "Go back, reload the page and try again."), 400


@bp.app_errorhandler(HTTPException)
def http_error(error: HTTPException):
    title, message = _MESSAGES.get(error.code or 500, (error.name, error.description))
    return render_template("error.html", code=error.code, title=title,
                           message=message), error.code


@bp.app_errorhandler(OperationalError)
def database_error(error: OperationalError):
    if "no such table" in str(error):
        return render_template("error.html", code=503, title="The database is not set up",
                               message="Run: flask --app app db upgrade, then reload."), 503
    raise error
