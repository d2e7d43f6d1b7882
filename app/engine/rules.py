"""Rule values and the loader that reads and validates `rules/*.toml`."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.engine.text import normalise

LABELS: tuple[str, ...] = ("marketing", "sales", "other", "unclassified")
RULE_LABELS: tuple[str, ...] = LABELS[:3]
DOCUMENTS_FILE = "documents.toml"
DISAGREEMENTS_FILE = "disagreements.toml"
_RULE_KEYS = {
    "id", "label", "category", "phrases", "all_words", "unless", "document", "passage",
    "extends", "explanation", "examples", "counter_examples", "fallback", "disagreement", "also",
}


class RuleError(ValueError):
    """A rule file is broken; the message names the file, the rule and the field."""

    def __init__(self, file: str, message: str, rule_id: str | None = None,
                 field_name: str | None = None) -> None:
        where = file
        if rule_id:
            where += f": rule '{rule_id}'"
        if field_name:
            where += f": field '{field_name}'"
        super().__init__(f"{where}: {message}")
        self.file, self.rule_id, self.field_name = file, rule_id, field_name


@dataclass(frozen=True)
class Pattern:
    """One way a rule matches: contiguous words (a phrase) or words in any order."""

    text: str
    words: tuple[str, ...]
    contiguous: bool


@dataclass(frozen=True)
class Source:
    """A passage of a source document."""

    document: str
    passage: str


OWNER_SOURCE = Source(document="", passage="")


@dataclass(frozen=True)
class Rule:
    """One rule: what it matches, what it decides, and where that comes from."""

    id: str
    label: str
    category: str
    patterns: tuple[Pattern, ...]
    explanation: str
    source: Source
    file: str
    order: int
    unless: tuple[Pattern, ...] = ()
    extends: str | None = None
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    fallback: bool = False
    disagreement: str | None = None
    origin: str = "built-in"
    also: tuple[Source, ...] = ()

    @property
    def documents(self) -> tuple[str, ...]:
        """The documents the rule cites, its main source first, each once."""
        cited = (self.source.document, *(s.document for s in self.also))
        return tuple(dict.fromkeys(d for d in cited if d))

    def __hash__(self) -> int:
        return hash((self.id, self.origin))


@dataclass(frozen=True)
class Side:
    """One document's position in a disagreement."""

    label: str
    document: str
    passage: str


@dataclass(frozen=True)
class Disagreement:
    """A topic the documents put on different sides, and the policy that picks one."""

    id: str
    topic: str
    decision: str
    policy: str
    sides: tuple[Side, ...]


