"""The weekly audit in the browser's place: every view, its redirects, errors and CSRF."""

import re
from datetime import date

import pytest

from app import create_app
from app.models import Account, Activity, Audit, db
from tests.conftest import OWNER, PASSWORD, add_account

LINES = """Mon 1.5h Anna: posted the new menu on Instagram
tue 45m called back the wedding-expo lead
Fri 2:30 payroll
Wed 90 min - Ben - f/u w/ Jenkins re: quote"""


def text(response):
    return response.get_data(as_text=True)


def start_week(client, day="2025-03-05", business="Rosie's Bakery"):
    response = client.post("/weeks/new", data={"day": day, "business": business, "note": ""})
    assert response.status_code == 302
    return int(response.location.rsplit("/", 1)[1])


def add(client, week, description="posted the new menu on Instagram", duration="1.5h", day="0",
        person="Anna"):
    return client.post(f"/weeks/{week}/activities", data={
        "description": description, "duration": duration, "day": day, "person": person})


def activities(app, week):
    with app.app_context():
        return [(a.description, a.minutes, a.day, a.person, a.final_label)
                for a in db.session.get(Audit, week).activities]


def test_home_lists_weeks_newest_first_with_hours_and_shares(client):
    old = start_week(client, "2025-03-05")
    start_week(client, "2025-03-12", "Later Co")
    add(client, old, duration="2h")
    page = text(client.get("/"))
    listing = page[page.index('<ul class="weeks">'):]
    assert listing.index("Later Co") < listing.index("Rosie")
    assert "2h" in page and "marketing</span> 2h &middot; 100%" in page


def test_a_week_runs_monday_to_sunday_from_any_day(app, client):
    week = start_week(client, "2025-03-08")  # a Saturday
    page = text(client.get(f"/weeks/{week}"))
    assert "Monday 3 March" in page and "Sunday 9 March 2025" in page


def test_start_week_needs_a_day(client):
    response = client.post("/weeks/new", data={"day": "", "business": ""})
    assert response.status_code == 400 and "Pick a day." in text(response)


def test_add_tags_the_activity_and_returns_to_the_entry_line(app, client):
    week = start_week(client)
    response = add(client, week)
    assert response.status_code == 302 and response.location.endswith(f"/weeks/{week}#entry")
    page = text(client.get(f"/weeks/{week}"))
    assert 'label-marketing">marketing' in page and "Social media" in page
    assert activities(app, week) == [("posted the new menu on Instagram", 90, 0, "Anna",
                                      "marketing")]


def test_the_entry_line_remembers_the_last_person_and_day(client):
    week = start_week(client)
    add(client, week, day="3", person="Ben")
    page = text(client.get(f"/weeks/{week}"))
    assert re.search(r'<option selected value="3">Thursday', page)
    assert 'name="person" type="text" value="Ben"' in page


@pytest.mark.parametrize(("description", "duration", "message"), [
    ("", "1h", "Say what was done."),
    ("   ", "1h", "Say what was done."),
    ("x" * 501, "1h", "500"),
    ("payroll", "0", "more than zero"),
    ("payroll", "-2h", "not a duration"),
    ("payroll", "25h", "over 24 hours"),
    ("payroll", "soon", "not a duration"),
])
def test_bad_activity_input_is_refused_beside_the_field(app, client, description, duration,
                                                        message):
    week = start_week(client)
    response = add(client, week, description=description, duration=duration)
    assert response.status_code == 400
    assert message in text(response) and 'aria-invalid="true"' in text(response)
    assert activities(app, week) == []


def test_unknown_day_is_refused(app, client):
    week = start_week(client)
    assert add(client, week, day="9").status_code == 400
    assert activities(app, week) == []


def test_html_in_a_description_is_shown_as_text(client):
    week = start_week(client)
    add(client, week, description="<script>alert('x')</script> flyers")
    page = text(client.get(f"/weeks/{week}"))
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page


def test_unclassified_activities_come_first_and_ask_for_a_label(client):
    week = start_week(client)
    add(client, week, description="payroll", day="0")
    add(client, week, description="zzz qqq", day="6")
    page = text(client.get(f"/weeks/{week}"))
    assert page.index("zzz qqq") < page.index("payroll")
    assert "1 activity needs you" in page


def test_why_shows_matched_words_rule_source_step_and_rules_beaten(client):
    week = start_week(client)
    add(client, week, description="sales tax on the quarterly sales numbers")
    page = text(client.get(f"/weeks/{week}"))
    assert "<mark>sales</mark> <mark>tax</mark>" in page
    assert "<code>finance</code>" in page and "004_30b2e4ee3b5336c3.txt" in page
    assert "Decided by</dt><dd>" in page and "<code>sales-goals</code>" in page


