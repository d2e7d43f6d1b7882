"""Words of other languages that bilingual owners mix into their logs, read as English.

Data only: `lexicon.SHORTHAND` takes them in, so a word here is expanded before stemming just as
"f/u" is. Accents are gone by then ("cotización" is looked up as "cotizacion"). Words that are
also English or a name ("zap", "Fiesta", "natal", "cobra", "four", "Libre") are left out, unless
the other language's use is far the commoner in owners' logs (Malay "tanya", to ask); a word
spelled alike in two languages is listed once, under either (a test checks).
"""

from __future__ import annotations

from app.engine.loanwords import (
    dutch,
    french,
    german,
    hindi,
    italian,
    malay,
    portuguese,
    spanish,
    tagalog,
)

LANGUAGES: dict[str, dict[str, str]] = {
    "Spanish": spanish.WORDS, "Portuguese": portuguese.WORDS, "French": french.WORDS,
    "Italian": italian.WORDS, "German": german.WORDS, "Malay and Indonesian": malay.WORDS,
    "Tagalog": tagalog.WORDS, "Dutch": dutch.WORDS, "Hindi": hindi.WORDS,
}
LOANWORDS: dict[str, str] = {word: english for words in LANGUAGES.values()
                             for word, english in words.items()}
# English words that mean something else in a line of the language ("met" is Dutch for "with"),
# and a few words two languages share ("marqué" is a Spanish call, "marque" a French brand):
# read so only where the line shows the language (see `app.engine.language`).
FALSE_FRIENDS: dict[str, dict[str, str]] = {
    language: module.FALSE_FRIENDS for language, module in (
        ("Spanish", spanish), ("Portuguese", portuguese), ("French", french),
        ("Italian", italian), ("German", german), ("Dutch", dutch),
        ("Malay and Indonesian", malay), ("Tagalog", tagalog), ("Hindi", hindi))}
# German and Dutch join words into one ("Reifenlieferant", "Getränkepreise"); the last part
# says what the whole is, so a long word ending in one of these reads as that part alone.
# Words of five letters serve only when listed here: most of them also end words that mean
# something else ("Krankenkasse" is a health insurer, "Alzheimer" holds "Eimer").
_SHORT_HEADS = frozenset({"messe", "beurs", "lijst", "actie", "kraam", "klant"})
COMPOUND_HEADS: dict[str, str] = {word: english for words in (german.WORDS, dutch.WORDS)
                                  for word, english in words.items()
                                  if len(word) >= 6 or word in _SHORT_HEADS}
