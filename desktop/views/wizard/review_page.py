"""Review: the whole case on one page, with what is missing or inconsistent and a link to fix it.

In the interface's language: the review's findings are the app's sentences (``localised``), the
steps and ratings the glossary's words; what the user wrote (an override's reason) is shown as
written."""

from __future__ import annotations

from datetime import date
from enum import Enum
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTextBrowser,
)

from ...models.case import Case
from ...models.evidence import (
    DEFAULT_STALE_YEARS,
    MAX_STALE_YEARS,
    MIN_STALE_YEARS,
    RATINGS,
    evidence_for,
    rating_value,
    stale_days,
    stale_ratings,
    unsourced_ratings,
)
from ...models.language import label, localised
from ...models.review import BLOCKING, review
from ...models.scales import Step
from ..browser.summary_html import case_to_html
from ..sources.evidence_settings import set_stale_years, stale_years
from .evidence_button import newest_date_text
from .page_base import WizardPage, rating_label
from .review_links import ReviewLinks
from .tool_words import fill, lang, stale_age
from .why_not_panel import WhyNotPanel

STALE_DAYS = stale_days(DEFAULT_STALE_YEARS)  # the default age; the user chooses another on this page
translate = QCoreApplication.translate
SECTIONS = (("inconsistency", QT_TRANSLATE_NOOP("ReviewPage", "Inconsistencies"), "#8a1c1c"),
            ("gap", QT_TRANSLATE_NOOP("ReviewPage", "Still to do"), "#5f4a00"),
            ("optional", QT_TRANSLATE_NOOP("ReviewPage", "Advised, not required"), "#4a4f57"),
            ("advice", QT_TRANSLATE_NOOP("ReviewPage", "Worth considering"), "#1a3d6d"))


def _rating(path: str) -> str:
    return rating_label(path) if path in RATINGS else path


def _go_to(step: Step) -> str:
    return escape(fill(translate("ReviewPage", "Go to %1 →"), label(step, lang())))


def findings_html(case: Case, findings: list | None = None) -> str:
    findings = review(case) if findings is None else findings
    parts = []
    if not [f for f in findings if f.kind in BLOCKING]:  # what is advised never blocks completeness
        parts.append('<p style="background-color:#e6f4ea; padding:8px; color:#1e5631;">'
                     + translate("ReviewPage", "<b>Nothing missing, nothing inconsistent.</b> The assessment is complete.")
                     + "</p>")
    for kind, title, colour in SECTIONS:
        items = [f for f in findings if f.kind == kind]
        if not items:
            continue
        rows = "".join(
            f'<li>{escape(localised(f.message, lang()))} <a href="step:{f.step.value}">{_go_to(f.step)}</a></li>'
            for f in items
        )
        heading = escape(translate("ReviewPage", title))
        parts.append(f'<h3 style="color:{colour}; margin-bottom:2px;">{heading} '
                     f'({len(items)})</h3><ul style="margin-top:2px;">{rows}</ul>')
    return "".join(parts)


def _step_of(path: str) -> Step | None:
    """The wizard step that holds a rating path ("leverage.degree" → Leverage)."""
    try:
        return Step(path.split(".", 1)[0])
    except ValueError:
        return None


def _step_name(prefix: str) -> str:
    step = _step_of(prefix)
    return label(step, lang()) if step else prefix


def _step_link(path: str) -> str:
    step = _step_of(path)
    return f' <a href="step:{step.value}">{_go_to(step)}</a>' if step else ""


def _stale_line(case: Case, path: str, newest: date) -> str:
    """"Substitutability: newest source 2015." in the interface's language."""
    return fill(translate("ReviewPage", "%1: newest source %2."), _rating(path), _newest_source_text(case, path, newest))


def _unsourced_line(step_name: str, names: list[str]) -> str:
    return fill(translate("ReviewPage", "%1: %2."), step_name, ", ".join(names))


def _newest_source_text(case: Case, path: str, newest: date) -> str:
    """The newest source's date as it was written ("2019", "2019-05"), not the end of its period."""
    return newest_date_text(evidence_for(case, path)) or newest.isoformat()


def evidence_lists(case: Case, today: date | None = None, years: int | None = None) -> tuple[list, list]:
    """(stale, unsourced): ratings whose newest source is older than ``years`` (the user's setting
    when None) and rated ratings without any source; none for a reference case (it rests on the
    report itself). Read once per refresh, for the text and for the Go to buttons alike."""
    if case.is_reference:
        return [], []
    years = stale_years() if years is None else years
    return stale_ratings(case, stale_days(years), today or date.today()), unsourced_ratings(case)


