"""Accuracy of the classifier on labelled activity lines, with a confusion matrix."""

from __future__ import annotations

from dataclasses import dataclass

from app.engine.classifier import Classifier
from app.engine.rules import LABELS


@dataclass(frozen=True)
class Miss:
    """A labelled line the classifier got wrong."""

    expected: str
    got: str
    text: str
    rule: str | None


@dataclass(frozen=True)
class Evaluation:
    """How well the classifier tags a labelled set."""

    total: int
    correct: int
    confusion: dict[tuple[str, str], int]
    misses: tuple[Miss, ...]

    @property
    def accuracy(self) -> float:
        """Share of lines tagged with their expected label (0.0 for an empty set)."""
        return self.correct / self.total if self.total else 0.0

    @property
    def unclassified(self) -> float:
        """Share of lines no rule tagged."""
        count = sum(n for (_, got), n in self.confusion.items() if got == "unclassified")
        return count / self.total if self.total else 0.0


def evaluate(classifier: Classifier, items: list[tuple[str, str]]) -> Evaluation:
    """Tag every (expected label, text) pair and count what came out."""
    confusion = {(e, g): 0 for e in LABELS for g in LABELS}
    misses = []
    for expected, text in items:
        result = classifier.classify(text)
        confusion[expected, result.label] += 1
        if result.label != expected:
            first = result.rules[0] if result.rules else None
            misses.append(Miss(expected, result.label, text, first))
    correct = sum(confusion[label, label] for label in LABELS)
    return Evaluation(len(items), correct, confusion, tuple(misses))


def merge(parts: list[Evaluation]) -> Evaluation:
    """One evaluation of several sets together, as if they were one file."""
    confusion = {(e, g): sum(p.confusion[e, g] for p in parts) for e in LABELS for g in LABELS}
    return Evaluation(sum(p.total for p in parts), sum(p.correct for p in parts), confusion,
                      tuple(m for p in parts for m in p.misses))


def read_labelled(lines: list[str], name: str) -> list[tuple[str, str]]:
    """Parse a `label<TAB>business<TAB>text` file with a header line.

    A malformed line raises ValueError naming the file and the line number.
    """
    items = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) != 3 or fields[0] not in LABELS:
            raise ValueError(f"{name}, line {number}: expected label<TAB>business<TAB>text "
                             f"with a label of {', '.join(LABELS)}")
        items.append((fields[0], fields[2]))
    return items
