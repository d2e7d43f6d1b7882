"""Normalisation: rule phrases and owners' diary lines meet as the same words."""

from __future__ import annotations

import pytest
import snowballstemmer

from app.engine.lexicon import STOPWORDS
from app.engine.loanwords import LANGUAGES, LOANWORDS
from app.engine.text import normalise, split_words, word_spans

# Each row: ways owners write the same thing; all must normalise alike.
SAME = [
    # case
    ("Posted the menu", "posted the menu", "POSTED THE MENU", "pOsTeD tHe MeNu"),
    # punctuation around and between words
    ("posted the menu", "Posted the menu.", "posted, the menu!", "(posted) the menu?!",
     "posted: the menu;", "\u201cposted\u201d the menu\u2026", "posted -- the menu"),
    # hyphens, slashes, shorthand and tense of "follow up"
    ("follow up", "follow-up", "f/u", "Followed up", "FOLLOWING-UP", "followup", "f/up",
     "Follow-ups", "followed-up"),
    # shorthand expansions
    ("mtg", "meeting"),
    ("mtgs", "meetings"),
    ("mtg w/ Bob", "meeting with Bob", "Meeting Bob"),
    ("IG", "Instagram"),
    ("FB ads", "Facebook ads"),
    ("appt", "appointment"),
    ("appts", "appointments"),
    ("e-mail", "email", "E-Mail", "emailed", "e-mails"),
    ("f/u w/ Jenkins re: quote", "follow up with Jenkins quote"),
    ("edited the client's site", "edited client work site"),
    # irregular forms the stemmer leaves apart
    ("sold", "sell"),
    ("met", "meet", "meeting", "meetings"),
    ("wrote", "write", "writing"),
    ("bought", "buy"),
    ("paid", "pay"),
    # filler words carry no meaning
    ("called the client", "called a client", "called our client", "called client"),
    ("sent the quote to them", "sent quote"),
    # unicode: typographic apostrophes and compatibility forms (NFKC)
    ("customer\u2019s quote", "customer's quote", "customer quote"),
    ("\uff31\uff55\uff4f\uff54\uff45", "Quote"),        # full-width letters
    ("\ufb01led the taxes", "filed the taxes"),          # the "fi" ligature
    ("posted\u00a0the\u2003menu", "posted the menu"),   # no-break and em spaces
    # a count of 20 or more is one word, however it is written
    ("emailed 800 past buyers", "emailed 25 past buyers", "emailed 2,300 past buyers",
     "emailed 5k past buyers", "emailed 1.2k past buyers", "emailed eighty past buyers",
     "emailed hundreds of past buyers"),
    ("rang the Smiths", "called the Smiths"),
    # time as a timesheet writes it
    ("2.8h on the lease", "6h on the lease", "hours on the lease"),
    ("posted on LI", "posted on LinkedIn"),
    # Spanish words bilingual owners mix in
    ("seguimiento w/ Torres re cotización", "follow up with Torres re quote"),
    # and French ones
    ("relance Mme Dupuis re devis envoyé", "follow up Mme Dupuis re quote sent"),
    ("commander échantillons chez le fournisseur", "order samples chez le supplier"),
]


@pytest.mark.parametrize("variants", SAME, ids=[row[0] for row in SAME])
def test_variants_normalise_alike(variants):
    first = normalise(variants[0])
    assert first, f"{variants[0]!r} lost every word"
    for other in variants[1:]:
        assert normalise(other) == first, f"{other!r} differs from {variants[0]!r}"


