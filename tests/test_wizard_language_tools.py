"""Issue 21, the wizard's instruments, review, evidence and override parts in the interface's
language: the widgets built in German (and the dialogs in French) say nothing in English except
the case's content, a pattern is shown in German and stored in English, English is unchanged,
and the German pages fit a 1024×768 projector (tests/test_table2_language.py: Table 2 itself)."""

from __future__ import annotations

import html
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from wizard_walk_helpers import INSTRUMENTS, REVIEW

from desktop.models import language
from desktop.models.case import Case, Instrument, Override
from desktop.models.catalogue import load_patterns
from desktop.models.library import reference_cases
from desktop.models.scales import PPP, Focus, Level, Step
from desktop.views import translation

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")
LANGS = ("fr", "de")
# words German (or French) writes as English does; each is a framework or report term the
# glossary gives so, or a word both languages share
SAME = {
    "de": {"Ambition", "Instrument", "Instrumente", "EU", "OK", "Niveau"},
    "fr": {"Ambition", "Instrument", "Instruments", "Source", "Sources", "Type", "Catalogue", "Commercialisation",
           "OK", "Confiance", "Guide"},
}
MINE = ("instruments_page", "instrument_models", "instrument_dialog", "review_page", "review_links",
        "evidence_button", "evidence_dialog", "override_dialog", "tool_words")


# -- the widgets in German: nothing English left but the case's content ------------------------
@pytest.fixture
def speaking(qapp, request):
    """The interface in ``request.param``'s language while the widgets are built; English after."""
    translation.install(qapp, request.param)
    yield request.param
    translation.install(qapp, "en")


