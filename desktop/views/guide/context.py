"""Which part of the guide F1 opens: the section for the widget in focus.

A widget may name its section with the dynamic property ``guideSection``; otherwise its class
(or a base class) decides, looked up by name so nothing here imports the wizard, the dialogs or
the workshop. The nearest widget with an answer wins, walking up from the focus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

START = "start"

CLASS_SECTIONS = {
    "CaseBrowser": START,
    "BasicsPage": "basics",
    "StrengthPage": "strength",
    "LeveragePage": "leverage",
    "AmbitionPage": "ambition",
    "InstrumentsPage": "instruments",
    "InstrumentDialog": "instruments",
    "ReviewPage": "review",
    "OverrideDialog": "suggestions",
    "WhyNotPanel": "suggestions",
    "SensitivityDialog": "suggestions",
    "ScorecardDialog": "scorecard",
    "PortfolioView": "portfolio",
    "CompareView": "portfolio",
    "AudienceView": "workshop",
    "FacilitatorPanel": "workshop",
}

def _class_section(widget: QWidget) -> str | None:
    for cls in type(widget).__mro__:
        section = CLASS_SECTIONS.get(cls.__name__)
        if section:
            return section
    current_page = getattr(widget, "current_page", None)  # the wizard: the step on show
    if callable(current_page) and type(widget).__name__ == "CaseEditor":
        return _class_section(current_page())
    return None


def section_for(widget: QWidget | None) -> str:
    """The guide section for ``widget`` and its ancestors; "Getting started" when none says."""
    while widget is not None:
        named = widget.property("guideSection")
        if isinstance(named, str) and named:
            return named
        section = _class_section(widget)
        if section:
            return section
        widget = widget.parentWidget()
    return START


def install_help(widget: QWidget, section: str | None = None):
    """F1 in ``widget`` (a dialog or a window of its own, where the main window's F1 does not
    reach) opens the guide at ``section``, or at the section for the focus when None."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QApplication

    from .guide_window import open_guide

    if section:
        widget.setProperty("guideSection", section)
    action = QAction(QCoreApplication.translate("GuideHelp", "Guide"), widget)
    action.setShortcut(QKeySequence("F1"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda: open_guide(section_for(QApplication.focusWidget() or widget), widget.window()))
    widget.addAction(action)
    return action
