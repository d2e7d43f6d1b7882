"""The account's settings: password, personal API tokens, all its data as JSON, deleting it."""

from __future__ import annotations

import json
import secrets
import shutil

from flask import (
    Blueprint,
    Response,
    flash,
    redirect,
    render_template,
    session,
    url_for,
)
from flask_login import current_user, login_user, logout_user
from sqlalchemy import delete, func
from werkzeug.security import check_password_hash, generate_password_hash

from app.forms import ButtonForm, DeleteAccountForm, PasswordForm, TokenForm
from app.imports import uploads
from app.models import Activity, ApiToken, Audit, IgnoredTerm, OwnerRule, SwitchedOff, db
from app.scope import account_id, get_owned, owned

bp = Blueprint("settings", __name__, url_prefix="/settings")
TOKENS = 20  # per account: enough for every tool an owner connects


@bp.get("")
def index(password: PasswordForm | None = None, token: TokenForm | None = None,
          new_token: str | None = None) -> str:
    """The settings page, with a refused form's errors or a new token when there is one."""
    tokens = db.session.scalars(owned(ApiToken).order_by(ApiToken.id)).all()
    return render_template("settings/index.html", password=password or PasswordForm(),
                           token=token or TokenForm(), tokens=tokens, button=ButtonForm(),
                           new_token=new_token)


@bp.get("/password")
@bp.get("/tokens")
def back():
    """A reload of a settings form that was refused goes back to the settings page."""
    return redirect(url_for("settings.index"))


@bp.post("/password")
def password():
    """Change the password, given the current one."""
    form = PasswordForm()
    if form.validate_on_submit():
        if check_password_hash(current_user.password_hash, form.current.data):
            current_user.password_hash = generate_password_hash(form.password.data)
            db.session.commit()
            login_user(current_user._get_current_object())  # this session goes on; others end
            flash("Your password is changed, and other browsers logged in to this account are "
                  "logged out. API tokens keep working: revoke any you do not recognise.")
            return redirect(url_for("settings.index"))
        form.current.errors = ["This is not your current password."]
    return index(password=form), 400


@bp.post("/sessions/end")
def end_sessions():
    """Log out every other browser (a lost phone, a shared computer); this one stays in."""
    if ButtonForm().validate_on_submit():
        current_user.session_epoch = (current_user.session_epoch or 0) + 1
        db.session.commit()
        login_user(current_user._get_current_object())
        flash("Every other browser logged in to your account is now logged out.")
    return redirect(url_for("settings.index"))


@bp.post("/tokens")
def new_token():
    """Make a token and show it once, on this response: it is never stored, nor put in the
    session cookie; only its digest is kept."""
    form = TokenForm()
    if form.validate_on_submit():
        if db.session.scalar(owned(ApiToken).with_only_columns(func.count())) >= TOKENS:
            form.name.errors = [f"You have {TOKENS} tokens: revoke one first."]
        else:
            token = secrets.token_urlsafe(32)
            db.session.add(ApiToken(account_id=account_id(), name=form.name.data.strip(),
                                    digest=ApiToken.digest_of(token),
                                    hint=token[:6]))
            db.session.commit()
            return index(new_token=token)
    return index(token=form), 400


@bp.post("/tokens/<int:token_id>/revoke")
def revoke(token_id: int):
    token = get_owned(ApiToken, id=token_id)
    if ButtonForm().validate_on_submit():
        db.session.delete(token)
        db.session.commit()
        flash(f"Revoked the token “{token.name}”: it no longer works.")
    return redirect(url_for("settings.index", _anchor="tokens"))


@bp.get("/export.json")
def export() -> Response:
    """Everything the account holds, as one JSON file."""
    audits = db.session.scalars(owned(Audit).order_by(Audit.week_start)).all()
    body = {
        "account": {"email": current_user.email, "created_at": current_user.created_at
                    .isoformat()},
        "weeks": [{"start": a.week_start.isoformat(), "business": a.business, "note": a.note,
                   "activities": [_activity(x) for x in a.activities]} for a in audits],
        "rules": [{**r.table(), "enabled": r.enabled}
                  for r in db.session.scalars(owned(OwnerRule).order_by(OwnerRule.id))],
        "switched_off": [s.rule_id for s in db.session.scalars(owned(SwitchedOff))],
        "ignored_terms": [t.term for t in db.session.scalars(owned(IgnoredTerm))],
        "api_tokens": [{"name": t.name, "created_at": t.created_at.isoformat()}
                       for t in db.session.scalars(owned(ApiToken))],
    }
    return Response(json.dumps(body, ensure_ascii=False, indent=1), mimetype="application/json",
                    headers={"Content-Disposition":
                             'attachment; filename="hatcheck-data.json"'})


@bp.route("/delete", methods=["GET", "POST"])
def delete_account():
    """Ask for the password, then delete the account and everything it holds."""
    form = DeleteAccountForm()
    if form.validate_on_submit():
        if check_password_hash(current_user.password_hash, form.password.data):
            _delete_everything(account_id())
            logout_user()
            session.clear()
            flash("Your account and all its data are deleted.")
            return redirect(url_for("auth.signup"))
        form.password.errors = ["This is not your password."]
    return render_template("settings/delete.html", form=form), 400 if form.errors else 200


def _delete_everything(account: int) -> None:
    """One transaction: the account's rows go, or nothing does."""
    audits = owned(Audit).with_only_columns(Audit.id).scalar_subquery()
    db.session.execute(delete(Activity).where(Activity.audit_id.in_(audits)))
    for model in (Audit, OwnerRule, SwitchedOff, IgnoredTerm, ApiToken):
        db.session.execute(delete(model).where(model.account_id == account))
    db.session.delete(current_user._get_current_object())
    db.session.commit()
    shutil.rmtree(uploads(account), ignore_errors=True)


def _activity(a: Activity) -> dict[str, object]:
    return {"description": a.description, "day": a.day, "minutes": a.minutes,
            "person": a.person, "label": a.label, "category": a.category, "rules": a.rule_ids,
            "contested": a.contested, "override_label": a.override_label,
            "override_category": a.override_category, "override_reason": a.override_reason}
