"""Export Scorecards: preview the pages first, then save a PDF (PDF/A for the record, if asked),
a Word document (editable tables, for a memo) or PNG images (for slides).

The preview is the export itself, rendered to images, so what the officer sees is exactly what
the memo will get. Options (page size, optional sections, the memo's banner and annexes)
re-render the preview at once (typing a banner: once the typing pauses). Progress and Cancel
while saving are ``export_progress``'s; after saving, Open and Show in Folder (``saved_file``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QT_TRANSLATE_NOOP
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...models import language
from ...models.scorecard import BANNER_PRESETS, ScorecardOptions, banner_line
from ...models.storage.interface import CaseStorage
from .. import translation
from ..dialogs import plain_message
from ..sources.evidence_settings import stale_years
from ...reports.canvas import PAGE_SIZES
from ...reports.content import scorecards_for
from ...models.output_files import safe_file_name
from ...reports.destination import ExportError
from ...reports.figures import build_figures, close_figures
from ...reports.pdf import export_pdf
from ...reports.png import export_png, render_images
from .document_language import language_combo, remember
from .export_progress import ExportProgress
from .saved_file import SavedFileOffer
from ..error_text import error_text

PREVIEW_DPI = 60
BANNER_PAUSE_MS = 400  # typing a banner re-renders the preview once the typing pauses
MAX_PREVIEW_CASES = 12  # a preview of hundreds of pages helps nobody and costs seconds
FORMATS = (("pdf", QT_TRANSLATE_NOOP("ScorecardDialog", "PDF")), ("docx", QT_TRANSLATE_NOOP("ScorecardDialog", "Word")),
           ("png", QT_TRANSLATE_NOOP("ScorecardDialog", "PNG images")))
SAVE_TEXT = {"pdf": QT_TRANSLATE_NOOP("ScorecardDialog", "Sa&ve PDF…"),
             "docx": QT_TRANSLATE_NOOP("ScorecardDialog", "Sa&ve Word document…"),
             "png": QT_TRANSLATE_NOOP("ScorecardDialog", "Sa&ve PNG images…")}
def _t(text: str) -> str:
    return QCoreApplication.translate("ScorecardDialog", text)


class ScorecardDialog(QDialog):
    def __init__(self, store: CaseStorage, case_ids: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self._figures: list | None = None  # built on first use, kept while the dialog is open
        self._figures_lang: str | None = None  # (and while its document's language stays)
        self.saved_paths: list[Path] = []  # what the last save wrote (the window offers to open it)
        self.progress = ExportProgress(self)  # progress and Cancel while saving
        self.store, self.case_ids = store, list(case_ids)
        many = len(self.case_ids) > 1
        self.setWindowTitle(self.tr("Export scorecards — %1 cases").replace("%1", str(len(self.case_ids))) if many
                            else self.tr("Export scorecards"))
        self.format = QComboBox()
        for key, name in FORMATS:
            self.format.addItem(_t(name), key)
        self.format.setAccessibleName(self.tr("Format"))
        self.format.setToolTip(self.tr("PDF for reading and filing, Word for a memo (editable tables), PNG images for slides"))
        self.pdfa = QCheckBox(self.tr("PDF/A (for th&e record)"))
        self.pdfa.setAccessibleName(self.tr("PDF/A (for the record)"))
        self.pdfa.setToolTip(self.tr("PDF/A-1b, as records systems ask for: fonts embedded, title, author, subject "
                                     "(the case) and keywords (the technology field) in the file"))
        self.page_size = QComboBox()
        self.page_size.setAccessibleName(self.tr("Page size"))
        for key, size in PAGE_SIZES.items():
            self.page_size.addItem(size.name, key)
        self.document_language = language_combo()  # the document's words, not the interface's
        self.document_language.setAccessibleName(self.tr("Language of the document"))
        self.document_language.setToolTip(self.tr("The language of the scorecards' labels, headings and legends; "
                                                  "the cases' own texts stay as written"))
        self.context = QCheckBox(self.tr("Conte&xt (summary, China's dependency, key facts)"))
        self.context.setToolTip(self.tr("The summary, China's dependency and the key facts entered on Basics, before Scorecard 1"))
        self.rationale = QCheckBox(self.tr("&Rationale texts"))
        self.factors = QCheckBox(self.tr("&Leverage factors"))
        self.overrides = QCheckBox(self.tr("&Overrides with reasons"))
        self.history = QCheckBox(self.tr("&History summary"))
        self.workshop = QCheckBox(self.tr("&Workshop tallies and decisions"))
        self.workshop.setToolTip(self.tr("For cases assessed in a workshop: the room's counts per question, how split it "
                                         "was, the decisions with reasons, and the decision log"))
        self.figures = QCheckBox(self.tr("Portfolio &figures of these cases"))
        self.figures.setToolTip(self.tr("The six cross-case figures (strength map, types, feasibility, leverage, "
                                        "substitutability × spillover, instruments) after the scorecards, in the PDF"))
        self.dpi = QSpinBox()
        self.dpi.setRange(72, 600)
        self.dpi.setValue(150)
        self.dpi.setSuffix(self.tr(" dpi"))
        self.dpi.setAccessibleName(self.tr("Resolution of the images for slides, in dots per inch"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label (German) goes above its field
        format_label = QLabel(self.tr("Forma&t:"))
        format_label.setBuddy(self.format)
        form.addRow(format_label, self.format)
        form.addRow(self.pdfa)
        size_label = QLabel(self.tr("Page si&ze:"))
        size_label.setBuddy(self.page_size)  # the combo's label relation (else it is announced by its value)
        form.addRow(size_label, self.page_size)
        language_label = QLabel(self.tr("Lan&guage of the document:"))
        language_label.setBuddy(self.document_language)
        form.addRow(language_label, self.document_language)
        self.document_language.currentIndexChanged.connect(self._language_changed)
        options = QVBoxLayout()
        options.addWidget(QLabel(self.tr("Also include:")))
        for box in (self.context, self.rationale, self.factors, self.overrides, self.history, self.workshop, self.figures):
            options.addWidget(box, 0, Qt.AlignmentFlag.AlignLeft)  # clicks count on the text only
            box.toggled.connect(self.refresh_preview)
        self.page_size.currentIndexChanged.connect(self.refresh_preview)
        memo = self._memo_group()
        side = QVBoxLayout()
        side.addLayout(form)
        side.addLayout(options)
        side.addWidget(memo)
        side.addSpacing(12)
        self.dpi_label = dpi_label = QLabel(self.tr("I&mages for slides:"))
        dpi_label.setBuddy(self.dpi)
        side.addWidget(dpi_label)
        side.addWidget(self.dpi)
        side.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        side.addWidget(self.status)

        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        scroll.setObjectName("previewArea")
        scroll.setAccessibleName(self.tr("Preview"))
        scroll.setAccessibleDescription(self.tr("The scorecards as they will be saved; the status line says how many pages."))

        self.save_button = QPushButton(_t(SAVE_TEXT["pdf"]))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        self.print_button = QPushButton(self.tr("Pr&int…"))
        self.print_button.setToolTip(self.tr("A print preview of these pages, with the options chosen here"))
        self.print_button.clicked.connect(lambda: self.print_preview().exec())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.offer = SavedFileOffer(self)  # "Saved …  [Open] [Show in Folder]" after a save
        self.offer.label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.offer, 1)
        buttons.addStretch(0)
        for b in (self.print_button, self.save_button, close):
            buttons.addWidget(b)
        self.format.currentIndexChanged.connect(self._format_changed)

        body = QHBoxLayout()
        body.addLayout(side)
        body.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.resize(900, 700)
        self._format_changed()

    def _memo_group(self) -> QGroupBox:
        """Banner (free text, with the usual markings offered) and the memo annexes."""
        self.banner = QComboBox()
        self.banner.setEditable(True)
        self.banner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.banner.addItems(["", *BANNER_PRESETS])
        self.banner.lineEdit().setPlaceholderText(self.tr("none"))
        self.banner.lineEdit().setMaxLength(200)
        self.banner.lineEdit().setAccessibleName(self.tr("Banner"))
        self.banner.setItemData(0, self.tr("No banner"), Qt.ItemDataRole.AccessibleTextRole)
        self.banner.setToolTip(self.tr("A handling marking printed in bold at the top and bottom of every page, exactly "
                                       "as typed; choose one or type your own"))
        self.sources = QCheckBox(self.tr("&Sources and confidence"))
        self.sources.setToolTip(self.tr("Per rating: its value, how confident the assessors are and every source cited "
                                        "(flagged when all are older than the age chosen on the Review step, 3 years by default)"))
        self.dissent = QCheckBox(self.tr("Dissent &notes"))
        self.dissent.setToolTip(self.tr("The views the group did not follow, with the rating they concern"))
        self.changes = QCheckBox(self.tr("&Changes since snapshot:"))
        self.snapshot = QComboBox()
        self.snapshot.setAccessibleName(self.tr("Snapshot to compare with"))
        snapshots = self.store.snapshots.list(self.case_ids[0]) if len(self.case_ids) == 1 else []  # oldest first
        for snap in snapshots:
            taken = language.long_date(snap.taken_at.date(), translation.current())
            text = f"{snap.name} ({snap.taken_at.day} {snap.taken_at:%b %Y})" if translation.current() == "en" else f"{snap.name} ({taken})"
            self.snapshot.addItem(text, snap.name)
            self.snapshot.setItemData(self.snapshot.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.snapshot.setCurrentIndex(len(snapshots) - 1)  # the latest
        available = bool(snapshots)
        why = (self.tr("Compare with a named snapshot of the case") if available else
               self.tr("Only for one case at a time") if len(self.case_ids) > 1 else self.tr("This case has no snapshots yet"))
        for w in (self.changes, self.snapshot):
            w.setEnabled(available)
            w.setToolTip(why)
        self._banner_pause = QTimer(self)
        self._banner_pause.setSingleShot(True)
        self._banner_pause.setInterval(BANNER_PAUSE_MS)
        self._banner_pause.timeout.connect(self.refresh_preview)
        self.banner.editTextChanged.connect(lambda _text: self._banner_pause.start())
        self.banner.activated.connect(self.refresh_preview)  # a preset: at once
        for box in (self.sources, self.dissent, self.changes):
            box.toggled.connect(self.refresh_preview)
        self.snapshot.currentIndexChanged.connect(lambda _n: self.changes.isChecked() and self.refresh_preview())
        for combo in (self.banner, self.snapshot):  # long names must not widen the side panel
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
        label = QLabel(self.tr("&Banner:"))
        label.setBuddy(self.banner)
        layout = QVBoxLayout()
        layout.addWidget(label)
        layout.addWidget(self.banner)
        layout.addWidget(self.sources)
        layout.addWidget(self.dissent)
        layout.addWidget(self.changes)
        snapshot_row = QHBoxLayout()
        snapshot_label = QLabel(self.tr("Sn&apshot:"))
        snapshot_label.setBuddy(self.snapshot)
        snapshot_label.setEnabled(self.snapshot.isEnabled())
        snapshot_row.addWidget(snapshot_label)
        snapshot_row.addWidget(self.snapshot, 1)
        self.snapshot.setMinimumContentsLength(9)  # with its label, no wider than the banner box
        layout.addLayout(snapshot_row)
        group = QGroupBox(self.tr("Memo"))
        group.setLayout(layout)
        return group

    def options(self) -> ScorecardOptions:
        since = self.snapshot.currentData() if self.changes.isEnabled() and self.changes.isChecked() else None
        return ScorecardOptions(self.rationale.isChecked(), self.factors.isChecked(),
                                self.overrides.isChecked(), self.history.isChecked(),
                                workshop=self.workshop.isChecked(), banner=banner_line(self.banner.currentText()),
                                sources=self.sources.isChecked(), dissent=self.dissent.isChecked(),
                                changes_since=since, stale_years=stale_years(), context=self.context.isChecked(),
                                language=self.language_key())

    def language_key(self) -> str:
        """The document's language ("en", "fr", "de"), as chosen in the dialog."""
        return self.document_language.currentData()

    def _language_changed(self, *_args) -> None:
        """Remember the choice for the next export, and show the pages in it."""
        remember(self.language_key())
        self.refresh_preview()

    def build_figures(self) -> list:
        """The portfolio figures of these cases, built once per dialog: they depend on the cases
        only, not on the page size or the sections, so re-rendering the preview reuses them."""
        if not (self.figures.isChecked() and self.figures.isEnabled()):  # (PDF only)
            return []
        lang = self.options().language
        if self._figures is not None and self._figures_lang != lang:  # (the words follow the document's language)
            close_figures(self._figures)
            self._figures = None
        if self._figures is None:
            self._figures = build_figures(self.store.cases(self.case_ids), lang=lang)
            self._figures_lang = lang
        return self._figures

    def done(self, result: int) -> None:
        if self._figures is not None:
            close_figures(self._figures)
            self._figures = None
        super().done(result)

    def page_key(self) -> str:
        return self.page_size.currentData()

    def cards(self):
        return scorecards_for(self.store, self.case_ids, self.options(), progress=self.progress.on_case)

    def format_key(self) -> str:
        return self.format.currentData()

    def _format_changed(self, *_args) -> None:
        """PDF/A and the portfolio figures are the PDF's; the resolution is the images'."""
        key = self.format_key()
        self.pdfa.setEnabled(key == "pdf")
        self.figures.setEnabled(key == "pdf")
        for w in (self.dpi, self.dpi_label):
            w.setEnabled(key == "png")
        self.save_button.setText(_t(SAVE_TEXT[key]))
        self.refresh_preview()  # the figures come and go with the format

    def refresh_preview(self, *_args) -> None:
        self._banner_pause.stop()
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        cards = self.cards()
        images = render_images(cards[:MAX_PREVIEW_CASES], PREVIEW_DPI, PAGE_SIZES[self.page_key()],
                               self.build_figures())
        for n, image in enumerate(images, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setObjectName("previewPage")
            label.setAccessibleName(self.tr("Page %1").replace("%1", str(n)))
            self.pages_layout.addWidget(label)
        if len(cards) > MAX_PREVIEW_CASES:
            status = self.tr("%n page(s) shown (preview: the first %1 cases). Text in the PDF and the Word document "
                             "is selectable; fonts are embedded in the PDF.", "", len(images))
        else:
            status = self.tr("%n page(s) shown. Text in the PDF and the Word document is selectable; fonts are "
                             "embedded in the PDF.", "", len(images))
        self.status.setText(status.replace("%1", str(MAX_PREVIEW_CASES)))
        self.preview_count = len(images)

    # -- saving (the file dialogs are patched in tests) ----------------------------------
    def save(self) -> bool:
        """Save in the chosen format (asking where)."""
        key = self.format_key()
        if key == "png":
            return bool(self.save_as_png())
        return self.save_as_docx() if key == "docx" else self.save_as_pdf()

    def print_preview(self, printer=None):
        """The print preview of exactly what Save PDF would write (its options, banner, figures)."""
        from .print_preview import preview_dialog

        return preview_dialog(self.cards(), self, printer, self.build_figures(), self.page_key())

    def ask_path(self, suffix: str, kind: str) -> str | None:
        one = len(self.case_ids) == 1
        name = safe_file_name(f"{self.case_ids[0]}-scorecards", suffix) if one else f"scorecards{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save scorecards"), str(Path.home() / name),
                                              f"{kind} (*{suffix})")
        return path or None

    def ask_pdf_path(self) -> str | None:
        return self.ask_path(".pdf", "PDF")

    def ask_docx_path(self) -> str | None:
        return self.ask_path(".docx", self.tr("Word document"))

    def ask_png_folder(self) -> str | None:
        return QFileDialog.getExistingDirectory(self, self.tr("Folder for the images"), str(Path.home())) or None

    def _saved(self, paths: list[Path], text: str) -> None:
        """"Saved …" with Open and Show in Folder, beside the Save button (the status line keeps
        saying what the preview shows)."""
        self.saved_paths = paths
        self.offer.offer(paths, text)

    def _not_saved(self, error: Exception) -> None:
        plain_message(self, QMessageBox.Icon.Warning, self.tr("Not saved"), error_text(error)).exec()

    def _write(self, path: str | None, suffix: str, text: str, write) -> bool:
        """Write one file with progress and Cancel; say what happened."""
        if not path:
            return False
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            with self.progress.exporting(text):
                write(Path(path))
        except ExportError as error:
            self._not_saved(error)
            return False
        if self.progress.cancelled:
            self.status.setText(self.tr("Cancelled: nothing was saved."))
            return False
        self._saved([Path(path)], self.tr("Saved %1").replace("%1", path))
        return True

    def save_as_pdf(self, path: str | None = None) -> bool:
        pdfa = self.pdfa.isChecked()
        protect = getattr(self.store, "path", None)
        return self._write(path or self.ask_pdf_path(), ".pdf", self.tr("Saving the PDF/A…") if pdfa else self.tr("Saving the PDF…"),
                           lambda out: export_pdf(self.cards(), out, self.page_key(), self.build_figures(),
                                                  protect=protect, pdfa=pdfa))

    def save_as_docx(self, path: str | None = None) -> bool:
        try:  # written alongside; loaded when used (python-docx is not needed for a PDF)
            from ...reports.docx import export_docx
        except ImportError as error:
            self._not_saved(RuntimeError(self.tr("Word export is not available: %1").replace("%1", error_text(error))))
            return False
        protect = getattr(self.store, "path", None)
        return self._write(path or self.ask_docx_path(), ".docx", self.tr("Saving the Word document…"),
                           lambda out: export_docx(self.cards(), out, self.page_key(), protect=protect))

    def save_as_png(self, folder: str | None = None) -> list[Path]:
        folder = folder or self.ask_png_folder()
        if not folder:
            return []
        try:
            written = export_png(self.cards(), Path(folder), self.case_ids, self.dpi.value(), self.page_key(),
                                 protect=getattr(self.store, "path", None))
        except ExportError as error:
            self._not_saved(error)
            return []
        self._saved(written, self.tr("Saved %n image(s) in %1", "", len(written)).replace("%1", folder))
        return written
