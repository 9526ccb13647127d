"""The compact "Evidence" control beside a rating: what stands behind it, in words.

It shows the state as text ("Evidence: 2 sources · confidence high", "No sources", and
"⚠ sources older than 3 years" when the newest source is older than the age the user chose,
3 years by default); the stale state is also
tinted, but the words always say it, so colour is never the only signal. Clicking it asks the page
to open the evidence dialog for its rating. It knows nothing about cases beyond the
``RatingEvidence`` it is shown. Its words are in the interface's language (context
"EvidenceButton"); source titles and dissent are content, shown as written.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from ...models.case import RatingEvidence
from ...models.evidence import source_date
from ...models.language import label
from ..sources.evidence_settings import stale_years
from ..literal import literal_tooltip
from .choice_row import EVIDENCE_KEY
from .tool_words import fill, lang, stale_age

translate = QCoreApplication.translate


def _confidence(evidence: RatingEvidence) -> str:
    """The confidence inside a sentence ("high", « élevée », „Hoch“: German keeps its capital)."""
    code = lang()
    name = label(evidence.confidence, code)
    return name if code == "de" else name.lower()


def stale_text(years: int | None = None) -> str:
    """The button's warning for the chosen age (the setting when ``years`` is None)."""
    return fill(translate("EvidenceButton", "⚠ sources %1"), stale_age(stale_years() if years is None else years))

_STYLE = {
    # (border, background, text); the stale tint is the read-only banner's amber
    "empty": ("#c9d0da", "#ffffff", "#4a4f57"),
    "some": ("#b8c2d0", "#f3f6fa", "#1f2328"),
    "stale": ("#c9a227", "#fff4d6", "#3d2f00"),
}


def evidence_summary(evidence: RatingEvidence | None, stale: bool = False, years: int | None = None) -> list[str]:
    """The state in words, as parts: ``["Evidence: 2 sources", "confidence high", …]``."""
    evidence = evidence or RatingEvidence()
    n = len(evidence.sources)
    if not n:
        parts = [translate("EvidenceButton", "No sources")]
    else:
        parts = [translate("EvidenceButton", "Evidence: 1 source") if n == 1
                 else fill(translate("EvidenceButton", "Evidence: %1 sources"), n)]
    if evidence.confidence is not None:
        parts.append(fill(translate("EvidenceButton", "confidence %1"), _confidence(evidence)))
    if evidence.dissent:
        parts.append(translate("EvidenceButton", "dissent noted"))
    if stale:
        parts.append(stale_text(years))
    return parts


def newest_date_text(evidence: RatingEvidence | None) -> str | None:
    """The newest source's date as written ("2015", "2019-05"), or None when none has a date."""
    dated = [(source_date(s), s) for s in (evidence.sources if evidence else []) if source_date(s) is not None]
    if not dated:
        return None
    newest = max(dated, key=lambda pair: pair[0])[1]
    return newest.date or newest.accessed


def stale_sentence(evidence: RatingEvidence | None, years: int | None = None) -> str:
    age = stale_age(stale_years() if years is None else years)
    return fill(translate("EvidenceButton", "⚠ The newest source dates from %1: %2."), newest_date_text(evidence),
                age)


def evidence_tooltip(label: str, evidence: RatingEvidence | None, stale_since: date | None = None,
                     read_only: bool = False) -> str:
    """The details behind the button, as plain text (callers wrap it with ``literal_tooltip``)."""
    evidence = evidence or RatingEvidence()
    lines = [fill(translate("EvidenceButton", "Evidence for %1"), label)]
    for source in evidence.sources:
        extra = ", ".join(x for x in (source.publisher, source.date) if x)
        lines.append(f"• {source.title}" + (f" ({extra})" if extra else ""))
        if source.reference:  # where in the source (a reference case: the chapter's section)
            lines.append(f"   {source.reference}")
    if not evidence.sources:
        lines.append(translate("EvidenceButton", "No sources cited yet."))
    confidence = _confidence(evidence) if evidence.confidence else translate("EvidenceButton", "not stated")
    lines.append(fill(translate("EvidenceButton", "Confidence: %1"), confidence))
    if evidence.dissent:
        lines.append(fill(translate("EvidenceButton", "Dissent: %1"), evidence.dissent))
    if stale_since is not None:
        lines.append(stale_sentence(evidence))
    lines.append(translate("EvidenceButton", "Click to read it.") if read_only
                 else translate("EvidenceButton", "Click to add sources, confidence or dissent."))
    lines.append(fill(translate("EvidenceButton", "Or press %1 on the rating."), EVIDENCE_KEY))
    return "\n".join(lines)


def wrap_parts(parts: list[str], fits) -> list[str]:
    """Lines of ``parts`` joined by " · " while ``fits(line)``; a part too long alone is broken
    between words."""
    lines: list[str] = []
    for part in parts:
        if lines and fits(f"{lines[-1]} · {part}"):
            lines[-1] = f"{lines[-1]} · {part}"
            continue
        current = ""
        for word in part.split(" "):
            candidate = f"{current} {word}" if current else word
            if current and not fits(candidate):
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines


class EvidenceButton(QPushButton):
    """One rating's evidence state; ``open_requested`` carries the rating's path.

    Not a Tab stop (a dozen on a page would double the presses): the rating it belongs to opens
    it with F4 and says its state; a mouse clicks it."""

    open_requested = Signal(str)

    def __init__(self, path: str, label: str, *, max_text_width: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = path
        self.label = label
        self.max_text_width = max_text_width  # wrap onto several lines beyond this (narrow cards)
        self.state = "empty"
        self.setObjectName("evidenceButton")
        self.setAccessibleName(fill(translate("EvidenceButton", "Evidence for %1"), label))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.summary = ""  # the state in words, for the rating's description
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.clicked.connect(lambda: self.open_requested.emit(self.path))
        self.show_evidence(None)

    def show_evidence(self, evidence: RatingEvidence | None, stale_since: date | None = None,
                      read_only: bool = False) -> None:
        """Show a rating's evidence; ``stale_since`` is the newest source's date when it is
        older than the chosen age (else None)."""
        stale = stale_since is not None
        years = stale_years()
        parts = evidence_summary(evidence, stale, years)
        if self.max_text_width:
            metrics = self.fontMetrics()
            fits = lambda line: metrics.horizontalAdvance(line) <= self.max_text_width
            lines = wrap_parts(parts[:-1] if stale else parts, fits)
            if stale:  # the warning starts its own line, so it is never lost in the middle
                lines += wrap_parts([stale_text(years)], fits)
        else:
            lines = [" · ".join(parts)]
        self.setText("\n".join(lines).replace("&", "&&"))
        details = evidence_tooltip(self.label, evidence, stale_since, read_only)
        self.setToolTip(literal_tooltip(details))
        self.setAccessibleDescription(details)  # plain text: the tooltip's HTML is not read aloud
        self.summary = ", ".join(parts)
        self.state = "stale" if stale else ("some" if evidence is not None and evidence.sources else "empty")
        border, background, text = _STYLE[self.state]
        self.setStyleSheet(
            f"QPushButton#evidenceButton {{ padding: 2px 8px; border: 1px solid {border}; border-radius: 4px;"
            f" background: {background}; color: {text}; text-align: left; }}"
            f" QPushButton#evidenceButton:hover {{ background: #e8eef7; }}"
            f" QPushButton#evidenceButton:disabled {{ color: #8a8f98; background: #f2f3f5; }}"
        )