def evidence_html(case: Case, today: date | None = None, years: int | None = None,
                  lists: tuple[list, list] | None = None) -> str:
    """The ``evidence_lists`` as text, each with a link to its step."""
    years = stale_years() if years is None else years
    stale, unsourced = evidence_lists(case, today, years) if lists is None else lists
    if not stale and not unsourced:
        return ""
    groups = []
    if stale:
        rows = "".join(f"<li>{escape(_stale_line(case, path, newest))}{_step_link(path)}</li>" for path, newest in stale)
        title = fill(translate("ReviewPage", "Sources %1 (%2)"), stale_age(years), len(stale))
        groups.append(f'<p style="margin-bottom:0;"><b>{escape(title)}</b></p><ul style="margin-top:2px;">{rows}</ul>')
    if unsourced:  # one line per step, so a fresh draft's many ratings stay short to read
        by_step: dict[str, list[str]] = {}
        for path in unsourced:
            by_step.setdefault(path.split(".", 1)[0], []).append(path)
        rows = "".join(
            f"<li>{escape(_unsourced_line(_step_name(prefix), [_rating(p) for p in paths]))}{_step_link(paths[0])}</li>"
            for prefix, paths in by_step.items()
        )
        title = fill(translate("ReviewPage", "Ratings without any source (%1)"), len(unsourced))
        groups.append(f'<p style="margin-bottom:0;"><b>{escape(title)}</b></p><ul style="margin-top:2px;">{rows}</ul>')
    heading = escape(translate("ReviewPage", "Evidence to check"))
    return (f'<h3 style="color:#5f4a00; margin-bottom:2px;">{heading}</h3>'
            '<p style="color:#4a4f57; margin-top:0;">'
            + escape(translate("ReviewPage", "Add or update sources with the Evidence button next to each rating."))
            + "</p>" + "".join(groups))


def listed_by_step(case: Case, today: date | None = None, years: int | None = None, findings: list | None = None,
                   lists: tuple[list, list] | None = None) -> dict[Step, list[tuple[str, str]]]:
    """What the review lists, as plain (kind, message) pairs per step: the findings, then the
    evidence to check (as ``evidence_html`` lists it)."""
    items: dict[Step, list[tuple[str, str]]] = {}
    for finding in review(case) if findings is None else findings:
        items.setdefault(finding.step, []).append((finding.kind, localised(finding.message, lang())))
    stale, unsourced_paths = evidence_lists(case, today, years) if lists is None else lists
    for path, newest in stale:
        if (step := _step_of(path)) is not None:
            items.setdefault(step, []).append(("evidence", _stale_line(case, path, newest)))
    unsourced: dict[Step, list[str]] = {}
    for path in unsourced_paths:
        if (step := _step_of(path)) is not None:
            unsourced.setdefault(step, []).append(_rating(path))
    for step, names in unsourced.items():
        items.setdefault(step, []).append(("evidence", _unsourced_line(translate("ReviewPage", "Ratings without any source"),
                                                                       names)))
    return items


def _value_word(case: Case, field: str, token: str | None) -> str:
    """An override's stored token as a word of the interface's language (the token in English,
    as the review has always shown it, and wherever the rating's scale is not known)."""
    if token is None:
        return "—"
    if lang() == "en":
        return token
    try:
        current = rating_value(case, field)
        return label(type(current)(token), lang()) if isinstance(current, Enum) else token
    except (KeyError, ValueError, AttributeError):
        return token


def overrides_html(case: Case) -> str:
    if not case.overrides:
        return ""
    rows = "".join(
        "<li>" + fill(escape(translate("ReviewPage", "%1: suggested %2, chosen %3. Reason: “%4”")),
                      f"<b>{escape(o.field if lang() == 'en' else _rating(o.field))}</b>",
                      escape(_value_word(case, o.field, o.suggested)), escape(_value_word(case, o.field, o.value)),
                      escape(o.reason)) + "</li>"
        for o in case.overrides
    )
    title = escape(translate("ReviewPage", "Ratings that differ from the suggestion"))
    return f'<h3 style="color:#1a3d6d;">{title}</h3><ul>{rows}</ul>'


