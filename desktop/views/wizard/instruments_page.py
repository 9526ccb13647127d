"""Step 4, instruments: the case's chosen instruments above, the catalogue to pick from below.

The catalogue shows the chosen level (or, with no level chosen yet, every feasible one), can
widen to the other feasible levels, and filters by protect / promote / partner, focus and text.
Suggested entries (the report's patterns, and recommendations from reference cases in the same
technology area) are in bold and can be added in one go. Everything is in the interface's
language except the instruments' own texts (a case's content); Table 2's patterns are shown
translated, and a case that takes one stores the report's English wording (which the rules and
the report's cases match) and shows it translated wherever it is read (``instrument_text_in``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
)

from ...models.case import Case, Instrument
from ...models.language import label
from ...models.catalogue import entries_for, table2_label
from ...models.rules import suggest_instruments_for
from ...models.rules.instruments import feasibility_of
from ...models.scales import PPP, Feasibility, Focus, Level, Step
from ..announce import announce
from ..keys import declare
from .instrument_dialog import ask_instrument
from .instrument_models import CatalogueTableModel, InstrumentTableModel
from .page_base import WizardPage, heading, help_label, separator
from .tool_words import fill, lang

_KEYS = QT_TRANSLATE_NOOP("Keys", "Instruments step")
declare(_KEYS, QT_TRANSLATE_NOOP("Keys", "Down (in the search box)"),
        QT_TRANSLATE_NOOP("Keys", "Go to the first entry of the catalogue"))
declare(_KEYS, QT_TRANSLATE_NOOP("Keys", "Space (in the catalogue)"),
        QT_TRANSLATE_NOOP("Keys", "Tick or untick the entry: add it to your instruments or remove it"))
declare(_KEYS, QT_TRANSLATE_NOOP("Keys", "Ctrl+Up / Ctrl+Down (in your instruments)"),
        QT_TRANSLATE_NOOP("Keys", "Move the selected instrument up or down"))
declare(_KEYS, QT_TRANSLATE_NOOP("Keys", "Delete (in your instruments)"), QT_TRANSLATE_NOOP("Keys", "Remove the selected instrument"))
# the short columns, by their (untranslated) header: a column of framework values is as wide as
# its longest value in the interface's language; Source (it wraps) at least 22 average characters
# and its longest word (a German level is one long word), so the instrument's text keeps the rest
_VALUES = {"Level": Level, "Type": PPP, "Focus": Focus}
_SOURCE_CHARS = 22


def _column_words(name: str, code: str) -> list[str]:
    """What a short column shows that must never be cut: its values, or Source's longest words."""
    if name == "Source":
        return [word for level in Level for word in table2_label(level, code).split()]
    return [label(member, code) for member in _VALUES.get(name, ())]


def _dump(instruments: list[Instrument]) -> list[dict]:
    return [i.model_dump(mode="json") for i in instruments]


