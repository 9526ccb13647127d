"""Compare, What Changed, What Would Flip It, Snapshots and the Portfolio in German (issue 21):
each page and dialog is built on reference cases in English and in German and its widget tree
walked: no visible word left in English (case texts, numbers and a few words German uses as they
are excepted); the portfolio's charts draw their titles, axes, ticks and legends in German; and
the German pages stay usable at 1024×768 (labels and buttons get the room their text needs)."""

from __future__ import annotations

import re
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTreeWidget,
    QWidget,
)

from desktop.models import language
from desktop.models.figure_names import FIGURES, figure_title
from desktop.models.library import reference_cases
from desktop.models.scales import Stance
from desktop.views import translation
from desktop.views.analysis.compare_view import CompareView
from desktop.views.analysis.diff_view import DiffDialog
from desktop.views.analysis.sensitivity_dialog import SensitivityDialog
from desktop.views.analysis.snapshot_dialog import SnapshotDialog, SnapshotViewer
from desktop.views.portfolio.chart_export import CHARTS, chart_image, offscreen_chart
from desktop.views.portfolio.portfolio_view import PortfolioView

REFERENCE = list(reference_cases())
LITHO = "dpc2024-lithography"
# words German uses as they are (the glossary's own: term.portfolio, Step.ambition, Actor.eu …;
# "Name", "Status", "Organisation" are German words too); keys and file types are not words
SAME_IN_GERMAN = {"Portfolio", "Ambition", "EU", "Workshop", "Name", "Status", "Organisation", "PNG", "SVG", "Esc",
                  "DPC", "US"}


@pytest.fixture
def speak(qapp):
    """Build widgets in a language (as the app does at start-up), English again afterwards."""
    yield lambda lang: translation.install(qapp, lang)
    translation.install(qapp, "en")


def content_texts(store=None) -> set[str]:
    texts = {c.title for c in REFERENCE} | {c.id for c in REFERENCE} | {c.technology_area or "" for c in REFERENCE}
    if store is not None:
        texts |= {c.title for c in store.cases()}
    return {" ".join(t.split()) for t in texts if t}


