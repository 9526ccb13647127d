"""After any export (issue 19, point 6): "Saved …" with Open and Show in Folder, for local files,
reachable from the keyboard, hidden after the next action or a while."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from desktop.views.export import saved_file
from desktop.views.export.saved_file import SavedFileOffer, local_file
from desktop.views.export.scorecard_dialog import ScorecardDialog
from desktop.views.window import export_feedback

LITHO = "dpc2024-lithography"


@pytest.fixture
def opened(monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def test_the_window_has_what_the_feedback_declares(window):
    for name in (*export_feedback.FeedbackHost.__annotations__, "statusBar"):
        assert hasattr(window, name)


def test_case_export_offers_open_and_show_in_folder(qtbot, window, tmp_path, opened):
    window.browser.select(LITHO)
    out = tmp_path / "litho.json"
    assert window.export_selected(str(out))
    offer = window.feedback.offer
    assert offer.isVisible() and offer.label.text() == f"Saved {out}"
    assert offer.parentWidget() is window.statusBar() or window.statusBar().isAncestorOf(offer)
    assert offer.open_button.accessibleName() == "Open litho.json"
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # O&pen (a mnemonic: an animated click)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Show in Fol&der
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=2000)
    assert [Path(u.toLocalFile()) for u in opened] == [out, tmp_path]
    assert all(u.isLocalFile() for u in opened)


def test_the_offer_goes_with_the_next_action_or_after_a_while(qtbot, window, tmp_path, opened):
    window.browser.select(LITHO)
    assert window.export_selected(str(tmp_path / "a.json"))
    offer = window.feedback.offer
    qtbot.wait(1)  # the export's own turn is over
    window.act.find.trigger()
    assert not offer.isVisible()
    window.act.export_case.triggered.disconnect()  # its own action shows the offer and keeps it
    window.act.export_case.triggered.connect(lambda: window.export_selected(str(tmp_path / "b.json")))
    window.act.export_case.trigger()
    assert offer.isVisible() and offer.label.text().endswith("b.json")
    offer.timer.setInterval(20)
    offer.timer.start()
    qtbot.waitUntil(lambda: not offer.isVisible(), timeout=2000)


def test_focus_on_a_button_keeps_the_offer(qtbot, window, tmp_path):
    window.browser.select(LITHO)
    assert window.export_selected(str(tmp_path / "a.json"))
    offer = window.feedback.offer
    offer.open_button.setFocus()
    qtbot.waitUntil(offer.open_button.hasFocus, timeout=2000)
    assert not offer.timer.isActive()
    window.browser.table.setFocus()
    qtbot.waitUntil(lambda: offer.timer.isActive(), timeout=2000)


def test_only_local_existing_files_are_offered(qapp, tmp_path, opened):
    offer = SavedFileOffer()
    offer.offer(["https://example.org/x.pdf", str(tmp_path / "missing.pdf")])
    assert not offer.open_button.isVisibleTo(offer) and not offer.open_saved() and not offer.show_folder()
    assert local_file("file:///etc/passwd") is None and opened == []
    real = tmp_path / "real.pdf"
    real.write_bytes(b"%PDF")
    offer.offer(real)
    assert offer.open_saved() and offer.show_folder()
    assert [u.toLocalFile() for u in opened] == [str(real), str(tmp_path)]


def test_scorecard_dialog_offers_what_it_saved_and_the_window_after_it(qtbot, window, tmp_path, opened,
                                                                       monkeypatch):
    def save_then_close(dialog):
        assert dialog.save_as_pdf(str(tmp_path / "cards.pdf"))
        assert dialog.offer.isVisibleTo(dialog) and dialog.offer.open_saved()
        return 0

    monkeypatch.setattr(ScorecardDialog, "exec", save_then_close)
    window.browser.select(LITHO)
    window.export_scorecards()
    assert [Path(u.toLocalFile()) for u in opened] == [tmp_path / "cards.pdf"]
    assert window.feedback.offer.isVisible() and window.feedback.offer.paths == [tmp_path / "cards.pdf"]


def test_png_export_offers_the_first_image_and_its_folder(qtbot, store, tmp_path, opened):
    dialog = ScorecardDialog(store, [LITHO])
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("png"))
    dialog.dpi.setValue(72)
    written = dialog.save_as_png(str(tmp_path))
    assert dialog.saved_paths == written and dialog.offer.label.text().startswith(f"Saved {len(written)} image")
    assert dialog.offer.show_folder() and Path(opened[-1].toLocalFile()) == tmp_path


def test_the_module_names_its_hide_delay():
    assert saved_file.HIDE_AFTER_MS >= 10_000  # long enough to reach the buttons by keyboard


def test_a_chart_export_offers_open_and_show_in_folder(qtbot, window, tmp_path, opened):
    window.analysis.show_portfolio()
    written = window.analysis.portfolio.export_chart(str(tmp_path / "map.png"))
    assert written and written.exists()
    offer = window.feedback.offer
    assert offer.isVisible() and offer.label.text() == f"Saved {written}"
