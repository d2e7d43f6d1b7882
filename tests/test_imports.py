"""Imports: each time-tracker format and a calendar, previews, re-imports, and bad files."""

import io
from datetime import date
from pathlib import Path

import pytest

from app.engine.calendar import read_calendar
from app.engine.timesheet import ImportRefused, read_table
from app.models import Audit, db
from tests.test_weeks import start_week, text

FILES = Path(__file__).parent / "data" / "imports"
MONDAY = date(2025, 3, 3)


def read(name):
    data = (FILES / name).read_bytes()
    if name.endswith(".ics"):
        return read_calendar(data, MONDAY)
    return read_table(data, MONDAY)


@pytest.mark.parametrize(("name", "kind", "expected"), [
    ("toggl.csv", "Toggl Track", [
        ("2025-03-03", 90, "Anna Lee", "Posted the new menu on Instagram"),
        ("2025-03-05", 45, "Ben Ortiz", "Follow up with Jenkins about the quote"),
        ("2025-03-07", 150, "Anna Lee", "Payroll"),
        ("2025-03-12", 60, "Anna Lee", "Bank reconciliation")]),
    ("clockify_us.csv", "Clockify", [
        ("2025-03-04", 90, "Kim Park", "Mailchimp newsletter"),
        ("2025-03-06", 60, "Kim Park", "Quote for the Harlow wedding cake")]),
    ("clockify_eu.csv", "Clockify", [
        ("2025-03-04", 45, "Kim Park", "Called back the wedding-expo lead"),
        ("2025-03-08", 30, "Kim Park", "Ordered flour from the mill")]),
    ("harvest.csv", "Harvest", [
        ("2025-03-04", 90, "Maria Lopez", "Press release about our 10th anniversary"),
        ("2025-03-06", 15, "Maria Lopez", "Invoicing")]),
    ("generic.csv", "CSV table", [
        ("2025-03-03", 90, "Anna", "Flyers for the open house"),
        ("2025-03-05", 120, "Ben", "Cold calls to property managers")]),
    ("calendar.ics", "Calendar", [
        ("2025-03-03", 30, "", "Staff huddle"),
        ("2025-03-06", 30, "", "Staff huddle"),
        ("2025-03-06", 90, "", "Tasting with the Harlow wedding couple")]),
])
def test_each_format_reads_to_the_expected_rows(name, kind, expected):
    found_kind, rows, problems = read(name)
    assert found_kind == kind and problems == []
    assert [(r.day.isoformat(), r.minutes, r.person, r.description) for r in rows] == expected


def test_calendar_respects_time_zones_and_flags_outside_guests():
    _, rows, _ = read("calendar.ics")
    tasting = rows[-1]
    assert tasting.start == "17:00"  # 23:00 UTC is 17:00 in the calendar's Chicago time
    assert tasting.context == "meeting with external attendees"
    assert rows[0].context == ""


def test_calendar_in_another_zone_moves_the_day():
    _, rows, _ = read_calendar((FILES / "calendar.ics").read_bytes(), MONDAY,
                               zone="Europe/Paris")
    assert [(r.day.isoformat(), r.start) for r in rows][-1] == ("2025-03-07", "00:00")


@pytest.mark.parametrize(("name", "message"), [
    ("missing_column.csv", "no column for description"),
    ("latin1.csv", "not text in UTF-8"),
    ("picture.csv", "not text in UTF-8"),
    ("broken.ics", "calendar"),
])
def test_files_of_the_wrong_kind_are_refused_with_a_reason(name, message):
    with pytest.raises(ImportRefused, match=message):
        read(name)


def test_bad_cells_are_named_by_line_and_column_and_the_rest_kept():
    _, rows, problems = read("bad_cells.csv")
    assert [(p.line, p.column) for p in problems] == [(2, "date"), (3, "duration")]
    assert "31/31/2025" in problems[0].reason and [r.description for r in rows] == ["Quote"]


def upload(client, week, name, data=None):
    data = (FILES / name).read_bytes() if data is None else data
    return client.post(f"/weeks/{week}/import", data={"file": (io.BytesIO(data), name)},
                       content_type="multipart/form-data")


