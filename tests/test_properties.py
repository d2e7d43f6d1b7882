"""Properties of classification on the real rule set, over generated activity lines."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.engine import LABELS, Classifier, load_rules
from app.engine.classifier import STEPS
from app.engine.text import UPPER_CASE, split_words, word_spans

ROOT = Path(__file__).resolve().parent.parent
CLASSIFIER = Classifier(load_rules(ROOT / "rules"))
# A second classifier over the same rules; its word cache fills in a different order.
SECOND = Classifier(CLASSIFIER.ruleset)

# Words the rules use (so generated lines hit rules, vetoes and ties), plus filler, shorthand
# and made-up words. The few words whose capitals mean something else are left out on purpose:
# upper-case "IT" is the IT hat, "LED" a lamp, "POS" a till (text.UPPER_CASE).
CASED = {word.lower() for word in UPPER_CASE}
RULE_WORDS = sorted({w for rule in CLASSIFIER.ruleset.rules
                     for p in rule.patterns + rule.unless
                     for w in re.findall(r"[a-z]+", p.text.lower()) if w not in CASED})
EXTRA = ["the", "a", "with", "w/", "f/u", "mtg", "re:", "appt", "IG", "FB", "e-mail", "Bob",
         "Jenkins", "sold", "met", "3", "2024", "customer's", "follow-up"]
words = st.sampled_from(RULE_WORDS + EXTRA) | st.from_regex(r"[a-z]{1,9}", fullmatch=True).filter(
    lambda w: w not in CASED)
lines = st.lists(words, min_size=1, max_size=8)
spaces = st.sampled_from([" ", "  ", "   ", "\t", " \t "])
endings = st.sampled_from([".", "!", "?", "...", "!!", ",", ";", ":", " .", "?!"])

FAST = settings(max_examples=200, deadline=None)


def essence(result) -> tuple:
    return (result.label, result.rules, result.decided_by, result.category, result.contested,
            result.sources)


@FAST
@given(lines)
def test_classification_is_deterministic(parts):
    text = " ".join(parts)
    first = CLASSIFIER.classify(text).as_dict()
    second = CLASSIFIER.classify(text).as_dict()
    assert first == second
    # Another classifier, whose word cache has seen other texts, agrees.
    assert SECOND.classify(text).as_dict() == first


@FAST
@given(lines, st.sampled_from([str.lower, str.upper, str.title, str.capitalize]))
def test_case_does_not_change_the_tag(parts, case):
    text = " ".join(parts)
    assert essence(CLASSIFIER.classify(case(text))) == essence(CLASSIFIER.classify(text))


@FAST
@given(lines, st.lists(spaces, min_size=9, max_size=9), spaces, spaces)
def test_extra_spaces_do_not_change_the_tag(parts, gaps, before, after):
    text = " ".join(parts)
    spaced = before + "".join(w + g for w, g in zip(parts, gaps, strict=False)) + after
    assert essence(CLASSIFIER.classify(spaced)) == essence(CLASSIFIER.classify(text))


@FAST
@given(lines, endings)
def test_trailing_punctuation_does_not_change_the_tag(parts, ending):
    text = " ".join(parts)
    assert essence(CLASSIFIER.classify(text + ending)) == essence(CLASSIFIER.classify(text))


@FAST
@given(st.text(max_size=200))
def test_any_unicode_text_gets_one_of_the_four_labels(text):
    result = CLASSIFIER.classify(text)
    assert result.label in LABELS
    assert result.decided_by in STEPS
    assert (result.label == "unclassified") == (result.winner is None)
    json.dumps(result.as_dict(), ensure_ascii=False)


@FAST
@given(st.text(max_size=200)
       | st.lists(words | spaces | endings | st.text(max_size=3)).map("".join))
def test_reading_token_by_token_gives_the_words_of_the_whole_text(text):
    # The classifier reads each white-space token once and remembers it; the highlighting reads
    # the whole text. Both must see the same words, or a highlight lands on the wrong word.
    result = CLASSIFIER.classify(text)
    assert len(result.text_words) == len(split_words(text))
    spans = word_spans(text)
    if spans:
        # and the words an explanation quotes are the text's own, where the highlight falls
        assert result.text_words == tuple(text[a:b] for a, b in spans)
    for match in result.matches:
        assert all(0 <= spot < len(result.text_words) for spot in match.spots)


@FAST
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60), lines)
def test_a_tag_always_names_a_rule_and_a_source(noise, parts):
    result = CLASSIFIER.classify(noise + " " + " ".join(parts))
    if result.label != "unclassified":
        assert result.rules[0] == result.winner.rule.id
        assert result.winner.rule.label == result.label
        assert result.sources and result.sources[0] in CLASSIFIER.ruleset.documents
        assert result.explanation


HASH_SEED_RUN = """
import json, sys
from app.engine import Classifier, load_rules
tagger = Classifier(load_rules(sys.argv[1]))
print(json.dumps([tagger.classify(t).as_dict() for t in json.load(sys.stdin)]))
"""


def test_tags_do_not_change_with_pythons_hash_seed():
    """Another process, with another string hash seed, tags and explains every line the same."""
    root = Path(__file__).resolve().parent.parent
    lines = (root / "tests" / "data" / "devset-everyday258.tsv").read_text(encoding="utf-8")
    texts = [line.split("\t")[-1] for line in lines.splitlines()[1:]]
    # Two patterns of one rule as long as each other, one holding a word that vetoes the rule.
    texts.append("ordered 40kg atta + dal from wholesaler, called the supplier about the late "
                 "ghee delivery")
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        run = subprocess.run([sys.executable, "-c", HASH_SEED_RUN, str(root / "rules")],
                             input=json.dumps(texts), capture_output=True, text=True, cwd=root,
                             env={**os.environ, "PYTHONHASHSEED": seed}, check=True)
        outputs.add(run.stdout)
    assert len(outputs) == 1
