"""Text normalisation shared by rule phrases and activity descriptions.

Both sides go through `normalise`, so a rule written as "Followed up" matches "f/u" and
"FOLLOWING-UP". The steps: lower case, split into words (hyphens, slashes and dots split a word
unless the whole word is a known abbreviation such as "f/u" or "e-mail"), expand shorthand,
drop filler words, and stem what is left.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

import snowballstemmer

from app.engine.lexicon import SHORTHAND, STEM_EXCEPTIONS, STOPWORDS
from app.engine.loanwords import COMPOUND_HEADS

# A word may carry inner punctuation ("f/u", "e-mail", "customer's") and one trailing slash ("w/").
_WORD = re.compile(r"[a-z0-9]+(?:(?:['’&./-]|(?<=\d),(?=\d{3}))[a-z0-9]+)*/?")
_PART = re.compile(r"[a-z0-9]+/?")
# Words whose capitals change their meaning: "IT" is the IT hat ("it" is a filler word), "POS" a
# point-of-sale system ("POs" and "pos" are purchase orders), "LED" a light ("led" is the past of
# "lead"), "pH" acidity ("ph" is a phone). Each becomes one word, hyphenated or not, so word
# positions stay those of the text.
UPPER_CASE: dict[str, str] = {"IT": "information-technology", "POS": "point-of-sale",
                              "LED": "light-emitting-diode", "pH": "acidity",
                              # "LI" is LinkedIn; "Li" is a surname. "PR" is public relations;
                              # "pr" is a pair, or the French shorthand for "pour".
                              "LI": "linkedin", "PR": "public-relations"}
_UPPER = re.compile(r"\b(?:" + "|".join(UPPER_CASE) + r")\b")
# "+$85" is owners' shorthand for an add-on sold; it becomes the one word "addon-85", so word
# positions stay those of the text.
_ADDED = re.compile(r"\+\$(?=\d)")
# An amount of money ("$35", "£1,200", "€5.60", "$3.5k") reads as the word "amount" before its
# number, so a rule can say "now $10" and mean a new price of any size, while "10% off" still
# matches "$10 off". Positions stay those of the text: "amount-35" is one word, as "$35" was.
# A sign inside a word ("2x$5", "NZ$4,200") is left alone, or the word would swallow the amount.
_MONEY = re.compile(r"(?<!\w)[$£€](?=\d)(" + _WORD.pattern + ")")
_AMOUNT = re.compile(r"[\d.,]+k?")
# A bare count of 20 or more ("email to 800 past buyers", "2,300 subs", "5k list") becomes the
# word "multitude", so a rule can say "emailed 100 customers" and mean a mass mailing of any
# size. Not "many": "the one that's 45 days late" would read as the principle "one to many".
# Money, numbers ("#2231"), times, decimals and percentages stay as written; a year (1900 to
# 2100, four digits: "1900 sqft" too) reads as the word "year", so "rates for 2025" is every
# year's rates. The test looks at one white-space token only, since the classifier reads each
# token on its own.
_COUNT = re.compile(r"(?<![\w$#£€.,:/'-])(\d{1,3}(?:,\d{3})+|\d{2,5}|\d+(?:\.\d+)?k)"
                    r"(?![\w%'£€$-]|[.,:/]\d)")
_FEW = 20
# Time written as a timesheet writes it ("2.8h", "6h") reads as hours.
_HOURS = re.compile(r"\d+(?:\.\d+)?h")
# Numbers that name a thing rather than count: a tax form, a hotline, an office suite, a pension.
NAMED_NUMBERS = frozenset({"365", "401k", "411", "811", "911", "990"})

_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def normalise_word(word: str) -> tuple[str, ...]:
    """Turn one raw lower-case word into zero or more normalised words (stems)."""
    word = word.replace("’", "'")
    if word in SHORTHAND:
        return tuple(_stem(w) for w in SHORTHAND[word].split() if w not in STOPWORDS)
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace("'", "")
    if word[-1:] == "h" and _HOURS.fullmatch(word):
        return ("hour",)
    parts = _PART.findall(word)
    if len(parts) > 1:
        return tuple(stem for part in parts for stem in normalise_word(part))
    word = word.rstrip("/")
    if not word or word in STOPWORDS:
        return ()
    if word in SHORTHAND:
        return normalise_word(word)
    head = _compound_head(word)
    if head:
        return normalise_word(head)
    return (_stem(word),)


def _compound_head(word: str) -> str | None:
    """The known last part of a long German or Dutch compound ("reifenlieferant" -> "lieferant").

    A head of five letters ("messe", "beurs") needs at least four letters before it, so that
    an Italian "commesse" or "promesse" is not read as a trade fair.
    """
    for start in range(3, len(word) - 4):
        head = word[start:]
        if head in COMPOUND_HEADS and (len(head) > 5 or start > 3):
            return head
    return None


def _stem(word: str) -> str:
    return STEM_EXCEPTIONS.get(word) or _stemmer.stemWord(word)


def split_words(text: str) -> list[str]:
    """Split text into raw lower-case words, the units `normalise_word` takes."""
    if any(word in text for word in UPPER_CASE):
        text = _UPPER.sub(lambda m: UPPER_CASE[m[0]], text)
    if "+$" in text:
        text = _ADDED.sub("addon-", text)
    text = text.lower()
    if any(c.isdigit() for c in text):
        if "$" in text or "£" in text or "€" in text:
            text = _MONEY.sub(_amount, text)
        text = _COUNT.sub(_multitude, text)
    if not text.isascii():
        text = _plain(text)
    return _WORD.findall(text)


def _amount(money: re.Match[str]) -> str:
    """Read "$35" as "amount-35"; "$5/hr" and "$20x3" stay as written."""
    return f"amount-{money[1]}" if _AMOUNT.fullmatch(money[1]) else money[0]


def _multitude(count: re.Match[str]) -> str:
    """Read a count of 20 or more as "multitude", a year as "year", a name ("1099") as written."""
    number = count[0]
    if number in NAMED_NUMBERS or number in SHORTHAND:
        return number
    if number.endswith("k"):
        return "multitude"
    n = int(number.replace(",", ""))
    if len(number) == 4 and 1900 <= n <= 2100:
        return "year"
    return number if n < _FEW else "multitude"


def _plain(text: str) -> str:
    """Compatibility forms folded ("ｍｔｇ" -> "mtg"), accents dropped ("résumé" -> "resume")
    and a German sharp s spelled as the Swiss do ("Straße" -> "Strasse")."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    return "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'").replace(
        "ß", "ss")


def word_spans(text: str) -> list[tuple[int, int]]:
    """Where each raw word of `split_words(text)` stands in `text`, as (start, end) offsets.

    Empty when Unicode normalisation changed the text's length, since offsets would not fit.
    """
    lowered = text.lower()
    if not lowered.isascii():
        # Words are found in the folded text ("à" is the letter "a"), as `split_words` finds them;
        # "ß" stays one letter here so that offsets still fit.
        lowered = _plain(lowered.replace("ß", "s"))
        if len(lowered) != len(text):
            return []
    return [m.span() for m in _WORD.finditer(lowered)]


def normalise(text: str) -> tuple[str, ...]:
    """Normalise free text into a tuple of stems (the same function serves rules and activities)."""
    return tuple(stem for word in split_words(text) for stem in normalise_word(word))


def main_clause(stems: Sequence[str]) -> int:
    """How many of a line's first stems make its main act before an aside, or 0 without one.

    An aside is a quick act tacked on after the main one ("laid the patio, then quickly posted a
    photo"): "then" with "quick" one or two stems after it.
    """
    for i, stem in enumerate(stems):
        if stem == "then" and i and "quick" in stems[i + 1:i + 3]:
            return i
    return 0
