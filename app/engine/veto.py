"""A rule's vetoes: the words that set it aside, indexed for a quick look-up."""

from __future__ import annotations

from app.engine.rules import Pattern


class Vetoes:
    """A rule's vetoes, indexed by their first word."""

    def __init__(self, unless: tuple[Pattern, ...]) -> None:
        # A longer veto keeps its words padded with spaces, to be found in the padded text, and
        # its last word apart: most longer vetoes fail on that word before any text is searched.
        self.by_word: dict[str, list[tuple[int, str, str | None, str]]] = {}
        for at, u in enumerate(unless):
            words = f" {' '.join(u.words)} " if len(u.words) > 1 else None
            self.by_word.setdefault(u.words[0], []).append((at, u.text, words, u.words[-1]))
        # A veto can apply only when one of these words is in the text: most texts stop here.
        self.words = frozenset(self.by_word)

    def find(self, norm: list[str], present: set[str], pattern: Pattern) -> str | None:
        """The veto that cancels a rule matched by `pattern` in the text, if any.

        A one-word veto inside the rule's own matched phrase does not count: a rule on "lunch
        service" vetoed by "lunch" still matches "prep for lunch service". Of several vetoes
        that apply, the one written first names the reason.
        """
        found: tuple[int, str] | None = None
        joined = ""
        for word in self.words.intersection(present):
            for at, text, words, last in self.by_word[word]:
                if (found is not None and at > found[0]) or last not in present:
                    continue
                if words is None:
                    if len(pattern.words) > 1 and word in pattern.words:
                        continue
                else:
                    joined = joined or f" {' '.join(norm)} "
                    if words not in joined:
                        continue
                found = (at, text)
        return None if found is None else found[1]
