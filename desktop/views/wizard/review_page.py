"""Review: the whole case on one page, with what is missing or inconsistent and a link to fix it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser

from ...models.case import Case
from ...models.review import review
from ...models.scales import Step
from ..case_html import case_to_html
from .page_base import WizardPage


def findings_html(case: Case) -> str:
    findings = review(case)
    if not findings:
        return ('<p style="background-color:#e6f4ea; padding:8px; color:#1e5631;"><b>Nothing missing, nothing '
                "inconsistent.</b> The assessment is complete.</p>")
    parts = []
    for kind, title, colour in (("inconsistency", "Inconsistencies", "#8a1c1c"), ("gap", "Still to do", "#5f4a00")):
        items = [f for f in findings if f.kind == kind]
        if not items:
            continue
        rows = "".join(
            f'<li>{escape(f.message)} <a href="step:{f.step.value}">Go to {escape(f.step.label)} →</a></li>'
            for f in items
        )
        parts.append(f'<h3 style="color:{colour}; margin-bottom:2px;">{title} ({len(items)})</h3><ul style="margin-top:2px;">{rows}</ul>')
    return "".join(parts)


def overrides_html(case: Case) -> str:
    if not case.overrides:
        return ""
    rows = "".join(
        f"<li><b>{escape(o.field)}</b>: suggested {escape(o.suggested or '—')}, chosen {escape(o.value or '—')}. "
        f"Reason: “{escape(o.reason)}”</li>"
        for o in case.overrides
    )
    return f'<h3 style="color:#1a3d6d;">Ratings that differ from the suggestion</h3><ul>{rows}</ul>'


class ReviewPage(WizardPage):
    step = None  # not a content step: it has no completeness of its own
    title = "Review"
    intro = "The whole assessment on one page. Fix what is listed, or go back to any step from the left."

    go_to_step = Signal(object)  # a Step to open

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.view = QTextBrowser()
        self.view.setObjectName("reviewView")
        self.view.setOpenLinks(False)
        self.view.setMinimumHeight(240)
        self.view.anchorClicked.connect(self._link)
        self.body.addWidget(self.view, 1)

    def _link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("step:"):
            self.go_to_step.emit(Step(text.removeprefix("step:")))

    def refresh(self, case: Case) -> None:
        scroll = self.view.verticalScrollBar().value()
        self.view.setHtml(findings_html(case) + overrides_html(case) + "<hr>" + case_to_html(case))
        self.view.verticalScrollBar().setValue(scroll)

    def set_read_only(self, read_only: bool) -> None:
        pass  # nothing to edit here
