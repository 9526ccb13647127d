"""The guide window: Find, the contents, and the guide's text (``render``), non-modal so it can
stay open beside the work. One window for the whole app, re-opened at the section asked for.
Everything in it is in the interface's language (``translation.current()``): its controls through
``tr()``, the guide's sections from ``models.guide_text``, the keys through ``keyboard``."""

from __future__ import annotations

from typing import Callable

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...models.guide_text import KEYBOARD, KEYBOARD_TITLE, sections
from ...models.language import localised
from .. import translation
from ..keys import Key, declare
from .render import guide_html

# (marked for translation in the "Keys" context: the keyboard reference shows them translated)
declare(QT_TRANSLATE_NOOP("Keys", "Guide"), QT_TRANSLATE_NOOP("Keys", "Enter (in Find)"),
        QT_TRANSLATE_NOOP("Keys", "Next place the text is found; Shift+Enter the one before"))
declare(QT_TRANSLATE_NOOP("Keys", "Guide"), QT_TRANSLATE_NOOP("Keys", "Up / Down (in Contents)"),
        QT_TRANSLATE_NOOP("Keys", "Go to a part of the guide"))
declare(QT_TRANSLATE_NOOP("Keys", "Guide"), QT_TRANSLATE_NOOP("Keys", "Esc"),
        QT_TRANSLATE_NOOP("Keys", "Close the guide"))

_window: GuideWindow | None = None


class GuideWindow(QDialog):
    """``keyboard_rows`` is called each time the guide is shown, for an up-to-date reference."""

    def __init__(self, keyboard_rows: Callable[[], list[Key]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide — Reverse Dependency Workbench"))
        self.setModal(False)
        self.keyboard_rows = keyboard_rows
        lang = translation.current()
        self.sections = sections(lang)
        self.ids = [s.id for s in self.sections] + [KEYBOARD]

        self.find = QLineEdit(placeholderText=self.tr("Find in the guide (Enter: next, Shift+Enter: previous)"))
        self.find.setAccessibleName(self.tr("Find in the guide"))
        self.find.setClearButtonEnabled(True)
        self.find.textEdited.connect(lambda text: self.find_text(text, from_start=True))
        self.find.returnPressed.connect(lambda: self.find_text(self.find.text()))
        QShortcut(QKeySequence("Shift+Return"), self.find, lambda: self.find_text(self.find.text(), backward=True),
                  context=Qt.ShortcutContext.WidgetShortcut)
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.find)
        self.found = QLabel()
        self.found.setObjectName("helpText")

        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("Contents"))
        self.contents.addItems([s.title for s in self.sections] + [localised(KEYBOARD_TITLE, lang)])
        self.contents.currentRowChanged.connect(self._go_to_row)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Guide"))
        self.text.setOpenLinks(False)

        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 1)
        # the contents as wide as their longest title (French and German titles are longer)
        titles = self.contents.sizeHintForColumn(0) + 2 * self.contents.frameWidth() + 4
        splitter.setSizes([max(220, titles), 640])
        splitter.setChildrenCollapsible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(find_label)
        top.addWidget(self.find, 1)
        top.addWidget(self.found)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.setTabOrder(self.find, self.contents)
        self.setTabOrder(self.contents, self.text)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(900, screen.width() - 40), min(680, screen.height() - 60))
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the text (the keyboard reference is made from the keys bound now)."""
        self.text.setHtml(guide_html(self.sections, self.keyboard_rows()))

    def show_section(self, section_id: str) -> None:
        row = self.ids.index(section_id) if section_id in self.ids else 0
        if self.contents.currentRow() == row:
            self._go_to_row(row)
        else:
            self.contents.setCurrentRow(row)

    def current_section(self) -> str:
        return self.ids[self.contents.currentRow()] if self.contents.currentRow() >= 0 else self.ids[0]

    def _go_to_row(self, row: int) -> None:
        if 0 <= row < len(self.ids):
            self.text.scrollToAnchor(self.ids[row])

    def find_text(self, text: str, backward: bool = False, from_start: bool = False) -> bool:
        """Select the next (or previous) place ``text`` is found, wrapping round; say if it is not."""
        if not text:
            self.found.setText("")
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if from_start:
            cursor = self.text.textCursor()
            cursor.setPosition(0)
            self.text.setTextCursor(cursor)
        found = self.text.find(text, flags)
        if not found:  # wrap round once
            cursor = self.text.textCursor()
            cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
            self.text.setTextCursor(cursor)
            found = self.text.find(text, flags)
        self.found.setText("" if found else self.tr("Not found"))
        return found


def open_guide(section: str, parent: QWidget | None = None,
               keyboard_rows: Callable[[], list[Key]] | None = None) -> GuideWindow:
    """Show the one guide window at ``section``, over ``parent`` (a modal dialog's child, so it can
    be used while that dialog is open). ``keyboard_rows`` replaces the rows it was made with."""
    global _window
    from .keyboard import app_rows

    if _window is None or not shiboken6.isValid(_window):
        _window = GuideWindow(keyboard_rows or app_rows, parent)
    else:
        if keyboard_rows is not None:
            _window.keyboard_rows = keyboard_rows
        if parent is not None and _window.parentWidget() is not parent:
            _window.setParent(parent, _window.windowFlags())
        _window.refresh()
    _window.show_section(section)
    _window.show()
    _window.raise_()
    _window.activateWindow()
    _window.contents.setFocus()
    return _window
