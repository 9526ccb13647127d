"""The pieces of the source library shared with the wizard's evidence dialog:
``SourceFormDialog`` (write or edit one source, with its dates checked) and ``SourceTree``
(a list of sources), plus the text helpers they use. All text is shown literally."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...models.case import SourceRef
from ..announce import clear_error, show_error
from ..literal import literal_tooltip, plain_label

translate = QCoreApplication.translate  # (the name lupdate reads; context "Sources")

DATE_HELP = QT_TRANSLATE_NOOP("Sources", "YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023, 2023-05 or 2023-05-17)")
ACCESSED_HELP = QT_TRANSLATE_NOOP("Sources", "YYYY-MM-DD (e.g. 2024-03-12)")
COPY_NOTE = QT_TRANSLATE_NOOP("Sources", "Cases keep their own copy of each source they cite: changing an entry "
                                         "here changes what new citations get, not what cases already say.")


def said(text: str) -> str:
    """One of the texts above in the interface's language."""
    return translate("Sources", text)


def check_date(text: str, *, day_required: bool = False) -> str | None:
    """Why ``text`` is not an acceptable date (None if it is, or is blank)."""
    text = text.strip()
    if not text:
        return None
    pattern = r"(\d{4})-(\d{2})-(\d{2})" if day_required else r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?"
    match = re.fullmatch(pattern, text)
    how = said(ACCESSED_HELP if day_required else DATE_HELP)
    if not match:
        return translate("Sources", "“%1” is not a date: write it as %2.").replace("%2", how).replace("%1", text)
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return (translate("Sources", "“%1” is not a real date (check the month and day): write it as %2.")
                .replace("%2", how).replace("%1", text))
    return None


def source_line(source: SourceRef) -> str:
    """One line for a source: title, then publisher and date."""
    extra = ", ".join(x for x in (source.publisher, source.date) if x)
    return f"{source.title} ({extra})" if extra else source.title


def source_details(source: SourceRef) -> str:
    """Everything about a source, for a tool tip (wrap with ``literal_tooltip``)."""
    rows = [source.title]
    for name, value in ((translate("Sources", "Reference: %1"), source.reference),
                        (translate("Sources", "Publisher: %1"), source.publisher),
                        (translate("Sources", "Date: %1"), source.date),
                        (translate("Sources", "Accessed: %1"), source.accessed),
                        (translate("Sources", "Note: %1"), source.note)):
        if value:
            rows.append(name.replace("%1", value))
    return "\n".join(rows)


