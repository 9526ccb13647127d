"""Floor of ``rdw list`` (issue 20): a bare Python script printing the same rows of the same
database with sqlite3, nothing of the app. ``python benchmarks/floor_list.py DB``."""

import sqlite3
import sys

connection = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rows = connection.execute("SELECT id, title, technology_area, is_reference, status FROM cases").fetchall()
rows.sort(key=lambda r: (not r[3], r[1].casefold(), r[0]))
for case_id, title, area, reference, status in rows:
    print(f"{case_id:36} {title:56} {area or '':40} {'reference' if reference else 'mine':10} {status}")