@pytest.fixture
def lang_window(speaking, qtbot, file_store, settings):
    from desktop.views.window.main_window import MainWindow

    w = MainWindow(file_store, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _others(widget: QWidget) -> bool:
    """A widget of another part of the app (its words are translated there)."""
    module = type(widget).__module__
    return module.startswith("desktop.") and module.rsplit(".", 1)[-1] not in MINE


def texts(root: QWidget) -> list[tuple[str, str]]:
    """Every visible word of ``root`` and its children, in creation order, as (where, text);
    other parts' widgets (a provenance mark, the why-not panel, the source list) are skipped."""
    found: list[tuple[str, str]] = []
    skipped = [w for w in root.findChildren(QWidget) if _others(w) and w is not root]
    widgets = [root] + [w for w in root.findChildren(QWidget)
                        if not any(s is w or s.isAncestorOf(w) for s in skipped)]
    for n, w in enumerate(widgets):
        where = f"{n}:{type(w).__name__}"
        parts = {"tip": w.toolTip(), "name": w.accessibleName(), "description": w.accessibleDescription()}
        if isinstance(w, (QLabel, QAbstractButton)):
            parts["text"] = w.text()
        if isinstance(w, QGroupBox):
            parts["title"] = w.title()
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            parts["placeholder"] = w.placeholderText()
        if isinstance(w, QComboBox):
            parts.update({f"item{i}": w.itemText(i) for i in range(w.count())})
        if isinstance(w, QAbstractItemView) and w.model() is not None and not _others(w):
            model = w.model()
            for col in range(model.columnCount()):
                parts[f"header{col}"] = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
                for row in range(model.rowCount()):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        parts[f"cell{row},{col},{role.value}"] = str(model.index(row, col).data(role) or "")
        for i, action in enumerate(w.actions()):
            parts[f"action{i}"] = action.text()
        found += [(f"{where} {kind}", text) for kind, text in parts.items() if text]
    return found


def _content() -> set[str]:
    """Every text a case holds (titles, rationales, instrument texts, sources…): content."""
    out: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            out.add(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for case in reference_cases():
        walk(case.model_dump(mode="json"))
    return out


def _plain(text: str) -> str:
    """The words of a text (tags, entities and mnemonics aside)."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", text)).replace("&", "")
    return " ".join(text.split()).strip(" →:·…()")


def english_left(english: list[tuple[str, str]], other: list[tuple[str, str]], lang: str) -> list[tuple[str, str]]:
    """The texts that read the same in both builds and are neither content, a number nor an
    allowed word. The builds are made the same way, so the n-th text of each is the same thing."""
    assert [w for w, _t in english] == [w for w, _t in other]  # the same widgets, the same order
    content = {_plain(c) for c in _content()}
    left = []
    for (where, en), (_w, text) in zip(english, other):
        plain = _plain(text)
        if text != en or not plain or re.fullmatch(r"[\d\s.,%+−–-]*", plain):
            continue
        if plain in content or plain in SAME[lang]:
            continue
        if all(_plain(line) in content or not _plain(line) for line in re.split(r"\n|<br>|</p>", text)):
            continue
        left.append((where, text))
    return left


def _page_texts(window, case_id: str, index: int) -> list[tuple[str, str]]:
    window.open_case(case_id)
    editor = window.editor
    editor.go_to(index)
    QApplication.processEvents()
    return texts(editor.pages[index])


CASE = reference_cases()[1].id  # a reference case: its instruments, its sources, read-only


def _english(qtbot, file_store, settings, index):
    from desktop.views.window.main_window import MainWindow

    w = MainWindow(file_store, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return _page_texts(w, CASE, index)


@pytest.mark.parametrize("speaking", LANGS, indirect=True)
@pytest.mark.parametrize("index", [INSTRUMENTS, REVIEW], ids=["instruments", "review"])
def test_the_pages_built_in_french_and_german_have_no_english_left(qtbot, qapp, speaking, file_store, settings, index):
    from desktop.views.window.main_window import MainWindow

    german_window = MainWindow(file_store, settings)
    qtbot.addWidget(german_window)
    german_window.show()
    german = _page_texts(german_window, CASE, index)
    german_window.close()
    translation.install(qapp, "en")
    english = _english(qtbot, file_store, settings, index)
    left = english_left(english, german, speaking)
    assert not left, "\n".join(map(repr, left))
    said = " ".join(t for _w, t in german)
    if speaking == "fr":
        assert ("Vos instruments" if index == INSTRUMENTS else "Relecture") in said
    elif index == INSTRUMENTS:
        assert "Ihre Instrumente" in said and "Schritt 4 · Instrumente" in said
        assert language.label(Level.ABILITY_TO_DENY, "de") in said or language.label(Level.ABILITY_TO_ACT, "de") in said
    else:
        assert "Überprüfung" in said


def _dialog_texts(lang: str, qapp, build) -> list[tuple[str, str]]:
    translation.install(qapp, lang)
    try:
        dialog = build()
        return texts(dialog)
    finally:
        translation.install(qapp, "en")


def _reference_rating(case: Case) -> str:
    return next(path for path in case.evidence if case.evidence[path].sources)


@pytest.mark.parametrize("lang", LANGS)
def test_the_dialogs_built_in_french_and_german_have_no_english_left(qtbot, qapp, file_store, lang):
    from desktop.views.wizard.evidence_dialog import EvidenceDialog
    from desktop.views.wizard.instrument_dialog import InstrumentDialog
    from desktop.views.wizard.override_dialog import OverrideDialog

    case = reference_cases()[1]
    path = _reference_rating(case)
    instrument = case.instruments[0]
    builds = {
        "evidence (read-only)": lambda: EvidenceDialog(None, file_store, case, path, read_only=True),
        "evidence": lambda: EvidenceDialog(None, file_store, Case(id="x", title="Draft"), "leverage.degree"),
        "instrument": lambda: InstrumentDialog(None, instrument),
        "new instrument": lambda: InstrumentDialog(None, None, Level.ABILITY_TO_ACT),
        "override": lambda: OverrideDialog(None, "Degree of leverage", "High", "Medium"),
    }
    for name, build in builds.items():
        english = _dialog_texts("en", qapp, build)
        other = _dialog_texts(lang, qapp, build)
        # the override's field and values come from the step, in its language: here as given
        left = [(w, t) for w, t in english_left(english, other, lang) if t not in {"High", "Medium"}]
        assert not left, (name, left)


@pytest.mark.parametrize("speaking", ["de"], indirect=True)
def test_the_evidence_dialog_and_button_say_it_in_german(qtbot, speaking, file_store):
    from desktop.views.wizard.evidence_button import EvidenceButton, evidence_summary
    from desktop.views.wizard.evidence_dialog import EvidenceDialog

    case = reference_cases()[1]
    path = _reference_rating(case)
    dialog = EvidenceDialog(None, file_store, case, path, read_only=True)
    words = " ".join(t for _w, t in texts(dialog))
    assert "Belege für" in dialog.windowTitle() and "Quellen" in words and "Konfidenz" in words
    assert "Aktuelle Bewertung:" in dialog.value_label.text()
    evidence = case.evidence[path]
    summary = evidence_summary(evidence)
    assert summary[0].startswith("Belege: ") and "source" not in summary[0]
    button = EvidenceButton(path, "Substituierbarkeit")
    button.show_evidence(evidence)
    assert button.text().startswith("Belege: ") and "Belege für Substituierbarkeit" in button.accessibleName()


# -- the review's own texts for a real case, and English unchanged --------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_the_reviews_findings_and_evidence_are_in_the_language(qapp, lang):
    from desktop.views.wizard.review_page import evidence_html, findings_html, listed_by_step, overrides_html

    draft = Case(id="draft", title="Draft")
    english = findings_html(draft) + evidence_html(draft)
    assert "Still to do" in english and "Go to Strength →" in english
    translation.install(qapp, lang)
    try:
        html = findings_html(draft)
        listed = listed_by_step(draft)
        case = reference_cases()[1].model_copy(update={"overrides": [
            Override(field="leverage.degree", suggested="high", value="medium", reason="Experts weighed more.")]})
        overrides = overrides_html(case)
    finally:
        translation.install(qapp, "en")
    for english_words in ("Still to do", "Go to ", "Inconsistencies", "Worth considering", "Ratings that differ"):
        assert english_words not in html + overrides
    assert language.label(Step.STRENGTH, lang) in html
    assert language.term("term.degree_of_leverage", lang) in overrides and "Experts weighed more." in overrides
    assert language.label(Level.ABILITY_TO_ACT, lang) not in overrides  # (the values are the degree's)
    degree = {"fr": ("Élevé", "Moyen"), "de": ("Hoch", "Mittel")}[lang]
    assert all(word in overrides for word in degree)
    assert listed  # a draft has something to do on every step


def test_english_review_texts_are_unchanged(qapp):
    from desktop.views.wizard.review_links import summary
    from desktop.views.wizard.review_page import overrides_html

    assert summary([("inconsistency", "a"), ("gap", "b"), ("gap", "c"), ("evidence", "d")]) == \
        "1 inconsistency, 2 to do, 1 evidence to check"
    case = reference_cases()[1].model_copy(update={"overrides": [
        Override(field="leverage.degree", suggested="high", value="medium", reason="Why.")]})
    assert overrides_html(case) == ('<h3 style="color:#1a3d6d;">Ratings that differ from the suggestion</h3><ul>'
                                    "<li><b>leverage.degree</b>: suggested high, chosen medium. Reason: “Why.”</li></ul>")


# -- the catalogue model and the stored text ----------------------------------------------------
@pytest.mark.parametrize("speaking", ["de"], indirect=True)
def test_a_pattern_is_shown_in_german_and_stored_in_english(qtbot, speaking):
    from desktop.views.wizard.instrument_models import CatalogueTableModel, InstrumentTableModel

    model = CatalogueTableModel()
    pattern = load_patterns()[1]  # "Export controls"
    ticked = []
    model.toggled.connect(lambda level, entry, on: ticked.append(entry.as_instrument(level)))
    model.set_rows([(Level.THREAT_PREVENTION, pattern, True, "")], set())
    assert model.index(0, model.COL_TEXT).data() == "Exportkontrollen"
    assert model.index(0, model.COL_LEVEL).data() == "Bedrohungsprävention"
    assert model.index(0, model.COL_SOURCE).data() == "Tabelle 2, Bedrohungsprävention (Bericht)"
    assert "Fallübergreifendes Muster" in model.index(0, model.COL_SOURCE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(model.COL_SOURCE, Qt.Orientation.Horizontal) == "Quelle"
    model.setData(model.index(0, model.COL_TEXT), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert ticked == [Instrument(level=Level.THREAT_PREVENTION, text="Export controls", ppp=PPP.PROTECT,
                                 focus=Focus.KNOWLEDGE_SECURITY)]  # the case keeps the report's wording
    chosen = InstrumentTableModel()
    chosen.set_rows(ticked)
    assert [chosen.index(0, c).data() for c in range(4)] == ["Bedrohungsprävention", "Schützen", "Wissenssicherheit",
                                                               "Exportkontrollen"]  # stored English, read German


# -- German at 1024×768 ------------------------------------------------------------------------
@pytest.fixture
def styled_german(lang_window):
    from desktop.views.window.app import load_style_sheet

    app = QApplication.instance()
    app.setStyleSheet(load_style_sheet())
    lang_window.resize(1024, 768 - 30)  # the title bar and panel take the rest
    yield lang_window
    app.setStyleSheet("")


def _cut(page) -> list[str]:
    """Buttons and one-line labels of the page narrower than their text needs."""
    out = []
    for w in page.widget().findChildren(QWidget):
        if not w.isVisibleTo(page) or _others(w):
            continue
        if isinstance(w, QAbstractButton) and w.width() < w.sizeHint().width():
            out.append(f"{type(w).__name__} {w.text()!r}: {w.width()} < {w.sizeHint().width()}")
        elif isinstance(w, QLabel) and not w.wordWrap() and w.width() < w.sizeHint().width():
            out.append(f"QLabel {w.text()!r}: {w.width()} < {w.sizeHint().width()}")
    return out


@pytest.mark.parametrize("speaking", ["de"], indirect=True)
@pytest.mark.parametrize("case_id", [c.id for c in reference_cases()])
def test_german_instruments_and_review_fit_1024_without_sideways_scrolling(qtbot, speaking, styled_german, case_id):
    styled_german.open_case(case_id)
    editor = styled_german.editor
    for index in (INSTRUMENTS, REVIEW):
        editor.go_to(index)
        QApplication.processEvents()
        page = editor.pages[index]
        assert not page.horizontalScrollBar().isVisible(), type(page).__name__
        assert page.widget().width() <= page.viewport().width(), type(page).__name__
        assert not _cut(page), _cut(page)
    page = editor.pages[INSTRUMENTS]
    table, metrics = page.catalogue_table, page.catalogue_table.fontMetrics()
    for col, scale in ((page.catalogue_model.COL_LEVEL, Level), (page.catalogue_model.COL_FOCUS, Focus)):
        widest = max(metrics.horizontalAdvance(language.label(m, "de")) for m in scale)
        assert table.columnWidth(col) > widest  # a single long German word is never elided
    if case_id == reference_cases()[1].id:
        editor.go_to(INSTRUMENTS)
        QApplication.processEvents()
        assert page.widget().grab().save("/tmp/instruments_de.png")  # the whole page, to look at


def mnemonics(root: QWidget) -> list[str]:
    """The access keys of ``root``'s buttons and labels (the letter after a single "&")."""
    keys = []
    for w in [root] + root.findChildren(QWidget):
        if isinstance(w, (QAbstractButton, QLabel)) and not _others(w):
            found = re.search(r"(?<!&)&([^&\s])", w.text().replace("&&", ""))
            if found:
                keys.append(found.group(1).casefold())
    return keys


@pytest.mark.parametrize("lang", ("en",) + LANGS)
def test_access_keys_are_unique_in_each_dialog_and_on_the_instruments_page(qtbot, qapp, file_store, settings, lang):
    from desktop.views.window.main_window import MainWindow
    from desktop.views.wizard.evidence_dialog import EvidenceDialog
    from desktop.views.wizard.instrument_dialog import InstrumentDialog

    translation.install(qapp, lang)
    try:
        window = MainWindow(file_store, settings)
        qtbot.addWidget(window)
        window.open_case(CASE)
        window.editor.go_to(INSTRUMENTS)
        roots = [window.editor.pages[INSTRUMENTS], InstrumentDialog(None, None, Level.ABILITY_TO_ACT),
                 EvidenceDialog(None, file_store, Case(id="x", title="Draft"), "leverage.degree")]
        for root in roots:
            keys = mnemonics(root)
            assert keys and len(keys) == len(set(keys)), (type(root).__name__, keys)
    finally:
        translation.install(qapp, "en")
