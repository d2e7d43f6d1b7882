"""The relabelled sample behind scripts/agreement.py still matches the holdout files it names."""

from __future__ import annotations

import csv
from pathlib import Path

from app.engine import LABELS

ROOT = Path(__file__).resolve().parent.parent


def test_every_relabelled_line_is_a_holdout_line_with_the_writers_label():
    with (ROOT / "tests" / "agreement" / "relabels.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert len(rows) == 450
    assert len({(row["file"], row["line"]) for row in rows}) == len(rows)
    for row in rows:
        lines = (ROOT / "tests" / "data" / row["file"]).read_text(encoding="utf-8").splitlines()
        assert lines[int(row["line"]) - 1].split("\t")[0] == row["writer"], row
        assert {row["reader1"], row["reader2"], row["reader3"]} <= set(LABELS) - {"unclassified"}
