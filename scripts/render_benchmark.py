"""Benchmark: server time to render the page of a week of 500 activities.

Run: .venv/bin/python scripts/render_benchmark.py [--activities N]

Builds a throw-away SQLite database with one week of N activities (the development lines,
cycled, a tenth of them overridden), then times GET /weeks/1 through the test client: the
database query, tagging every activity again for its "why", and the template. Prints the best
and the median of 20 requests.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from flask_migrate import upgrade

from app import create_app
from app.engine.evaluation import read_labelled
from app.models import Activity, Audit, db
from app.rulebook import classifier

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=500)
    args = parser.parse_args()
    lines = (ROOT / "tests" / "data" / "devset.tsv").read_text(encoding="utf-8").splitlines()
    texts = [text for _, text in read_labelled(lines, "devset.tsv")]
    with tempfile.TemporaryDirectory() as folder:
        app = create_app({"SECRET_KEY": "bench", "WTF_CSRF_ENABLED": False,
                          "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/bench.sqlite"})
        with app.app_context():
            upgrade()
        client = app.test_client()
        client.post("/signup", data={"email": "bench@example.com", "password": "benchmark",
                                     "repeat": "benchmark"})
        with app.app_context():
            audit = Audit(account_id=1, week_start=date(2025, 3, 3), business="Benchmark")
            tagger = classifier(1)
            for i in range(args.activities):
                activity = Activity(audit=audit, description=texts[i % len(texts)][:500],
                                    minutes=15 + i % 90, day=i % 7, person=f"P{i % 4}")
                activity.tag(tagger.classify(activity.description))
                if i % 10 == 0:
                    activity.override_label = "sales"
                db.session.add(activity)
            db.session.commit()
        client.get("/weeks/1")
        times = []
        for _ in range(20):
            start = time.perf_counter()
            response = client.get("/weeks/1")
            times.append(time.perf_counter() - start)
            assert response.status_code == 200
    print(f"week of {args.activities} activities, {len(response.data) / 1024:.0f} KiB of HTML: "
          f"best {min(times) * 1000:.0f} ms, median {statistics.median(times) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