def confirm(client, week, page):
    token = page.split('name="upload" type="hidden" value="')[1].split('"')[0]
    return client.post(f"/weeks/{week}/import/confirm", data={"upload": token, "owner": "",
                                                              "zone": ""})


def saved(app, week):
    with app.app_context():
        return [(a.description, a.minutes, a.day, a.person, a.label)
                for a in db.session.get(Audit, week).activities]


def test_preview_counts_then_confirm_saves_and_a_second_import_adds_nothing(app, client):
    week = start_week(client)
    page = text(upload(client, week, "toggl.csv"))
    assert "<strong>4</strong> rows found" in page and "<strong>3</strong> new" in page
    assert "<strong>1</strong> outside" in page and saved(app, week) == []
    assert confirm(client, week, page).status_code == 302
    rows = saved(app, week)
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [(90, 0, "Anna Lee", "marketing"),
                                                       (45, 2, "Ben Ortiz", "sales"),
                                                       (150, 4, "Anna Lee", "other")]
    again = text(upload(client, week, "toggl.csv"))
    assert "<strong>0</strong> new" in again and "<strong>3</strong> already in this week" in again
    assert len(saved(app, week)) == 3


@pytest.mark.parametrize("name", ["missing_column.csv", "latin1.csv", "picture.csv",
                                  "broken.ics"])
def test_a_bad_file_gets_its_message_and_leaves_the_week_untouched(app, client, name):
    week = start_week(client)
    response = upload(client, week, name)
    assert response.status_code == 400 and 'class="error"' in text(response)
    assert saved(app, week) == []


def test_an_expired_or_forged_upload_token_saves_nothing(app, client):
    week = start_week(client)
    response = client.post(f"/weeks/{week}/import/confirm", data={"upload": "../../etc/passwd"})
    assert response.status_code == 400 and saved(app, week) == []


def test_a_file_over_the_size_limit_is_refused(app, client):
    week = start_week(client)
    response = upload(client, week, "big.csv", b"Description,Date,Duration\n" + b"x" * 3_000_000)
    assert response.status_code == 413 and "Too large" in text(response)


def test_a_table_pasted_from_a_spreadsheet_is_read_with_its_tabs(app, client):
    week = start_week(client)
    table = "Date\tWhat\tHours\tWho\n2025-03-04\tMailchimp newsletter\t1,5\tKim\n"
    response = client.post(f"/weeks/{week}/import", data={"table": table})
    page = text(response)
    assert "<strong>1</strong> new" in page and "Mailchimp newsletter" in page
    confirm(client, week, page)
    assert saved(app, week) == [("Mailchimp newsletter", 90, 1, "Kim", "marketing")]


def test_neither_file_nor_table_says_so(client):
    week = start_week(client)
    response = client.post(f"/weeks/{week}/import", data={"table": "  "})
    assert response.status_code == 400 and "Choose a file, or paste a table." in text(response)


def import_calendar(client, week, owner):
    page = client.post(f"/weeks/{week}/import", content_type="multipart/form-data", data={
        "file": (io.BytesIO((FILES / "calendar.ics").read_bytes()), "calendar.ics"),
        "owner": owner}).get_data(as_text=True)
    if 'name="upload"' in page:  # there is something to confirm
        token = page.split('name="upload" type="hidden" value="')[1].split('"')[0]
        client.post(f"/weeks/{week}/import/confirm", data={"upload": token, "owner": owner,
                                                           "zone": ""})
    return page


def test_a_calendar_imported_again_adds_nothing_whatever_email_is_typed(app, client):
    week = start_week(client)
    import_calendar(client, week, "anna@rosiesbakery.com")
    first = saved(app, week)
    assert any("external attendees" in row[0] for row in first)
    again = import_calendar(client, week, "")
    assert "<strong>0</strong> new" in again and saved(app, week) == first


def test_an_import_keeps_each_day_to_24_hours(app, client):
    week = start_week(client)
    table = ("date,description,duration\n2025-03-03,market day,10h\n"
             "2025-03-03,market day again,10h\n2025-03-03,and more,10h\n")
    page = text(client.post(f"/weeks/{week}/import", data={"table": table}))
    assert "<strong>2</strong> new" in page
    assert "That makes Monday 30h; a day has 24 hours." in page
    confirm(client, week, page)
    assert sum(row[1] for row in saved(app, week)) == 20 * 60
