"""Where the hours went: totals and shares per label, shares rounded to add up to 100."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.engine.rules import LABELS


@dataclass(frozen=True)
class Split:
    """Minutes and whole-percent share per label, in LABELS order."""

    total: int
    minutes: tuple[tuple[str, int], ...]
    shares: tuple[tuple[str, int], ...]

    def share(self, label: str) -> int:
        return dict(self.shares)[label]


def split(items: Iterable[tuple[str, int]]) -> Split:
    """Sum (label, minutes) pairs per label.

    Shares are whole percents by the largest-remainder method, so they add up to exactly 100
    (or are all 0 for an empty week); ties go to the label listed first.
    """
    minutes = dict.fromkeys(LABELS, 0)
    for label, amount in items:
        minutes[label] += amount
    total = sum(minutes.values())
    if not total:
        return Split(0, tuple(minutes.items()), tuple((label, 0) for label in LABELS))
    exact = {label: 100 * m / total for label, m in minutes.items()}
    shares = {label: int(value) for label, value in exact.items()}
    by_remainder = sorted(LABELS, key=lambda label: (-(exact[label] - shares[label]),
                                                    LABELS.index(label)))
    for label in by_remainder[:100 - sum(shares.values())]:
        shares[label] += 1
    return Split(total, tuple(minutes.items()), tuple((label, shares[label]) for label in LABELS))
