"""The report on paper: printed to PDF by Chromium, read back as text, rendered to images."""

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from app.engine.evaluation import read_labelled
from app.models import Activity, Audit, db
from app.rulebook import classifier

ROOT = Path(__file__).resolve().parent.parent


def typical_week(app, count=45):
    """A week of `count` real-looking activities over seven days and three people."""
    lines = (ROOT / "tests" / "data" / "devset.tsv").read_text(encoding="utf-8").splitlines()
    texts = [text for _, text in read_labelled(lines, "devset.tsv")][::37][:count]
    with app.app_context():
        tagger = classifier(1)
        audit = Audit(account_id=1, week_start=date(2025, 3, 3), business="Rosie's Bakery")
        for i, text in enumerate(texts):
            activity = Activity(audit=audit, description=text, minutes=30 + (i * 17) % 90,
                                day=i % 7, person=("Anna", "Ben", "Kim")[i % 3])
            activity.tag(tagger.classify(text))
            db.session.add(activity)
        db.session.commit()
        return audit.id


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_the_report_prints_on_two_pages_at_most_with_its_totals(server, page, tmp_path, paper):
    url, app = server
    week = typical_week(app)
    pdf = tmp_path / f"report-{paper}.pdf"
    page.goto(f"{url}/weeks/{week}/report")
    page.emulate_media(media="print")
    page.pdf(path=str(pdf), format=paper, print_background=True)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = int(re.search(r"Pages:\s+(\d+)", info.stdout)[1])
    assert 1 <= pages <= 2
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    with app.app_context():
        total = sum(a.minutes for a in db.session.get(Audit, week).activities)
    hours = f"{total // 60}h {total % 60:02d}m" if total % 60 else f"{total // 60}h"
    assert f"Where {hours} went" in text
    assert "Role-split report" in text and "Who wore which hat" in text
    assert "Start a week" not in text and "Download CSV" not in text  # no navigation on paper
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(tmp_path / paper)],
                   check=True)
    assert len(list(tmp_path.glob(f"{paper}*.png"))) == pages
