"""The built-in guide: F1 opens it at the part about what is in focus (the list, a wizard step,
the export dialog, the workshop), Help ▸ Keyboard Reference at the keys, which are made from
the window's actions and every declared key when the guide opens; Find searches it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.models import guide
from desktop.views import keys
from desktop.views.guide.keyboard import plain_text, shortcut_text
from desktop.views.wizard.evidence_dialog import EvidenceDialog
from desktop.views.wizard.instrument_dialog import InstrumentDialog
from desktop.views.wizard.override_dialog import OverrideDialog

LITHO = "dpc2024-lithography"


def guide_window():
    from desktop.views.guide import guide_window as module

    return module._window


def press_f1(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: guide_window() is not None and guide_window().isVisible())


def test_help_menu_has_guide_keyboard_reference_and_about(window):
    help_menu = [a.menu() for a in window.menuBar().actions() if plain_text(a.text()) == "Help"][0]
    texts = [plain_text(a.text()) for a in help_menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["Guide", "Keyboard Reference"] and texts[-1].startswith("About")
    assert shortcut_text(window.act.guide) == "F1"


def test_f1_on_the_case_list_opens_getting_started(qtbot, window):
    press_f1(qtbot, window.browser.table)
    shown = guide_window()
    assert shown.current_section() == "start" and shown.contents.currentItem().text() == "Getting started"
    assert shown.text.accessibleName() == "Guide" and shown.contents.accessibleName() == "Contents"
    assert shown.find.accessibleName() == "Find in the guide"


@pytest.mark.parametrize(("step", "section"), [(0, "basics"), (1, "strength"), (2, "leverage"), (3, "ambition"),
                                               (4, "instruments"), (5, "review")])
def test_f1_in_the_wizard_opens_the_step_on_show(qtbot, window, step, section):
    editor = window.open_case(LITHO)
    editor.go_to(step)
    press_f1(qtbot, editor.steps)  # the step list: the section of the page beside it
    assert guide_window().current_section() == section
    guide_window().close()
    page = editor.current_page()
    target = page.focusWidget() or page
    press_f1(qtbot, target)
    assert guide_window().current_section() == section


def test_the_export_dialog_opens_reading_a_scorecard(qtbot, window, monkeypatch):
    from desktop.views.export.scorecard_dialog import ScorecardDialog

    shown = []
    monkeypatch.setattr(ScorecardDialog, "exec", lambda self: shown.append(self) or 0)
    window.browser.select(LITHO)
    window.export_scorecards()
    dialog = shown[0]
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    press_f1(qtbot, dialog.focusWidget() or dialog)
    assert guide_window().current_section() == "scorecard"
    assert guide_window().parentWidget() is dialog  # usable while the modal dialog is open
    dialog.close()


def test_the_workshop_opens_its_section(qtbot, window, file_store, no_modal_dialogs):
    copy = file_store.duplicate(LITHO)
    window.reload(select=copy.id)
    mode = window.case_dialogs.start_workshop()
    try:
        qtbot.waitExposed(mode.audience_window)
        with qtbot.waitActive(mode.audience_window):
            mode.audience_window.activateWindow()
        press_f1(qtbot, QApplication.focusWidget() or mode.audience_window)
        assert guide_window().current_section() == "workshop"
    finally:
        mode.leave()


def test_keyboard_reference_lists_every_action_with_a_shortcut_and_every_declared_key(qtbot, window, monkeypatch):
    window.act.keyboard.trigger()
    shown = guide_window()
    assert shown.current_section() == "keyboard"
    text = shown.text.toPlainText()
    actions = [a for a in (*window.act.own(), window.act.undo, window.act.redo) if shortcut_text(a)]
    assert len(actions) >= 20
    for action in actions:
        assert f"{shortcut_text(action)}\t{plain_text(action.text())}" in text or \
            f"{shortcut_text(action)}\n{plain_text(action.text())}" in text, plain_text(action.text())
    for key in keys.declared():
        assert key.keys in text and key.does in text
    monkeypatch.setitem(keys._DECLARED, ("A test's context", "Ctrl+Alt+Q"),
                        keys.Key("A test's context", "Ctrl+Alt+Q", "Something only this test declares"))
    assert "Something only this test declares" not in text
    window.show_keyboard_reference()  # made again when the guide opens: never stale
    assert "Something only this test declares" in guide_window().text.toPlainText()


def test_the_guide_shows_the_reports_definitions_and_find_searches_it(qtbot, window):
    shown = window.show_guide("leverage")
    text = shown.text.toPlainText()
    for _name, definition in guide.LEVERAGE_FACTORS.values():
        assert definition in text
    for definition, trade_off in guide.LEVELS.values():
        assert definition in text and trade_off in text
    assert shown.find_text("spillover damage") and "spillover damage" in shown.text.textCursor().selectedText().lower()
    first = shown.text.textCursor().position()
    assert shown.find_text("spillover damage") and shown.text.textCursor().position() > first
    assert not shown.find_text("no such words in the guide") and shown.found.text() == "Not found"
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert not shown.isVisible()


def test_the_guide_is_not_loaded_with_the_window(window):
    """(Start-up: the guide's modules are imported on first use.)"""
    import subprocess
    import sys

    code = ("import sys, tempfile, pathlib\nfrom PySide6.QtCore import QSettings\n"
            "from desktop.views.window.app import make_application\nfrom desktop.models.library import open_store\n"
            "from desktop.views.window.main_window import MainWindow\napp = make_application()\n"
            "d = pathlib.Path(tempfile.mkdtemp())\nw = MainWindow(open_store(d / 'c.sqlite'), "
            "QSettings(str(d / 's.ini'), QSettings.Format.IniFormat))\nw.show(); app.processEvents()\n"
            "print(sorted(m for m in sys.modules if m.startswith(('desktop.views.guide', 'desktop.models.guide_text'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_the_reference_lists_keys_of_parts_not_opened_yet():
    """In a fresh process, before any case or workshop was opened, the reference already lists
    the keys every module declares (the modules are loaded when the guide opens)."""
    import subprocess
    import sys

    code = ("import sys, tempfile, pathlib\nfrom PySide6.QtCore import QSettings\n"
            "from desktop.views.window.app import make_application\nfrom desktop.models.library import open_store\n"
            "from desktop.views.window.main_window import MainWindow\napp = make_application()\n"
            "d = pathlib.Path(tempfile.mkdtemp())\nw = MainWindow(open_store(d / 'c.sqlite'), "
            "QSettings(str(d / 's.ini'), QSettings.Format.IniFormat))\nw.show(); app.processEvents()\n"
            "before = set(sys.modules)\nguide = w.show_keyboard_reference()\n"
            "from desktop.views import keys\nfrom desktop.views.guide.keyboard import declaring_modules\n"
            "text = guide.text.toPlainText()\n"
            "print(all(m in sys.modules for m in declaring_modules()), "
            "len(declaring_modules()), all(k.does in text for k in keys.declared()), len(keys.declared()))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    loaded, modules, listed, count = done.stdout.split()[-4:]
    assert loaded == "True" and int(modules) >= 3 and listed == "True" and int(count) >= 10


@pytest.mark.parametrize("make, section", [
    (lambda store: EvidenceDialog(None, store, store.get(LITHO), "leverage.degree", read_only=True), "evidence"),
    (lambda store: OverrideDialog(None, "Degree of leverage", "High", "Medium"), "suggestions"),
    (lambda store: InstrumentDialog(None), "instruments"),
])
def test_the_wizards_modal_dialogs_open_their_own_section(qtbot, file_store, make, section):
    """F1 inside a modal dialog (out of the main window's shortcut reach) opens its section over it."""
    dialog = make(file_store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    press_f1(qtbot, dialog.focusWidget() or dialog)
    assert guide_window().current_section() == section and guide_window().parentWidget() is dialog
    guide_window().close()


def test_the_list_of_declaring_modules_matches_the_source_tree():
    """Every view module that calls ``declare`` is imported for the keyboard reference."""
    from pathlib import Path

    from desktop.views.guide.keyboard import DECLARING_MODULES

    views = Path(__file__).resolve().parent.parent / "desktop" / "views"
    found = sorted("desktop.views." + ".".join(p.relative_to(views).with_suffix("").parts)
                   for p in views.rglob("*.py") if "\ndeclare(" in p.read_text(encoding="utf-8")
                   or "    declare(" in p.read_text(encoding="utf-8"))
    assert sorted(DECLARING_MODULES) == found
