"""How often careful readers agree on the holdouts' labels, and how the engine does on them.

Run: .venv/bin/python scripts/agreement.py

tests/agreement/relabels.tsv holds 450 lines drawn at random (seed 20261127) from holdout176 to
holdout211, the sets written under the current labelling brief: the file, the line number, the
writer's label and the labels three other helpers gave each line blind (from the five documents
and the house policy alone, without the writer's label, the rules or each other's answers). The
texts are read from the holdout files, so the table holds no text of its own.
"""

from __future__ import annotations

import csv
from collections import Counter
from itertools import combinations
from pathlib import Path

from app.engine import Classifier, load_rules

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "agreement" / "relabels.tsv"


def kappa(a: list[str], b: list[str]) -> float:
    """Cohen's kappa: agreement beyond what the two label mixes would give by chance."""
    seen = sum(x == y for x, y in zip(a, b, strict=True)) / len(a)
    count_a, count_b = Counter(a), Counter(b)
    chance = sum(count_a[label] * count_b[label] for label in count_a) / len(a) ** 2
    return (seen - chance) / (1 - chance)


def share(a: list[str], b: list[str]) -> str:
    """The share of lines on which two lists of labels agree, as a percentage."""
    return f"{sum(x == y for x, y in zip(a, b, strict=True)) / len(a):.1%}"


def main() -> None:
    with TABLE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    classifier = Classifier(load_rules(ROOT / "rules"))
    texts: dict[str, list[str]] = {}
    engine = []
    for row in rows:
        if row["file"] not in texts:
            path = ROOT / "tests" / "data" / row["file"]
            texts[row["file"]] = path.read_text(encoding="utf-8").splitlines()
        text = texts[row["file"]][int(row["line"]) - 1].split("\t")[2]
        engine.append(classifier.classify(text).label)
    people = {name: [row[name] for row in rows]
              for name in ("writer", "reader1", "reader2", "reader3")}
    print(f"{len(rows)} holdout lines, relabelled blind by three readers")
    for one, other in combinations(people, 2):
        print(f"{one} vs {other}: {share(people[one], people[other])} "
              f"(kappa {kappa(people[one], people[other]):.2f})")
    unanimous = [i for i in range(len(rows)) if len({p[i] for p in people.values()}) == 1]
    print(f"all four agree on {len(unanimous)} of {len(rows)} lines")
    print(f"engine vs writer: {share(engine, people['writer'])} of all lines, "
          f"{share([engine[i] for i in unanimous], [people['writer'][i] for i in unanimous])} "
          f"of the lines all four agree on")


if __name__ == "__main__":
    main()
