"""Compile the classifier and the modules it leans on to C extensions with mypyc, for speed.

Run: .venv/bin/pip install -e '.[fast]' && .venv/bin/python scripts/compile.py [--clean]

Needs mypy (the `fast` extra) and a C compiler. Python then imports the compiled modules in
place of app/engine/classifier.py, result.py, spelling.py and veto.py; the engine refuses to
start when they are older than any engine source, so run this again after every change to the
engine (or `--clean` to go back to pure Python). `--root DIR` compiles the copy of the
project in DIR.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENGINE = Path("app", "engine")
# The hot modules: the classifier and the values, vocabulary and vetoes it works with.
MODULES = ("classifier.py", "result.py", "spelling.py", "veto.py")
# Run by a separate Python in a scratch directory: mypyc builds through setuptools, which works
# in the current directory. `separate` gives each module its own library beside it, instead of
# one shared library at the top of the project. Only these modules are type-checked: the ones
# they import are read, not judged.
SETUP = """
import sys
from mypyc.build import mypycify
from setuptools import setup
setup(name="hatcheck-engine", script_args=["build_ext", "--inplace"],
      ext_modules=mypycify(["--follow-imports=silent", "--ignore-missing-imports", *sys.argv[1:]],
                           separate=True))
"""


def compiled(root: Path) -> list[Path]:
    """The compiled engine modules under `root`."""
    return sorted((root / ENGINE).glob("*.so"))


def build(root: Path) -> list[Path]:
    """Compile the hot engine modules of the project in `root`; the files made."""
    engine = root.resolve() / ENGINE
    with tempfile.TemporaryDirectory() as work:
        made = Path(work) / ENGINE
        made.mkdir(parents=True)
        run = subprocess.run([sys.executable, "-c", SETUP, *(str(engine / m) for m in MODULES)],
                             cwd=work, capture_output=True, text=True)
        if run.returncode != 0:
            raise SystemExit(f"mypyc failed:\n{run.stdout}{run.stderr}")
        for module in made.glob("*.so"):
            shutil.move(str(module), engine / module.name)
    return compiled(root)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    parser.add_argument("--root", type=Path, default=ROOT, help="project to compile")
    args = parser.parse_args()
    for old in compiled(args.root):
        old.unlink()
    if args.clean:
        print("removed the compiled modules: the engine is pure Python")
        return
    for made in build(args.root):
        print(f"made {made.relative_to(args.root.resolve())}")


if __name__ == "__main__":
    main()
