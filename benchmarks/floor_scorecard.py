"""Floor of ``rdw scorecard CASE --out F.pdf`` (issue 20): a bare QtGui script rendering a
one-page HTML table to PDF, nothing of the app. ``python benchmarks/floor_scorecard.py OUT.pdf``."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument  # noqa: E402

app = QGuiApplication([])
rows = "".join(f"<tr><td>Pillar {n}</td><td>Maintain</td><td>likely</td></tr>" for n in range(12))
document = QTextDocument()
document.setHtml(f"<h1>Scorecard 1</h1><table border='1'>{rows}</table>")
writer = QPdfWriter(sys.argv[1])
writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
document.print_(writer)
del writer
