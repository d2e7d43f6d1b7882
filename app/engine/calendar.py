"""Reading a calendar (.ics from Google Calendar, Outlook, Apple) into activity rows.

Recurring events are expanded over the audit's week; times are taken in the calendar's own
time zone (X-WR-TIMEZONE) unless told otherwise; all-day events, cancelled events and events
the owner declined are left out. Attendees from another email domain than the owner's are a
hint of a meeting with a customer, passed on as context.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import recurring_ical_events

from app.engine.timesheet import ImportRefused, Problem, Row


def read_calendar(data: bytes, week_start: date, owner: str = "",
                  zone: str = "") -> tuple[str, list[Row], list[Problem]]:
    """The events of the audit's week as rows, and the events that could not be read."""
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError) as err:
        raise ImportRefused(f"Not a calendar file (.ics) Hatcheck can read: {err}") from None
    owner = (owner or str(calendar.get("X-WR-CALNAME", ""))).strip().lower()
    local = _zone(zone or str(calendar.get("X-WR-TIMEZONE", "")) or "UTC")
    start = datetime.combine(week_start, datetime.min.time(), local)
    try:
        events = recurring_ical_events.of(calendar).between(start, start + timedelta(days=7))
    except Exception as err:  # the library raises its own errors for broken recurrences
        raise ImportRefused(f"The calendar's repeating events cannot be read: {err}") from None
    rows, problems = [], []
    for number, event in enumerate(events, start=1):
        summary = str(event.get("SUMMARY", "")).strip()
        begin = event.get("DTSTART")
        if begin is None or not isinstance(begin.dt, datetime):
            continue  # all-day events are not time spent
        if str(event.get("STATUS", "")).upper() == "CANCELLED" or _declined(event, owner):
            continue
        if not summary:
            problems.append(Problem(number, "SUMMARY", "an event with no title"))
            continue
        first = _local(begin.dt, local)
        end = event.get("DTEND")
        last = _local(end.dt, local) if end is not None else first + event.get(
            "DURATION").dt if event.get("DURATION") else first
        minutes = round((last - first).total_seconds() / 60)
        if minutes <= 0 or minutes > 24 * 60:
            problems.append(Problem(number, "DTEND", f"“{summary}” lasts {minutes} minutes"))
            continue
        rows.append(Row(line=number, day=first.date(), minutes=minutes, description=summary[:500],
                        context=_guests(event, owner), start=first.strftime("%H:%M"),
                        uid=str(event.get("UID", ""))))
    return "Calendar", rows, problems


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ImportRefused(f"Unknown time zone “{name}”.") from None


def _local(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.astimezone(zone) if moment.tzinfo else moment.replace(tzinfo=zone)


def _attendees(event) -> list:
    found = event.get("ATTENDEE", [])
    return found if isinstance(found, list) else [found]


def _declined(event, owner: str) -> bool:
    return any(str(a).lower().removeprefix("mailto:") == owner
               and str(a.params.get("PARTSTAT", "")).upper() == "DECLINED"
               for a in _attendees(event)) if owner else False


def _guests(event, owner: str) -> str:
    domain = owner.rpartition("@")[2]
    emails = [str(a).lower().removeprefix("mailto:") for a in _attendees(event)]
    outside = [e for e in emails if domain and e.rpartition("@")[2] != domain]
    return "meeting with external attendees" if outside else ""