DIFFERENT = [
    ("sold", "bought"),
    ("met", "wrote"),
    ("follow up", "follow"),          # the particle stays: "follow up" is not "follow"
    ("price range", "price rang"),    # "rang" is a call; a range is not
    ("Faire order", "fair order"),    # the wholesale marketplace is not a fair
    ("check in", "check"),
    ("called back", "called"),
    ("IT", "it"),                      # upper-case IT is the IT hat; "it" is a filler word
    ("POS", "POs"),                    # a point-of-sale system; purchase orders
    ("sales tax", "sales"),
    ("talked to Dana", "talk to Dana"),    # a conversation; a talk given to a group
    ("what's selling", "what's sold"),     # what sells in general; one sale
    ("dropping the jar", "dropped the jar"),   # a line dropped from the range; a drop-off
    ("mowed the pitches", "mowed the pitch"),  # a campsite's grass; a sales pitch
    ("moved the bookings", "moved the booking"),  # a calendar; one customer's booking
    ("led the bird walk", "lead the bird walk"),   # "led" is not a lead
    ("called Mr Li", "called Mr LI"),      # a surname; LinkedIn
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_words_stay_different(a, b):
    assert normalise(a) != normalise(b)


def test_word_order_is_kept():
    assert normalise("quote sent") == tuple(reversed(normalise("sent quote")))


@pytest.mark.parametrize("filler", ["the", "a", "an", "to", "of", "with", "w/", "and", "our",
                                    "my", "it", "re:", "for", "about", "via"])
def test_filler_words_are_dropped(filler):
    assert normalise(filler) == ()
    assert normalise(f"{filler} invoice {filler}") == normalise("invoice")


def test_only_filler_words_gives_nothing():
    assert normalise("to the of a with it and") == ()


@pytest.mark.parametrize("text", ["", " ", "   ", "\t", "\n", " \t\r\n ", "\u00a0\u2003",
                                  "...", "!?;:,", "--", "\u2014"])
def test_empty_whitespace_and_punctuation_give_nothing(text):
    assert normalise(text) == ()


def test_result_is_a_tuple_of_lower_case_words():
    words = normalise("Ran PAYROLL in QuickBooks")
    assert isinstance(words, tuple) and words
    assert all(isinstance(w, str) and w == w.lower() and " " not in w for w in words)


def test_numbers_are_kept():
    assert normalise("ordered 500 flyers") != normalise("ordered flyers")


@pytest.mark.parametrize("text", ["$800 quote", "$1,250 proposal", "$5k deal", "invoice #2231",
                                  "call at 10:30", "10% off", "12 leads", "2026 catalog",
                                  "filed the 1099", "Form 990", "Office 365", "401k match",
                                  "1.5 hrs"])
def test_money_times_small_numbers_years_and_names_are_not_counts(text):
    assert "multitud" not in normalise(text)


@pytest.mark.parametrize(("text", "same"), [("rates for 2025", "rates for the year"),
                                            ("price list for 2031", "price list for the year"),
                                            ("1999 Chevy", "year Chevy")])
def test_a_year_reads_as_the_word_year(text, same):
    assert normalise(text) == normalise(same)
    assert len(split_words(text)) == len(word_spans(text))


@pytest.mark.parametrize("text", ["mailer to 1,500 homes", "email to 800: 10% off", "9k list",
                                  "25+ yrs old"])
def test_counts_keep_their_place_for_highlighting(text):
    assert "multitud" in normalise(text)
    assert len(split_words(text)) == len(word_spans(text))


def test_accents_do_not_split_words():
    assert normalise("Résumé review, café menu") == normalise("resume review, cafe menu")


def test_a_german_sharp_s_is_spelled_ss_and_keeps_its_word_whole_for_highlighting():
    text = "Schweißkurs gebucht, Großmarkt 5 Uhr"
    assert normalise(text) == normalise("Schweisskurs gebucht, Grossmarkt 5 Uhr")
    assert [text[a:b] for a, b in word_spans(text)] == ["Schweißkurs", "gebucht", "Großmarkt",
                                                         "5", "Uhr"]


def test_no_word_is_listed_under_two_languages():
    assert len(LOANWORDS) == sum(len(words) for words in LANGUAGES.values())


@pytest.mark.parametrize("word", sorted(LOANWORDS))
def test_a_word_of_another_language_reads_as_its_english(word):
    # Filler words of other languages ("het", "voor") read as nothing, as English filler does.
    assert normalise(word) == normalise(LOANWORDS[word])
    assert normalise(word) or all(w in STOPWORDS for w in LOANWORDS[word].split())


@pytest.mark.parametrize(("compound", "english"), [
    ("Reifenlieferant", "supplier"),
    ("Zeitungsanzeige", "ad"),
    ("Jahresrabatt", "discount"),
    ("voorjaarskorting", "discount"),
    ("Seniorenmesse", "trade show"),
    ("fietsenbeurs", "trade fair"),
])
def test_a_german_or_dutch_compound_reads_as_its_last_part(compound, english):
    assert normalise(compound) == normalise(english)


@pytest.mark.parametrize("word", ["contractor", "understanding", "subscription", "interpreter",
                                  "photographer", "supermarket", "rainstorm", "alzheimer"])
def test_an_english_word_is_never_read_as_a_compound(word):
    assert normalise(word) == (snowballstemmer.stemmer("english").stemWord(word),)


@pytest.mark.parametrize("word", ["commesse", "promesse"])
def test_a_five_letter_head_needs_four_letters_before_it(word):
    # Italian shop assistants and promises are not a trade fair ("Messe").
    assert normalise(word) != normalise("messe")


def test_upper_case_words_keep_their_place_for_highlighting():
    text = "fixed the POS and IT stuff, new LED sign, pH log"
    spans = word_spans(text)
    assert [text[a:b] for a, b in spans] == ["fixed", "the", "POS", "and", "IT", "stuff", "new",
                                             "LED", "sign", "pH", "log"]
    assert len(split_words(text)) == len(spans)


def test_a_plus_dollar_amount_reads_as_an_add_on_and_keeps_its_place():
    text = "added a case, +$35"
    assert normalise(text)[-2:] == ("addon", "35")
    assert len(split_words(text)) == len(word_spans(text))
    assert normalise("+ $35") == ("amount", "35")   # a plus on its own is not the shorthand


@pytest.mark.parametrize(("text", "amount"), [("zippers now $35 flat", ("35",)),
                                              ("£1,200 a month", ("1", "200")),
                                              ("pint €5.60", ("5", "60")),
                                              ("a $3.5k deal", ("3", "5k"))])
def test_money_reads_as_amount_before_its_number_and_keeps_its_place(text, amount):
    words = normalise(text)
    at = words.index("amount")
    assert words[at + 1:at + 1 + len(amount)] == amount
    assert len(split_words(text)) == len(word_spans(text))


@pytest.mark.parametrize("text", ["$5/hr", "45$", "$ 35", "35 dollars", "amount-35", "2x$5",
                                  "NZ$4,200"])
def test_only_a_currency_sign_before_a_number_makes_an_amount(text):
    assert normalise(text).count("amount") == (1 if text == "amount-35" else 0)
    # A sign inside a word ("2x$5") is not money: read as an amount, the word before it would
    # merge with it and the highlight would fall on the wrong word.
    assert len(split_words(text)) == len(word_spans(text))
