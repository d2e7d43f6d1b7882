"""The classifier: an index over the rule set, and the fixed policy that picks one rule.

Policy, in this order (the step that made the winner unique is the result's `decided_by`):

1. `veto` - a rule whose `unless` words appear in the text is set aside (a one-word veto inside
   the rule's own matched phrase does not count).
2. `owner-rule` - the owner's own rules beat built-in rules.
3. `specificity` - the rule whose longest matching phrase or word set has more words wins; on
   equal length, the rule that covers more words of the text in all. Fallback rules count as
   matching none.
4. `disagreement-policy` - a tie between the sides of a recorded disagreement goes to the
   side its policy names.
5. `file-order` - any other tie goes to the rule that comes first (files in name order).

`only-match` means one rule matched, `fallback` that only broad principles matched, and
`no-match` that nothing did (the label is then `unclassified`).

A quick act tacked on after the main one ("laid the patio, then quickly posted a photo") is left
out when the words before it match a rule other than a broad principle: a line is tagged by its
main point.
"""

from __future__ import annotations

from collections import Counter
from itertools import chain
from operator import itemgetter
from typing import cast

from app.engine.language import FRIENDS, SUSPECTS, language_of, reading
from app.engine.lexicon import SPELLED_RIGHT, STEM_EXCEPTIONS
from app.engine.result import ASIDE, BEATEN, UNCLASSIFIED, Hit, Result, Token, cite, words_of
from app.engine.rules import Pattern, RuleSet
from app.engine.spelling import Vocabulary, only
from app.engine.text import main_clause, normalise_word, split_words, word_spans
from app.engine.veto import Vetoes

STEPS: tuple[str, ...] = ("no-match", "only-match", "veto", "owner-rule", "specificity",
                         "fallback", "disagreement-policy", "file-order")
_CACHE_LIMIT = 200_000
_STEMS = itemgetter(1)
# Makes a Result from all its fields without the named tuple's Python-level constructor.
_new = tuple.__new__
# A pattern with its number of words, which ranks it.
Ranked = tuple[int, Pattern]