class InstrumentsPage(WizardPage):
    step = Step.INSTRUMENTS
    title = QT_TRANSLATE_NOOP("WizardPage", "Step 4 · Instruments")
    intro = QT_TRANSLATE_NOOP("WizardPage",
                              "Pick the policy instruments for the level of ambition: tick them in the catalogue, add your "
                              "own, reorder and edit. Each instrument knows its level, its side of the protect / promote / "
                              "partner triangle and the source of strength it serves.")

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self._lang = lang()
        heading_row = QHBoxLayout()
        heading_row.addWidget(heading(self.tr("Your instruments")))
        heading_row.addWidget(self.mark_provenance("instruments"))  # reference cases: where they come from
        heading_row.addStretch(1)
        self.body.addLayout(heading_row)
        self.chosen_model = InstrumentTableModel(self)
        self.chosen_table = self._table(self.chosen_model, stretch=InstrumentTableModel.COL_TEXT)
        self.chosen_table.setAccessibleName(self.tr("Your instruments"))
        self.chosen_table.setAccessibleDescription(
            self.tr("The case's instruments in order. Ctrl+Up and Ctrl+Down move the selected one, Delete removes it."))
        self.chosen_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chosen_table.setMinimumHeight(170)
        self.chosen_table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.body.addWidget(self.chosen_table)
        buttons = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.add_own_button = QPushButton(self.tr("Add your &own…"))
        for button, slot in ((self.up_button, lambda: self.move_selected(-1)), (self.down_button, lambda: self.move_selected(1)),
                             (self.edit_button, self.edit_selected), (self.remove_button, self.remove_selected),
                             (self.add_own_button, self.add_own)):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        for keys, slot in (("Ctrl+Up", lambda: self.move_selected(-1)), ("Ctrl+Down", lambda: self.move_selected(1)),
                           (QKeySequence.StandardKey.Delete, self.remove_selected)):
            shortcut = QShortcut(QKeySequence(keys), self.chosen_table, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)  # only in "Your instruments"

        self.body.addWidget(separator())
        self.body.addWidget(heading(self.tr("Catalogue")))
        self.scope_hint = help_label("")
        # accepting every suggestion is one action, first in the catalogue (as on Ambition)
        self.add_suggested_button = QPushButton(self.tr("Add all suggested (bold) instruments"))
        self.add_suggested_button.clicked.connect(self.add_suggested)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.scope_hint, 1)
        scope_row.addWidget(self.add_suggested_button)
        self.body.addLayout(scope_row)
        filters = QHBoxLayout()
        self.other_levels = QCheckBox(self.tr("Show the other feasible levels too"))
        self.ppp_filter = QComboBox()
        self.ppp_filter.addItem(self.tr("Protect, promote and partner"), None)
        for member in PPP:
            self.ppp_filter.addItem(label(member, self._lang), member)
        self.focus_filter = QComboBox()
        self.focus_filter.addItem(self.tr("Every focus"), None)
        for member in Focus:
            self.focus_filter.addItem(label(member, self._lang), member)
        self.search = QLineEdit(placeholderText=self.tr("Search the catalogue…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the catalogue"))
        self.search.setAccessibleDescription(self.tr("Down goes to the first entry found."))
        for text, name, combo in ((self.tr("&Type:"), self.tr("Type"), self.ppp_filter),
                                  (self.tr("Focu&s:"), self.tr("Focus"), self.focus_filter)):
            buddy = QLabel(text)
            buddy.setBuddy(combo)  # the combo's label relation: announced by its label, not its value
            combo.setAccessibleName(name)
            filters.addWidget(buddy)
            filters.addWidget(combo)
        filters.addWidget(self.search, 1)  # right above the results (Down goes there)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self._to_first_result)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)  # only while the search box has focus
        self.body.addWidget(self.other_levels)  # under the line that says which levels are shown
        self.body.addLayout(filters)
        self.catalogue_model = CatalogueTableModel(self)
        self.catalogue_model.toggled.connect(self._toggled)
        self.catalogue_table = self._table(self.catalogue_model, stretch=CatalogueTableModel.COL_TEXT)
        self.catalogue_table.setAccessibleName(self.tr("Catalogue"))
        self.catalogue_table.setAccessibleDescription(
            self.tr("Space ticks or unticks the entry: a ticked entry is one of your instruments."))
        self.catalogue_table.setMinimumHeight(300)
        self.body.addWidget(self.catalogue_table)
        self.body.addWidget(help_label(self.tr("Bold: suggested for this case. The Source column says where an entry "
                                               "comes from; hover it for more.")))
        self.finish()

        self.other_levels.toggled.connect(lambda _on: self._fill_catalogue(self.controller.case))
        self.ppp_filter.currentIndexChanged.connect(lambda _i: self._fill_catalogue(self.controller.case))
        self.focus_filter.currentIndexChanged.connect(lambda _i: self._fill_catalogue(self.controller.case))
        self.search.textChanged.connect(lambda _t: self._fill_catalogue(self.controller.case))
        self.chosen_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def _table(self, model, stretch: int) -> QTableView:
        """Text wraps in the stretching column; the short columns get fixed, readable widths."""
        table = QTableView()
        table.setModel(model)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.fontMetrics()
        char = metrics.averageCharWidth()
        for col in range(model.columnCount()):
            name = model.HEADERS[col]  # the English header: the same key in every language
            if col == stretch:
                continue
            words = _column_words(name, self._lang) + [model.headerData(col, Qt.Orientation.Horizontal)]
            widest = max(metrics.horizontalAdvance(w) for w in words) + 3 * char  # the cell's and the sort mark's margins
            table.setColumnWidth(col, max(widest, char * _SOURCE_CHARS if name == "Source" else 0))
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return table

    # -- which levels the catalogue shows ---------------------------------------------------
    def levels_on_show(self, case: Case) -> list[Level]:
        feasible = [lv for lv in Level if (f := feasibility_of(case, lv)) is not None and f is not Feasibility.NOT_FEASIBLE]
        chosen = case.ambition.chosen_level
        if chosen is None:
            self.scope_hint.setText(self.tr("No level chosen yet (Step 3): showing every feasible level."))
            return feasible or list(Level)
        name = label(chosen, self._lang)
        name = name if self._lang == "de" else name.lower()  # a term inside a sentence (German keeps its capital)
        if self.other_levels.isChecked():
            self.scope_hint.setText(fill(self.tr("Showing %1 (chosen) and the other feasible levels."), name))
            return [chosen] + [lv for lv in feasible if lv is not chosen]
        self.scope_hint.setText(fill(self.tr("Showing the chosen level, %1."), name))
        return [chosen]

    def _filters(self) -> tuple[PPP | None, Focus | None]:
        """Combo item data comes back as the plain token string: turn it into the member again."""
        ppp, focus = self.ppp_filter.currentData(), self.focus_filter.currentData()
        return (PPP(ppp) if ppp else None), (Focus(focus) if focus else None)

    def _to_first_result(self) -> None:
        """Down in the search box: into the catalogue, on its first entry."""
        if self.catalogue_model.rowCount():
            self.catalogue_table.setFocus(Qt.FocusReason.TabFocusReason)
            self.catalogue_table.setCurrentIndex(self.catalogue_model.index(0, CatalogueTableModel.COL_TEXT))
            self.catalogue_table.scrollToTop()
            self.ensureWidgetVisible(self.catalogue_table, 0, 0)  # the page scrolls down to the results

    def _fill_catalogue(self, case: Case) -> None:
        ppp, focus = self._filters()
        words = self.search.text().casefold().split()
        rows = []
        for level in self.levels_on_show(case):
            suggested = {s.entry.id: s.reason for s in suggest_instruments_for(case, level)}
            for entry in entries_for(level, ppp=ppp, focus=focus):
                if entry.source == case.id:
                    continue
                haystack = (f"{entry.text} {entry.source_title} {entry.text_in(self._lang)} "
                            f"{entry.source_title_in(self._lang)}").casefold()  # either wording finds it
                if all(w in haystack for w in words):
                    rows.append((level, entry, entry.id in suggested, suggested.get(entry.id, "")))
        chosen = {(i.level.value, i.text) for i in case.instruments}
        self.catalogue_model.set_rows(rows, chosen)
        missing = [r for r in rows if r[2] and (r[0].value, r[1].text) not in chosen]
        self.add_suggested_button.setEnabled(bool(missing) and not self.controller.read_only)

    # -- edits --------------------------------------------------------------------------------
    def _set_instruments(self, instruments: list[Instrument], text: str, select: int | None = None) -> bool:
        stored = self.user_edit({"instruments": _dump(instruments)}, text)
        if select is not None and 0 <= select < self.chosen_model.rowCount():
            self.chosen_table.selectRow(select)
        return stored

    def _toggled(self, level: Level, entry, on: bool) -> None:
        current = list(self.controller.case.instruments)
        if on:
            current.append(entry.as_instrument(level))
        else:
            current = [i for i in current if not (i.level is level and i.text == entry.text)]
        if self._set_instruments(current, self.tr("Add instrument") if on else self.tr("Remove instrument")):
            said = (self.tr("Ticked, added to your instruments: %1") if on  # heard, not only seen
                    else self.tr("Unticked, removed from your instruments: %1"))
            announce(self.catalogue_table, fill(said, entry.text_in(self._lang)))

    def add_suggested(self) -> None:
        """Add the suggested entries the catalogue shows (its filters apply)."""
        case = self.controller.case
        have = {(i.level, i.text) for i in case.instruments}
        added = list(case.instruments)
        for row in range(self.catalogue_model.rowCount()):
            level, entry = self.catalogue_model.row_entry(row)
            if self.catalogue_model.is_suggested(row) and (level, entry.text) not in have:
                added.append(entry.as_instrument(level))
                have.add((level, entry.text))
        self._set_instruments(added, self.tr("Add suggested instruments"))

    def selected_row(self) -> int | None:
        rows = self.chosen_table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def move_selected(self, delta: int) -> None:
        row = self.selected_row()
        current = list(self.controller.case.instruments)
        if row is None or not (0 <= row + delta < len(current)) or self.controller.read_only:
            return
        current[row], current[row + delta] = current[row + delta], current[row]
        self._set_instruments(current, self.tr("Reorder instruments"), select=row + delta)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None or self.controller.read_only:
            return
        current = list(self.controller.case.instruments)
        edited = self.ask_instrument(current[row])
        if edited is not None:
            current[row] = edited
            self._set_instruments(current, self.tr("Edit instrument"), select=row)

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None or self.controller.read_only:
            return
        current = list(self.controller.case.instruments)
        del current[row]
        self._set_instruments(current, self.tr("Remove instrument"), select=min(row, len(current) - 1))

    def add_own(self) -> None:
        instrument = self.ask_instrument(None)
        if instrument is not None:
            current = list(self.controller.case.instruments) + [instrument]
            self._set_instruments(current, self.tr("Add own instrument"), select=len(current) - 1)

    def ask_instrument(self, instrument: Instrument | None) -> Instrument | None:
        """The instrument editor dialog (patched in tests)."""
        return ask_instrument(self, instrument, self.controller.case.ambition.chosen_level)

    # -- refresh --------------------------------------------------------------------------
    def refresh(self, case: Case) -> None:
        selected = self.selected_row()
        with self.refreshing():
            self.chosen_model.set_rows(case.instruments)
            self._fill_catalogue(case)
        self.refresh_provenance(case)
        if selected is not None and selected < self.chosen_model.rowCount():
            self.chosen_table.selectRow(selected)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        editable = not self.controller.read_only
        count = self.chosen_model.rowCount()
        self.up_button.setEnabled(editable and row is not None and row > 0)
        self.down_button.setEnabled(editable and row is not None and row < count - 1)
        self.edit_button.setEnabled(editable and row is not None)
        self.remove_button.setEnabled(editable and row is not None)
        self.add_own_button.setEnabled(editable)

    def set_read_only(self, read_only: bool) -> None:
        self.catalogue_model.set_read_only(read_only)
        self._update_buttons()

