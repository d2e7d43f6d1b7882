"""Benchmark: machine instructions per activity tagged, counted by Valgrind (callgrind).

Run: .venv/bin/python scripts/instructions.py

Wall-clock rates on a shared machine swing by a third between runs; an instruction count does
not, so it compares two versions of the engine where `benchmark.py` cannot. The script tags the
development lines once and three times under callgrind and divides the difference, so that
start-up (imports, reading the rules, warming the word cache) cancels out. Needs `valgrind`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from app.engine.evaluation import read_labelled

ROOT = Path(__file__).resolve().parent.parent
RUN = """
import sys
from app.engine import Classifier, load_rules
from app.engine.evaluation import read_labelled
lines = open("tests/data/devset.tsv", encoding="utf-8").read().splitlines()
texts = [text for _, text in read_labelled(lines, "devset.tsv")]
classifier = Classifier(load_rules("rules"))
for _ in range(int(sys.argv[1])):
    for text in texts:
        classifier.classify(text)
"""


def instructions(rounds: int) -> int:
    """Instructions callgrind counts for a run that tags the development lines `rounds` times."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         "-c", RUN, str(rounds)], cwd=ROOT, capture_output=True, text=True, check=True)
    return int(re.search(r"Collected : (\d+)", done.stderr)[1])


def main() -> None:
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (Debian: apt-get install valgrind)")
    lines = (ROOT / "tests" / "data" / "devset.tsv").read_text(encoding="utf-8").splitlines()
    count = len(read_labelled(lines, "devset.tsv"))
    per_activity = (instructions(3) - instructions(1)) / (2 * count)
    print(f"{per_activity:,.0f} instructions per activity ({count:,} development lines)")


if __name__ == "__main__":
    main()