class ReviewPage(WizardPage):
    step = None  # not a content step: it has no completeness of its own
    title = QT_TRANSLATE_NOOP("WizardPage", "Review")
    intro = QT_TRANSLATE_NOOP("WizardPage",
                              "The whole assessment on one page. Fix what is listed, or go back to any step from the left.")

    go_to_step = Signal(object)  # a Step to open

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.view = QTextBrowser()
        self.view.setObjectName("reviewView")
        self.view.setOpenLinks(False)
        # one Tab stop: the "Go to" buttons above are the keyboard's links (Tab would otherwise
        # stop on each link in the text as well); the text stays readable with a caret
        self.view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.view.setMinimumHeight(200)
        self.view.anchorClicked.connect(self._link)
        self.view.setAccessibleName(self.tr("Review of the whole case"))
        self.links = ReviewLinks()
        self.links.go_to_step.connect(self.go_to_step)
        # how old a newest source may be before its rating is listed (and flagged on every step)
        self._case: Case | None = None
        self.stale_spin = QSpinBox()
        self.stale_spin.setObjectName("staleYearsSpin")
        self.stale_spin.setRange(MIN_STALE_YEARS, MAX_STALE_YEARS)
        self.stale_spin.setValue(stale_years())
        self.stale_spin.setAccessibleName(self.tr("Flag sources older than this many years"))
        self.stale_spin.valueChanged.connect(self._stale_years_changed)
        stale_label = QLabel(self.tr("Flag sources older than"))
        stale_label.setBuddy(self.stale_spin)
        self.stale_unit = QLabel()
        self._show_stale_unit(self.stale_spin.value())
        stale_row = QHBoxLayout()
        stale_row.setSpacing(6)
        stale_row.addWidget(stale_label)
        stale_row.addWidget(self.stale_spin)
        stale_row.addWidget(self.stale_unit)
        stale_row.addStretch(1)
        self.body.addLayout(stale_row)
        self.body.addWidget(self.links)
        # why not one level higher: below the checks, always in sight, one line per level
        self.why_not = WhyNotPanel()
        self.why_not.setContentsMargins(0, 0, 8, 4)
        self.why_not_area = QScrollArea()
        self.why_not_area.setObjectName("whyNotArea")
        self.why_not_area.setWidgetResizable(True)
        self.why_not_area.setFrameShape(QFrame.Shape.NoFrame)
        self.why_not_area.setWidget(self.why_not)
        self.why_not_area.setMinimumHeight(90)
        self.why_not_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its level lines are the stops; it scrolls to them
        self.why_not_area.viewport().setObjectName("whyNotViewport")
        self.why_not_area.setStyleSheet("QWidget#whyNotViewport, QFrame#whyNotPanel { background: #ffffff; } "
                                        "QScrollArea#whyNotArea { border-top: 1px solid #d9dde3; }")
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.why_not_area)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.splitterMoved.connect(self._user_sized)
        self.why_not.entry_toggled.connect(self._entry_toggled)
        self._panel_sized = False  # until the user drags the handle, the panel gets what it needs
        self.body.addWidget(self.splitter, 1)

    def _link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("step:"):
            self.go_to_step.emit(Step(text.removeprefix("step:")))

    def _show_stale_unit(self, years: int) -> None:
        self.stale_unit.setText(self.tr("year") if years == 1 else self.tr("years"))

    def _stale_years_changed(self, years: int) -> None:
        """Save the chosen age and show the list for it; the other steps' Evidence buttons
        follow when they are next shown (every page refreshes when it is opened)."""
        set_stale_years(years)
        self._show_stale_unit(years)
        if self._case is not None:
            self.refresh(self._case)

    def refresh(self, case: Case) -> None:
        self._case = case
        if self.stale_spin.value() != stale_years():
            with QSignalBlocker(self.stale_spin):
                self.stale_spin.setValue(stale_years())
            self._show_stale_unit(self.stale_spin.value())
        scroll = self.view.verticalScrollBar().value()
        findings, lists = review(case), evidence_lists(case)  # once: the text and the buttons share them
        self.view.setHtml(findings_html(case, findings) + evidence_html(case, lists=lists) + overrides_html(case)
                          + "<hr>" + case_to_html(case))
        self.view.verticalScrollBar().setValue(scroll)
        listed = listed_by_step(case, findings=findings, lists=lists)
        self.links.set_items(listed)
        self.view.setAccessibleDescription(
            self.tr("What is missing or inconsistent, the evidence to check, then the whole assessment. The Go to "
                    "buttons above it open the steps with something listed.") if listed else
            self.tr("What is missing or inconsistent, the evidence to check, then the whole assessment."))
        self.why_not.set_case(case)
        if not self._panel_sized:
            QTimer.singleShot(0, self, self._fit_panel)  # once laid out (never after the page is gone)

    def _entry_toggled(self, entry) -> None:
        """An opened level gets room (up to the limit) and comes into view."""
        def show() -> None:
            self._fit_panel()
            self.why_not_area.ensureWidgetVisible(entry, 0, 0)
        QTimer.singleShot(0, self, show)

    def _user_sized(self, *_args) -> None:
        self._panel_sized = True

    def _fit_panel(self) -> None:
        """The closed panel in full, but never more than 45 % of the height."""
        total = sum(self.splitter.sizes())
        if self._panel_sized or total <= 0:
            return
        width = self.why_not_area.viewport().width()
        want = min(self.why_not.layout().totalHeightForWidth(width) + 8, int(total * 0.45))
        self.splitter.setSizes([total - want, want])

    def set_read_only(self, read_only: bool) -> None:
        pass  # nothing to edit here
