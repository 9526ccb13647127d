"""The wizard's step pages in the interface's language (issue 21): the editor built on a reference
case in German says nothing in English that it does not say as the case's own text, a number or
a word German uses as it is; framework values carry the glossary's words; what a rating row tells
a screen reader, the undo texts and the why-not lines follow the language; and the German pages
fit a 1024×768 projector (no sideways scrolling, no label cut)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)
from wizard_walk_helpers import AMBITION, BASICS, LEVERAGE, LEVERAGE_DONE, STRENGTH, STRENGTH_DONE, open_new, pick

from desktop.models import language
from desktop.models import provenance as prov
from desktop.models.evidence import RATINGS, why_not_higher
from desktop.models.library import reference_cases
from desktop.models.scales import Actor, Level, LeverageDegree, Likelihood, Pillar, RatingProvenance, Substitutability
from desktop.views import translation
from desktop.views.window.app import load_style_sheet
from desktop.views.keys import declared
from desktop.views.wizard import why_not_panel
from desktop.views.wizard.page_base import rating_label
from desktop.views.wizard.widgets import breakable, provenance_legend, provenance_sentence, provenance_words

STEP_PAGES = (BASICS, STRENGTH, LEVERAGE, AMBITION)  # this package's pages (instruments and review are the wizard's)
LITHO = "dpc2024-lithography"
# identical in English and German, and right in German: the EU's abbreviation (the glossary's
# Actor.eu), words German writes as English does (the glossary's Step.ambition, the Basics form's
# "Organisation"), the evidence key and the provenance marks
SAME_IN_GERMAN = {"EU", "Ambition", "Organisation", "F4", "●", "◐", "○"}
# French writes these as English does too (the glossary's words, or the same word)
SAME_IN = {"de": SAME_IN_GERMAN, "fr": {"Ambition", "Organisation", "Instruments", "Suggestion", "Commercialisation",
                                          "F4", "●", "◐", "○"}}
NUMBERLIKE = re.compile(r"^[\d\s.,:%·/+\-–—()…→↔✓○•]*$")


@pytest.fixture
def in_german(qapp):
    translation.install(qapp, "de")
    yield
    translation.install(qapp, "en")


def texts_of(root: QWidget, skip: QWidget | None = None) -> list[tuple[str, str, str]]:
    """Every visible string of ``root``'s tree (less ``skip``'s), in tree order: (widget class, what, text)."""
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if skip is not None and (widget is skip or skip.isAncestorOf(widget)):
            continue
        kind = type(widget).__name__
        items = [("tooltip", widget.toolTip()), ("name", widget.accessibleName()),
                 ("description", widget.accessibleDescription())]
        if isinstance(widget, (QLabel, QAbstractButton)):
            items.append(("text", widget.text()))
        if isinstance(widget, QGroupBox):
            items.append(("title", widget.title()))
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            items.append(("placeholder", widget.placeholderText()))
        if isinstance(widget, QListWidget):
            items += [("item", widget.item(i).text()) for i in range(widget.count())]
            items += [("item tooltip", widget.item(i).toolTip()) for i in range(widget.count())]
        out += [(kind, what, text) for what, text in items]
    return out


def case_content(case) -> set[str]:
    """The case's own texts (content, never interface), as a widget may show them."""
    lev, amb, strength = case.leverage, case.ambition, case.strength
    texts = {case.title, case.technology_area, case.summary, case.china_dependency, "\n".join(case.key_facts),
             case.author, case.organisation, strength.rationale, lev.rationale, amb.rationale}
    return {t for t in texts if t}


def pending_sentences(case, lang: str = "de") -> set[str]:
    """The help texts and reasons other packages turn into Phrases (models/guide.py, the rules):
    shown through ``language.localised``, they stay English until their French and German are
    written. Checked separately (test_help_and_reasons_go_through_localised)."""
    from desktop.models import guide
    from desktop.models.rules import suggest_all_feasibility, suggest_leverage

    found = [guide.STANCE_HELP, guide.LIKELIHOOD_HELP, guide.LEVERAGE_DEGREE_HELP, guide.FEASIBILITY_HELP,
             guide.BALANCE_HELP, *guide.PILLARS.values(), *guide.STRENGTH_TYPES.values(),
             *(help for _name, help in guide.LEVERAGE_FACTORS.values()), *(t for pair in guide.LEVELS.values() for t in pair),
             *suggest_leverage(case).reasons, *(r for s in suggest_all_feasibility(case).values() for r in s.reasons)]
    return {str(t) for t in found if language.localised(t, lang) == str(t)}


