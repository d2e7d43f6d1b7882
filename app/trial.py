"""Try the rules on one activity, without saving anything."""

from __future__ import annotations

from flask import Blueprint, render_template, request

from app.rulebook import classifier

bp = Blueprint("trial", __name__)


@bp.get("/try")
def try_it() -> str:
    """With ?text=..., the tag of that text and why."""
    text = request.args.get("text", "").strip()[:500]
    result = classifier().classify(text) if text else None
    return render_template("try.html", text=text, result=result,
                           rule_count=len(classifier().ruleset.rules))
