"""Where the hours went: totals and shares per label, and breakdowns by category, person, day.

Shares are whole percents that add up to exactly 100 (largest remainder), or all 0 for an
empty week. Overrides count as the owner set them: callers pass the final label.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.engine.rules import LABELS

DAY_COUNT = 7


@dataclass(frozen=True)
class Split:
    """Minutes and whole-percent share per label, in LABELS order."""

    total: int
    minutes: tuple[tuple[str, int], ...]
    shares: tuple[tuple[str, int], ...]

    def share(self, label: str) -> int:
        return dict(self.shares)[label]

    def of(self, label: str) -> int:
        """Minutes of one label."""
        return dict(self.minutes)[label]


@dataclass(frozen=True)
class Item:
    """One activity as the report sees it."""

    description: str
    minutes: int
    label: str
    category: str | None = None
    person: str = ""
    day: int = 0
    contested: bool = False
    rule_label: str | None = None
    rule_category: str | None = None
    reason: str | None = None
    explanation: str | None = None

    @property
    def overridden(self) -> bool:
        """Corrected by the owner: another label, or the same label in another category."""
        return self.rule_label is not None and (
            (self.rule_label, self.rule_category) != (self.label, self.category))


@dataclass(frozen=True)
class Summary:
    """A week (or a range of weeks) summed up."""

    split: Split
    categories: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]
    people: tuple[tuple[str, Split], ...]
    days: tuple[Split, ...]
    contested: tuple[Item, ...]
    overridden: tuple[Item, ...]
    items: tuple[Item, ...]

    def category_minutes(self, label: str) -> dict[str, int]:
        return dict(dict(self.categories).get(label, ()))


def split(items: Iterable[tuple[str, int]]) -> Split:
    """Sum (label, minutes) pairs per label; ties in rounding go to the label listed first."""
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


def summarise(items: Iterable[Item]) -> Summary:
    """Totals, categories within each label (largest first), people, days, and the lists."""
    items = tuple(items)
    categories: dict[str, dict[str, int]] = {label: {} for label in LABELS}
    for item in items:
        name = item.category or "Uncategorised"
        categories[item.label][name] = categories[item.label].get(name, 0) + item.minutes
    people = sorted({item.person or "(no one named)" for item in items})
    return Summary(
        split=split((i.label, i.minutes) for i in items),
        categories=tuple((label, tuple(sorted(cats.items(), key=lambda c: (-c[1], c[0]))))
                         for label, cats in categories.items()),
        people=tuple((p, split((i.label, i.minutes) for i in items
                               if (i.person or "(no one named)") == p)) for p in people),
        days=tuple(split((i.label, i.minutes) for i in items if i.day == d)
                   for d in range(DAY_COUNT)),
        contested=tuple(i for i in items if i.contested),
        overridden=tuple(i for i in items if i.overridden),
        items=items,
    )


@dataclass(frozen=True)
class Change:
    """Minutes gained (or lost, below zero) since an earlier summary."""

    labels: tuple[tuple[str, int], ...]
    categories: tuple[tuple[str, str, int], ...]


def change(now: Summary, before: Summary) -> Change:
    """Per label, and per category that moved, the minutes gained or lost since `before`."""
    categories = []
    for label in LABELS:
        new, old = now.category_minutes(label), before.category_minutes(label)
        categories += [(label, name, new.get(name, 0) - old.get(name, 0))
                       for name in sorted(set(new) | set(old))
                       if new.get(name, 0) != old.get(name, 0)]
    return Change(tuple((label, now.split.of(label) - before.split.of(label)) for label in LABELS),
                  tuple(categories))
