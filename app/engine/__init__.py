"""The Hatcheck rule engine: text normalisation, rules, classifier and evaluation.

This package is the pure core. It imports nothing from Flask, SQLAlchemy or WTForms (a test
enforces it), reads rule files only when asked to, and returns frozen values. The web views, the
API and the command line call it; they never re-implement it.
"""

from pathlib import Path


def _refuse_stale_build() -> None:
    """Stop when a compiled module (scripts/compile.py) is older than the engine's source.

    Python imports a compiled module in place of its source, so a stale one would quietly run
    old code; it also builds in what it knew of the modules it imports (the fields of a result).
    """
    here = Path(__file__).parent
    newest = max(here.glob("*.py"), key=lambda p: p.stat().st_mtime)
    for built in here.glob("*.so"):
        if built.stat().st_mtime < newest.stat().st_mtime:
            raise ImportError(f"{built} is older than {newest}: run scripts/compile.py again "
                              "(or scripts/compile.py --clean for pure Python)")


_refuse_stale_build()

from app.engine.classifier import Classifier  # noqa: E402
from app.engine.result import Match, Result  # noqa: E402
from app.engine.rules import LABELS, Disagreement, Rule, RuleError, RuleSet, load_rules  # noqa: E402

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
