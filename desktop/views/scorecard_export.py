"""Scorecard export for the GUI and the command line: cases from the store to PDF or PNG files.

Checks the destination before drawing anything, so an unwritable or invalid path is one clear
error and never a half-written file.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from ..models.case import Case
from ..models.scorecard import ChangesRecord, Scorecard, ScorecardOptions, build_scorecard, changes_record
from ..models.store_snapshots import find_snapshot
from ..models.store import CaseStore
from .scorecard_render import PAGE_SIZES, render_images, render_pdf


class ExportError(OSError):
    """The destination cannot be written; the message names it and says why."""


def ensure_gui_application() -> None:
    """Rendering needs an application; on the command line one is made offscreen. A widgets
    application, because the portfolio charts are (pyqtgraph) widgets."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        ensure_gui_application.app = QApplication([])  # kept alive for the process


def release_gui_application() -> None:
    """Tear Qt down before Python does (command line only): shiboken objects still alive at
    interpreter exit can crash the process after the work is done."""
    from . import scorecard_canvas

    scorecard_canvas.release()
    app = getattr(ensure_gui_application, "app", None)
    if app is not None:
        app.shutdown()
        del ensure_gui_application.app


def _short(value) -> str:
    text = "—" if value in (None, "", []) else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def history_line(entry) -> str:
    """One change as a memo reader wants it: when, who, what, from what to what."""
    when = entry.changed_at[:16].replace("T", " ")
    if entry.field == "*":
        return f"{when} · {entry.user} · case {entry.new_value}"
    return f"{when} · {entry.user} · {entry.field}: {_short(entry.old_value)} → {_short(entry.new_value)}"


def changes_since(store: CaseStore, case: Case, name: str, history: list | None = None) -> ChangesRecord:
    """The "changes since snapshot" annex from the store: the snapshot's case as the store
    reads it, and the history recorded after the snapshot was taken (for the reasons; read
    here unless the caller has it already). An unknown name is a StoreError that lists the
    case's snapshots."""
    name = find_snapshot(case, name).name
    if history is None:
        history = store.history(case.id)
    return changes_record(case, name, old=store.snapshot_case(case.id, name), history=history)


def scorecards_for(store: CaseStore, ids: list[str], options: ScorecardOptions = ScorecardOptions(),
                   today: date | None = None) -> list[Scorecard]:
    today = today or date.today()
    stamp = today.strftime("%d %B %Y").lstrip("0")
    cards = []
    for case_id in ids:
        case = store.get(case_id)
        history = store.history(case_id)
        version = "as published (DPC 2024)" if case.is_reference else str(max(1, len(history)))
        lines = [history_line(h) for h in history[-15:]]
        changes = changes_since(store, case, options.changes_since, history) if options.changes_since else None
        cards.append(build_scorecard(case, date=stamp, version=version, options=options, history_lines=lines,
                                     changes=changes, today=today))
    return cards


def _writable_file(path: Path) -> None:
    if path.is_dir():
        raise ExportError(f"{path}: is a folder, not a file")
    if not path.parent.is_dir():
        raise ExportError(f"{path}: folder {path.parent} does not exist")
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ExportError(f"{path}: not allowed to write here")


def export_pdf(cards: list[Scorecard], out: Path, page: str = "a4", figures: list | None = None) -> None:
    """Write the PDF beside its destination and move it into place, so a failure never leaves a
    half-written file; ``figures`` (see scorecard_figures) are added after the scorecards."""
    _writable_file(out)
    ensure_gui_application()
    tmp = out.with_name(f".{out.name}.part")
    try:
        starts, figures_page = render_pdf(cards, str(tmp), PAGE_SIZES[page], figures=figures,
                                          title="Scorecards: " + ", ".join(c.title for c in cards)[:200])
        marks = [(card.title, start) for card, start in zip(cards, starts)]
        if figures_page is not None:
            marks.append(("Portfolio figures", figures_page))
        add_bookmarks(tmp, marks)
        os.replace(tmp, out)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"{out}: cannot be written ({error})") from None


def add_bookmarks(path: Path, marks: list[tuple[str, int]]) -> None:
    """One PDF bookmark (outline entry) per case, pointing at its first page."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(path)))
    for title, page in marks:
        writer.add_outline_item(title=title, page_number=page)
    if len(marks) > 1:
        writer.page_mode = "/UseOutlines"  # a batch opens with its bookmarks showing
    with open(path, "wb") as handle:
        writer.write(handle)


def export_png(cards: list[Scorecard], folder: Path, ids: list[str], dpi: int = 150, page: str = "a4") -> list[Path]:
    """One PNG per page, named after the case id: ``<id>-1.png``, ``<id>-2.png`` … A missing
    folder is created (``--png cards/`` on the command line should just work)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(f"{folder}: cannot create the folder ({error.strerror or error})") from None
    if not os.access(folder, os.W_OK):
        raise ExportError(f"{folder}: not allowed to write here")
    ensure_gui_application()
    written = []
    for card, case_id in zip(cards, ids):
        for n, image in enumerate(render_images([card], dpi, PAGE_SIZES[page]), start=1):
            path = folder / f"{case_id}-{n}.png"
            if not image.save(str(path), "PNG"):
                raise ExportError(f"{path}: cannot be written")
            written.append(path)
    return written
