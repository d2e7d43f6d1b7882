"""The owner's own rules, joined to the built-in ones."""

from __future__ import annotations

from typing import Any

from app.engine.rules import RuleError, RuleSet, build_rules


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
