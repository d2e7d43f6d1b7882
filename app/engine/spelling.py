"""Spelling tolerance: the known word a single typing slip away from an unknown one."""

from __future__ import annotations

from collections.abc import Iterable


class Vocabulary:
    """A set of words that can name the one word a single edit away from a misspelling."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self._deletions: dict[str, set[str]] = {}
        for w in self.words:
            if len(w) >= 5 and w.isalpha():
                for d in _deletions(w):
                    self._deletions.setdefault(d, set()).add(w)

    def __contains__(self, word: str) -> bool:
        return word in self.words

    def near(self, word: str) -> set[str]:
        """The known words a single edit away from an unknown word.

        Only words of five letters or more are corrected, and only to words with the same
        first letter; the caller uses the answer only when it is unambiguous.
        """
        if word in self.words or len(word) < 5 or not word.isalpha():
            return set()
        near = set(self._deletions.get(word, ()))
        for d in _deletions(word):
            if d in self.words:
                near.add(d)
            near.update(self._deletions.get(d, ()))
        return {w for w in near if w[0] == word[0] and _one_edit(word, w)}


def only(words: set[str]) -> str | None:
    """The one element of a set, or None when it has none or several."""
    return next(iter(words)) if len(words) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    """True when b is one insertion, deletion or adjacent swap from a, or one letter changed
    in a word of seven letters or more (shorter ones change meaning: "fryer" and "flyer",
    "spring" and "sprint")."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return len(a) >= 7
        return (len(diff) == 2 and diff[1] == diff[0] + 1
                and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) - len(short) != 1:
        return False
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}
