"""The home page: what Hatcheck is and a box to try the rules on one activity."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request

from app.engine import Classifier

bp = Blueprint("home", __name__)


def classifier() -> Classifier:
    """The classifier built from the rule set at start-up."""
    return current_app.extensions["hatcheck.classifier"]


@bp.get("/")
def index() -> str:
    """Show the home page; with ?text=..., the tag of that text and why."""
    text = request.args.get("text", "").strip()[:500]
    result = classifier().classify(text) if text else None
    return render_template("home.html", text=text, result=result,
                           rule_count=len(classifier().ruleset.rules))
