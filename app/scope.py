"""The logged-in account's own rows: every query of an owner's data starts here.

A row of another account is treated exactly like a row that does not exist (a 404), so that
ids cannot be used to learn what other accounts hold.
"""

from __future__ import annotations

from flask import abort
from flask_login import current_user
from sqlalchemy import Select, select
from werkzeug.routing import IntegerConverter

from app.models import Activity, Audit, db


class DatabaseId(IntegerConverter):
    """`<int:...>` in URLs: only ids a database column can hold; a larger number is not found
    (instead of overflowing the database driver)."""

    def __init__(self, map, *args, **kwargs) -> None:
        kwargs.setdefault("max", 2**63 - 1)
        super().__init__(map, *args, **kwargs)


def account_id() -> int:
    """The logged-in account's id (a 404 when nobody is logged in, never everyone's rows)."""
    if not current_user.is_authenticated:
        abort(404)
    return current_user.id


def owned(model: type) -> Select:
    """SELECT rows of `model` that belong to the logged-in account."""
    return select(model).where(model.account_id == account_id())


def owned_activities() -> Select:
    """SELECT the activities of the logged-in account's audits."""
    return select(Activity).join(Audit).where(Audit.account_id == account_id())


def get_owned(model: type, **where: object):
    """The account's row of `model` with these column values, or a 404 page."""
    query = owned(model).filter_by(**where)
    return db.session.scalars(query).first() or abort(404)
