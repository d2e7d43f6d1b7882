"""What the classifier returns: a frozen Result per activity, and the rules that matched it."""

from __future__ import annotations

from dataclasses import dataclass

from app.engine.rules import Pattern, Rule

# A rule that matched, as the policy sorts it: (owner rank, -specificity or 0 for fallbacks,
# -coverage, file order, specificity, rule, longest pattern, positions matched, veto or None).
Hit = tuple[bool, int, int, int, int, Rule, Pattern, set[int], str | None]


@dataclass(frozen=True, slots=True)
class Match:
    """One rule that matched the text, with the words of the text it matched."""

    rule: Rule
    pattern: Pattern
    spots: tuple[int, ...]
    text_words: tuple[str, ...]
    specificity: int
    coverage: int
    vetoed_by: str | None = None

    @property
    def words(self) -> str:
        """The words of the text this rule matched, in text order."""
        return " ".join(self.text_words[j] for j in self.spots)


@dataclass(frozen=True, slots=True)
class Result:
    """The tag of one activity and everything needed to explain it."""

    text: str
    label: str
    category: str | None
    decided_by: str
    contested: bool
    sources: tuple[str, ...]
    explanation: str
    hits: tuple[Hit, ...] = ()
    text_words: tuple[str, ...] = ()
    origin: tuple[int, ...] = ()

    @property
    def matches(self) -> tuple[Match, ...]:
        """Every rule that matched, winner first, then the rules it beat, then vetoed ones.

        Built on demand from `hits`, so tagging many activities does not pay for it.
        """
        return tuple(Match(h[5], h[6], tuple(sorted({self.origin[k] for k in h[7]})),
                           self.text_words, h[4], -h[2], h[8]) for h in self.hits)

    @property
    def winner(self) -> Match | None:
        """The deciding match, or None when the activity is unclassified."""
        return self.matches[0] if self.matches and self.label != "unclassified" else None

    @property
    def rules(self) -> tuple[str, ...]:
        """Ids of every rule that matched, winner first."""
        return tuple(h[5].id for h in self.hits)

    @property
    def matched(self) -> tuple[str, ...]:
        """The words of the text that matched, winner's first, each once."""
        return tuple(dict.fromkeys(m.words for m in self.matches))

    def as_dict(self) -> dict[str, object]:
        """The result as the JSON object of the command-line contract."""
        return {
            "text": self.text, "label": self.label, "category": self.category,
            "contested": self.contested, "rules": list(self.rules),
            "matched": list(self.matched), "sources": list(self.sources),
            "decided_by": self.decided_by, "explanation": self.explanation,
        }
