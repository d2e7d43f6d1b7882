"""The Hatcheck rule engine: text normalisation, rules, classifier and evaluation.

This package is the pure core. It imports nothing from Flask, SQLAlchemy or WTForms (a test
enforces it), reads rule files only when asked to, and returns frozen values. The web views, the
API and the command line call it; they never re-implement it.
"""

from app.engine.classifier import Classifier
from app.engine.result import Match, Result
from app.engine.rules import LABELS, Disagreement, Rule, RuleError, RuleSet, load_rules

__all__ = [
    "LABELS",
    "Classifier",
    "Disagreement",
    "Match",
    "Result",
    "Rule",
    "RuleError",
    "RuleSet",
    "load_rules",
]
