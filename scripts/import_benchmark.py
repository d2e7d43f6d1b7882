"""Benchmark: server time to import a 10,000-row Toggl CSV (preview, then confirm).

Run: .venv/bin/python scripts/import_benchmark.py [--rows N]

Writes a Toggl detailed export of N rows over one week (the development lines, cycled), then
times the upload (reading, sorting and tagging every row for the preview) and the confirm
(reading again and saving every row in one transaction) through the test client.
"""

from __future__ import annotations

import argparse
import csv
import io
import tempfile
import time
from pathlib import Path

from flask_migrate import upgrade

from app import create_app
from app.engine.evaluation import read_labelled

ROOT = Path(__file__).resolve().parent.parent
HEADER = ["User", "Email", "Client", "Project", "Task", "Description", "Billable", "Start date",
          "Start time", "End date", "End time", "Duration", "Tags", "Amount (USD)"]


def toggl_csv(rows: int) -> bytes:
    lines = (ROOT / "tests" / "data" / "devset.tsv").read_text(encoding="utf-8").splitlines()
    texts = [text for _, text in read_labelled(lines, "devset.tsv")]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for i in range(rows):
        day = f"2025-03-0{3 + i % 7}"
        start = f"{(i // 7) % 24:02d}:{i % 60:02d}:00"
        writer.writerow(["Anna Lee", "anna@example.com", "", "Work", "", texts[i % len(texts)],
                         "No", day, start, day, start, "00:05:00", "", "0.00"])
    return ("\ufeff" + out.getvalue()).encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    data = toggl_csv(args.rows)
    with tempfile.TemporaryDirectory() as folder:
        app = create_app({"SECRET_KEY": "bench", "WTF_CSRF_ENABLED": False,
                          "MAX_CONTENT_LENGTH": 8 * 1024 * 1024,
                          "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/bench.sqlite"})
        with app.app_context():
            upgrade()
        client = app.test_client()
        client.post("/signup", data={"email": "bench@example.com", "password": "benchmark",
                                     "repeat": "benchmark"})
        client.post("/weeks/new", data={"day": "2025-03-05"})
        start = time.perf_counter()
        page = client.post("/weeks/1/import", data={"file": (io.BytesIO(data), "toggl.csv")},
                           content_type="multipart/form-data").get_data(as_text=True)
        previewed = time.perf_counter()
        token = page.split('name="upload" type="hidden" value="')[1].split('"')[0]
        response = client.post("/weeks/1/import/confirm", data={"upload": token})
        done = time.perf_counter()
        assert response.status_code == 302
    print(f"{args.rows:,} rows, {len(data) / 1024:.0f} KiB: preview {previewed - start:.2f} s, "
          f"confirm {done - previewed:.2f} s, total {done - start:.2f} s")


if __name__ == "__main__":
    main()