def english_left(en_texts, de_texts, allowed: set[str], pending: set[str]) -> list[tuple]:
    """The German strings identical to their English, less content, numbers and the allow-list;
    a string made of pending sentences (and HTML around them) is not counted either."""
    assert [k for k, _w, _t in en_texts] == [k for k, _w, _t in de_texts]  # the same tree
    left = []
    for (kind, what, en), (_k, _w, de) in zip(en_texts, de_texts):
        plain = re.sub(r"&(.)", r"\1", en).rstrip(":").lstrip("✓○ 0123456789·")  # mnemonic, colon, step mark aside
        if not en or en != de or NUMBERLIKE.match(en) or en in allowed or plain in allowed:
            continue
        rest = en
        for sentence in sorted(pending, key=len, reverse=True):
            rest = rest.replace(sentence, "")
        rest = re.sub(r"<[^>]+>", "", rest)
        if pending and NUMBERLIKE.match(rest):
            continue
        left.append((kind, what, en))
    return left


def build(qapp, window, case_id: str, lang: str):
    translation.install(qapp, lang)
    window.open_case(case_id)
    editor = window.editor
    for index in STEP_PAGES:
        editor.go_to(index)
        QApplication.processEvents()
    return editor


@pytest.mark.parametrize("lang", ["de", "fr"])
@pytest.mark.parametrize("case_id", [LITHO, "dpc2024-automotive-chips", "dpc2024-facial-recognition"])
def test_no_english_left_on_the_german_step_pages(qapp, qtbot, window, case_id, lang):
    """Each step page, and the editor around them (header, banner, step list, footer), built in
    English then in German (and French) on the same reference case: no string the same in both, but content."""
    case = next(c for c in reference_cases() if c.id == case_id)
    try:
        editor = build(qapp, window, case_id, "en")
        en = [texts_of(editor.pages[i]) for i in STEP_PAGES] + [texts_of(editor, skip=editor.stack)]
        editor = build(qapp, window, case_id, lang)
        other = [texts_of(editor.pages[i]) for i in STEP_PAGES] + [texts_of(editor, skip=editor.stack)]
    finally:
        translation.install(qapp, "en")
    allowed = SAME_IN[lang] | case_content(case)
    pending = pending_sentences(case, lang)
    for name, en_texts, translated in zip(("basics", "strength", "leverage", "ambition", "editor"), en, other):
        assert len(en_texts) > 10
        assert english_left(en_texts, translated, allowed, pending) == [], name
    if lang == "fr":
        return
    names = [editor.steps.item(i).text() for i in range(editor.steps.count())]
    assert names[0].endswith("Grunddaten") and names[1].endswith("1 · Stärke") and names[5] == "Überprüfung"
    assert editor.back_button.text() == "&Zurück" and editor.banner.isVisibleTo(editor)


def test_german_framework_values_are_the_glossarys(qapp, qtbot, window, in_german):
    editor = build(qapp, window, LITHO, "de")
    strength, leverage, ambition = (editor.pages[i] for i in (STRENGTH, LEVERAGE, AMBITION))
    row = strength.likelihood[Pillar.IP_PATENTS]
    assert [b.text() for b in row.buttons] == [language.label(v, "de") for v in Likelihood] == ["Niedrig", "Mittel", "Hoch"]
    assert row.accessibleName() == "Geistiges Eigentum und Patente: Wahrscheinlichkeit"
    assert [b.text() for b in leverage.degree.buttons] == [language.label(v, "de") for v in LeverageDegree]
    assert leverage.degree.accessibleName() == "Grad der Hebelwirkung"
    assert [b.text() for b in ambition.chosen.buttons] == [language.label(v, "de") for v in Level]
    assert ambition.feasibility[Level.ABILITY_TO_DENY].accessibleName() == "Machbarkeit der Verweigerungsfähigkeit"
    texts = [t.replace("\u00ad", "") for _k, _w, t in texts_of(ambition)]  # soft hyphens: narrow cards
    assert "1. Bedrohungsprävention" in texts and "Gewähltes Niveau" in texts and "Autonomie" in texts
    assert ambition.heading_text() == "Schritt 3 · Ambitionsniveau" == ambition.accessibleName()


def test_a_rating_row_tells_a_screen_reader_its_value_in_german(qapp, qtbot, window, file_store, in_german):
    case_id, editor = open_new(window, file_store)
    editor.go_to(STRENGTH)
    row = editor.pages[STRENGTH].likelihood[Pillar.RESEARCH_INNOVATION]
    assert row.accessibleDescription().startswith("Nicht bewertet.")
    assert "(F4 öffnet die Belege)." in row.accessibleDescription()
    pick(qtbot, row, Likelihood.MEDIUM)
    assert row.accessibleDescription().startswith("Mittel.")
    assert file_store.get(case_id).strength.pillar(Pillar.RESEARCH_INNOVATION).likelihood is Likelihood.MEDIUM
    assert editor.undo_stack.undoText() == "Wahrscheinlichkeit festlegen: Forschung und Innovation"
    editor.go_to(LEVERAGE)
    pick(qtbot, editor.pages[LEVERAGE].choices["substitutability"], Substitutability.HARD)
    assert editor.undo_stack.undoText() == "Substituierbarkeit festlegen"
    editor.go_to(BASICS)
    editor.pages[BASICS].actor_boxes[Actor.MEMBER_STATES].click()
    assert editor.undo_stack.undoText() == "Ankreuzen, wer handeln sollte: Mitgliedstaaten"


