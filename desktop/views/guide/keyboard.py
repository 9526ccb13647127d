"""The keyboard reference's rows, made when the guide opens from what the app really binds: the
main window's menus (each action's text and shortcuts) and ``keys.declared()`` (keys handled
by widgets), so it never goes stale."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from ..keys import Key, declared

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenuBar


def plain_text(text: str) -> str:
    """A menu text without its mnemonic marks ("&&" stays one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_text(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return " or ".join(s.toString(native) for s in action.shortcuts() if not s.isEmpty())


def action_rows(menu_bar: QMenuBar | None, extra: list[QAction] = ()) -> list[Key]:
    """Every action with a shortcut in ``menu_bar``'s menus (context "Menu ▸ …"), then those in
    ``extra`` not found there."""
    rows: list[Key] = []
    seen: set[int] = set()

    def add(action: QAction, context: str) -> None:
        keys = shortcut_text(action)
        if keys and id(action) not in seen:
            seen.add(id(action))
            does = plain_text(action.text())
            tip = action.statusTip()
            rows.append(Key(context, keys, f"{does}: {tip}" if tip else does))

    if menu_bar is not None:
        for top in menu_bar.actions():
            menu = top.menu()
            if menu is None:
                continue
            for action in menu.actions():
                if not action.isSeparator():
                    add(action, f"{plain_text(top.text())} menu")
    for action in extra:
        add(action, "Main window")
    return rows


# The view modules that declare keys (``keys.declare``); a test checks this list against the
# source tree, so a new declaring module cannot be missed (and the packaged app, which has no
# sources to search, imports exactly these).
DECLARING_MODULES = (
    "desktop.views.browser.case_browser",
    "desktop.views.guide.guide_window",
    "desktop.views.portfolio.chart_table",
    "desktop.views.portfolio.portfolio_view",
    "desktop.views.sources.library_dialog",
    "desktop.views.wizard.choice_row",
    "desktop.views.wizard.editor",
    "desktop.views.wizard.instruments_page",
    "desktop.views.workshop.workshop_mode",
)


def declaring_modules() -> list[str]:
    return list(DECLARING_MODULES)


def load_declarations() -> None:
    """Import every module that declares keys, so the reference lists keys of parts not opened
    yet (the wizard, the workshop): a module declares its keys when it is imported."""
    import importlib

    for name in declaring_modules():
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 — a module that cannot load declares nothing; the guide still opens
            continue


def reference_rows(menu_bar: QMenuBar | None, extra: list[QAction] = ()) -> list[Key]:
    load_declarations()
    return action_rows(menu_bar, extra) + declared()


def app_rows() -> list[Key]:
    """The reference for this app: the main window's menus (wherever the guide was opened from)."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and hasattr(widget, "act"):
            return reference_rows(widget.menuBar())
    return reference_rows(None)