class Classifier:
    """Tags activity text with a label by the rules of a RuleSet."""

    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        # Phrases by their first word: the one-word phrases, and the longer ones by second word.
        # Each pattern comes with its length, which ranks it, so a match need not measure it.
        self._first: dict[str, tuple[list[tuple[int, Ranked]],
                                     dict[str, list[tuple[tuple[str, ...], int, Ranked]]]]] = {}
        self._sets: dict[str, list[tuple[frozenset[str], int, Ranked, bool]]] = {}
        self._words: dict[str, tuple[str, ...]] = {}
        self._tokens: dict[str, Token] = {}
        self._friends: dict[tuple[str, str | None], Token] = {}
        self._cited = {rule.id: cite(rule, ruleset) for rule in ruleset.rules}
        # The fixed part of each rule's rank (owner rules first, fallbacks last, then file order),
        # the rule, and its indexed vetoes (None when it has none).
        self._meta = [(rule.origin != "owner", rule.fallback, rule.order, rule,
                       Vetoes(rule.unless) if rule.unless else None) for rule in ruleset.rules]
        counts = Counter(w for rule in ruleset.rules for p in rule.patterns for w in p.words)
        for idx, rule in enumerate(ruleset.rules):
            for p in rule.patterns:
                if p.contiguous:
                    singles, longer = self._first.setdefault(p.words[0], ([], {}))
                    if len(p.words) == 1:
                        singles.append((idx, (1, p)))
                    else:
                        longer.setdefault(p.words[1], []).append(
                            (p.words, idx, (len(p.words), p)))
                else:
                    # Index a word set under its rarest word: the fewest sets to check per word.
                    key = min(p.words, key=lambda w: (counts[w], w))
                    wordset = frozenset(p.words)
                    self._sets.setdefault(key, []).append(
                        (wordset, idx, (len(p.words), p), len(wordset) < len(p.words)))
        self._set_keys = frozenset(self._sets)
        self._stems = Vocabulary(counts)
        self._surface = Vocabulary(
            w for rule in ruleset.rules for p in rule.patterns + rule.unless
            for w in split_words(p.text))

    def classify(self, text: str) -> Result:
        """Tag one activity and explain the tag."""
        # Words never span white space, so each white-space token is read once and remembered.
        tokens = text.split()
        known = tuple(map(self._tokens.get, tokens))
        if None in known:
            language = language_of(tokens) if not SUSPECTS.isdisjoint(tokens) else None
            known = tuple(token or self._friends.get((raw, language)) or self._parse(raw, language)
                          for token, raw in zip(known, tokens, strict=True))
        parsed = cast("tuple[Token, ...]", known)
        norm = list(chain.from_iterable(map(_STEMS, parsed)))
        # Most lines hold no "then": the quick membership test spares them the call.
        end = main_clause(norm) if "then" in norm else 0
        if end:
            # The main act decides alone when a rule for it, not only a broad principle, matched
            # (a hit's second field is 0 for a fallback).
            main = self._find(norm[:end])
            if main[0] and min(main[0])[1]:
                result = self._decide(text, parsed, *main)
                return result._replace(explanation=f"{result.explanation} {ASIDE}")
        return self._decide(text, parsed, *self._find(norm))

    def _parse(self, token: str, language: str | None = None) -> Token:
        """A token's raw words, their stems, and the word each stem comes from.

        A token with a false friend ("met") is read in the line's `language`, cached per language.
        """
        if len(self._tokens) + len(self._friends) > _CACHE_LIMIT:
            self._tokens.clear()
            self._friends.clear()
        words = tuple(split_words(token))
        stems: list[str] = []
        where: list[int] = []
        for i, w in enumerate(words):
            found = reading(w, language) if language else self._words.get(w)
            if found is None:
                found = self._normalise_word(w)
            stems += found
            where += [i] * len(found)
        # Explanations quote the text as written ("IT", "1,840"), not as read ("multitude").
        spans = word_spans(token)
        shown = tuple(token[a:b] for a, b in spans) if len(spans) == len(words) else words
        parsed = (shown, tuple(stems), tuple(where))
        if token in SUSPECTS or not FRIENDS.isdisjoint(words):
            self._friends[(token, language)] = parsed
        else:
            self._tokens[token] = parsed
        return parsed

    def _find(self, norm: list[str]) -> tuple[list[Hit], list[Hit]]:
        """Every rule that matches, with all the words its patterns matched: live, then vetoed.

        A rule's specificity is the length of its longest matching pattern; its coverage is how
        many words of the text its patterns cover together ("posted the menu on Instagram"
        covers both "posted" and "Instagram").
        """
        # Which words a rule matched is a bit mask over the stems: no set to build per rule.
        masks: dict[int, int] = {}
        longest: dict[int, Ranked] = {}
        last = len(norm) - 1
        for i, got in enumerate(map(self._first.get, norm)):
            if got is None:
                continue
            singles, longer = got
            if singles:
                bit = 1 << i
                for idx, ranked in singles:
                    if idx in masks:
                        masks[idx] |= bit
                    else:
                        masks[idx] = bit
                        longest[idx] = ranked
            if longer and i < last and (starts := longer.get(norm[i + 1])):
                for words, idx, ranked in starts:
                    n = ranked[0]
                    if n == 2 or tuple(norm[i:i + n]) == words:
                        _note(masks, longest, idx, ranked, ((1 << n) - 1) << i)
        present = set(norm)
        for s in present.intersection(self._set_keys):
            for wordset, idx, ranked, repeats in self._sets[s]:
                if wordset <= present:
                    if repeats:
                        mask = _repeated(norm, ranked[1].words)
                        if not mask:
                            continue
                    else:
                        mask = 0
                        for w in wordset:
                            mask |= 1 << norm.index(w)
                    _note(masks, longest, idx, ranked, mask)
        live: list[Hit] = []
        vetoed: list[Hit] = []
        meta = self._meta
        for idx, mask in masks.items():
            owner, fallback, order, rule, vetoes = meta[idx]
            spec, p = longest[idx]
            if vetoes is None or vetoes.words.isdisjoint(present):
                veto = None
            else:
                veto = vetoes.find(norm, present, p)
            hit = (owner, 0 if fallback else -spec, -mask.bit_count(), order, spec, rule, p, mask,
                   veto)
            if veto is None:
                live.append(hit)
            else:
                vetoed.append(hit)
        return live, vetoed

    def _decide(self, text: str, parsed: tuple[Token, ...], live: list[Hit],
                vetoed: list[Hit]) -> Result:
        if vetoed:
            vetoed.sort()
        if not live:
            step = "veto" if vetoed else "no-match"
            return _new(Result, (text, "unclassified", None, step, False, (),
                                 UNCLASSIFIED[step], tuple(vetoed), parsed))
        runner = None
        if len(live) > 1:
            live.sort()
            runner = live[1]
        win = live[0]
        # Owner rank, specificity and coverage all equal: a tie (compared one by one, as
        # slicing both tuples costs more).
        if (runner is not None and runner[2] == win[2] and runner[1] == win[1]
                and runner[0] == win[0]):
            win, runner, step = self._break_tie(live)
            live.remove(win)
            live.insert(0, win)
        elif vetoed and vetoed[0] < win:
            step, runner = "veto", vetoed[0]
        elif runner is None:
            step = "fallback" if win[5].fallback else "only-match"
        elif win[0] != runner[0]:
            step = "owner-rule"
        else:
            step = "fallback" if win[5].fallback else "specificity"
        rule = win[5]
        sources, explanation = self._cited[rule.id]
        contested = rule.disagreement is not None
        if not contested and runner is not None and runner[5].label != rule.label:
            words = " ".join(words_of(parsed, runner[7]))
            beaten = BEATEN[step].format(first=rule.file, second=runner[5].file)
            explanation += (f" It also looked like {runner[5].label} "
                            f"(\u201c{words}\u201d), but {beaten}.")
        return _new(Result, (text, rule.label, rule.category, step, contested, sources,
                             explanation, (*live, *vetoed) if vetoed else tuple(live), parsed))

    def _break_tie(self, live: list[Hit]) -> tuple[Hit, Hit, str]:
        top = [h for h in live if h[:3] == live[0][:3]]
        labels = {h[5].label for h in top}
        topics = {h[5].disagreement for h in top}
        topic = topics.pop() if len(topics) == 1 else None
        if len(labels) > 1 and topic is not None:
            decision = self.ruleset.disagreements[topic].decision
            win = next(h for h in top if h[5].label == decision)
            runner = next(h for h in top if h is not win)
            return win, runner, "disagreement-policy"
        return top[0], top[1], "fallback" if top[0][5].fallback else "file-order"

    def _normalise_word(self, word: str) -> tuple[str, ...]:
        """Normalise a raw word, correcting a misspelling of a word the rules use.

        The raw word is compared with the rules' own words first ("proposel" -> "proposal"),
        then its stem with their stems ("folowing" -> "follow").
        """
        if len(self._words) > _CACHE_LIMIT:
            self._words.clear()
        stems, bare = normalise_word(word), word.removesuffix("'s")
        # An exception is read as written, its possessive too: "guides" is not "guide".
        if (bare not in STEM_EXCEPTIONS and bare not in SPELLED_RIGHT
                and any(s not in self._stems for s in stems)):
            candidates = self._surface.near(word)
            near = {normalise_word(w) for w in candidates}
            if len(near) > 1:
                # A dropped or doubled letter is the likelier typo: "inspecton" is
                # "inspection", not "inspector".
                near = {normalise_word(w) for w in candidates if len(w) != len(word)} or near
            stems = near.pop() if len(near) == 1 else tuple(
                only(self._stems.near(s)) or s for s in stems)
        self._words[word] = stems
        return stems


def _repeated(norm: list[str], words: tuple[str, ...]) -> int:
    """The mask of a word set with a repeated word, or 0 when the text has too few of it."""
    mask = 0
    for w in set(words):
        at = [i for i, n in enumerate(norm) if n == w]
        if len(at) < words.count(w):
            return 0
        for i in at:
            mask |= 1 << i
    return mask


def _note(masks: dict[int, int], longest: dict[int, Ranked], idx: int, ranked: Ranked,
          mask: int) -> None:
    """Note a match; a rule's longest pattern is its first longest phrase, else word set.

    Phrases are noted first, in text order. Word sets come in the order of a set of words,
    which changes with Python's hash seed, so of two as long the first in alphabetical order
    is kept: the longest pattern decides which vetoes count.
    """
    if idx in masks:
        masks[idx] |= mask
        now = longest[idx]
        if ranked[0] > now[0] or (ranked[0] == now[0] and not now[1].contiguous
                                  and ranked[1].text < now[1].text):
            longest[idx] = ranked
    else:
        masks[idx] = mask
        longest[idx] = ranked