def visible_texts(root: QWidget) -> set[str]:
    """Every string a person sees or hears on ``root`` and its children."""
    found: list[str] = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel):
            found.append(widget.text())
        if isinstance(widget, QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count())]
            found += [widget.tabToolTip(i) for i in range(widget.count())]
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            found += [header.text(c) for c in range(header.columnCount())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for col in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    found.append(str(model.headerData(col, Qt.Orientation.Horizontal, role) or ""))
        for action in widget.actions():
            found += [action.text(), action.toolTip()]
    return {" ".join(t.replace("&", "").split()) for t in found if t and t.strip()}


def english_left(english: set[str], german: set[str], content: set[str]) -> set[str]:
    """The strings shown identically in both languages that are words of the interface."""
    left = set()
    for text in english & german:
        words = re.findall(r"[^\W\d_]{2,}", text)
        if not words or text in content or any(text in c or c in text for c in content if len(c) > 6):
            continue
        if text.endswith("…") and any(c.startswith(text[:-1].rstrip()) for c in content):
            continue  # a case title cut to fit its cell
        if set(words) <= SAME_IN_GERMAN:
            continue
        left.add(text)
    return left


def build_in(speak, lang: str, make):
    speak(lang)
    widget = make()
    widget.resize(1024, 768)
    widget.show()
    return widget


def assert_german(speak, qtbot, make, content: set[str]) -> QWidget:
    english = build_in(speak, "en", make)
    qtbot.addWidget(english)
    english_texts = visible_texts(english)
    german = build_in(speak, "de", make)
    qtbot.addWidget(german)
    qtbot.waitExposed(german)
    german_texts = visible_texts(german)
    assert english_texts != german_texts
    assert not english_left(english_texts, german_texts, content)
    return german


def assert_nothing_cut(root: QWidget) -> None:
    """At its size, every visible label and button is given at least the width its text needs
    (wrapping labels may take more lines instead)."""
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() == 0:
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            assert widget.width() >= widget.minimumSizeHint().width(), widget.text()
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            assert widget.width() >= widget.minimumSizeHint().width(), widget.text()


# -- the pages and dialogs --------------------------------------------------------------------------
def test_compare_in_german(speak, qtbot):
    cases = [next(c for c in REFERENCE if c.id == LITHO), *[c for c in REFERENCE if c.id != LITHO][:3]]

    def make():
        view = CompareView()
        view.set_cases(cases)
        return view

    view = assert_german(speak, qtbot, make, content_texts())
    assert view.title_label.text() == "4 Fälle im Vergleich"
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Schritt / Feld"
    labels = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert "Grunddaten" in labels[0] and any("Grad der Hebelwirkung" in t for t in labels)
    assert "Bewertungszeichen" in view.provenance_legend.text()  # the scorecards' name for the marks
    assert_nothing_cut(view)
    assert view.table.horizontalScrollBar().maximum() == 0


@pytest.fixture
def snapshot_case(file_store):
    case = file_store.create("Quantum sensing", summary="Sensors for navigation.",
                             leverage={"substitutability": "easy", "degree": "low"}, key_facts=["First fact"])
    file_store.snapshots.take(case.id, "Before the workshop")
    file_store.set_fields(case.id, {"leverage.degree": "high", "summary": "Sensors for navigation and timing."})
    return case.id


def test_what_changed_in_german(speak, qtbot, file_store, snapshot_case):
    dialog = assert_german(speak, qtbot, lambda: DiffDialog(file_store, snapshot_case),
                           {"Quantum sensing", "Before the workshop"})
    model = dialog.view.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == ["Feld", "Vorher", "Nachher", "Warum"]
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert any(t.startswith("Hebelwirkung") for t in texts)  # the step's glossary word
    assert "Grad der Hebelwirkung (geändert)" in texts
    assert "Hoch" in [model.index(r, 2).data() for r in range(model.rowCount())]
    assert dialog.view.count_label.text() == "2 Änderungen in 2 Schritten"
    assert "Änderungen von Momentaufnahme „Before the workshop“ zu jetzt" in dialog.view.text()
    assert_nothing_cut(dialog)


def test_snapshots_in_german(speak, qtbot, file_store, snapshot_case):
    dialog = assert_german(speak, qtbot, lambda: SnapshotDialog(file_store, snapshot_case),
                           {"Quantum sensing", "Before the workshop"})
    assert dialog.take_button.text() == "Momentaufnahme &erstellen…"
    mnemonics = [b.text().split("&")[1][0].casefold() for b in dialog.findChildren(QAbstractButton) if "&" in b.text()]
    assert len(mnemonics) == len(set(mnemonics))  # each access key once in the dialog
    assert_nothing_cut(dialog)
    viewer = SnapshotViewer(file_store.snapshots.case_at(snapshot_case, "Before the workshop"),
                            file_store.snapshots.list(snapshot_case)[0])
    qtbot.addWidget(viewer)
    assert viewer.windowTitle().startswith("Momentaufnahme „Before the workshop“")
    assert "Schreibgeschützt" in viewer.view.toPlainText()


def test_what_would_flip_it_in_german(speak, qtbot, store):
    dialog = assert_german(speak, qtbot, lambda: SensitivityDialog(store, LITHO), content_texts())
    assert dialog.summary.text().startswith("Jetzt vorgeschlagen: Grad der Hebelwirkung: ")
    headers = [dialog.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Wenn", "Dann", "Von → Zu", "Änderung"]
    targets = [dialog.target_combo.itemText(i) for i in range(dialog.target_combo.count())]
    assert targets[0].startswith("Alle Ziele") and any(t.startswith("Verweigerungsfähigkeit") for t in targets)
    assert_nothing_cut(dialog)


def test_portfolio_in_german_at_1024_by_768(speak, qtbot, store):
    def make():
        view = PortfolioView(store)
        view.refresh()
        return view

    view = assert_german(speak, qtbot, make, content_texts(store))
    check_tables(qtbot, view)  # first, before any chart was drawn at its size
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())][:2] == ["Stärkenkarte", "Arten der Stärke"]
    assert view.scope_box.itemText(1) == "Referenzbibliothek"
    for name in FIGURES:  # every chart and its data table
        view.set_figure(name)
        qtbot.waitUntil(lambda: view.chart().isVisible())
        assert view.chart()._title.startswith(figure_title(name, "de"))
        assert view.table.accessibleName().endswith("Datentabelle")
        assert_nothing_cut(view)
        assert view.minimumSizeHint().width() <= 1024
    check_tables(qtbot, view)


def check_tables(qtbot, view) -> None:
    """Every figure's data table, filled while hidden and then shown (Ctrl+T): each German header
    fits its column (wrapped if need be), and the columns fit the view."""
    for name in ["instruments", *FIGURES]:
        view.data_button.setChecked(False)
        view.set_figure(name)  # the table is filled while hidden, then shown (Ctrl+T)
        view.data_button.setChecked(True)
        qtbot.waitUntil(lambda: view.table.isVisible())
        header, model = view.table.horizontalHeader(), view.table.figure_model
        metrics = header.fontMetrics()  # the font the header draws with
        for col in range(model.columnCount()):
            text = model.headerData(col, Qt.Orientation.Horizontal)
            widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            assert widest + 4 <= header.sectionSize(col), (name, text, header.sectionSize(col))
        assert sum(header.sectionSize(c) for c in range(model.columnCount())) <= view.table.viewport().width() + 2
    view.data_button.setChecked(False)  # the chart again


