"""The words and two-word phrases that recur among activities no rule knows, ranked by hours."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.engine.lexicon import STOPWORDS
from app.engine.text import split_words


@dataclass(frozen=True)
class Term:
    """A word or two-word phrase, the minutes of the activities that use it, and how many."""

    text: str
    minutes: int
    activities: int


def common_terms(activities: Iterable[tuple[str, int]], ignored: frozenset[str] = frozenset(),
                 limit: int = 30) -> list[Term]:
    """Words (three letters or more, no filler, no numbers) and word pairs, most hours first.

    A term counts once per activity; terms seen in a single activity are left out, since a
    rule for one line teaches little.
    """
    minutes: dict[str, int] = {}
    counts: dict[str, int] = {}
    for text, spent in activities:
        words = [w for w in split_words(text) if len(w) >= 3 and w.isalpha()
                 and w not in STOPWORDS]
        pairs = {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
        for term in set(words) | pairs:
            if term not in ignored:
                minutes[term] = minutes.get(term, 0) + spent
                counts[term] = counts.get(term, 0) + 1
    ranked = sorted((t for t in minutes if counts[t] > 1),
                    key=lambda t: (-minutes[t], -counts[t], t))
    return [Term(t, minutes[t], counts[t]) for t in ranked[:limit]]