def test_contested_activity_is_marked_and_cites_both_sides(client):
    week = start_week(client)
    add(client, week, description="lead generation")
    page = text(client.get(f"/weeks/{week}"))
    assert 'class="contested">contested' in page and "002_04e71e91f1a3ed5a.txt" in page


def test_paste_previews_without_saving(app, client):
    week = start_week(client)
    response = client.post(f"/weeks/{week}/paste", data={
        "text": LINES + "\nno duration here", "day": "0", "person": ""})
    page = text(response)
    assert response.status_code == 200
    assert "Understood: 4 lines (nothing saved yet)" in page
    assert "1 line not understood" in page and "No duration" in page
    assert activities(app, week) == []


def test_paste_confirm_saves_every_understood_line_at_once(app, client):
    week = start_week(client)
    response = client.post(f"/weeks/{week}/paste", data={
        "text": LINES + "\nnonsense without duration", "day": "0", "person": "Kim",
        "confirm": "yes"})
    assert response.status_code == 302
    saved = activities(app, week)
    assert [a[:4] for a in saved] == [
        ("posted the new menu on Instagram", 90, 0, "Anna"),
        ("called back the wedding-expo lead", 45, 1, "Kim"),
        ("f/u w/ Jenkins re: quote", 90, 2, "Ben"),
        ("payroll", 150, 4, "Kim")]
    assert [a[4] for a in saved] == ["marketing", "sales", "sales", "other"]


def test_a_paste_of_ten_thousand_lines_is_refused_and_saves_nothing(app, client):
    week = start_week(client)
    response = client.post(f"/weeks/{week}/paste", data={
        "text": "Mon 1h flyers\n" * 10_000, "day": "0", "confirm": "yes"})
    assert response.status_code == 400 and "at most 500" in text(response)
    assert activities(app, week) == []


def test_override_counts_in_totals_keeps_the_rules_tag_and_can_be_undone(app, client):
    week = start_week(client)
    add(client, week, description="posted the new menu on Instagram", duration="2h")
    with app.app_context():
        activity_id = db.session.get(Audit, week).activities[0].id
    client.post(f"/weeks/{week}/activities/{activity_id}/override",
                data={"label": "sales", "category": "Closing", "reason": "it was a DM sale"})
    page = text(client.get(f"/weeks/{week}"))
    assert "rules said marketing" in page and "it was a DM sale" in page
    assert "sales</span> 2h &middot; 100%" in page
    client.post(f"/weeks/{week}/activities/{activity_id}/undo")
    assert activities(app, week)[0][4] == "marketing"


def test_edit_changes_the_activity_and_its_tag(app, client):
    week = start_week(client)
    add(client, week, description="payroll")
    with app.app_context():
        activity_id = db.session.get(Audit, week).activities[0].id
    assert client.get(f"/weeks/{week}/activities/{activity_id}/edit").status_code == 200
    client.post(f"/weeks/{week}/activities/{activity_id}/edit", data={
        "description": "Mailchimp newsletter", "duration": "45m", "day": "2", "person": "Jo"})
    assert activities(app, week) == [("Mailchimp newsletter", 45, 2, "Jo", "marketing")]


def test_retag_lists_changes_before_changing_anything(app, client):
    week = start_week(client)
    add(client, week, description="payroll")
    with app.app_context():
        activity = db.session.get(Audit, week).activities[0]
        activity.label, activity.rules = "sales", "old-rule"
        db.session.commit()
    page = text(client.get(f"/weeks/{week}/retag"))
    assert "would change" in page and "payroll" in page
    assert activities(app, week)[0][4] == "sales"
    client.post(f"/weeks/{week}/retag")
    assert activities(app, week)[0][4] == "other"


def test_rename_and_delete_with_confirmation(app, client):
    week = start_week(client)
    add(client, week)
    client.post(f"/weeks/{week}/rename", data={"business": "Rosie's Cakes", "note": "busy"})
    assert "Rosie&#39;s Cakes" in text(client.get(f"/weeks/{week}"))
    assert "cannot be undone" in text(client.get(f"/weeks/{week}/delete"))
    assert client.post(f"/weeks/{week}/delete").status_code == 302
    assert client.get(f"/weeks/{week}").status_code == 404
    with app.app_context():
        assert db.session.query(Activity).count() == 0


@pytest.mark.parametrize("path", ["/weeks/999", "/weeks/999/paste", "/weeks/999/retag",
                                  "/weeks/999/delete", "/weeks/1/activities/999/edit"])