# -- the charts' own words ------------------------------------------------------------------------
def chart_words(chart) -> set[str]:
    """Title, axis titles, tick labels, text items and legend labels a chart draws."""
    words = {chart._title}
    for side in ("left", "bottom"):
        axis = chart.getAxis(side)
        words.add(axis.labelText)
        for level in axis._tickLevels or []:
            words |= {text for _pos, text in level}
    words |= {item.textItem.toPlainText() for item in chart.plot_item.items if isinstance(item, pg.TextItem)}
    legend = getattr(chart, "_legend", None)
    if legend is not None:
        words |= {label.item.toPlainText() for _sample, label in legend.items}
    return {" ".join(w.split()) for w in words if w and w.strip()}


@pytest.mark.parametrize("name", list(CHARTS))
def test_every_chart_draws_its_words_in_german(qapp, name):
    english = offscreen_chart(name, REFERENCE, "alle Fälle", lang="en")
    german = offscreen_chart(name, REFERENCE, "alle Fälle", lang="de")
    try:
        assert german._title.startswith(figure_title(name, "de")) and "12 Fälle" in german._title
        left = english_left(chart_words(english), chart_words(german),
                            content_texts() | {m.label for m in getattr(english, "marks", []) if hasattr(m, "label")})
        shared = {w for w in left if w not in {m[1] if isinstance(m, tuple) else "" for m in english.marks}}
        assert not {w for w in shared if not any(w in c for c in content_texts())}, shared
        if name == "strength-map":
            words = chart_words(german)
            assert language.label(Stance.REGAIN_DEVELOP, "de") in words
            assert "Quelle europäischer Stärke (Säule)" in words and "Wahrscheinlichkeit: Hoch" in words
        if name == "feasibility":
            assert "Verweigerungs-\nfähigkeit" in {i.textItem.toPlainText() for i in german.plot_item.items
                                                   if isinstance(i, pg.TextItem)}
    finally:
        for chart in (english, german):
            chart.close()
            chart.deleteLater()


def test_a_german_chart_as_an_image(qapp, tmp_path):
    """The strength map in German, as pixels (written out to be looked at: nothing cut)."""
    chart = offscreen_chart("strength-map", REFERENCE, "alle Fälle", lang="de")
    try:
        image = chart_image(chart, 1.0)
        assert image.width() > 800 and image.height() > 500
        path = Path(tmp_path) / "strength-map-de.png"
        assert image.save(str(path)) and path.stat().st_size > 10_000
        metrics = chart.plot_item.titleLabel.item
        assert metrics.toPlainText().startswith("Stärkenkarte")  # not cut: the export is wide enough
        assert "…" not in metrics.toPlainText()
    finally:
        chart.close()
        chart.deleteLater()


# -- with the app's own style sheet (its fonts and paddings), in both long languages ---------------
@pytest.fixture
def styled(qapp):
    from desktop.views.window.app import load_style_sheet

    qapp.setStyleSheet(load_style_sheet())
    yield
    qapp.setStyleSheet("")


@pytest.mark.parametrize("lang", ["de", "fr"])
def test_every_page_fits_1024_by_768_with_the_apps_style(speak, qtbot, styled, store, file_store, snapshot_case, lang):
    speak(lang)
    portfolio = PortfolioView(store)
    portfolio.refresh()
    compare = CompareView()
    compare.set_cases(REFERENCE[:4])
    widgets = [portfolio, compare, DiffDialog(file_store, snapshot_case), SnapshotDialog(file_store, snapshot_case),
               SensitivityDialog(store, LITHO)]
    for widget in widgets:
        qtbot.addWidget(widget)
        widget.resize(1024, 768)
        widget.show()
        qtbot.waitExposed(widget)
        assert widget.minimumSizeHint().width() <= 1000, (lang, type(widget).__name__)  # a window frame's room
        assert_nothing_cut(widget)
    # all six tabs in view, no scroll arrows
    assert portfolio.tabs.sizeHint().width() <= portfolio.tabs.width(), lang


def test_the_portfolios_keys_are_listed_in_german(speak):
    from desktop.views.guide.keyboard import translated
    from desktop.views.keys import declared

    speak("de")
    mine = [translated(k) for k in declared() if k.context in ("Portfolio", "Portfolio data table")]
    assert len(mine) == 6
    assert ("Portfolio", "Strg+T", "Die Daten des Diagramms als Tabelle zeigen, oder wieder das Diagramm") in mine
    assert ("Datentabelle des Portfolios", "Eingabe",
            "Den Fall der Zeile öffnen (eine Zeile für mehrere Fälle bietet sie in einem Menü an)") in mine
