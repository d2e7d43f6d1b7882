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
"""

from __future__ import annotations

from collections import Counter

from app.engine.result import Hit, Result
from app.engine.rules import Pattern, Rule, RuleSet
from app.engine.spelling import Vocabulary, only
from app.engine.text import normalise_word, split_words

STEPS: tuple[str, ...] = ("no-match", "only-match", "veto", "owner-rule", "specificity",
                         "fallback", "disagreement-policy", "file-order")
_CACHE_LIMIT = 200_000

class Classifier:
    """Tags activity text with a label by the rules of a RuleSet."""

    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        self._single: dict[str, list[tuple[int, Pattern]]] = {}
        self._phrases: dict[str, list[tuple[tuple[str, ...], int, Pattern]]] = {}
        self._sets: dict[str, list[tuple[frozenset[str], int, Pattern]]] = {}
        self._words: dict[str, tuple[str, ...]] = {}
        # Vetoes of one word are checked by set intersection, longer ones as substrings.
        self._vetoes = [_vetoes(rule) for rule in ruleset.rules]
        self._cited = {rule.id: self._cite(rule) for rule in ruleset.rules}
        # The fixed part of each rule's rank: owner rules first, fallbacks last, then file order.
        self._ranks = [(rule.origin != "owner", rule.fallback, rule.order)
                       for rule in ruleset.rules]
        counts = Counter(w for rule in ruleset.rules for p in rule.patterns for w in p.words)
        for idx, rule in enumerate(ruleset.rules):
            for p in rule.patterns:
                if p.contiguous and len(p.words) == 1:
                    self._single.setdefault(p.words[0], []).append((idx, p))
                elif p.contiguous:
                    # Longer phrases are indexed by their first two words: few share both.
                    key = f"{p.words[0]} {p.words[1]}"
                    self._phrases.setdefault(key, []).append((p.words, idx, p))
                else:
                    # Index a word set under its rarest word: the fewest sets to check per word.
                    key = min(p.words, key=lambda w: (counts[w], w))
                    self._sets.setdefault(key, []).append((frozenset(p.words), idx, p))
        self._set_keys = frozenset(self._sets)
        self._stems = Vocabulary(counts)
        self._surface = Vocabulary(
            w for rule in ruleset.rules for p in rule.patterns + rule.unless
            for w in split_words(p.text))

    def classify(self, text: str) -> Result:
        """Tag one activity and explain the tag."""
        raw = tuple(split_words(text))
        norm: list[str] = []
        origin: list[int] = []
        words = self._words
        for i, w in enumerate(raw):
            stems = words.get(w)
            if stems is None:
                stems = self._normalise_word(w)
            for s in stems:
                norm.append(s)
                origin.append(i)
        return self._decide(text, raw, origin, self._find(norm))

    def _find(self, norm: list[str]) -> list[Hit]:
        """Every rule that matches, with all the words its patterns matched.

        A rule's specificity is the length of its longest matching pattern; its coverage is how
        many words of the text its patterns cover together ("posted the menu on Instagram"
        covers both "posted" and "Instagram").
        """
        spots: dict[int, list] = {}
        single, phrases = self._single, self._phrases
        previous = None
        pairs = []
        for i, s in enumerate(norm):
            for idx, p in single.get(s, ()):
                entry = spots.get(idx)
                if entry is None:
                    spots[idx] = [{i}, p]
                else:
                    entry[0].add(i)
            if previous is not None:
                pair = f"{previous} {s}"
                pairs.append(pair)
                for words, idx, p in phrases.get(pair, ()):
                    n = len(words)
                    if n == 2 or tuple(norm[i - 1:i - 1 + n]) == words:
                        _note(spots, idx, p, range(i - 1, i - 1 + n))
            previous = s
        present = set(norm)
        for s in present & self._set_keys:
            for wordset, idx, p in self._sets[s]:
                if wordset <= present:
                    _note(spots, idx, p, [norm.index(w) for w in wordset])
        if not spots:
            return []
        pair_set = joined = None
        found = []
        rules, ranks = self.ruleset.rules, self._ranks
        for idx, (where, p) in spots.items():
            veto = None
            one_word, texts, longer = self._vetoes[idx]
            # A veto word inside the rule's own matched phrase does not cancel it: a rule on
            # "lunch service" vetoed by "lunch" still matches "prep for lunch service".
            hit = present & one_word
            if hit and len(p.words) > 1:
                hit = hit.difference(p.words)
            if hit:
                veto = texts[min(hit)]
            elif longer:
                if pair_set is None:
                    pair_set = set(pairs)
                for pair in pair_set & longer.keys():
                    joined = joined or f" {' '.join(norm)} "
                    veto = next((text for text, words in longer[pair] if words in joined), None)
                    if veto:
                        break
            owner, fallback, order = ranks[idx]
            spec = len(p.words)
            found.append((owner, 0 if fallback else -spec, -len(where), order, spec, rules[idx], p,
                          where, veto))
        return found

    def _decide(self, text: str, raw: tuple[str, ...], origin: list[int],
                found: list[Hit]) -> Result:
        found.sort()
        live = [h for h in found if h[8] is None]
        vetoed = [h for h in found if h[8] is not None]
        if not live:
            step = "veto" if vetoed else "no-match"
            return Result(text, "unclassified", None, step, False, (), _UNCLASSIFIED[step],
                          tuple(found), raw, tuple(origin))
        win = live[0]
        runner = live[1] if len(live) > 1 else None
        if runner is not None and runner[:3] == win[:3]:
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
            words = " ".join(raw[j] for j in sorted({origin[k] for k in runner[7]}))
            beaten = _BEATEN[step].format(first=rule.file, second=runner[5].file)
            explanation += (f" It also looked like {runner[5].label} "
                            f"(\u201c{words}\u201d), but {beaten}.")
        return Result(text, rule.label, rule.category, step, contested, sources, explanation,
                      tuple(live + vetoed), raw, tuple(origin))

    def _break_tie(self, live: list[Hit]) -> tuple[Hit, Hit, str]:
        top = [h for h in live if h[:3] == live[0][:3]]
        labels = {h[5].label for h in top}
        topics = {h[5].disagreement for h in top}
        if len(labels) > 1 and len(topics) == 1 and None not in topics:
            decision = self.ruleset.disagreements[topics.pop()].decision
            win = next(h for h in top if h[5].label == decision)
            runner = next(h for h in top if h is not win)
            return win, runner, "disagreement-policy"
        return top[0], top[1], "fallback" if top[0][5].fallback else "file-order"

    def _cite(self, rule: Rule) -> tuple[tuple[str, ...], str]:
        """The documents a rule's tag cites and its explanation, the other side included."""
        if rule.origin == "owner":
            return rule.documents, f"Your rule \u201c{rule.id}\u201d: {rule.explanation}"
        if rule.disagreement is None:
            return rule.documents, rule.explanation
        d = self.ruleset.disagreements[rule.disagreement]
        others = [s for s in d.sides if s.label != rule.label]
        sources = tuple(dict.fromkeys((*rule.documents, *(s.document for s in others))))
        # One document can hold both sides (001 on relationships on social media).
        who = others[0].document[:3] + (" also" if others[0].document in rule.documents else "")
        return sources, (f"{rule.explanation} Contested: {who} puts this under "
                         f"{others[0].label} (\u201c{others[0].passage}\u201d); {d.policy}")

    def _normalise_word(self, word: str) -> tuple[str, ...]:
        """Normalise a raw word, correcting a misspelling of a word the rules use.

        The raw word is compared with the rules' own words first ("proposel" -> "proposal"),
        then its stem with their stems ("folowing" -> "follow").
        """
        if len(self._words) > _CACHE_LIMIT:
            self._words.clear()
        stems = normalise_word(word)
        if any(s not in self._stems for s in stems):
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