@dataclass(frozen=True)
class RuleSet:
    """All rules in file order, with the documents and disagreements they cite."""

    rules: tuple[Rule, ...]
    documents: dict[str, str] = field(default_factory=dict)
    disagreements: dict[str, Disagreement] = field(default_factory=dict)

    def rule(self, rule_id: str) -> Rule:
        """Return the rule with this id (KeyError if none)."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def load_rules(directory: str | Path) -> RuleSet:
    """Read every rule file in `directory` and validate the whole set.

    `documents.toml` and `disagreements.toml` are read first; every other `*.toml` is a rule
    file, read in name order, so file order is the last tie-break of the classifier.
    """
    directory = Path(directory)
    documents = {
        doc["file"]: doc["title"]
        for doc in _read(directory / DOCUMENTS_FILE).get("document", [])
    }
    disagreements = _read_disagreements(directory / DISAGREEMENTS_FILE, documents)
    raw: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(directory.glob("*.toml")):
        if path.name in (DOCUMENTS_FILE, DISAGREEMENTS_FILE):
            continue
        tables = _read(path).get("rule", [])
        if not isinstance(tables, list):
            raise RuleError(path.name, "rules must be written as [[rule]] tables")
        raw.extend((path.name, table) for table in tables)
    return build_rules(raw, documents, disagreements)


def build_rules(raw: list[tuple[str, dict[str, Any]]], documents: dict[str, str],
                disagreements: dict[str, Disagreement], origin: str = "built-in",
                first: int = 0) -> RuleSet:
    """Validate raw rule tables (file name, table) and turn them into a RuleSet.

    `origin="owner"` marks the owner's own rules, which need not cite a document; `first` is
    the file order of the first rule, so that owner rules can follow the built-in ones.
    """
    by_id: dict[str, tuple[str, dict[str, Any]]] = {}
    for file, table in raw:
        rule_id = table.get("id")
        if not isinstance(rule_id, str) or not rule_id.strip():
            raise RuleError(file, "every rule needs a non-empty string id", field_name="id")
        if rule_id in by_id:
            raise RuleError(file, f"duplicate id (also in {by_id[rule_id][0]})", rule_id, "id")
        by_id[rule_id] = (file, table)
    rules = tuple(
        _build_rule(file, table, order, by_id, documents, disagreements, origin)
        for order, (file, table) in enumerate(raw, start=first)
    )
    return RuleSet(rules=rules, documents=documents, disagreements=disagreements)


def _build_rule(file: str, t: dict[str, Any], order: int,
                by_id: dict[str, tuple[str, dict[str, Any]]], documents: dict[str, str],
                disagreements: dict[str, Disagreement], origin: str) -> Rule:
    rid = t["id"]

    def fail(field_name: str, message: str) -> RuleError:
        return RuleError(file, message, rid, field_name)

    unknown = set(t) - _RULE_KEYS
    if unknown:
        raise fail(sorted(unknown)[0], "unknown field")
    label = t.get("label")
    if label not in RULE_LABELS:
        raise fail("label", f"unknown label {label!r} (expected one of {', '.join(RULE_LABELS)})")
    for name in ("category", "explanation"):
        if not isinstance(t.get(name), str) or not t[name].strip():
            raise fail(name, "missing or empty")
    patterns = _patterns(t, "phrases", True, fail) + _patterns(t, "all_words", False, fail)
    if not patterns:
        raise fail("phrases", "a rule needs at least one of phrases or all_words")
    owned = origin == "owner" and not {"document", "passage", "extends"} & t.keys()
    # An owner's rule cites no document: its source is the owner.
    source = OWNER_SOURCE if owned else _source(t, by_id, documents, fail)
    disagreement = t.get("disagreement")
    if disagreement is not None:
        if disagreement not in disagreements:
            raise fail("disagreement", f"no disagreement {disagreement!r} in {DISAGREEMENTS_FILE}")
        if label not in {side.label for side in disagreements[disagreement].sides}:
            raise fail("label", f"{label!r} is not a side of disagreement {disagreement!r}")
    return Rule(
        id=rid, label=label, category=t["category"].strip(), patterns=patterns,
        explanation=" ".join(t["explanation"].split()), source=source, file=file, order=order,
        unless=_patterns(t, "unless", True, fail), extends=t.get("extends"),
        examples=tuple(_strings(t, "examples", fail)),
        counter_examples=tuple(_strings(t, "counter_examples", fail)),
        fallback=bool(t.get("fallback", False)), disagreement=disagreement, origin=origin,
        also=_also(t, documents, fail),
    )


def _strings(t: dict[str, Any], name: str, fail: Any) -> list[str]:
    value = t.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise fail(name, "must be a list of non-empty strings")
    return value


def _patterns(t: dict[str, Any], name: str, contiguous: bool, fail: Any) -> tuple[Pattern, ...]:
    patterns = []
    for text in _strings(t, name, fail):
        words = normalise(text)
        if not words:
            raise fail(name, f"{text!r} has no words left after normalisation")
        patterns.append(Pattern(text=text, words=words, contiguous=contiguous))
    return tuple(patterns)


def _source(t: dict[str, Any], by_id: dict[str, tuple[str, dict[str, Any]]],
            documents: dict[str, str], fail: Any) -> Source:
    """Cited rules name a document and passage; extensions inherit their base rule's source."""
    if "extends" in t:
        if "document" in t or "passage" in t:
            raise fail("extends", "a rule either cites a document or extends a rule, not both")
        base_id = t["extends"]
        seen = {t["id"]}
        while base_id in by_id and "extends" in by_id[base_id][1]:
            if base_id in seen:
                raise fail("extends", f"extends loops through {base_id!r}")
            seen.add(base_id)
            base_id = by_id[base_id][1]["extends"]
        if base_id not in by_id:
            raise fail("extends", f"no rule {base_id!r} to extend")
        base = by_id[base_id][1]
        if base.get("label") != t.get("label"):
            raise fail("extends", f"extends {base_id!r}, which has another label")
        t = base
    document, passage = t.get("document"), t.get("passage")
    if document not in documents:
        raise fail("document", f"unknown document {document!r} (see {DOCUMENTS_FILE})")
    if not isinstance(passage, str) or not passage.strip():
        raise fail("passage", "missing or empty")
    return Source(document=document, passage=passage.strip())


def _also(t: dict[str, Any], documents: dict[str, str], fail: Any) -> tuple[Source, ...]:
    """Further passages, in other documents, that say the same as the rule's main source."""
    also = t.get("also", [])
    if not isinstance(also, list) or not all(isinstance(a, dict) for a in also):
        raise fail("also", "must be a list of {document, passage} tables")
    for a in also:
        if a.get("document") not in documents:
            raise fail("also", f"unknown document {a.get('document')!r} (see {DOCUMENTS_FILE})")
        if not isinstance(a.get("passage"), str) or not a["passage"].strip():
            raise fail("also", "every entry needs a passage")
    return tuple(Source(a["document"], a["passage"].strip()) for a in also)


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise RuleError(path.name, "file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise RuleError(path.name, f"not valid TOML: {err}") from None


def _read_disagreements(path: Path, documents: dict[str, str]) -> dict[str, Disagreement]:
    result = {}
    for t in _read(path).get("disagreement", []):
        did = t.get("id", "?")
        try:
            sides = tuple(Side(s["label"], s["document"], s["passage"]) for s in t["side"])
            item = Disagreement(did, t["topic"], t["decision"], t["policy"], sides)
        except (KeyError, TypeError) as err:
            raise RuleError(path.name, f"disagreement {did!r}: missing {err}") from None
        labels = {side.label for side in sides}
        if len(labels) < 2 or item.decision not in labels:
            raise RuleError(path.name, f"disagreement {did!r}: needs two labels and a decision "
                            "that is one of them")
        for side in sides:
            if side.document not in documents:
                raise RuleError(path.name, f"disagreement {did!r}: unknown document "
                                f"{side.document!r}")
        result[did] = item
    return result

