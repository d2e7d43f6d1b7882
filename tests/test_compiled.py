"""The classifier compiled by scripts/compile.py tags and explains exactly as pure Python does."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.engine import Classifier, load_rules
from app.engine.evaluation import read_labelled

ROOT = Path(__file__).resolve().parent.parent
SETS = ["devset.tsv", "devset-unusual.tsv", "devset-everyday145.tsv", "devset-everyday147.tsv"]
# Runs in a child process that imports the compiled copy of the project.
TAG = """
import json, sys
from app.engine import Classifier, classifier, load_rules
tagger = Classifier(load_rules(sys.argv[1]))
texts = json.load(sys.stdin)
print(json.dumps({"module": classifier.__file__,
                  "results": [tagger.classify(t).as_dict() for t in texts]}))
"""


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    """A copy of the project with its classifier compiled."""
    root = tmp_path_factory.mktemp("compiled")
    shutil.copytree(ROOT / "app", root / "app",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    script = ROOT / "scripts" / "compile.py"
    run = subprocess.run([sys.executable, str(script), "--root", str(root)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert all(f"made app/engine/{m}." in run.stdout for m in ("classifier", "result", "spelling"))
    return root


def _texts() -> list[str]:
    texts = []
    for name in SETS:
        lines = (ROOT / "tests" / "data" / name).read_text(encoding="utf-8").splitlines()
        texts += [text for _, text in read_labelled(lines, name)]
    return texts


def _run(root: Path, texts: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([sys.executable, "-c", TAG, str(ROOT / "rules")], input=json.dumps(texts),
                          capture_output=True, text=True, env=env, cwd=root)


def test_compiled_classifier_gives_the_same_tags_and_explanations(compiled):
    texts = _texts()
    run = _run(compiled, texts)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["module"].startswith(str(compiled)) and not out["module"].endswith(".py")
    pure = Classifier(load_rules(ROOT / "rules"))
    expected = [pure.classify(t).as_dict() for t in texts]
    assert len(texts) > 5000
    assert out["results"] == expected


def test_a_compiled_classifier_older_than_the_engine_source_refuses_to_start(compiled):
    source = compiled / "app" / "engine" / "text.py"
    before = source.stat()
    # The copy keeps the sources' own times, so an edit is "after the newest compiled module".
    built = max(p.stat().st_mtime for p in source.parent.glob("*.so"))
    try:
        os.utime(source, (before.st_atime, built + 60))
        run = _run(compiled, ["payroll"])
        assert run.returncode != 0
        assert "older than" in run.stderr and "scripts/compile.py" in run.stderr
    finally:
        os.utime(source, (before.st_atime, before.st_mtime))