_UNCLASSIFIED = {
    "no-match": "No rule knows these words yet; choose a label for it.",
    "veto": "A rule matched but was set aside by words that cancel it; choose a label for it.",
}
_BEATEN = {
    "specificity": "this rule matched more of the words",
    "owner-rule": "your own rule comes first",
    "veto": "that rule was set aside by words that cancel it",
    "file-order": "both matched as many words, and on a tie the rule read first wins "
                  "({first} before {second})",
    "fallback": "this broad principle came first",
    "disagreement-policy": "the recorded policy for this disagreement picks this side",
}


def _vetoes(rule: Rule) -> tuple[frozenset[str], dict[str, str], dict[str, list[tuple[str, str]]]]:
    """A rule's vetoes: one-word ones as a set, longer ones indexed by their first two words."""
    single = {u.words[0]: u.text for u in rule.unless if len(u.words) == 1}
    longer: dict[str, list[tuple[str, str]]] = {}
    for u in rule.unless:
        if len(u.words) > 1:
            longer.setdefault(f"{u.words[0]} {u.words[1]}", []).append(
                (u.text, f" {' '.join(u.words)} "))
    return frozenset(single), single, longer


def _note(spots: dict[int, list], idx: int, p: Pattern, where: range | list[int]) -> None:
    entry = spots.get(idx)
    if entry is None:
        spots[idx] = [set(where), p]
    else:
        entry[0].update(where)
        if len(p.words) > len(entry[1].words):
            entry[1] = p
