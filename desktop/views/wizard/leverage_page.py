"""Step 2, leverage: the factors that turn strength into leverage, then the degree (suggested)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from ...models import guide, language
from ...models.case import Case
from ...models.rules import suggest_leverage
from ...models.scales import (
    DualUseRelevance,
    EffectiveUtilisation,
    ForeignAvailability,
    LeverageDegree,
    MarketEntryBarrier,
    SpilloverDamage,
    Step,
    Substitutability,
)
from .. import translation
from .page_base import WizardPage, heading, help_label, lower_first, plain_label, separator
from .widgets import ChoiceRow, SuggestionPanel, TextField, said, set_check_read_only, shown

SCALES = {
    "substitutability": list(Substitutability),
    "foreign_availability": list(ForeignAvailability),
    "effective_utilisation": list(EffectiveUtilisation),
    "ethical_constraints": [True, False],
    "spillover_damage": list(SpilloverDamage),
    "dual_use_relevance": list(DualUseRelevance),
}
DEGREE_FIELD = "leverage.degree"
EVIDENCE_WIDTH = 330  # an Evidence control's text wraps beyond this, so it never widens the column


class LeveragePage(WizardPage):
    step = Step.LEVERAGE
    title = QT_TRANSLATE_NOOP("WizardPage", "Step 2 · Leverage")
    intro = QT_TRANSLATE_NOOP("WizardPage", "Strength is necessary but not sufficient for leverage. Rate each factor "
                              "that decides how far Europe's strength gives it leverage over China; the degree of "
                              "leverage is then suggested from them.")

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        self.choices: dict[str, ChoiceRow] = {}
        self.barrier_boxes: dict[MarketEntryBarrier, QCheckBox] = {}
        lang = translation.current()
        yes_no = {True: self.tr("Yes"), False: self.tr("No")}
        for row, (name, (_label, explanation)) in enumerate(guide.LEVERAGE_FACTORS.items()):
            label, explanation = language.term(f"term.{name}", lang), said(explanation)  # the glossary's name
            title = QWidget()
            title_layout = QVBoxLayout(title)
            title_layout.setContentsMargins(0, 0, 0, 0)
            title_layout.addWidget(plain_label(label, "fieldLabel"))
            title_layout.addWidget(help_label(explanation))
            title_layout.addStretch(1)
            title.setToolTip(explanation)
            grid.addWidget(title, row, 0)
            if name == "market_entry_barriers":
                barriers = self._barriers()
                barriers.setAccessibleName(label)
                grid.addWidget(self._with_evidence(barriers, f"leverage.{name}"), row, 1)
                continue
            choice = ChoiceRow(SCALES[name], labels=yes_no if name == "ethical_constraints" else None,
                               accessible_name=label)
            choice.setToolTip(explanation)
            text = self.tr("Set %1").replace("%1", lower_first(label))
            choice.chosen.connect(lambda value, n=name, t=text: self.user_edit({f"leverage.{n}": value}, t))
            self.choices[name] = choice
            self.mark_provenance(f"leverage.{name}", choice)  # reference cases: where the value comes from
            grid.addWidget(self._with_evidence(choice, f"leverage.{name}"), row, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 4)
        self.body.addLayout(grid)

        self.body.addWidget(separator())
        self.body.addWidget(heading(self.tr("Degree of European leverage")))
        self.body.addWidget(help_label(said(guide.LEVERAGE_DEGREE_HELP)))
        degree = language.term("term.degree_of_leverage", lang)
        self.degree = ChoiceRow(list(LeverageDegree), coloured=True, accessible_name=degree)
        self.mark_provenance(DEGREE_FIELD, self.degree)
        self.degree.chosen.connect(
            lambda value: self.choose_suggested(DEGREE_FIELD, degree, value, suggest_leverage(self.controller.case))
        )
        degree_row = QHBoxLayout()
        degree_row.addWidget(self._with_evidence(self.degree, DEGREE_FIELD))  # under it: German's longer values fit 1024 pixels
        degree_row.addStretch(1)
        self.body.addLayout(degree_row)
        self.suggestion = SuggestionPanel(lower_first(degree))
        self.suggestion.accept_requested.connect(
            lambda: self.accept_suggestion(DEGREE_FIELD, degree, suggest_leverage(self.controller.case))
        )
        self.body.addWidget(self.suggestion)

        self.body.addWidget(separator())
        self.body.addWidget(heading(self.tr("Rationale and sources")))
        self.rationale = TextField(self.tr("Why these ratings? Name your sources."), 4)
        self.rationale.setAccessibleName(self.tr("Leverage: rationale and sources"))
        edit_rationale = self.tr("Edit leverage rationale")
        self.rationale.committed.connect(
            lambda text: self.user_edit({"leverage.rationale": text.strip() or None}, edit_rationale, True)
        )
        self.body.addWidget(self.rationale)
        self.finish()

    def _with_evidence(self, rating: QWidget, path: str) -> QWidget:
        """A factor's input with its Evidence control right under it."""
        cell = QWidget()
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(rating)
        button_row = QHBoxLayout()
        button_row.setContentsMargins(2, 0, 0, 0)
        button_row.addWidget(self.evidence_button(path, EVIDENCE_WIDTH, rating))
        button_row.addStretch(1)
        layout.addLayout(button_row)
        layout.addStretch(1)  # input and control stay together at the top of a tall row
        return cell

    def _barriers(self) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        column = QVBoxLayout()
        for barrier in MarketEntryBarrier:
            check = QCheckBox(shown(barrier).replace("&", "&&"))
            check.toggled.connect(lambda on, b=barrier: self._barrier(b, on))
            self.barrier_boxes[barrier] = check
            column.addWidget(check)
        layout.addLayout(column)
        layout.addWidget(self.mark_provenance("leverage.market_entry_barriers"), 0, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(1)
        return box

    def _barrier(self, barrier: MarketEntryBarrier, on: bool) -> None:
        current = set(self.controller.case.leverage.market_entry_barriers)
        if on and barrier is MarketEntryBarrier.NONE:
            current = {MarketEntryBarrier.NONE}  # "no substantial barrier" excludes the others
        elif on:
            current = (current - {MarketEntryBarrier.NONE}) | {barrier}
        else:
            current.discard(barrier)
        ordered = [b for b in MarketEntryBarrier if b in current]
        text = self.tr("Tick %1") if on else self.tr("Untick %1")
        self.user_edit({"leverage.market_entry_barriers": ordered}, text.replace("%1", lower_first(shown(barrier))))

    def refresh(self, case: Case) -> None:
        lev = case.leverage
        with self.refreshing():
            for name, choice in self.choices.items():
                choice.set_value(getattr(lev, name))
            for barrier, check in self.barrier_boxes.items():
                check.setChecked(barrier in lev.market_entry_barriers)
            self.degree.set_value(lev.degree)
            self.rationale.set_text(lev.rationale)
        self.suggestion.show_suggestion(suggest_leverage(case), lev.degree, self.controller.override_for(DEGREE_FIELD),
                                        read_only=self.controller.read_only)
        self.refresh_evidence(case)

    def set_read_only(self, read_only: bool) -> None:
        for choice in [*self.choices.values(), self.degree]:
            choice.set_read_only(read_only)
        for check in self.barrier_boxes.values():
            set_check_read_only(check, read_only)
        self.rationale.set_read_only(read_only)