def test_missing_ids_are_a_404_page(client, path):
    start_week(client)
    response = client.get(path)
    assert response.status_code == 404 and "Not found" in text(response)


def test_an_activity_of_another_week_is_a_404(app, client):
    first, second = start_week(client), start_week(client, "2025-04-02")
    add(client, first)
    with app.app_context():
        activity_id = db.session.get(Audit, first).activities[0].id
    assert client.get(f"/weeks/{second}/activities/{activity_id}/edit").status_code == 404
    assert client.post(f"/weeks/{second}/activities/{activity_id}/delete").status_code == 404
    assert len(activities(app, first)) == 1


def state_changing_routes(app):
    """Every POST route of the HTML pages; the JSON API takes a token instead (test_api.py)."""
    for rule in app.url_map.iter_rules():
        if "POST" in rule.methods and not rule.rule.startswith("/api/"):
            yield rule


def test_every_post_route_rejects_a_missing_csrf_token(tmp_path):
    app = create_app({"TESTING": True, "SECRET_KEY": "x",
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'csrf.sqlite'}"})
    with app.app_context():
        db.create_all()
    add_account(app)
    with app.app_context():
        audit = Audit(account_id=1, week_start=date(2025, 3, 3))
        db.session.add(audit)
        db.session.flush()
        db.session.add(Activity(audit=audit, description="payroll", day=0, minutes=60,
                                label="other", decided_by="only-match"))
        db.session.commit()
    client = app.test_client()
    login = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', login).group(1)
    assert client.post("/login", data={"email": OWNER, "password": PASSWORD,
                                       "csrf_token": token}).status_code == 302
    routes = list(state_changing_routes(app))
    assert len(routes) >= 8
    for rule in routes:
        url = re.sub(r"<[^>]+>", "1", rule.rule)
        response = client.post(url, data={"description": "x", "duration": "1h", "day": "0",
                                          "label": "sales", "text": "Mon 1h x",
                                          "confirm": "yes", "day_": "2025-03-03",
                                          "password": PASSWORD, "name": "x"})
        assert response.status_code == 400, url
        assert "The form has expired" in text(response)
    with app.app_context():
        assert db.session.query(Audit).count() == 1
        assert [a.final_label for a in db.session.query(Activity)] == ["other"]
        assert db.session.query(Account).count() == 1
    assert client.get("/").status_code == 200  # still logged in: logging out needs a token too


def test_a_day_cannot_hold_more_than_24_hours(app, client):
    week = start_week(client)
    assert add(client, week, description="market day", duration="20h", day="5").status_code == 302
    response = add(client, week, description="payroll", duration="5h", day="5")
    assert response.status_code == 400 and "That makes Saturday 25h; a day has 24 hours." in text(
        response)
    paste = client.post(f"/weeks/{week}/paste", data={
        "text": "Sat 3h flyers\nSat 2h payroll\nSun 2h payroll", "day": "0", "confirm": "yes"})
    assert paste.status_code == 302
    assert sorted(a[:3] for a in activities(app, week)) == [
        ("flyers", 180, 5), ("market day", 1200, 5), ("payroll", 120, 6)]


@pytest.mark.parametrize("day", ["9999-12-31", "1999-12-31", "0001-01-01"])
def test_a_week_outside_2000_to_2099_is_refused(app, client, day):
    response = client.post("/weeks/new", data={"day": day, "business": "", "note": ""})
    assert response.status_code == 400 and "Pick a day from 2000 to 2099." in text(response)
    assert 'aria-invalid="true"' in text(response) and "None" not in text(response)
    assert client.get("/").status_code == 200


def test_starting_a_week_already_audited_opens_it_instead(app, client):
    first = start_week(client, day="2025-03-05")
    again = client.post("/weeks/new", data={"day": "2025-03-07", "business": "Rosie's Bakery"})
    assert again.location.endswith(f"/weeks/{first}")
    assert "You already have" in text(client.get(again.location))
    other_business = start_week(client, day="2025-03-07", business="Rosie's Catering")
    assert other_business != first
    with app.app_context():
        assert db.session.query(Audit).count() == 2


def test_changing_a_correction_starts_from_what_was_set(client):
    week = start_week(client)
    add(client, week, description="payroll")
    client.post(f"/weeks/{week}/activities/1/override",
                data={"label": "sales", "category": "Payroll pitch", "reason": "we sell it"})
    page = text(client.get(f"/weeks/{week}"))
    assert 'name="category" maxlength="80" value="Payroll pitch"' in page
    assert 'name="reason" maxlength="500" value="we sell it"' in page
