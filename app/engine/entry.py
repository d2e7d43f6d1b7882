"""Reading activity lines as owners write them: day, duration, person, then what was done.

`Mon 1.5h Anna: posted the new menu on Instagram`, `tue 45m called back the lead`,
`Fri 2:30 payroll`, `Wed 90 min - Ben - f/u w/ Jenkins re: quote`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

DAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                         "Sunday")
MAX_DESCRIPTION = 500
MAX_MINUTES = 24 * 60
# The days an audit may cover: wide enough for any real week, narrow enough that date sums
# never run off the calendar.
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2099, 12, 31)

_DAY_NAMES = {name: i for i, day in enumerate(DAYS)
              for name in (day.lower(), day[:3].lower())}
_DAY_NAMES.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})
_DAY = re.compile(r"(?P<day>[A-Za-z]{2,9})\.?(?=[\s,:;|-]|$)")
_DURATION = re.compile(
    r"""(?:
        (?P<from_h>\d{1,2}):(?P<from_m>[0-5]\d)\s*-\s*           # 10:00-11:30, a span of time
        (?P<to_h>\d{1,2}):(?P<to_m>[0-5]\d)
      | (?P<clock_h>\d{1,2}):(?P<clock_m>[0-5]\d)               # 1:30
      | (?P<hours>\d+(?:[.,]\d+)?)\s*(?:h|hr|hrs|hour|hours)     # 1.5h, 2 hrs
        (?:\s*(?P<and_m>\d{1,2})\s*(?:m|min|mins|minutes)?)?   # 1h30, 1h 30m
      | (?P<minutes>\d+)\s*(?:m|min|mins|minute|minutes)       # 90m, 90 min
    )(?=[\s,:;|-]|$)""", re.VERBOSE | re.IGNORECASE)
_PERSON_COLON = re.compile(r"(?P<person>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?):\s+")
_PERSON_DASHES = re.compile(r"-\s*(?P<person>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)\s+-\s+")
# Words owners put before a colon that are not people.
_NOT_PEOPLE = frozenset("re note notes todo fyi admin call calls mtg meeting email emails lunch "
                        "marketing sales other misc fwd update idea ideas blog post".split())
_SEPARATORS = " \t,;|-"


@dataclass(frozen=True)
class Entry:
    """One activity read from a line; `day` is 0 for Monday, None when the line names none."""

    description: str
    minutes: int | None = None
    day: int | None = None
    person: str | None = None


@dataclass(frozen=True)
class EntryError:
    """A line that could not be read, and why."""

    line: int
    text: str
    reason: str


def read_line(text: str) -> Entry:
    """Read one line; raise ValueError with an owner-readable reason when it cannot be used."""
    rest = text.strip().replace("\u2013", "-").replace("\u2014", "-")  # en and em dashes
    day = minutes = None
    for _ in range(2):  # day and duration may come in either order
        rest = _skip(rest)
        if day is None and (m := _DAY.match(rest)) and m["day"].lower() in _DAY_NAMES:
            day, rest = _DAY_NAMES[m["day"].lower()], rest[m.end():]
        elif minutes is None and (m := _DURATION.match(rest)):
            minutes, rest = _minutes(m), rest[m.end():]
    rest = _skip(rest)
    person = None
    if (m := _PERSON_COLON.match(rest)) and m["person"].lower() not in _NOT_PEOPLE:
        person, rest = m["person"], rest[m.end():]
    elif m := _PERSON_DASHES.match(rest):
        person, rest = m["person"].strip(), rest[m.end():]
    description = rest.strip(_SEPARATORS + ":")
    check_description(description)
    if minutes is not None:
        check_minutes(minutes)
    return Entry(description=description, minutes=minutes, day=day, person=person)


def read_lines(text: str, limit: int = 500) -> tuple[list[tuple[int, Entry]], list[EntryError]]:
    """Read every non-blank line of a paste: (line number, entry) pairs and the lines refused."""
    entries, errors = [], []
    lines = text.splitlines()
    if sum(1 for line in lines if line.strip()) > limit:
        raise ValueError(f"That is more than {limit} lines; paste at most {limit} at a time.")
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            entries.append((number, read_line(line)))
        except ValueError as err:
            errors.append(EntryError(number, line.strip(), str(err)))
    return entries, errors


def check_description(description: str) -> None:
    """Refuse an empty or over-long description."""
    if not description.strip():
        raise ValueError("There is no description of what was done.")
    if len(description) > MAX_DESCRIPTION:
        raise ValueError(f"The description is {len(description)} characters long; "
                         f"the limit is {MAX_DESCRIPTION}.")


def check_minutes(minutes: int) -> None:
    """Refuse a duration of zero, below zero, or over a day."""
    if minutes <= 0:
        raise ValueError("The duration must be more than zero.")
    if minutes > MAX_MINUTES:
        raise ValueError("The duration is over 24 hours.")


def over_a_day(day: int, minutes: int) -> str | None:
    """Why a day of `minutes` in all is refused (a day has 24 hours), or None when it fits."""
    if minutes > MAX_MINUTES:
        return f"That makes {DAYS[day]} {format_minutes(minutes)}; a day has 24 hours."
    return None


def parse_duration(text: str) -> int:
    """Minutes in a duration as owners write it ("1.5h", "1h30", "90 min", "1:30", "45").

    A bare number up to 12 is hours ("2", "1.5"); above 12 it is minutes ("45", "90").
    """
    text = text.strip()
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        value = float(text.replace(",", "."))
        minutes = round(value * 60) if value <= 12 else round(value)
    elif m := _DURATION.fullmatch(text):
        minutes = _minutes(m)
    else:
        raise ValueError(f"“{text}” is not a duration; write it like 1.5h, 1h30, 90m or 1:30.")
    check_minutes(minutes)
    return minutes


def format_minutes(minutes: int) -> str:
    """Minutes as hours and minutes: 90 -> "1h 30m", 45 -> "45m", 120 -> "2h"."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest}m"
    return f"{hours}h {rest:02d}m" if rest else f"{hours}h"


def _skip(rest: str) -> str:
    """Drop separators before the next part, keeping the dash that opens "- Name -"."""
    rest = rest.lstrip(_SEPARATORS.replace("-", "") + ":")
    if rest.startswith("-") and not _PERSON_DASHES.match(rest):
        rest = rest.lstrip(_SEPARATORS + ":")
    return rest


def _minutes(m: re.Match[str]) -> int:
    if m["from_h"] is not None:
        # A span that ends after midnight ("22:00-01:00") ends on the next day.
        start = int(m["from_h"]) * 60 + int(m["from_m"])
        return (int(m["to_h"]) * 60 + int(m["to_m"]) - start) % (24 * 60)
    if m["clock_h"] is not None:
        return int(m["clock_h"]) * 60 + int(m["clock_m"])
    if m["hours"] is not None:
        return round(float(m["hours"].replace(",", ".")) * 60) + int(m["and_m"] or 0)
    return int(m["minutes"])
