"""False friends: an English word read in the language of the line it stands in."""

from pathlib import Path

import pytest

from app.engine import Classifier, load_rules
from app.engine.language import SUSPECTS, language_of, reading
from app.engine.loanwords import FALSE_FRIENDS, LANGUAGES
from app.engine.text import normalise

CLASSIFIER = Classifier(load_rules(Path(__file__).resolve().parent.parent / "rules"))


@pytest.mark.parametrize(("line", "language"), [
    ("Met de boer onderhandeld over de prijs van jonge kaas", "Dutch"),
    ("Stand auf der Messe gebucht, Rollup bestellt", "German"),
    ("fattura con il fornitore per la consegna, stand alla fiera", "Italian"),
])
def test_a_line_in_another_language_reads_its_false_friends_so(line, language):
    assert language_of(line.split()) == language


@pytest.mark.parametrize("line", [
    "met Jan at the bakery, quoted 3 cakes",
    "stand at the Home Show, 40 leads",
    # One word of another language is not enough to say the line is written in it.
    "met the klant at the fair",
])
def test_an_english_line_keeps_its_english_words(line):
    assert language_of(line.split()) is None


@pytest.mark.parametrize(("line", "label"), [
    # "met" is "with": a price haggled with a farmer is buying, not a sale to someone met.
    ("Met de boer onderhandeld over de prijs van jonge kaas, 20 cent per kilo minder", "other"),
    ("Sollicitatiegesprek met nieuwe assistente", "other"),
    ("Stand auf der Hausbaumesse Augsburg gebucht, Rollup bestellt", "marketing"),
    # "pedi" is a pedicure in English shorthand and "I asked" in Portuguese.
    ("pedi pra Juliana me indicar pras amigas da academia dela", "sales"),
    # "bu" is a bushel in an English farm log and "Mrs" in Indonesian; "DP" a deposit there.
    ("Bu Nani pesen kue ultah 3 tingkat, diskusi desain via WA", "sales"),
    ("2025 seed price list - certified $18/bu", "marketing"),
    ("Bu Ratna udah DP 3 kamar utk tgl 20", "sales"),
    ("researched DP day rates regionally, non-union", "marketing"),
    # "concurrent" is a competitor in Dutch; "stand" a booth at a fair, as in German.
    ("bij concurrent in centrum gekeken welke prijzen ze vragen voor rouwwerk", "marketing"),
    ("concurrent review w/ Optum, got 10 more IOP days approved", "other"),
    ("stand voor zaterdag geregeld", "marketing"),
    # "est" is "is" in French, not the estimate of an English note.
    ("La machine à coudre Singer est en panne, l'amener chez le réparateur", "other"),
    ("sent est to Mrs Lee for the new deck", "sales"),
    # "prev." is an Italian owner's quote (preventivo); in English, the previous one.
    ("prev. carretto gelati x il matrimonio Bellini, mandato via mail", "sales"),
    ("prev owner left the boiler in a state, replaced the valve", "other"),
])
def test_false_friends_read_in_the_line_s_language_tag_right(line, label):
    assert CLASSIFIER.classify(line).label == label


def test_a_word_read_in_another_language_is_not_remembered_for_english_lines():
    dutch = CLASSIFIER.classify("Met de boer onderhandeld over de prijs")
    english = CLASSIFIER.classify("Met Jan at the bakery, quoted 3 cakes")
    assert "Met" not in dutch.matched
    assert "Met" in " ".join(english.matched)


def test_a_token_holding_a_false_friend_reads_the_same_whatever_was_read_before():
    # "réservé" holds the French false friend "reserve"; read once in a French line, it must not
    # be remembered that way for a later line with no other sign of French.
    line = "M. Lucas a réservé pr samedi"
    fresh = Classifier(CLASSIFIER.ruleset).classify(line)
    classifier = Classifier(CLASSIFIER.ruleset)
    classifier.classify("Salon des vins de la foire de Mâcon : stand réservé pour le week-end")
    after = classifier.classify(line)
    assert (after.label, after.rules, after.matched) == (fresh.label, fresh.rules, fresh.matched)


@pytest.mark.parametrize(("written", "plain", "language"), [
    ("marqué", "marque", "Spanish"), ("engagée", "engagee", "French")])
def test_a_false_friend_listed_with_its_accent_is_read_with_or_without_it(written, plain,
                                                                          language):
    assert {written, plain} <= SUSPECTS
    assert reading(plain, language) == normalise(FALSE_FRIENDS[language][written])


def test_false_friends_belong_to_languages_the_engine_reads_and_are_not_their_loanwords():
    assert set(FALSE_FRIENDS) <= set(LANGUAGES)
    for language, friends in FALSE_FRIENDS.items():
        assert not set(friends) & set(LANGUAGES[language]), language
