"""False friends: English words that mean something else in a line written in another language.

"met de leverancier" is Dutch for "with the supplier", not "met" the supplier; "Stand auf der
Messe" is a German trade-fair booth. Such a word is read in the other language only
when at least two other words of the line are that language's own loanwords, so an English line
that happens to hold one foreign word ("dinner con amigos, stand at the fair") reads as English.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from app.engine.loanwords import FALSE_FRIENDS, LANGUAGES
from app.engine.text import normalise, split_words

# Languages by their loanwords, to tell which language a line is written in.
_LANGUAGE_OF: dict[str, str] = {word: language for language, words in LANGUAGES.items()
                                for word in words}
_EVIDENCE = 2
_PUNCTUATION = ".,:;!?()[]'\""


def _variants(word: str) -> tuple[str, ...]:
    return tuple(w + end for w in (word, word.capitalize(), word.upper())
                 for end in ("", ",", ":", "."))


# A false friend is listed as owners write it ("marqué") and read by its plain form, the word
# `split_words` makes of it ("marque"), so an owner who drops the accent is read alike.
_READINGS: dict[str, dict[str, str]] = {
    language: {"".join(split_words(word)): meant for word, meant in friends.items()}
    for language, friends in FALSE_FRIENDS.items()}

# Every false friend as a line is likely to show it ("met", "Met", "met,", "marqué", "marque"),
# for a quick test of a line's white-space tokens before any work is done.
SUSPECTS: frozenset[str] = frozenset(
    variant for language, friends in FALSE_FRIENDS.items()
    for spelling in (*friends, *_READINGS[language]) for variant in _variants(spelling))

# Every word that is a false friend somewhere: a token holding one ("stand-up", "réservé") reads
# differently by the line's language, so it is never remembered apart from that language.
FRIENDS: frozenset[str] = frozenset(word for readings in _READINGS.values() for word in readings)


def language_of(tokens: Sequence[str]) -> str | None:
    """The language whose false friends the tokens should be read in, or None (English).

    That is the language with the most loanwords among the tokens, if it has at least two and
    false friends; on a tie, the language whose loanword comes first in the line.
    """
    found: Counter[str] = Counter()
    for token in tokens:
        word = token.lower().strip(_PUNCTUATION)
        if not word.isascii():
            word = "".join(split_words(word)[:1])
        if word in _LANGUAGE_OF:
            found[_LANGUAGE_OF[word]] += 1
    if not found:
        return None
    language, count = found.most_common(1)[0]
    return language if count >= _EVIDENCE and language in FALSE_FRIENDS else None


def reading(word: str, language: str | None) -> tuple[str, ...] | None:
    """The stems of `word` read in `language` when it is one of its false friends, else None."""
    meant = _READINGS.get(language or "")
    return normalise(meant[word]) if meant and word in meant else None
