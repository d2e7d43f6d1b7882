"""The rule set the running app tags with: the built-in rules, less those the owner switched
off, plus the owner's own rules."""

from __future__ import annotations

from flask import current_app
from markupsafe import Markup, escape
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from app.engine import Classifier
from app.engine.owner import with_owner_rules
from app.engine.text import word_spans
from app.models import OwnerRule, SwitchedOff, db


def built_in() -> Classifier:
    """The classifier of the rule folder alone, loaded at start-up."""
    return current_app.extensions["hatcheck.classifier"]


def classifier() -> Classifier:
    """The classifier of the current rules, rebuilt only when the owner's rules change."""
    try:
        tables = [r.table() for r in db.session.scalars(
            select(OwnerRule).where(OwnerRule.enabled).order_by(OwnerRule.id))]
        off = frozenset(db.session.scalars(select(SwitchedOff.rule_id)))
    except OperationalError:  # no database yet: the built-in rules still work
        db.session.rollback()
        return built_in()
    if not tables and not off:
        return built_in()
    key = repr((tables, sorted(off)))
    cache = current_app.extensions.setdefault("hatcheck.current", {})
    if key not in cache:
        cache.clear()
        cache[key] = Classifier(with_owner_rules(built_in().ruleset, tables, off))
    return cache[key]


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