def test_reference_marks_and_evidence_in_german(qapp, qtbot, window, in_german):
    editor = build(qapp, window, LITHO, "de")
    leverage = editor.pages[LEVERAGE]
    assert leverage.provenance_legend.text() == prov.legend_line("de")  # the model's words, as the scorecard's
    assert leverage.provenance_legend.text().startswith("Bewertungszeichen: ● wie im Bericht veröffentlicht")
    assert leverage.degree.accessibleDescription().count("Referenzfall: ") == 1
    marks = [m for m in leverage.findChildren(QLabel) if m.objectName() == "provenanceMark" and m.isVisibleTo(leverage)]
    assert marks and all(m.accessibleName().startswith("Herkunft: ") for m in marks)


def test_english_words_are_the_models_word_for_word():
    """The view's own English for rating names equals the models' (so English output did not
    change); provenance words and why-not lines are the models' own, in the interface's language."""
    assert translation.current() == "en"
    assert {p: provenance_words(p) for p in RatingProvenance} == prov.WORDS
    assert {path: rating_label(path) for path in RATINGS} == RATINGS
    assert provenance_legend() == prov.LEGEND_LINE
    assert all(provenance_sentence(p) == prov.sentence(p) for p in RatingProvenance)
    assert not hasattr(why_not_panel, "change_line")  # the panel keeps no wording of its own


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_provenance_words_are_the_models_in_the_interfaces_language(qapp, lang):
    translation.install(qapp, lang)
    try:
        assert {p: provenance_words(p) for p in RatingProvenance} == {p: prov.words(p, lang) for p in RatingProvenance}
        assert provenance_legend() == prov.legend_line(lang) != prov.LEGEND_LINE
        assert all(provenance_sentence(p) == prov.sentence(p, lang) != prov.sentence(p) for p in RatingProvenance)
        assert provenance_words(None) == provenance_sentence(None) == ""
    finally:
        translation.install(qapp, "en")


@pytest.mark.parametrize("case", reference_cases()[:6], ids=lambda c: c.id)
def test_why_not_lines_in_german(qtbot, qapp, in_german, case):
    panel = why_not_panel.WhyNotPanel()
    qtbot.addWidget(panel)
    panel.set_case(case)
    english = {h.level: h for h in why_not_higher(case)}
    for level, lines in panel.would_change.items():
        assert len(lines) == len(english[level].would_change)
        for line, en in zip(lines, english[level].would_change):
            assert line == language.localised(en, "de") != en and ("würde sie auf „" in line), line
            assert line in panel.entries[level].details.text()
        entry = panel.entries[level]
        assert entry.toggle.text().startswith(language.label(level, "de") + ": ")
        assert "weil:" in entry.details.text() and "Dafür wäre nötig:" in entry.details.text()
    assert panel.heading.text() == "Warum nicht eine Stufe höher"


def test_help_and_reasons_go_through_localised(qapp, qtbot, window, in_german):
    """Help texts and the rules' reasons are shown as ``language.localised`` gives them in
    German (English until their packages write it; then German with no change here)."""
    from desktop.models import guide
    from desktop.models.rules import suggest_leverage

    case = next(c for c in reference_cases() if c.id == LITHO)
    editor = build(qapp, window, LITHO, "de")
    leverage = editor.pages[LEVERAGE]
    texts = [t for _k, _w, t in texts_of(leverage)]
    assert str(language.localised(guide.LEVERAGE_DEGREE_HELP, "de")) in texts
    reasons = leverage.suggestion.reasons.text()
    for reason in suggest_leverage(case).reasons:
        from html import escape

        assert escape(str(language.localised(reason, "de"))) in reasons
    assert leverage.suggestion.headline.text().startswith("<b>Vorgeschlagen:</b>")


# -- German at 1024×768 ---------------------------------------------------------------------------
@pytest.fixture(params=["de", "fr"])
def styled_german(request, qapp, window):
    """The window at 1024×768 with the app's style sheet, in German (and French, also longer than English)."""
    translation.install(qapp, request.param)
    qapp.setStyleSheet(load_style_sheet())
    window.resize(1024, 768 - 30)
    yield window
    qapp.setStyleSheet("")
    translation.install(qapp, "en")