class SourceFormDialog(QDialog):
    """Write a new source or edit one: title required, dates checked with a clear message."""

    def __init__(self, parent: QWidget | None, source: SourceRef | None = None, *, heading: str | None = None,
                 note: str = "", read_only: bool = False):
        super().__init__(parent)
        self.source = source
        self.read_only = read_only
        self.setWindowTitle(heading or translate("Sources", "New source"))
        self.title_edit = QLineEdit(source.title if source else "")
        self.title_edit.setMaxLength(1000)
        self.title_edit.setPlaceholderText(translate("Sources", "Title of the study, report, article or interview (required)"))
        self.reference_edit = QLineEdit(source.reference or "" if source else "")
        self.reference_edit.setPlaceholderText(translate("Sources", "Citation, DOI or link text (shown, never opened)"))
        self.publisher_edit = QLineEdit(source.publisher or "" if source else "")
        self.publisher_edit.setPlaceholderText(translate("Sources", "e.g. European Commission, Fraunhofer ISI"))
        self.date_edit = QLineEdit(source.date or "" if source else "")
        self.date_edit.setPlaceholderText(said(DATE_HELP))
        self.date_edit.setMaxLength(10)
        self.date_edit.setAccessibleDescription(translate("Sources", "Optional. Written as %1.").replace("%1", said(DATE_HELP)))
        self.accessed_edit = QLineEdit(source.accessed or "" if source else "")
        self.accessed_edit.setPlaceholderText(said(ACCESSED_HELP))
        self.accessed_edit.setMaxLength(10)
        self.accessed_edit.setAccessibleDescription(
            translate("Sources", "Optional: when you last looked at it, written as %1.").replace("%1", said(ACCESSED_HELP)))
        self.note_edit = QPlainTextEdit(source.note or "" if source else "")
        self.note_edit.setPlaceholderText(translate("Sources", "What in it supports the rating (page, table, quote)"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        form = QFormLayout()
        form.addRow(translate("Sources", "&Title:"), self.title_edit)
        form.addRow(translate("Sources", "&Reference or link:"), self.reference_edit)
        form.addRow(translate("Sources", "&Publisher:"), self.publisher_edit)
        form.addRow(translate("Sources", "&Date:"), self.date_edit)
        form.addRow(translate("Sources", "&Accessed:"), self.accessed_edit)
        form.addRow(translate("Sources", "&Note:"), self.note_edit)
        self.error = plain_label("", "formError")
        self.error.setStyleSheet("QLabel#formError { color: #8a1c00; font-weight: 600; }")
        self.error.hide()
        layout = QVBoxLayout(self)
        self.note_label = plain_label(note, "helpText")
        self.note_label.setVisible(bool(note))
        layout.addWidget(self.note_label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        if read_only:
            for edit in (self.title_edit, self.reference_edit, self.publisher_edit, self.date_edit, self.accessed_edit):
                edit.setReadOnly(True)
            self.note_edit.setReadOnly(True)
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.buttons.rejected.connect(self.reject)
        else:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
            self.buttons.accepted.connect(self.accept)
            self.buttons.rejected.connect(self.reject)
            self.title_edit.textChanged.connect(self._update_ok)
            self._update_ok()
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.title_edit.text().strip()))

    def problem(self) -> str | None:
        """What stops the form from being saved, in a sentence (None when it can be)."""
        return self._problem()[0]

    def _problem(self) -> tuple[str | None, QWidget | None]:
        """The problem and the field it is about."""
        if not self.title_edit.text().strip():
            return translate("Sources", "A source needs a title."), self.title_edit
        if (why := check_date(self.date_edit.text())) is not None:
            return translate("Sources", "Date: %1").replace("%1", why), self.date_edit
        if (why := check_date(self.accessed_edit.text(), day_required=True)) is not None:
            return translate("Sources", "Accessed: %1").replace("%1", why), self.accessed_edit
        return None, None

    def accept(self) -> None:
        if self.read_only:
            return self.reject()
        problem, field = self._problem()
        fields = (self.title_edit, self.date_edit, self.accessed_edit)
        if problem is not None:  # shown, tied to its field and announced (a screen reader hears it)
            show_error(self.error, problem, field, fields=fields)
            return
        clear_error(self.error, fields)
        super().accept()

    def value(self, new_id: str = "") -> SourceRef:
        """The source as written; it keeps the edited source's id (a new one gets ``new_id``:
        blank means "the library gives it one", so the model is built without validation)."""
        blank = lambda text: text.strip() or None
        fields = {
            "id": self.source.id if self.source else new_id,
            "title": " ".join(self.title_edit.text().split()),
            "reference": blank(self.reference_edit.text()),
            "publisher": blank(self.publisher_edit.text()),
            "date": blank(self.date_edit.text()),
            "accessed": blank(self.accessed_edit.text()),
            "note": blank(self.note_edit.toPlainText()),
        }
        return SourceRef.model_validate(fields) if fields["id"] else SourceRef.model_construct(**fields)


class SourceTree(QTreeWidget):
    """Sources as rows: title, publisher, date (and, for the library, how many cases cite it)."""

    def __init__(self, with_usage: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.with_usage = with_usage
        headers = [translate("Sources", "Title"), translate("Sources", "Publisher"), translate("Sources", "Date")]
        headers += [translate("Sources", "Cited by")] if with_usage else []
        self.setHeaderLabels(headers)
        self.setAccessibleName(translate("Sources", "Sources"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(False)  # a row in another script (a CJK fallback font) may be taller
        self.setStyleSheet("QTreeView::item { padding: 3px 4px; }")
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.sources: list[SourceRef] = []

    def set_sources(self, sources: list[SourceRef], usage: dict[str, int] | None = None,
                    disabled: set[str] = frozenset(), disabled_note: str = "") -> None:
        current = self.current_source()
        self.clear()
        self.sources = list(sources)
        for source in self.sources:
            row = [source.title, source.publisher or "", source.date or ""]
            if self.with_usage:
                n = (usage or {}).get(source.id, 0)
                row.append(translate("Sources", "%n case(s)", "", n) if n else translate("Sources", "not cited"))
            item = QTreeWidgetItem(row)
            tip = source_details(source)
            if source.id in disabled:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
                tip += f"\n{disabled_note}" if disabled_note else ""
            for col in range(len(row)):
                item.setToolTip(col, literal_tooltip(tip))
            item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, tip.replace("\n", ". "))  # plain, not HTML
            self.addTopLevelItem(item)
        if current is not None:
            ids = [s.id for s in self.sources]
            if current.id in ids:
                self.setCurrentItem(self.topLevelItem(ids.index(current.id)))

    def go_to_first(self) -> None:
        """Down in a search box above the list: focus on the first source."""
        if self.topLevelItemCount():
            self.setFocus(Qt.FocusReason.TabFocusReason)
            self.setCurrentItem(self.topLevelItem(0))

    def current_source(self) -> SourceRef | None:
        item = self.currentItem()
        if item is None:
            return None
        index = self.indexOfTopLevelItem(item)
        return self.sources[index] if 0 <= index < len(self.sources) else None

    def selected_sources(self) -> list[SourceRef]:
        rows = sorted(self.indexOfTopLevelItem(item) for item in self.selectedItems())
        return [self.sources[r] for r in rows if 0 <= r < len(self.sources)]
