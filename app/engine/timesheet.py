"""Reading time-tracker exports (Toggl, Clockify, Harvest) and generic CSV tables into rows.

The kind of file is recognised by its header names, whatever their order. Separators (comma,
semicolon, tab) are detected, a UTF-8 byte-order mark is dropped, and decimal commas and the
users' date formats (2024-03-04, 03/04/2024, 04.03.2024) are read. Every problem names its line
and column.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property, lru_cache

from app.engine.entry import parse_duration

MAX_ROWS = 10_000


@dataclass(frozen=True)
class Row:
    """One activity read from an export."""

    line: int
    day: date
    minutes: int
    description: str
    person: str = ""
    context: str = ""
    start: str = ""
    uid: str = ""

    @cached_property
    def key(self) -> str:
        """The same row imported twice has the same key.

        A calendar event is known by its UID and start, whatever hint the import added to it
        (which depends on the email the owner typed).
        """
        if self.uid:
            raw = "|".join(("event", self.uid, self.day.isoformat(), self.start))
        else:
            raw = "|".join((self.day.isoformat(), self.start, str(self.minutes),
                            self.description, self.person, self.context))
        return hashlib.sha256(raw.encode()).hexdigest()[:32]


@dataclass(frozen=True)
class Problem:
    """A line (0 for the whole file) that could not be read, where and why."""

    line: int
    column: str
    reason: str


class ImportRefused(ValueError):
    """The whole file cannot be read (wrong kind, encoding, a missing required column)."""


# Each format: its name, the headers that recognise it, and which column means what.
_FORMATS = [
    ("Toggl Track", {"user", "description", "start date", "duration"},
     {"description": ["description"], "date": ["start date"], "start": ["start time"],
      "duration": ["duration"], "person": ["user"], "context": ["project", "task", "client"]}),
    ("Clockify", {"description", "start date", "duration (decimal)"},
     {"description": ["description"], "date": ["start date"], "start": ["start time"],
      "hours": ["duration (decimal)"], "person": ["user"],
      "context": ["project", "task", "activity", "client"]}),
    ("Harvest", {"date", "notes", "hours", "first name", "last name"},
     {"description": ["notes"], "date": ["date"], "hours": ["hours"],
      "person": ["first name", "last name"], "context": ["project", "task", "client"]}),
]
_GENERIC = {
    "description": ["description", "activity", "what", "task", "notes", "note", "summary",
                    "title", "details"],
    "date": ["date", "day", "start date", "when"],
    "duration": ["duration", "time", "length", "how long"],
    "hours": ["hours", "hrs", "duration (h)", "duration (hours)"],
    "minutes": ["minutes", "mins", "duration (minutes)"],
    "person": ["person", "who", "user", "name", "employee", "staff"],
}


def read_table(data: bytes, week_start: date | None = None) -> tuple[str, list[Row],
                                                                     list[Problem]]:
    """The kind of file, its rows and the lines that could not be read."""
    text = _decode(data)
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = next(reader, None)
    if not header or not any(h.strip() for h in header):
        raise ImportRefused("The file is empty.")
    names = [h.strip().strip('"').lower() for h in header]
    kind, columns = _recognise(names)
    rows, problems = [], []
    for line, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(rows) + len(problems) >= MAX_ROWS:
            raise ImportRefused(f"The file has more than {MAX_ROWS:,} rows; split it.")
        record = dict(zip(names, cells, strict=False))
        try:
            rows.append(_row(line, record, columns, week_start))
        except _CellError as err:
            problems.append(Problem(line, err.column, err.reason))
    return kind, rows, problems


class _CellError(ValueError):
    def __init__(self, column: str, reason: str) -> None:
        super().__init__(reason)
        self.column, self.reason = column, reason


def _decode(data: bytes) -> str:
    encoding = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise ImportRefused(f"The file is not text in UTF-8 (byte {err.start + 1} is not): save "
                            "it as CSV UTF-8 and try again.") from None
    if "\x00" in text:
        raise ImportRefused("The file is not a text table: export it as CSV and try again.")
    return text


def _recognise(names: list[str]) -> tuple[str, dict[str, list[str]]]:
    present = set(names)
    for kind, required, columns in _FORMATS:
        if required <= present:
            return kind, columns
    columns = {role: [c for c in options if c in present][:1]
               for role, options in _GENERIC.items()}
    missing = [role for role in ("description", "date") if not columns[role]]
    if not (columns["duration"] or columns["hours"] or columns["minutes"]):
        missing.append("duration")
    if missing:
        raise ImportRefused(
            "Not a time-tracker export Hatcheck knows, and no column for "
            f"{' or '.join(missing)} (found: {', '.join(names)}). Name the columns "
            "description, date, duration and person.")
    return "CSV table", columns


def _row(line: int, record: dict[str, str], columns: dict[str, list[str]],
         week_start: date | None) -> Row:
    def cell(role: str) -> tuple[str, str]:
        for name in columns.get(role, []):
            value = (record.get(name) or "").strip()
            if value:
                return name, value
        return (columns.get(role) or [role])[0], ""

    name, description = cell("description")
    context = " / ".join(v for v in ((record.get(c) or "").strip()
                                     for c in columns.get("context", [])) if v)
    if not description:
        description = context
    if not description:
        raise _CellError(name, "no description")
    if len(description) > 500:
        raise _CellError(name, f"the description is {len(description)} characters; 500 at most")
    name, raw_date = cell("date")
    day = _date(name, raw_date, week_start)
    minutes = _minutes(columns, cell)
    person = " ".join((record.get(c) or "").strip() for c in columns.get("person", [])).strip()
    return Row(line=line, day=day, minutes=minutes, description=description, person=person[:80],
               context=context, start=cell("start")[1])


def _date(column: str, value: str, week_start: date | None) -> date:
    """A date in any of the formats trackers write; 03/04/2024 is read the way that puts it
    in the audit's week when one way does (else as US month/day)."""
    if not value:
        raise _CellError(column, "no date")
    found = _readings(value.split("T")[0].split(" ")[0])
    if not found:
        raise _CellError(column, f"“{value}” is not a date")
    if week_start is not None and len(found) > 1:
        return min(found, key=lambda d: not 0 <= (d - week_start).days < 7)
    return found[0]


