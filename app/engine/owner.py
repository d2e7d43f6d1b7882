"""The owner's own rules, joined to the built-in ones."""

from __future__ import annotations

import re
import tomllib
from typing import Any

from app.engine.rules import RuleError, RuleSet, build_rules

OWNER_FIELDS = frozenset({"id", "label", "category", "phrases", "all_words", "unless",
                          "explanation"})


def owner_tables(text: str, name: str = "the file") -> list[dict[str, Any]]:
    """The [[rule]] tables of an owner's rule file (as exported), with only the fields an
    owner's rule may have; anything else raises RuleError naming the file, rule and field."""
    try:
        tables = tomllib.loads(text).get("rule", [])
    except tomllib.TOMLDecodeError as err:
        raise RuleError(name, f"not valid TOML: {err}") from None
    if not isinstance(tables, list) or not tables:
        raise RuleError(name, "no [[rule]] tables in it")
    for table in tables:
        if not isinstance(table, dict):
            raise RuleError(name, "rules must be written as [[rule]] tables")
        extra = sorted(set(table) - OWNER_FIELDS)
        if extra:
            raise RuleError(name, "your rules cannot cite documents; remove it",
                            str(table.get("id", "?")), extra[0])
        if not isinstance(table.get("id"), str) or not re.fullmatch(r"[a-z0-9-]{1,80}",
                                                                    table["id"]):
            raise RuleError(name, "ids are 1 to 80 lower-case letters, digits or dashes",
                            str(table.get("id", "?")), "id")
    return tables


def with_owner_rules(built_in: RuleSet, owner: list[dict[str, Any]],
                     switched_off: frozenset[str] = frozenset()) -> RuleSet:
    """The built-in rules less those switched off, followed by the owner's rules (validated).

    Owner rule ids may not reuse a built-in id; a broken owner rule raises RuleError naming it.
    """
    taken = {rule.id for rule in built_in.rules}
    for table in owner:
        if table.get("id") in taken:
            raise RuleError("your rules", "the id is already a built-in rule's", table["id"], "id")
    mine = build_rules([("your rules", t) for t in owner], built_in.documents,
                       built_in.disagreements, origin="owner", first=len(built_in.rules))
    kept = tuple(r for r in built_in.rules if r.id not in switched_off)
    return RuleSet(rules=kept + mine.rules, documents=built_in.documents,
                   disagreements=built_in.disagreements)
