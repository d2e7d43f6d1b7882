"""Reading pasted activity lines as owners write them."""

import pytest

from app.engine.entry import format_minutes, parse_duration, read_line, read_lines

READ = [
    # (line, description, minutes, day, person)
    ("Mon 1.5h Anna: posted the new menu on Instagram", "posted the new menu on Instagram", 90, 0,
     "Anna"),
    ("tue 45m called back the wedding-expo lead", "called back the wedding-expo lead", 45, 1, None),
    ("Fri 2:30 payroll", "payroll", 150, 4, None),
    ("Wed 90 min - Ben - f/u w/ Jenkins re: quote", "f/u w/ Jenkins re: quote", 90, 2, "Ben"),
    ("Thursday 1h30 invoices", "invoices", 90, 3, None),
    ("1h 30m Sat: farmers market booth", "farmers market booth", 90, 5, None),
    ("Sun, 2 hrs, Maria Lopez: deep clean", "deep clean", 120, 6, "Maria Lopez"),
    ("thurs 20 mins - Jo - reorder flour", "reorder flour", 20, 3, "Jo"),
    ("2h mailchimp newsletter", "mailchimp newsletter", 120, None, None),
    ("payroll", "payroll", None, None, None),
    ("Re: quote for Smith", "Re: quote for Smith", None, None, None),
    ("Wedding cake tasting 1h", "Wedding cake tasting 1h", None, None, None),
    ("Mon 1h - posted flyers - at the library", "posted flyers - at the library", 60, 0, None),
    ("<script>alert(1)</script>", "<script>alert(1)</script>", None, None, None),
    # a span of clock times, and dashes typed as en or em dashes
    ("Mon 10:00-11:30 Anna: met the coffee supplier", "met the coffee supplier", 90, 0, "Anna"),
    ("Sat 22:00 - 01:00 bar shift", "bar shift", 180, 5, None),
    ("Wed 1.5 h \u2013 Ben \u2013 quoted a wedding cake", "quoted a wedding cake", 90, 2, "Ben"),
    ("Thu 1h \u2014 Jo \u2014 reorder flour", "reorder flour", 60, 3, "Jo"),
]


@pytest.mark.parametrize(("line", "description", "minutes", "day", "person"), READ)
def test_reads_the_forms_owners_write(line, description, minutes, day, person):
    entry = read_line(line)
    assert (entry.description, entry.minutes, entry.day, entry.person) == (
        description, minutes, day, person)


REFUSED = [
    ("", "no description"),
    ("   ", "no description"),
    ("Mon 1.5h", "no description"),
    ("Mon 0m nothing", "more than zero"),
    ("Tue 25h conference", "over 24 hours"),
    ("Wed 30:00 marathon", "over 24 hours"),
    ("Fri 1h " + "x" * 501, "limit is 500"),
]


@pytest.mark.parametrize(("line", "reason"), REFUSED)
def test_refuses_what_cannot_be_an_activity(line, reason):
    with pytest.raises(ValueError, match=reason):
        read_line(line)


@pytest.mark.parametrize(("text", "minutes"), [
    ("1.5h", 90), ("1h30", 90), ("1h 30m", 90), ("90m", 90), ("90 min", 90), ("1:30", 90),
    ("2", 120), ("1.5", 90), ("45", 45), ("2 hrs", 120), ("1,5h", 90)])
def test_durations(text, minutes):
    assert parse_duration(text) == minutes


@pytest.mark.parametrize("text", ["0", "-1h", "25h", "abc", "", "1h 75m extra"])
def test_bad_durations_say_why(text):
    with pytest.raises(ValueError):
        parse_duration(text)


def test_a_paste_reports_each_bad_line_by_number_and_keeps_the_rest():
    entries, errors = read_lines("Mon 1h flyers\n\nTue 0m nothing\nWed 2h payroll\nFri 1h")
    assert [number for number, _ in entries] == [1, 4]
    assert [(e.line, e.text) for e in errors] == [(3, "Tue 0m nothing"), (5, "Fri 1h")]


def test_a_paste_over_the_limit_is_refused_whole():
    with pytest.raises(ValueError, match="at most 500"):
        read_lines("Mon 1h x\n" * 10_000, limit=500)


@pytest.mark.parametrize(("minutes", "text"), [(45, "45m"), (60, "1h"), (90, "1h 30m"),
                                               (605, "10h 05m")])
def test_format_minutes(minutes, text):
    assert format_minutes(minutes) == text
