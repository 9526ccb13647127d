"""The keyboard reference's rows, made when the guide opens from what the app really binds: the
main window's menus (each action's text and shortcuts) and ``keys.declared()`` (keys handled
by widgets), so it never goes stale.

In the interface's language: the actions' texts are their menus' (translated where the menus
are made), the reference's own words are translated here, and a declared key's three texts are
looked up in the ``"Keys"`` context (``KEYS_CONTEXT``): a module that declares keys marks them
with ``QT_TRANSLATE_NOOP("Keys", "…")``, so they reach its package's translations; a text not
marked stays as declared."""

from __future__ import annotations

from functools import reduce
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from ..keys import Key, declared

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenuBar

KEYS_CONTEXT = "Keys"


def plain_text(text: str) -> str:
    """A menu text without its mnemonic marks ("&&" stays one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_text(action: QAction) -> str:
    """The action's shortcuts as the keyboard shows them ("Ctrl+Z or Ctrl+Y"; "Strg+Z oder …")."""
    native = QKeySequence.SequenceFormat.NativeText
    keys = [s.toString(native) for s in action.shortcuts() if not s.isEmpty()]

    def either(first: str, then: str) -> str:
        return QCoreApplication.translate("Keyboard", "%1 or %2").replace("%1", first).replace("%2", then)

    return reduce(either, keys) if keys else ""


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
            if tip:  # the action's name, then what it does
                does = QCoreApplication.translate("Keyboard", "%1: %2").replace("%1", does).replace("%2", tip)
            rows.append(Key(context, keys, does))

    if menu_bar is not None:
        for top in menu_bar.actions():
            menu = top.menu()
            if menu is None:
                continue
            for action in menu.actions():
                if not action.isSeparator():
                    menu_name = plain_text(top.text())
                    add(action, QCoreApplication.translate("Keyboard", "%1 menu").replace("%1", menu_name))
    for action in extra:
        add(action, QCoreApplication.translate("Keyboard", "Main window"))
    return rows


def translated(key: Key) -> Key:
    """A declared key in the interface's language (as declared where no translation is loaded)."""
    return Key(*(QCoreApplication.translate(KEYS_CONTEXT, text) for text in key))


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
    return action_rows(menu_bar, extra) + [translated(key) for key in declared()]


def app_rows() -> list[Key]:
    """The reference for this app: the main window's menus (wherever the guide was opened from)."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and hasattr(widget, "act"):
            return reference_rows(widget.menuBar())
    return reference_rows(None)
