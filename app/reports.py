"""The role-split report of a week (on screen, on paper, as CSV and JSON) and of a range."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

from flask import Blueprint, Response, abort, jsonify, render_template, request

from app.charts import split_chart, weekly_chart
from app.engine.entry import DAYS, FIRST_DAY, LAST_DAY
from app.engine.notes import notes
from app.engine.rules import LABELS
from app.engine.summary import Item, Summary, change, summarise
from app.models import Audit, db
from app.rulebook import classifier
from app.scope import owned
from app.weeks import get_audit

bp = Blueprint("reports", __name__)

# A spreadsheet runs a cell starting with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def items(audit: Audit) -> list[Item]:
    """The week's activities as the report counts them: overrides as the owner set them.

    Contested activities carry the explanation of the disagreement, for the report's list.
    """
    tagger = classifier()
    return [Item(description=a.description, minutes=a.minutes, label=a.final_label,
                 category=a.final_category, person=a.person, day=a.day,
                 contested=a.contested,
                 rule_label=a.label if a.override_label else None,
                 rule_category=a.category if a.override_label else None,
                 reason=a.override_reason,
                 explanation=tagger.classify(a.description).explanation if a.contested
                 else None) for a in audit.activities]


def previous(audit: Audit) -> Audit | None:
    """The latest audited week before this one."""
    return db.session.scalars(owned(Audit).where(Audit.week_start < audit.week_start)
                              .order_by(Audit.week_start.desc()).limit(1)).first()


@bp.get("/weeks/<int:audit_id>/report")
def week(audit_id: int) -> str:
    """The report of one week, laid out to print on one or two pages."""
    audit = get_audit(audit_id)
    summary = summarise(items(audit))
    before = previous(audit)
    delta = change(summary, summarise(items(before))) if before else None
    return render_template("reports/week.html", audit=audit, summary=summary,
                           notes=notes(summary), before=before, delta=delta,
                           chart=split_chart(summary.split))


@bp.get("/weeks/<int:audit_id>/report.json")
def week_json(audit_id: int) -> Response:
    """The report of one week as JSON."""
    audit = get_audit(audit_id)
    summary = summarise(items(audit))
    before = previous(audit)
    body = {"week": {"id": audit.id, "start": audit.week_start.isoformat(),
                     "end": audit.week_end.isoformat(), "business": audit.business},
            **_summary_json(summary),
            "notes": [{"text": n.text, "document": n.document, "passage": n.passage}
                      for n in notes(summary)]}
    if before:
        delta = change(summary, summarise(items(before)))
        body["change"] = {"since": before.week_start.isoformat(),
                          "labels": dict(delta.labels),
                          "categories": [{"label": label, "category": name, "minutes": m}
                                         for label, name, m in delta.categories]}
    return jsonify(body)


@bp.get("/weeks/<int:audit_id>/activities.csv")
def week_csv(audit_id: int) -> Response:
    """Every activity of the week with its tag, rules and override, for a spreadsheet."""
    audit = get_audit(audit_id)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["date", "day", "person", "description", "minutes", "label", "category",
                     "rule_label", "rule_category", "rules", "decided_by", "contested",
                     "override_reason"])
    for a in audit.activities:
        writer.writerow([_cell(v) for v in (
            audit.day_date(a.day).isoformat(), DAYS[a.day], a.person, a.description, a.minutes,
            a.final_label, a.final_category or "", a.label, a.category or "", a.rules,
            a.decided_by, "yes" if a.contested else "no", a.override_reason or "")])
    name = f"hatcheck-{audit.week_start.isoformat()}.csv"
    return Response(out.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@bp.get("/reports")
def range_report() -> str:
    """Several weeks together: the same totals, and marketing and sales hours week by week."""
    today = date.today()
    start = _date_arg("start", today - timedelta(weeks=12))
    end = _date_arg("end", today)
    if start > end:
        start, end = end, start
    audits = db.session.scalars(owned(Audit).where(Audit.week_start >= start - timedelta(days=6),
                                                   Audit.week_start <= end)
                                .order_by(Audit.week_start)).all()
    everything = [item for audit in audits for item in items(audit)]
    series = []
    for audit in audits:
        split = summarise(items(audit)).split
        series.append((f"{audit.week_start:%-d %b}", split.of("marketing"), split.of("sales")))
    return render_template("reports/range.html", start=start, end=end, audits=audits,
                           summary=summarise(everything), chart=weekly_chart(series))


def _date_arg(name: str, default: date) -> date:
    value = request.args.get(name)
    if not value:
        return default
    try:
        day = date.fromisoformat(value)
    except ValueError:
        abort(400, f"“{value}” is not a date; use YYYY-MM-DD.")
    return min(max(day, FIRST_DAY), LAST_DAY)


def _cell(value: object) -> object:
    """Neutralise text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _summary_json(summary: Summary) -> dict[str, object]:
    return {
        "total_minutes": summary.split.total,
        "labels": {label: {"minutes": summary.split.of(label),
                           "share": summary.split.share(label)} for label in LABELS},
        "categories": {label: dict(cats) for label, cats in summary.categories},
        "people": {person: dict(split.minutes) for person, split in summary.people},
        "days": {DAYS[d]: dict(split.minutes) for d, split in enumerate(summary.days)},
        "contested": [{"description": i.description, "label": i.label, "minutes": i.minutes,
                       "explanation": i.explanation} for i in summary.contested],
        "overridden": [{"description": i.description, "label": i.label,
                        "category": i.category, "rule_label": i.rule_label,
                        "rule_category": i.rule_category, "reason": i.reason}
                       for i in summary.overridden],
    }

