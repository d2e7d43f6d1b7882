"""The report views and exports."""

import csv
import io
import json

from tests.test_weeks import add, start_week, text


def make_week(client, day="2025-03-05"):
    week = start_week(client, day)
    add(client, week, description="posted the new menu on Instagram", duration="2h", day="0",
        person="Anna")
    add(client, week, description="f/u w/ Jenkins re: quote", duration="1h", day="2",
        person="Ben")
    add(client, week, description="=HYPERLINK(\"http://x\") payroll", duration="1h", day="4",
        person="@Kim")
    return week


def test_report_shows_totals_breakdowns_notes_and_lists(client):
    week = make_week(client)
    page = text(client.get(f"/weeks/{week}/report"))
    assert "Where 4h went" in page
    assert "50%" in page and "25%" in page
    assert "Social media" in page and "Follow-up" in page
    assert "Who wore which hat" in page and "Anna" in page and "Ben" in page
    assert "<svg" in page and 'role="img"' in page
    assert "Contested (0)" in page and "Corrected by you (0)" in page


def test_report_compares_with_the_previous_week(client):
    first = start_week(client, "2025-02-26")
    add(client, first, description="f/u w/ Jenkins re: quote", duration="3h")
    week = make_week(client)
    page = text(client.get(f"/weeks/{week}/report"))
    assert "vs week of 24 Feb" in page
    assert "−2h" in page  # sales fell from 3h to 1h


def test_report_json(client):
    week = make_week(client)
    body = client.get(f"/weeks/{week}/report.json").get_json()
    assert body["total_minutes"] == 240
    assert body["labels"]["marketing"] == {"minutes": 120, "share": 50}
    assert sum(v["share"] for v in body["labels"].values()) == 100
    assert body["people"]["Anna"]["marketing"] == 120
    assert "change" not in body


def test_csv_has_every_activity_and_neutralises_formulas(client):
    week = make_week(client)
    response = client.get(f"/weeks/{week}/activities.csv")
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(text(response))))
    assert len(rows) == 3
    assert rows[0]["label"] == "marketing" and rows[0]["rules"].startswith("social-media")
    formula = next(r for r in rows if "HYPERLINK" in r["description"])
    assert formula["description"].startswith("'=") and formula["person"] == "'@Kim"


def test_overrides_show_in_report_and_exports(app, client):
    week = make_week(client)
    client.post(f"/weeks/{week}/activities/1/override",
                data={"label": "sales", "reason": "sold cakes by DM"})
    page = text(client.get(f"/weeks/{week}/report"))
    assert "Corrected by you (1)" in page and "sold cakes by DM" in page
    rows = list(csv.DictReader(io.StringIO(text(client.get(f"/weeks/{week}/activities.csv")))))
    assert (rows[0]["label"], rows[0]["rule_label"], rows[0]["override_reason"]) == (
        "sales", "marketing", "sold cakes by DM")
    assert json.loads(text(client.get(f"/weeks/{week}/report.json")))["overridden"][0][
        "reason"] == "sold cakes by DM"


def test_range_report_totals_and_weekly_chart(client):
    make_week(client, "2025-03-05")
    make_week(client, "2025-03-12")
    page = text(client.get("/reports?start=2025-03-01&end=2025-03-31"))
    assert "2 audited weeks, 8h in all" in page
    assert page.count("<rect") >= 4


def test_range_report_refuses_a_bad_date(client):
    response = client.get("/reports?start=yesterday")
    assert response.status_code == 400 and "not a date" in text(response)


def test_report_of_a_missing_week_is_404(client):
    assert client.get("/weeks/42/report").status_code == 404
    assert client.get("/weeks/42/activities.csv").status_code == 404
    assert client.get("/weeks/42/report.json").status_code == 404


def test_contested_activities_are_listed_with_the_disagreement(client):
    week = start_week(client)
    add(client, week, description="lead generation", duration="1h")
    page = text(client.get(f"/weeks/{week}/report"))
    assert "Contested (1)" in page and "002 puts this under sales" in page


def test_a_report_over_any_range_of_dates_opens(client):
    response = client.get("/reports?start=0001-01-01&end=9999-12-31")
    assert response.status_code == 200


def test_a_correction_of_the_category_alone_is_listed_as_corrected(client):
    week = start_week(client)
    add(client, week, description="ordered flour from the mill", duration="1h")
    client.post(f"/weeks/{week}/activities/1/override",
                data={"label": "other", "category": "Stock taking", "reason": "it is counting"})
    body = client.get(f"/weeks/{week}/report.json").get_json()
    assert [(o["category"], o["reason"]) for o in body["overridden"]] == [
        ("Stock taking", "it is counting")]
    assert body["overridden"][0]["rule_category"] != "Stock taking"
    assert "Corrected by you (1)" in client.get(f"/weeks/{week}/report").get_data(as_text=True)