@lru_cache(maxsize=4096)
def _readings(value: str) -> tuple[date, ...]:
    """Every date the text can mean, most likely first (a file repeats its few dates)."""
    found = []
    for pattern in ("%Y-%m-%d", "%m/%d/%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d", "%m/%d/%y"):
        try:
            found.append(datetime.strptime(value, pattern).date())
        except ValueError:
            continue
    return tuple(dict.fromkeys(found))


def _minutes(columns: dict[str, list[str]], cell) -> int:
    for role in ("duration", "hours", "minutes"):
        name, value = cell(role)
        if not value:
            continue
        if role == "duration" and (m := re.fullmatch(r"(\d+):([0-5]\d)(?::([0-5]\d))?", value)):
            minutes = int(m[1]) * 60 + int(m[2]) + round(int(m[3] or 0) / 60)
        else:
            try:
                number = float(value.replace(",", "."))
            except ValueError:
                number = None
            if number is not None:
                minutes = round(number if role == "minutes" else number * 60)
            elif role == "duration":
                # Tables typed by hand use the entry line's forms: "1.5h", "1h30", "90 min".
                try:
                    minutes = parse_duration(value)
                except ValueError:
                    raise _CellError(name, f"“{value}” is not a duration") from None
            else:
                raise _CellError(name, f"“{value}” is not a duration")
        if minutes <= 0:
            raise _CellError(name, "the duration is zero")
        if minutes > 24 * 60:
            raise _CellError(name, "the duration is over 24 hours")
        return minutes
    name = (columns.get("duration") or columns.get("hours") or ["duration"])[0]
    raise _CellError(name, "no duration")
