"""The database: accounts, their weekly audits and activities, and their rules (Flask-SQLAlchemy).

Everything an owner makes belongs to one account. `account_id` may be empty only for rows made
before accounts existed; the first account created adopts them (see app/auth.py).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta

from flask_login import UserMixin
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
    select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedColumn, mapped_column, relationship

from app.engine import Result
from app.engine.entry import DAYS


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


def _now() -> datetime:
    return datetime.now(UTC)


class Account(UserMixin, db.Model):
    """An owner who logs in: the email is the login, the password is stored hashed."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    # Raised by "log out everywhere": sessions begun before no longer open the account.
    session_epoch: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)

    @staticmethod
    def with_email(email: str) -> Account | None:
        """The account of an email, as typed (case and surrounding spaces do not count)."""
        return db.session.scalars(select(Account).where(
            Account.email == email.strip().lower())).first()

    def get_id(self) -> str:
        """What the session cookie holds: the id, tied to the password hash and the session
        epoch, so that a new password or "log out everywhere" ends every other session."""
        return f"{self.id}:{self.session_mark}"

    @property
    def session_mark(self) -> str:
        mark = f"{self.password_hash}:{self.session_epoch or 0}"
        return hashlib.sha256(mark.encode()).hexdigest()[:16]


class ApiToken(db.Model):
    """A personal API token; only its SHA-256 digest is stored, the token is shown once."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"),
                                            index=True)
    name: Mapped[str] = mapped_column(String(80))
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    hint: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    @staticmethod
    def digest_of(token: str) -> str:
        """What is stored of a token: tokens are random and long, so a plain SHA-256 will do
        (a slow password hash would only slow every API call)."""
        return hashlib.sha256(token.encode()).hexdigest()


def _owner() -> MappedColumn[int | None]:
    """The account a row belongs to (empty only for rows older than accounts)."""
    return mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)


class Audit(db.Model):
    """One week (Monday to Sunday) of one business's activities."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int | None] = _owner()
    week_start: Mapped[date] = mapped_column(Date, index=True)
    business: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(String(1000), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    activities: Mapped[list[Activity]] = relationship(
        back_populates="audit", cascade="all, delete-orphan",
        order_by="(Activity.day, Activity.id)")

    @property
    def week_end(self) -> date:
        return self.week_start + timedelta(days=6)

    @property
    def title(self) -> str:
        """"Week of 3 Mar 2025" with the business name when there is one."""
        week = f"Week of {self.week_start:%-d %b %Y}"
        return f"{self.business}: {week}" if self.business else week

    def day_date(self, day: int) -> date:
        return self.week_start + timedelta(days=day)

    def day_minutes(self, day: int, leaving_out: Activity | None = None) -> int:
        """Minutes already booked on a day of the week (without the activity being edited)."""
        return sum(a.minutes for a in self.activities if a.day == day and a is not leaving_out)


class Activity(db.Model):
    """What was done, by whom, on which day and for how long, with its tag and any override."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    audit_id: Mapped[int] = mapped_column(ForeignKey("audit.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(String(500))
    day: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer)
    person: Mapped[str] = mapped_column(String(80), default="")
    # The rule engine's tag, and the ids of every rule that matched (winner first), so that an
    # old tag stays traceable after the rules change.
    label: Mapped[str] = mapped_column(String(16))
    category: Mapped[str | None] = mapped_column(String(80))
    rules: Mapped[str] = mapped_column(String(2000), default="")
    decided_by: Mapped[str] = mapped_column(String(32))
    contested: Mapped[bool] = mapped_column(Boolean, default=False)
    # The owner's correction, which is what counts in totals.
    override_label: Mapped[str | None] = mapped_column(String(16))
    override_category: Mapped[str | None] = mapped_column(String(80))
    override_reason: Mapped[str | None] = mapped_column(String(500))
    # Set for imported rows, so that importing the same file again adds nothing.
    source_key: Mapped[str | None] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    audit: Mapped[Audit] = relationship(back_populates="activities")

    @property
    def final_label(self) -> str:
        return self.override_label or self.label

    @property
    def final_category(self) -> str | None:
        return self.override_category if self.override_label else self.category

    @property
    def day_name(self) -> str:
        return DAYS[self.day]

    @property
    def rule_ids(self) -> list[str]:
        return self.rules.split()

    def tag(self, result: Result) -> None:
        """Store the rule engine's tag of this activity."""
        for name, value in self.tag_fields(result).items():
            setattr(self, name, value)

    @staticmethod
    def tag_fields(result: Result) -> dict[str, object]:
        """The columns that hold the rule engine's tag."""
        return {"label": result.label, "category": result.category,
                "rules": " ".join(result.rules), "decided_by": result.decided_by,
                "contested": result.contested}

    def tagged_as(self, result: Result) -> bool:
        """Whether the stored tag is what the rules say now."""
        return (self.label, self.category, self.rule_ids) == (
            result.label, result.category, list(result.rules))


class OwnerRule(db.Model):
    """A rule the owner wrote: the same fields as a built-in rule, without a cited document."""

    __table_args__ = (UniqueConstraint("account_id", "slug", name="uq_owner_rule_account_slug"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int | None] = _owner()
    slug: Mapped[str] = mapped_column(String(80))
    label: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(80))
    phrases: Mapped[str] = mapped_column(String(4000), default="")
    all_words: Mapped[str] = mapped_column(String(4000), default="")
    unless: Mapped[str] = mapped_column(String(4000), default="")
    explanation: Mapped[str] = mapped_column(String(500))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)

    def table(self) -> dict[str, object]:
        """The rule as a [[rule]] table of a rule file."""
        table: dict[str, object] = {"id": self.slug, "label": self.label,
                                    "category": self.category, "explanation": self.explanation}
        for name in ("phrases", "all_words", "unless"):
            values = [line.strip() for line in getattr(self, name).splitlines() if line.strip()]
            if values:
                table[name] = values
        return table


class SwitchedOff(db.Model):
    """A built-in rule the owner switched off."""

    __table_args__ = (UniqueConstraint("account_id", "rule_id",
                                       name="uq_switched_off_account_rule"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int | None] = _owner()
    rule_id: Mapped[str] = mapped_column(String(80))


class IgnoredTerm(db.Model):
    """A word the owner does not want suggested as a rule again."""

    __table_args__ = (UniqueConstraint("account_id", "term", name="uq_ignored_term_account_term"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int | None] = _owner()
    term: Mapped[str] = mapped_column(String(120))
