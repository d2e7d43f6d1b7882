"""The engine is the pure core: it imports nothing from the web, form or database layers."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ENGINE = ROOT / "app" / "engine"
FORBIDDEN = ("flask", "flask_wtf", "wtforms", "sqlalchemy", "flask_sqlalchemy")
ENGINE_FILES = sorted(ENGINE.rglob("*.py"))


def imported_modules(path: Path) -> list[str]:
    """Every module a file imports, at any depth (inside functions and `if` blocks too)."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def forbidden(modules) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in FORBIDDEN)


def test_the_engine_has_the_modules_the_app_uses():
    names = {p.stem for p in ENGINE_FILES}
    assert {"__init__", "text", "rules", "classifier", "lint", "evaluation"} <= names


@pytest.mark.parametrize("path", ENGINE_FILES, ids=lambda p: p.name)
def test_engine_module_imports_no_web_form_or_database_layer(path):
    assert forbidden(imported_modules(path)) == [], f"{path.name} imports the web layer"


def test_the_import_check_sees_every_form_of_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import flask\nfrom wtforms import Form\n"
                      "def f():\n    import sqlalchemy.orm\n    from flask_wtf import FlaskForm\n")
    assert forbidden(imported_modules(sample)) == [
        "flask", "flask_wtf", "sqlalchemy.orm", "wtforms"]


def _loaded_after(code: str) -> list[str]:
    """The forbidden modules in sys.modules after running `code` in a fresh interpreter."""
    probe = (f"{code}\nimport sys, json\n"
             f"print(json.dumps(sorted(m for m in sys.modules "
             f"if m.split('.')[0] in {FORBIDDEN!r})))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_engine_modules_pull_in_no_web_layer_through_their_dependencies():
    # The `app` package is replaced by an empty stand-in so that only the engine's own import
    # chain runs (its modules and third-party dependencies such as snowballstemmer).
    stub = ("import sys, types\n"
            "pkg = types.ModuleType('app')\n"
            f"pkg.__path__ = [{str(ROOT / 'app')!r}]\n"
            "sys.modules['app'] = pkg\n")
    dotted = (".".join(p.relative_to(ROOT).with_suffix("").parts) for p in ENGINE_FILES)
    modules = ", ".join(name.removesuffix(".__init__") for name in dotted
                        if name != "app.engine.__init__")
    assert _loaded_after(stub + f"import app.engine, {modules}") == []


def test_importing_app_engine_loads_no_web_layer():
    # What a script or worker that only wants the engine does.
    loaded = _loaded_after("import app.engine")
    assert loaded == [], f"`import app.engine` loads {loaded[:3]}... (through app/__init__.py?)"
