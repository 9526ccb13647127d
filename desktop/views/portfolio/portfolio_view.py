"""The Portfolio page: the report's six cross-case figures, live, for any scope of cases.

The page reads the cases' charted values through the store (``portfolio_rows``: light rows, not
whole validated cases, so 10,000 cases show at once; never SQL), draws the chart of the current tab only,
and redraws when the scope, the area or the data changes. Clicking a marker opens its case;
a bar that stands for several cases offers them in a menu. "Data Table" shows the same data as
a table (the text alternative a screen reader reads, and where Return opens a row's case
through the chart's own signals, as a click would).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, Qt, Signal
from PySide6.QtGui import QCursor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from ...models.analysis_words import lower, percent
from ...models.figure_names import figure_title
from ...models.portfolio import FIGURES, PortfolioRow, Scope, ScopeKind, in_scope, short_label, technology_areas
from ...models.storage.interface import CaseStorage
from ...models.storage.records import StoreError
from ...models.portfolio_table import figure_table
from ..dialogs import plain_message
from ..keys import declare
from .. import translation
from .chart_base import Chart, Target
from .chart_export import CHARTS, ChartExportError, export_figure, natural_height, row_count
from .chart_table import FigureTableView
from ..error_text import error_text

TAB_NAMES = {  # (English; shown through PortfolioView.tr)
    "strength-map": QT_TRANSLATE_NOOP("PortfolioView", "Strength map"),
    "strength-types": QT_TRANSLATE_NOOP("PortfolioView", "Types of strength"),
    "feasibility": QT_TRANSLATE_NOOP("PortfolioView", "Feasibility"),
    "leverage": QT_TRANSLATE_NOOP("PortfolioView", "Leverage"),
    "substitutability-spillover": QT_TRANSLATE_NOOP("PortfolioView", "Substitutability × spillover"),
    "instruments": QT_TRANSLATE_NOOP("PortfolioView", "Instruments"),
}
ZOOMS = [1.0, 1.25, 1.5, 2.0]
SCOPES = [
    (ScopeKind.ALL, QT_TRANSLATE_NOOP("PortfolioView", "All cases")),
    (ScopeKind.REFERENCE, QT_TRANSLATE_NOOP("PortfolioView", "Reference library")),
    (ScopeKind.MINE, QT_TRANSLATE_NOOP("PortfolioView", "My cases")),
    (ScopeKind.SELECTION, QT_TRANSLATE_NOOP("PortfolioView", "Selected cases")),
]
CHART_HINT = QT_TRANSLATE_NOOP("PortfolioView", "Click a marker, bar or row to open its case; hover for details. "
                                                "Ctrl+T: the data as a table.")
TABLE_HINT = QT_TRANSLATE_NOOP("PortfolioView", "Return or a double click on a row opens its case. Ctrl+T: back "
                                                "to the chart.")
# focus drawn as in the wizard (2 px navy ring; yellow on the navy checked button), also on the
# chart area and the table, which the global style leaves bare
FOCUS_STYLE = ("QScrollArea#chartArea { border: 2px solid transparent; }"
               "QScrollArea#chartArea:focus, QTableView#figureTable:focus { border: 2px solid #1a3d6d; }"
               "QPushButton:focus { border: 2px solid #1a3d6d; padding: 4px 11px; background: #e8eef7; }"
               "QPushButton#dataButton:checked { background: #1a3d6d; color: #ffffff; border-color: #1a3d6d; }"
               "QPushButton#dataButton:checked:focus { border: 2px solid #f3c623; }")
# the keyboard reference translates a declared key's texts in the "Keys" context (guide/keyboard.py)
declare(QT_TRANSLATE_NOOP("Keys", "Portfolio"), "Alt+1 … Alt+6",
        QT_TRANSLATE_NOOP("Keys", "Show the first … sixth chart"))
declare(QT_TRANSLATE_NOOP("Keys", "Portfolio"), QT_TRANSLATE_NOOP("Keys", "Ctrl+T"),
        QT_TRANSLATE_NOOP("Keys", "Show the chart's data as a table, or the chart again"))
declare(QT_TRANSLATE_NOOP("Keys", "Portfolio"), QT_TRANSLATE_NOOP("Keys", "Ctrl++ / Ctrl+-"),
        QT_TRANSLATE_NOOP("Keys", "Larger or smaller text and markers (for a projector)"))
declare(QT_TRANSLATE_NOOP("Keys", "Portfolio"), QT_TRANSLATE_NOOP("Keys", "Esc"),
        QT_TRANSLATE_NOOP("Keys", "Back to the case list"))


class PortfolioView(QWidget):
    back_requested = Signal()
    open_case = Signal(str)
    saved = Signal(object)  # a chart written (a Path): the window offers Open and Show in Folder

    def __init__(self, store: CaseStorage, parent: QWidget | None = None, scale: float = 1.0):
        super().__init__(parent)
        self.store = store
        self.zoom = scale
        self.selection: tuple[str, ...] = ()
        self.cases: list[PortfolioRow] = []
        self.read_error = ""  # said above the chart's note until a refresh reads the cases
        self.charts: dict[str, Chart] = {}

        self.back_button = QPushButton(self.tr("← All cases"))
        self.back_button.setToolTip(self.tr("Back to the case list (Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        title = QLabel(self.tr("Portfolio"), objectName="pageTitle")
        self.setStyleSheet(FOCUS_STYLE)
        self.scope_box = QComboBox()
        self.scope_box.setAccessibleName(self.tr("Cases to show"))
        for kind, label in SCOPES:
            self.scope_box.addItem(self.tr(label), kind)
        self.area_box = QComboBox()
        self.area_box.setAccessibleName(self.tr("Technology area"))
        # room for "All technology areas" in every language ("Alle Technologiebereiche")
        self.area_box.setMinimumContentsLength(max(18, len(self.tr("All technology areas"))))
        self.area_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.size_box = QComboBox()
        self.size_box.setAccessibleName(self.tr("Text size"))
        self.size_box.setToolTip(self.tr("Text and markers for a projector (Ctrl++ / Ctrl+-)"))
        for zoom in ZOOMS:
            self.size_box.addItem(percent(zoom, translation.current()), zoom)
        self.size_box.setCurrentIndex(ZOOMS.index(scale) if scale in ZOOMS else 0)
        self.export_button = QPushButton(self.tr("Export Chart…"))
        self.export_button.setToolTip(self.tr("Save this chart as PNG (for slides and memos) or SVG (for editing)"))
        self.export_button.clicked.connect(lambda: self.export_chart())
        self.data_button = QPushButton(self.tr("Data Table"), objectName="dataButton")
        self.data_button.setCheckable(True)
        self.data_button.setToolTip(self.tr("Show this chart's data as a table, where Return opens a row's case "
                                            "(Ctrl+T)"))
        self.data_button.toggled.connect(self.show_table)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(title)
        top.addStretch(1)
        for text, box in ((self.tr("&Show:"), self.scope_box), (self.tr("A&rea:"), self.area_box),
                          (self.tr("Te&xt size:"), self.size_box)):
            label = QLabel(text)  # the buddy gives the combo its label on the accessibility bus
            label.setBuddy(box)
            top.addWidget(label)
            top.addWidget(box)

        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        self.tabs.setDocumentMode(True)
        for name in FIGURES:
            self.tabs.addTab(self.tr(TAB_NAMES[name]))
            self.tabs.setTabToolTip(self.tabs.count() - 1, figure_title(name, translation.current()))
        self.tabs.setAccessibleName(self.tr("Charts"))
        tab_row = QHBoxLayout()
        tab_row.addWidget(self.tabs, 1)
        tab_row.addWidget(self.data_button)
        tab_row.addWidget(self.export_button)
        self.scroll = QScrollArea(objectName="chartArea")  # a focus stop: arrows scroll a tall chart
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.table = FigureTableView()
        self.table.setObjectName("figureTable")
        self.table.set_zoom(scale)
        self.table.open_requested.connect(self.open_from_table)
        self.body = QStackedWidget()
        self.body.addWidget(self.scroll)
        self.body.addWidget(self.table)
        self.status = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True, objectName="hint")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addLayout(tab_row)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.status)

        self.scope_box.currentIndexChanged.connect(lambda _i: self.redraw())
        self.area_box.currentIndexChanged.connect(lambda _i: self.redraw())
        self.tabs.currentChanged.connect(lambda _i: self.redraw())
        self.size_box.currentIndexChanged.connect(lambda _i: self.set_zoom(self.size_box.currentData()))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self._step_zoom(1))
        QShortcut(QKeySequence("Ctrl+="), self, lambda: self._step_zoom(1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self._step_zoom(-1))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back_requested.emit)
        QShortcut(QKeySequence("Ctrl+T"), self, self.data_button.toggle)
        for n in range(len(FIGURES)):
            QShortcut(QKeySequence(f"Alt+{n + 1}"), self, lambda n=n: self.tabs.setCurrentIndex(n))

    # -- what is shown ----------------------------------------------------------------------
    @property
    def figure(self) -> str:
        return list(FIGURES)[self.tabs.currentIndex()]

    def set_figure(self, name: str) -> None:
        self.tabs.setCurrentIndex(list(FIGURES).index(name))

    def scope(self) -> Scope:
        area = self.area_box.currentData()
        return Scope(self.scope_kind(), self.selection, area or None)

    def scope_kind(self) -> ScopeKind:
        return ScopeKind(self.scope_box.currentData())  # Qt hands the str-enum back as str

    def subtitle(self) -> str:
        parts = [self.scope_box.currentText()]
        if self.scope_kind() is ScopeKind.SELECTION:
            parts[0] = self.tr("selected cases")
        area = self.area_box.currentData()
        if area:
            parts.append(area)
        lang = translation.current()  # the scope's words inside a title: lower case, except German nouns
        return ", ".join(lower(p, lang) if i == 0 and lang != "en" else (p[:1].lower() + p[1:] if i == 0 else p)
                         for i, p in enumerate(parts))

    def refresh(self, selection: list[str] | None = None) -> None:
        """Re-read the cases (after edits elsewhere) and redraw; ``selection`` is the case
        list's selection, offered as the "Selected cases" scope."""
        if selection is not None:
            self.selection = tuple(selection)
        self.read_error = ""
        try:
            self.cases = self.store.portfolio_rows()
        except StoreError as error:
            self.cases = []
            self.read_error = self.tr("The cases could not be read: %1").replace("%1", error_text(error))
        self.scope_box.setItemText(3, self.tr("Selected cases (%1)").replace("%1", str(len(self.selection))))
        self._fill_areas()
        self.redraw()

    def _fill_areas(self) -> None:
        current = self.area_box.currentData()
        self.area_box.blockSignals(True)
        self.area_box.clear()
        self.area_box.addItem(self.tr("All technology areas"), "")
        for area in technology_areas(self.cases):
            self.area_box.addItem(short_label(area, 40), area)
            self.area_box.setItemData(self.area_box.count() - 1, area, Qt.ItemDataRole.ToolTipRole)
        index = self.area_box.findData(current) if current else 0
        self.area_box.setCurrentIndex(max(0, index))
        self.area_box.blockSignals(False)

    def shown_cases(self) -> list[PortfolioRow]:
        return in_scope(self.cases, self.scope())

    def chart(self, name: str | None = None) -> Chart:
        name = name or self.figure
        if name not in self.charts:
            chart = CHARTS[name](scale=self.zoom)
            chart.case_activated.connect(self.open_case)
            chart.cases_activated.connect(self.offer_cases)
            self.charts[name] = chart
        return self.charts[name]

    def redraw(self) -> None:
        chart = self.chart()
        cases = self.shown_cases()
        chart.show_cases(cases, self.subtitle())
        least, most = natural_height(chart, row_count(chart))
        chart.setMinimumHeight(least)
        chart.setMaximumHeight(most)
        if self.scroll.widget() is not chart:
            self.scroll.takeWidget()  # the chart stays alive in self.charts
            self.scroll.setWidget(chart)
        self.describe(chart)
        self.show_status(chart)

    def describe(self, chart: Chart) -> None:
        """The table of what the chart draws, and the chart named by its title and described by
        the table's summary (a screen reader's first sentence about the figure)."""
        data = figure_table(self.figure, chart.shown, chart.lang)
        self.table.set_table(data, keep_row=self.table.figure_model.table.columns == data.columns)
        title = chart._title
        # the viewport too: it reports the scroll area's focus as its own on the accessibility bus
        for widget in (chart, self.scroll, self.scroll.viewport()):
            widget.setAccessibleName(title)
            widget.setAccessibleDescription(data.summary)
        self.table.setAccessibleName(self.tr("%1: data table").replace("%1", self.tr(TAB_NAMES[self.figure])))
        self.table.setAccessibleDescription(" ".join(t for t in (title + ".", data.summary, data.legend) if t))

    def show_status(self, chart: Chart) -> None:
        legend = self.table.figure_model.table.legend if self.data_button.isChecked() else ""
        hint = self.tr(TABLE_HINT if self.data_button.isChecked() else CHART_HINT)
        self.status.setText("\n".join(line for line in (self.read_error, chart.note, legend, hint) if line))

    # -- the data table (the chart's text alternative) ------------------------------------
    def show_table(self, on: bool) -> None:
        self.body.setCurrentWidget(self.table if on else self.scroll)
        self.show_status(self.chart())
        (self.table if on else self.data_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def open_from_table(self, case_ids: list[str]) -> None:
        """The path a click takes: the chart's own signals (one case opens, several are offered)."""
        self.chart().activate(Target(case_ids, ""))

    # -- text size (a projector needs more) -----------------------------------------------
    def set_zoom(self, zoom: float) -> None:
        """Charts are laid out for their text size, so they are made anew at the new one."""
        if zoom == self.zoom:
            return
        self.zoom = zoom
        self.scroll.takeWidget()
        for chart in self.charts.values():
            chart.deleteLater()
        self.charts.clear()
        self.size_box.blockSignals(True)
        self.size_box.setCurrentIndex(ZOOMS.index(zoom))
        self.size_box.blockSignals(False)
        self.table.set_zoom(zoom)
        self.redraw()

    def _step_zoom(self, step: int) -> None:
        index = min(len(ZOOMS) - 1, max(0, ZOOMS.index(self.zoom) + step))
        self.set_zoom(ZOOMS[index])

    # -- clicks on aggregates ---------------------------------------------------------------
    def offer_cases(self, ids: list[str]) -> None:
        titles = {c.id: c.title for c in self.cases}
        menu = QMenu(self)
        for case_id in ids:
            action = menu.addAction(short_label(titles.get(case_id, case_id), 60))
            action.triggered.connect(lambda _=False, i=case_id: self.open_case.emit(i))
        where = QCursor.pos()
        if self.table.hasFocus():  # from the keyboard: under the table's current row
            rect = self.table.visualRect(self.table.currentIndex())
            where = self.table.viewport().mapToGlobal(rect.bottomLeft())
        self.popup_menu(menu, where)

    def popup_menu(self, menu: QMenu, where: QPoint) -> None:  # patched in tests
        menu.exec(where)

    # -- export ---------------------------------------------------------------------------
    def ask_export_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), str(Path.home() / suggested),
                                              self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        return path or None

    def export_chart(self, path: str | None = None) -> Path | None:
        path = path or self.ask_export_path(f"{self.figure}.png")
        if not path:
            return None
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".png")
        try:
            written = export_figure(self.figure, self.shown_cases(), target, self.subtitle(),
                                    protect=getattr(self.store, "path", None), lang=self.chart().lang)
        except (ChartExportError, OSError) as error:
            plain_message(self, QMessageBox.Icon.Warning, self.tr("Export chart"),
                          self.tr("The chart was not saved: %1").replace("%1", error_text(error))).exec()
            return None
        self.status.setText(self.tr("Saved %1").replace("%1", str(written)))
        self.saved.emit(written)
        return written
