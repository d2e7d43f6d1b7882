"""Compile the classifier to a C extension with mypyc, in place, for speed.

Run: .venv/bin/pip install -e '.[fast]' && .venv/bin/python scripts/compile.py [--clean]

Needs mypy (the `fast` extra) and a C compiler. Python then imports the compiled module in
place of app/engine/classifier.py; the engine refuses to start when that module is older than
its source, so run this again after every change to the classifier (or `--clean` to go back to
pure Python). `--root DIR` compiles the copy of the project in DIR instead.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULE = Path("app", "engine", "classifier.py")


def compiled(root: Path) -> list[Path]:
    """The compiled classifier's files under `root` (the module and its runtime library)."""
    engine = root / MODULE.parent
    return sorted(p for pattern in ("classifier.*.so", "classifier__mypyc.*.so", "*.pyd")
                  for p in engine.glob(pattern))


def build(root: Path) -> list[Path]:
    """Compile the classifier of the project in `root`; the files made."""
    # mypyc works in the current directory (C sources in ./build, the modules made in
    # ./app/engine): a scratch directory keeps both out of the project until they are done.
    with tempfile.TemporaryDirectory() as work:
        source = root.resolve() / MODULE
        made = Path(work) / MODULE.parent
        made.mkdir(parents=True)
        # Only the classifier is type-checked: the modules it imports are read, not judged.
        run = subprocess.run([sys.executable, "-m", "mypyc", "--follow-imports=silent",
                              "--ignore-missing-imports", str(source)], cwd=work,
                             capture_output=True, text=True)
        if run.returncode != 0:
            raise SystemExit(f"mypyc failed:\n{run.stdout}{run.stderr}")
        for module in made.glob("*.so"):
            shutil.move(str(module), source.parent / module.name)
    return compiled(root)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled classifier")
    parser.add_argument("--root", type=Path, default=ROOT, help="project to compile")
    args = parser.parse_args()
    for old in compiled(args.root):
        old.unlink()
    if args.clean:
        print("removed the compiled classifier: the engine is pure Python")
        return
    for made in build(args.root):
        print(f"made {made.relative_to(args.root.resolve())}")


if __name__ == "__main__":
    main()
