"""The rule set the running app tags with: the built-in rules, less those the account switched
off, plus the account's own rules."""

from __future__ import annotations

from collections import OrderedDict

from flask import current_app
from markupsafe import Markup, escape
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from app.engine import Classifier
from app.engine.owner import with_owner_rules
from app.engine.text import word_spans
from app.models import OwnerRule, SwitchedOff, db
from app.scope import account_id

CACHED = 32  # rule sets of this many accounts stay built


def built_in() -> Classifier:
    """The classifier of the rule folder alone, loaded at start-up."""
    return current_app.extensions["hatcheck.classifier"]


def classifier(account: int | None = None) -> Classifier:
    """The classifier of an account's rules (the logged-in one's by default).

    Building one costs a few milliseconds, so the last few are kept, keyed by the rules
    themselves: an edit makes a new key, and accounts with the same rules share one.
    """
    if account is None:
        account = account_id()
    try:
        tables = [r.table() for r in db.session.scalars(
            select(OwnerRule).where(OwnerRule.account_id == account, OwnerRule.enabled)
            .order_by(OwnerRule.id))]
        off = switched_off(account)
    except OperationalError:  # no database yet: the built-in rules still work
        db.session.rollback()
        return built_in()
    if not tables and not off:
        return built_in()
    key = repr((tables, sorted(off)))
    cache: OrderedDict[str, Classifier] = current_app.extensions.setdefault(
        "hatcheck.current", OrderedDict())
    if key in cache:
        cache.move_to_end(key)
    else:
        cache[key] = Classifier(with_owner_rules(built_in().ruleset, tables, off))
        while len(cache) > CACHED:
            cache.popitem(last=False)
    return cache[key]


def document(file: str) -> Markup:
    """A source document as owners should see it: its number and title, the file name on hover."""
    title = built_in().ruleset.documents.get(file)
    if title is None:
        return escape(file)
    return Markup('<cite title="{}">{} &middot; {}</cite>').format(file, file[:3], title)


def switched_off(account: int | None = None) -> frozenset[str]:
    """Ids of the built-in rules an account (the logged-in one by default) switched off."""
    account = account_id() if account is None else account
    return frozenset(db.session.scalars(
        select(SwitchedOff.rule_id).where(SwitchedOff.account_id == account)))


def highlight(text: str, spots: tuple[int, ...]) -> Markup:
    """The text, escaped, with the words at these word positions wrapped in <mark>."""
    spans = word_spans(text)
    marked = sorted(spans[i] for i in spots if i < len(spans))
    out, last = [], 0
    for start, end in marked:
        out += [escape(text[last:start]), Markup("<mark>"), escape(text[start:end]),
                Markup("</mark>")]
        last = end
    out.append(escape(text[last:]))
    return Markup("").join(out)
