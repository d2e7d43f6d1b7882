"""Benchmark: activities classified per second, with full explanations, on one core.

Run: .venv/bin/python scripts/benchmark.py [--activities N]

It measures the engine as installed: pure Python, or compiled by scripts/compile.py (it says
which).

Prints the rate on the built-in rule set, on rule sets grown to 100, 1,000 and 5,000 rules with
synthetic rules, and the slowdown from 100 to 5,000 rules. The activities are the lines of
tests/data/devset.tsv, cycled.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from app.engine import Classifier, load_rules
from app.engine import classifier as engine
from app.engine.evaluation import read_labelled
from app.engine.rules import Rule, build_rules

ROOT = Path(__file__).resolve().parent.parent


def synthetic_rules(count: int, seed: int = 7) -> Classifier:
    """The built-in rules plus generated ones up to `count` rules in all.

    Generated rules use invented words, so every activity matches the same rules as with the
    built-in set alone: the figure shows how the lookup scales with the size of the rule set,
    not how the number of matches grows.
    """
    rng = random.Random(seed)
    real = load_rules(ROOT / "rules")
    document = next(iter(real.documents))

    def word() -> str:
        return "".join(rng.choice("bcdfghjklmnprstvz") + rng.choice("aeiou") for _ in range(3))

    raw = [(rule.file, _table(rule)) for rule in real.rules]
    for i in range(count - len(raw)):
        raw.append(("synthetic.toml", {
            "id": f"rule-{i}", "label": rng.choice(["marketing", "sales", "other"]),
            "category": f"Category {i % 40}",
            "phrases": [" ".join(word() for _ in range(rng.randint(1, 3))) for _ in range(3)],
            "all_words": [f"{word()} {word()}"],
            "unless": [word()] if i % 5 == 0 else [],
            "document": document, "passage": "synthetic", "explanation": f"Synthetic rule {i}.",
        }))
    return Classifier(build_rules(raw, real.documents, real.disagreements))


def _table(rule: Rule) -> dict[str, object]:
    """A built-in rule back as the table it was read from (examples left out)."""
    return {
        "id": rule.id, "label": rule.label, "category": rule.category,
        "phrases": [p.text for p in rule.patterns if p.contiguous],
        "all_words": [p.text for p in rule.patterns if not p.contiguous],
        "unless": [u.text for u in rule.unless], "document": rule.source.document,
        "passage": rule.source.passage, "explanation": rule.explanation,
        "fallback": rule.fallback,
        **({"disagreement": rule.disagreement} if rule.disagreement else {}),
    }


def rates(classifiers: dict[str, Classifier], texts: list[str], activities: int,
          repeats: int = 15) -> dict[str, float]:
    """Best activities per second of each classifier over `repeats` rounds.

    The rounds take the classifiers in turn, so that a slow spell of a shared machine touches
    all of them alike; the best round is the one least disturbed, as timeit reports.
    """
    batch = (texts * (activities // len(texts) + 1))[:activities]
    for classifier in classifiers.values():
        for text in texts:
            classifier.classify(text)
    best = dict.fromkeys(classifiers, float("inf"))
    for _ in range(repeats):
        for name, classifier in classifiers.items():
            start = time.perf_counter()
            for text in batch:
                classifier.classify(text)
            best[name] = min(best[name], time.perf_counter() - start)
    return {name: activities / seconds for name, seconds in best.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=10_000)
    args = parser.parse_args()
    lines = (ROOT / "tests" / "data" / "devset.tsv").read_text(encoding="utf-8").splitlines()
    texts = [text for _, text in read_labelled(lines, "devset.tsv")]
    builtin = Classifier(load_rules(ROOT / "rules"))
    classifiers = {f"built-in rules ({len(builtin.ruleset.rules)})": builtin}
    classifiers.update({f"{count:>5} synthetic rules": synthetic_rules(count)
                        for count in (100, 1000, 5000)})
    kind = "compiled by mypyc" if Path(engine.__file__).suffix != ".py" else "pure Python"
    print(f"engine: {kind}; {len(texts)} distinct activity lines; best of 15 rounds of "
          f"{args.activities:,}")
    found = rates(classifiers, texts, args.activities)
    for name, rate in found.items():
        print(f"{name}: {rate:,.0f} /s")
    print(f"slowdown 100 -> 5,000 rules: "
          f"{found['  100 synthetic rules'] / found[' 5000 synthetic rules']:.2f}x")


if __name__ == "__main__":
    main()
