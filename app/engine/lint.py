"""Checks over a rule set: its own examples (errors) and signs of trouble (warnings)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.engine.classifier import Classifier
from app.engine.rules import Rule


@dataclass(frozen=True)
class Finding:
    """One problem in the rule set, located by file, rule and field."""

    level: str
    file: str
    rule_id: str
    field: str
    message: str

    def __str__(self) -> str:
        return (f"{self.level}: {self.file}: rule '{self.rule_id}': field '{self.field}': "
                f"{self.message}")


def check_examples(classifier: Classifier) -> list[Finding]:
    """Errors for examples a rule does not tag with its label, and counter-examples it wins."""
    found = []
    for rule in classifier.ruleset.rules:
        for text in rule.examples:
            result = classifier.classify(text)
            if rule.id not in result.rules or result.label != rule.label:
                found.append(_error(rule, "examples", f"{text!r} is tagged {result.label} by "
                                    f"{result.rules[0] if result.rules else 'no rule'}, "
                                    f"expected {rule.label} with this rule matching"))
        for text in rule.counter_examples:
            result = classifier.classify(text)
            if result.winner is not None and result.winner.rule.id == rule.id:
                found.append(_error(rule, "counter_examples",
                                    f"{text!r} is still decided by this rule"))
    return found


def lint(classifier: Classifier, documents: dict[str, str] | None = None) -> list[Finding]:
    """Every error and warning for the rule set; `documents` (file name -> text) checks passages."""
    rules = classifier.ruleset.rules
    found = check_examples(classifier)
    for rule in rules:
        if not rule.examples:
            found.append(_warning(rule, "examples", "no examples to test the rule by"))
        elif not any((r := classifier.classify(t)).winner and r.winner.rule.id == rule.id
                     for t in rule.examples):
            found.append(_warning(rule, "examples", "never wins on its own examples"))
    found += _shared_patterns(rules)
    found += _shrunk_patterns(rules)
    if documents is not None:
        found += _missing_passages(classifier, documents)
    return found


def _shared_patterns(rules: tuple[Rule, ...]) -> list[Finding]:
    """Warn where rules of different labels match the same words with no recorded disagreement."""
    owners: dict[tuple[bool, tuple[str, ...]], Rule] = {}
    found = []
    for rule in rules:
        for p in rule.patterns:
            key = (p.contiguous, p.words if p.contiguous else tuple(sorted(p.words)))
            first = owners.setdefault(key, rule)
            if (first.label != rule.label and not rule.fallback and not first.fallback
                    and (rule.disagreement is None or rule.disagreement != first.disagreement)):
                field = "phrases" if p.contiguous else "all_words"
                found.append(_warning(rule, field, f"{p.text!r} is also claimed by "
                                      f"'{first.id}' ({first.label}) with no recorded "
                                      "disagreement"))
    return found


def _shrunk_patterns(rules: tuple[Rule, ...]) -> list[Finding]:
    """Warn where filler words dropped by normalisation leave a phrase of one broad word."""
    found = []
    for rule in rules:
        for name, patterns in (("phrases", rule.patterns), ("unless", rule.unless)):
            for p in patterns:
                written = len(re.findall(r"[A-Za-z0-9]+", p.text))
                if written > 1 and len(p.words) == 1:
                    field = name if name == "unless" or p.contiguous else "all_words"
                    found.append(_warning(rule, field, f"{p.text!r} shrinks to the single word "
                                          f"{p.words[0]!r} after normalisation"))
    return found


def _missing_passages(classifier: Classifier, documents: dict[str, str]) -> list[Finding]:
    texts = {name: _flat(text) for name, text in documents.items()}
    found = []
    for rule in classifier.ruleset.rules:
        if rule.extends is None and _flat(rule.source.passage) not in texts.get(
                rule.source.document, ""):
            found.append(_warning(rule, "passage", f"not found in {rule.source.document}"))
        for extra in rule.also:
            if _flat(extra.passage) not in texts.get(extra.document, ""):
                found.append(_warning(rule, "also",
                                      f"{extra.passage!r} not found in {extra.document}"))
    for d in classifier.ruleset.disagreements.values():
        for side in d.sides:
            if _flat(side.passage) not in texts.get(side.document, ""):
                found.append(Finding("warning", "disagreements.toml", d.id, "passage",
                                     f"{side.passage!r} not found in {side.document}"))
    return found


def _flat(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2014", "-").replace("\u2013", "-")
    return re.sub(r"\s+", " ", text).strip().lower()


def _error(rule: Rule, field: str, message: str) -> Finding:
    return Finding("error", rule.file, rule.id, field, message)


def _warning(rule: Rule, field: str, message: str) -> Finding:
    return Finding("warning", rule.file, rule.id, field, message)