def cut_labels(page) -> list[str]:
    """Labels and buttons on screen narrower than their text needs (a label that wraps is fine
    when its height holds its wrapped lines)."""
    cut = []
    for widget in page.widget().findChildren(QWidget):
        if not widget.isVisibleTo(page) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    cut.append(widget.text())
            elif widget.sizeHint().width() > widget.width() + 1:
                cut.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.text() and widget.minimumSizeHint().width() > widget.width() + 1:
            cut.append(widget.text())
    return cut


@pytest.mark.parametrize("case_id", [c.id for c in reference_cases()])
def test_german_step_pages_fit_1024_without_sideways_scrolling(qtbot, styled_german, case_id):
    styled_german.open_case(case_id)
    editor = styled_german.editor
    for index in STEP_PAGES:
        editor.go_to(index)
        QApplication.processEvents()
        page = editor.pages[index]
        assert not page.horizontalScrollBar().isVisible(), type(page).__name__
        assert page.widget().width() <= page.viewport().width(), type(page).__name__
        assert cut_labels(page) == [], type(page).__name__
    footer = editor.position_label
    assert footer.sizeHint().width() <= footer.width() + 1, footer.text()
    steps = editor.steps  # every step's name whole, wrapped if need be ("Informations de base")
    assert not steps.horizontalScrollBar().isVisible()
    for row in range(steps.count()):
        item = steps.item(row)
        rect = steps.visualItemRect(item)
        lines = 2 if steps.fontMetrics().horizontalAdvance(item.text()) > rect.width() - 20 else 1
        assert rect.height() >= lines * steps.fontMetrics().lineSpacing(), item.text()


def test_a_new_german_case_fits_1024_and_looks_right(qtbot, styled_german, file_store, tmp_path):
    """A user case (suggestion panels with Use buttons, nothing rated) in German; one page is
    saved as a picture for a person to look at (/tmp/wizard_steps_de_*.png)."""
    _case_id, editor = open_new(styled_german, file_store, strength=STRENGTH_DONE, leverage=LEVERAGE_DONE)
    for index in STEP_PAGES:
        editor.go_to(index)
        QApplication.processEvents()
        page = editor.pages[index]
        assert not page.horizontalScrollBar().isVisible(), type(page).__name__
        assert cut_labels(page) == [], type(page).__name__
        editor.grab().save(str(Path("/tmp") / f"wizard_steps_{translation.current()}_{index}.png"))


def test_german_use_does_not_reflow_the_ambition_page(qtbot, styled_german, file_store):
    _case_id, editor = open_new(styled_german, file_store, strength=STRENGTH_DONE, leverage=LEVERAGE_DONE)
    editor.go_to(AMBITION)
    page = editor.pages[AMBITION]
    QApplication.processEvents()
    panel = page.suggestions[Level.ABILITY_TO_DENY]
    assert panel.accept_button.isVisible() and panel.accept_button.text() in ("Übernehmen", "Appliquer")
    geometry = {lv: page.feasibility[lv].geometry() for lv in Level}
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not panel.accept_button.isVisible()
    assert {lv: page.feasibility[lv].geometry() for lv in Level} == geometry
    assert not page.horizontalScrollBar().isVisible()


def test_german_suggestion_changes_are_announced_in_german(qtbot, window, file_store, in_german, monkeypatch):
    announced: list[str] = []
    original = QAccessible.updateAccessibility

    def capture(event):
        if event.type() == QAccessible.Event.Announcement:
            announced.append(event.message())
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", capture)
    _case_id, editor = open_new(window, file_store)
    editor.go_to(LEVERAGE)
    page = editor.pages[LEVERAGE]
    pick(qtbot, page.choices["substitutability"], Substitutability.VERY_HARD)
    for row in page.choices.values():
        if row.value() is None:
            pick(qtbot, row, row.members[-1])
    assert announced and all(m.startswith("Grad der Hebelwirkung, vorgeschlagen: ") for m in announced), announced


def test_declared_keys_of_the_step_pages_are_translated(in_german):
    mine = [k for k in declared() if k.context in ("Rating (in the wizard)", "Case editor")]
    assert len(mine) == 9
    for key in mine:
        assert QCoreApplication.translate("Keys", key.context) != key.context
        assert QCoreApplication.translate("Keys", key.does) != key.does


def test_long_german_words_may_break_only_in_german(qapp):
    assert breakable("2. Verweigerungsfähigkeit") == "2. Verweigerungsfähigkeit"  # English interface: unchanged
    translation.install(qapp, "de")
    try:
        assert breakable("2. Verweigerungsfähigkeit") == "2. Verweigerungs\u00adfähigkeit"
        assert breakable("(Substituierbarkeit: Hoch)") == "(Substituier\u00adbarkeit: Hoch)"
        assert breakable("Eindämmung") == "Eindämmung"
    finally:
        translation.install(qapp, "en")
