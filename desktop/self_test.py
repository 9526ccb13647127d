"""``rdw --self-test``: check, headless and in a few seconds, that this installation works.

Meant above all for the packaged app (a PyInstaller bundle on a machine without Python): every
step uses what ships with it (reference library, instrument catalogue, fonts, icons, style sheet,
Qt plugins, pyqtgraph, pypdf, python-docx) and writes only into a temporary folder, never into the
user's data folder. Prints one checklist line per step; returns 0 when every step passed, 1 (with a one-line
reason on stderr) at the first that failed. ``RDW_SELF_TEST_VERBOSE=1`` adds the traceback.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Callable, TextIO

from . import __version__


class SelfTestFailure(Exception):
    """A check did not hold; the message says what was expected and what was found."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


def _headless() -> None:
    """Unless QT_QPA_PLATFORM names a platform, Qt draws offscreen (every Qt build, the bundle
    included, carries that plugin): the check needs no display and never opens a window."""
    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _quiet_offscreen_notes(mode, context, message: str) -> None:
    """The offscreen platform says it cannot do window-manager things; that is not a failure."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


# -- the steps -----------------------------------------------------------------------------
class _Run:
    """State shared by the steps: the temporary folder, the store, the files written."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.store = None
        self.own_id: str | None = None

    def shipped_files(self) -> str:
        from .paths import data_path, resource_path

        wanted = [data_path("instrument_patterns.json"), data_path("reference"), resource_path("style.qss"),
                  resource_path("icons", "app.svg"), resource_path("fonts", "DejaVuSans.ttf"),
                  resource_path("fonts", "DejaVuSans-Bold.ttf"), resource_path("fonts", "wqy-microhei.ttc")]
        missing = [str(p) for p in wanted if not p.exists()]
        _check(not missing, "missing shipped file(s): " + ", ".join(missing))
        return f"data and resources present ({data_path().parent})"

    def database(self) -> str:
        from .models.library import open_store

        path = self.folder / "self-test.sqlite"
        self.store = open_store(path, user="self-test")
        _check(path.exists(), f"{path} was not created")
        return f"temporary database created ({path.name})"

    def library(self) -> str:
        from .models.catalogue import catalogue
        from .models.library import reference_cases

        shipped = reference_cases()
        _check(len(shipped) >= 12, f"reference library has {len(shipped)} cases, expected 12")
        summaries = self.store.list_summaries()
        refs = [s for s in summaries if s.is_reference]
        _check(len(refs) == len(shipped), f"{len(refs)} reference cases in the database, expected {len(shipped)}")
        entries = catalogue()
        _check(any(e.is_pattern for e in entries), "instrument catalogue has no cross-case patterns")
        return f"reference library loaded: {len(refs)} cases, catalogue of {len(entries)} instruments"

    def suggestions(self) -> str:
        from .models.rules import suggest_case
        from .models.scales import LeverageDegree

        suggested = 0
        for case in self.store.cases():
            result = suggest_case(case)
            _check(set(result) >= {"leverage", "feasibility", "instruments"}, f"{case.id}: incomplete suggestion")
            _check(len(result["feasibility"]) == 4, f"{case.id}: feasibility for {len(result['feasibility'])} levels, expected 4")
            if result["leverage"]["value"]:
                suggested += 1
        _check(suggested >= 12, f"a degree of leverage suggested for only {suggested} reference cases")
        # one case of one's own, written through the store like an edit in the wizard
        own = self.store.duplicate(self.store.list_summaries()[0].id, "Self-test case")
        self.store.set_field(own.id, "leverage.substitutability", "very_hard")
        mine = self.store.get(own.id)
        _check(not mine.is_reference and mine.leverage.substitutability is not None, "an edit was not saved")
        value = suggest_case(mine)["leverage"]["value"]
        _check(value is not None, "no leverage suggested for the edited case")
        self.own_id = own.id
        return f"suggestions for {suggested + 1} cases (edited case: leverage {LeverageDegree(value).label})"

    def scorecard_pdf(self) -> str:
        from pypdf import PdfReader

        from .reports.pdf import export_pdf
        from .reports.content import scorecards_for

        ids = [self.store.list_summaries()[0].id, self.own_id]
        path = self.folder / "scorecards.pdf"
        export_pdf(scorecards_for(self.store, ids), path)
        _check(path.read_bytes()[:5] == b"%PDF-", f"{path.name} is not a PDF")
        reader = PdfReader(str(path))
        pages = len(reader.pages)
        _check(pages > len(ids), f"{path.name} has {pages} pages, expected a contents page and one per case")
        _check(len(reader.outline) == len(ids), f"{path.name} has {len(reader.outline)} bookmarks, expected {len(ids)}")
        fonts = set()
        for page in reader.pages:
            resources = page.get("/Resources") or {}
            for ref in (resources.get("/Font") or {}).values():
                fonts.add(str(ref.get_object().get("/BaseFont", "")))
        _check(any("DejaVu" in f for f in fonts), f"the bundled fonts are not embedded (fonts: {sorted(fonts)})")
        text = " ".join((reader.pages[-1].extract_text() or "").split())
        _check("Self-test case" in text, "the edited case's title is not in the PDF text")
        return f"PDF scorecards exported: {pages} pages, {path.stat().st_size // 1024} KB, fonts embedded"

    def scorecard_docx(self) -> str:
        """The Word export: python-docx and its template are installed (a bundle must carry them)."""
        import docx

        from .reports.content import scorecards_for
        from .reports.docx import export_docx

        path = self.folder / "scorecards.docx"
        export_docx(scorecards_for(self.store, [self.own_id]), path)
        document = docx.Document(str(path))
        text = " ".join(p.text for p in document.paragraphs)
        _check("Self-test case" in text, f"{path.name} does not hold the edited case's title")
        _check(len(document.tables) >= 2, f"{path.name} has {len(document.tables)} tables, expected the scorecards")
        return f"Word scorecard exported: {len(document.tables)} tables, {path.stat().st_size // 1024} KB"

    def printing(self) -> str:
        """File ▸ Print…: Qt's print support ships (printed here to a PDF file, no printer needed)."""
        from PySide6.QtPrintSupport import QPrinter

        from .reports.content import scorecards_for
        from .reports.printing import print_scorecards

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        path = self.folder / "printed.pdf"
        printer.setOutputFileName(str(path))
        pages = print_scorecards(scorecards_for(self.store, [self.own_id]), printer)
        _check(path.is_file() and path.read_bytes()[:5] == b"%PDF-", "nothing was printed")
        return f"printing works: {pages} page(s) through Qt's print support"

    def chart_png(self) -> str:
        from PySide6.QtGui import QImage

        from .models.portfolio import FIGURES
        from .views.portfolio.chart_export import export_figure

        name = next(iter(FIGURES))
        path = export_figure(name, self.store.cases(), self.folder / "chart.png", "self-test")
        _check(Path(path).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", f"{Path(path).name} is not a PNG")
        image = QImage(str(path))
        _check(not image.isNull() and image.width() >= 600, f"{Path(path).name} does not load as an image")
        return f"chart exported: {name}, {image.width()}×{image.height()} PNG"

    def qt_text(self) -> str:
        """Qt's text services: the bundled fonts by name, and ICU's collation data (the bundle
        ships a trimmed ICU; without its data Qt would sort "Ä" after "Z")."""
        from PySide6.QtCore import QCollator, QLocale
        from PySide6.QtGui import QFontDatabase

        from .reports.canvas import FAMILIES, ensure_fonts

        ensure_fonts()
        missing = [f for f in FAMILIES if f not in QFontDatabase.families()]
        _check(not missing, f"font(s) not available to Qt: {', '.join(missing)}")
        collator = QCollator(QLocale("de_DE"))
        _check(collator.compare("Ärger", "Zebra") < 0, "collation data missing (ICU): 'Ärger' sorts after 'Zebra'")
        upper = QLocale("tr_TR").toUpper("i")
        return f"fonts {', '.join(FAMILIES)}; collation and case mapping (tr: i → {upper})"

    def main_window(self) -> str:
        from PySide6.QtCore import QSettings
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QApplication

        from .paths import resource_path
        from .views.window.app import load_style_sheet, make_application
        from .views.window.main_window import MainWindow
        from .reports.application import ensure_gui_application

        icon = QIcon(str(resource_path("icons", "app.svg")))
        _check(not icon.isNull() and not icon.pixmap(64, 64).isNull(), "the app icon does not load (SVG support)")
        _check(bool(load_style_sheet()), "the style sheet does not load")
        # style the application like the real start-up, unless it is someone else's (tests)
        app = make_application() if getattr(ensure_gui_application, "app", None) else QApplication.instance()
        settings = QSettings(str(self.folder / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(self.store, settings)
        window.show()
        QApplication.processEvents()
        browser = getattr(window, "browser", None)
        table = getattr(browser, "table", None)
        rows = table.model().rowCount() if table is not None and table.model() is not None else None
        _check(rows is None or rows >= 13, f"the case list shows {rows} cases, expected at least 13")
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        shown = f", {rows} cases listed" if rows is not None else ""
        return f"main window opened ({app.platformName()} platform{shown})"


STEPS: list[tuple[str, Callable[[_Run], str]]] = [
    ("shipped files", _Run.shipped_files),
    ("database", _Run.database),
    ("reference library", _Run.library),
    ("suggestions", _Run.suggestions),
    ("PDF scorecard", _Run.scorecard_pdf),
    ("Word scorecard", _Run.scorecard_docx),
    ("printing", _Run.printing),
    ("chart", _Run.chart_png),
    ("Qt text services", _Run.qt_text),
    ("main window", _Run.main_window),
]


def _reason(name: str, error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    # numpy's import error is a page of advice; its cause is on the "Original error was" line
    cause = [line for line in lines if line.startswith("Original error was")]
    text = (cause or lines or [type(error).__name__])[0][:300]
    return f"{name}: {text}"


def _start_qt() -> Callable[[], None]:
    """A QApplication (offscreen) for the rendering steps; returns what tears it down again."""
    from PySide6.QtCore import qInstallMessageHandler

    from .reports.application import ensure_gui_application, release_gui_application

    previous_handler = qInstallMessageHandler(_quiet_offscreen_notes)
    ensure_gui_application(widgets=True)

    def stop() -> None:
        release_gui_application()
        qInstallMessageHandler(previous_handler)

    return stop


def run_self_test(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every step, printing a checklist; 0 when all passed, 1 at the first failure."""
    out = out or sys.stdout
    err = err or sys.stderr
    _headless()
    started = time.perf_counter()
    frozen = "bundle" if getattr(sys, "frozen", False) else "source"
    try:
        from PySide6 import __version__ as qt_version
    except ImportError as error:
        qt_version = f"missing ({error})"
    print(f"rdw {__version__} self-test ({frozen}; Python {platform.python_version()}, Qt {qt_version}, "
          f"{platform.system()} {platform.machine()})", file=out, flush=True)
    saved_data_dir = os.environ.get("RDW_DATA_DIR")
    failed = None
    with tempfile.TemporaryDirectory(prefix="rdw-self-test-") as tmp:
        os.environ["RDW_DATA_DIR"] = tmp  # logs, backups: never the user's data folder
        run = _Run(Path(tmp))
        stop_qt = None
        try:
            stop_qt = _start_qt()
        except Exception as error:  # noqa: BLE001 — e.g. a Qt library missing from the bundle
            print("  FAIL Qt", file=out, flush=True)
            failed = _reason("Qt", error)
        try:
            for name, step in STEPS if failed is None else []:
                try:
                    detail = step(run)
                except Exception as error:  # noqa: BLE001 — any failure is a failed step
                    if os.environ.get("RDW_SELF_TEST_VERBOSE"):
                        traceback.print_exc(file=err)
                    print(f"  FAIL {name}", file=out, flush=True)
                    failed = _reason(name, error)
                    break
                print(f"  ok   {detail}", file=out, flush=True)
        finally:
            if run.store is not None:
                run.store.close()
            if stop_qt is not None:
                stop_qt()
            if saved_data_dir is None:
                os.environ.pop("RDW_DATA_DIR", None)
            else:
                os.environ["RDW_DATA_DIR"] = saved_data_dir
    if failed:
        print(f"rdw: self-test failed: {failed}", file=err, flush=True)
        return 1
    print(f"self-test passed in {time.perf_counter() - started:.1f} s", file=out, flush=True)
    return 0
