"""Accounts: sign up, log in, log out, and the gate every other page and API call goes through.

Pages need a logged-in session; API calls need a personal token instead (a session cookie is
ignored there, because the API takes no CSRF token). Login and sign-up are rate-limited.
"""

from __future__ import annotations

import hmac
from datetime import UTC, datetime
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager, current_user, login_user, logout_user
from sqlalchemy import func, select, update
from werkzeug.security import check_password_hash, generate_password_hash

from app.forms import ButtonForm, LoginForm, SignupForm
from app.models import Account, ApiToken, Audit, IgnoredTerm, OwnerRule, SwitchedOff, db

bp = Blueprint("auth", __name__)
login_manager = LoginManager()
limiter = Limiter(key_func=get_remote_address)
PUBLIC = frozenset({"auth.login", "auth.signup", "static", "api.openapi"})
# Checked when the email is unknown, so that a wrong email takes as long as a wrong password.
_NOBODY = generate_password_hash("not a password")


def _limit() -> str:
    return current_app.config["LOGIN_RATE_LIMIT"]


@login_manager.user_loader
def load_account(session_id: str) -> Account | None:
    """The account of a session, unless its password changed or every session was ended
    since this one began."""
    number, _, mark = session_id.partition(":")
    if request.blueprint == "api" or not number.isdigit():
        return None
    account = db.session.get(Account, int(number))
    if account is None or not hmac.compare_digest(mark, account.session_mark):
        return None
    return account


@login_manager.request_loader
def load_token(req) -> Account | None:
    """The account of a valid `Authorization: Bearer <token>` header, for API calls only."""
    given = req.headers.get("Authorization", "")
    if req.blueprint != "api" or not given.startswith("Bearer "):
        return None
    digest = ApiToken.digest_of(given.removeprefix("Bearer ").strip())
    token = db.session.scalars(select(ApiToken).where(ApiToken.digest == digest)).first()
    if token is None:
        return None
    token.last_used_at = datetime.now(UTC)
    db.session.commit()
    return db.session.get(Account, token.account_id)


@login_manager.unauthorized_handler
def unauthorized():
    if request.blueprint == "api":
        response = jsonify(status=401, message="Send a personal API token: Authorization: "
                           "Bearer <token> (make one in Settings).")
        response.headers["WWW-Authenticate"] = "Bearer"
        return response, 401
    target = request.full_path.rstrip("?") if request.method == "GET" else None
    if target == "/":
        target = None
    return redirect(url_for("auth.signup" if _no_accounts() else "auth.login", next=target))


def guard():
    """Send anyone not logged in to the login page (pages) or a 401 (API)."""
    if request.endpoint is not None and request.endpoint not in PUBLIC \
            and not current_user.is_authenticated:
        return login_manager.unauthorized()
    return None


@bp.route("/signup", methods=["GET", "POST"])
@limiter.limit(_limit, methods=["POST"])
def signup():
    """Create an account; the first one also takes over what was saved before accounts."""
    if current_user.is_authenticated and request.method == "GET":
        return redirect(url_for("weeks.index"))
    first = _no_accounts()
    if not first and not current_app.config["SIGNUP_OPEN"]:
        return render_template("error.html", code=403, title="Sign-up is closed",
                               message="This Hatcheck takes no new accounts. Ask whoever runs "
                                       "it, or log in."), 403
    form = SignupForm()
    if form.validate_on_submit():
        if Account.with_email(form.email.data):
            form.email.errors = ["There is already an account with this email: log in."]
        else:
            account = Account(email=form.email.data.strip().lower(),
                              password_hash=generate_password_hash(form.password.data))
            db.session.add(account)
            db.session.flush()
            if first:
                _adopt(account.id)
            db.session.commit()
            _start_session(account)
            flash("Welcome to Hatcheck. Start with a week.")
            return redirect(_safe_next(request.args.get("next")))
    adopt = first and db.session.scalars(select(Audit).where(Audit.account_id.is_(None))).first()
    return render_template("auth/signup.html", form=form, first=first,
                           adopt=adopt is not None), 400 if form.errors else 200


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_limit, methods=["POST"])
def login():
    if current_user.is_authenticated and request.method == "GET":
        return redirect(url_for("weeks.index"))
    form = LoginForm()
    if form.validate_on_submit():
        account = Account.with_email(form.email.data)
        if check_password_hash(account.password_hash if account else _NOBODY,
                               form.password.data) and account:
            _start_session(account)
            return redirect(_safe_next(request.args.get("next")))
        form.password.errors = ["Wrong email or password."]
    if request.method == "GET" and _no_accounts():
        return redirect(url_for("auth.signup"))
    return render_template("auth/login.html", form=form), 400 if form.errors else 200


@bp.post("/logout")
def logout():
    if ButtonForm().validate_on_submit():
        logout_user()
        session.clear()
        flash("Logged out.")
    return redirect(url_for("auth.login"))


def _no_accounts() -> bool:
    """A fresh install: the first visitor is offered to create the first account."""
    return db.session.scalar(select(func.count(Account.id))) == 0


def _start_session(account: Account) -> None:
    session.clear()
    login_user(account)


def _safe_next(target: str | None) -> str:
    """Only a path of this site: never another host after logging in."""
    if target and target.startswith("/") and not target.startswith("//") \
            and not urlsplit(target).netloc and "\\" not in target:
        return target
    return url_for("weeks.index")


def _adopt(account: int) -> None:
    """Give the rows saved before accounts existed to the first account."""
    for model in (Audit, OwnerRule, SwitchedOff, IgnoredTerm):
        db.session.execute(update(model).where(model.account_id.is_(None))
                           .values(account_id=account))
