"""Step 3, ambition: feasibility of the four levels side by side, the level chosen, and the
balance between strategic entanglement and autonomy."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSlider,
    QWidget,
)

from ...models import guide
from ...models.case import Case
from ...models.rules import suggest_all_feasibility, suggest_feasibility
from ...models.scales import Feasibility, Level, Step
from .page_base import WizardPage, heading, help_label, plain_label, separator
from .widgets import ChoiceRow, SuggestionPanel, TextField, keep_room

from .why_not_panel import WhyNotPanel

CHOSEN_FIELD = "ambition.chosen_level"
CARD_EVIDENCE_WIDTH = 140  # the Evidence control's text wraps within a level's narrow card


def feasibility_field(level: Level) -> str:
    return f"ambition.feasibility.{level.value}"


class AmbitionPage(WizardPage):
    step = Step.AMBITION
    title = "Step 3 · Level of ambition"
    intro = (f"How feasible is each level of ambition? {guide.FEASIBILITY_HELP} Each suggestion builds on "
             "the strength and leverage you rated; choose the level Europe should aim for.")

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        # first on the page (the first Tab stop): accepting every suggestion is the common path
        self.accept_all = QPushButton("Use all four suggestions")
        self.accept_all.setObjectName("acceptAll")
        self.accept_all.clicked.connect(self._accept_all)
        row = QHBoxLayout()
        row.addWidget(self.accept_all)
        row.addStretch(1)
        self.body.addLayout(row)
        cards = QGridLayout()  # one grid row per part, so the four columns line up
        cards.setHorizontalSpacing(12)
        cards.setVerticalSpacing(6)
        self.feasibility: dict[Level, ChoiceRow] = {}
        self.suggestions: dict[Level, SuggestionPanel] = {}
        for col, level in enumerate(Level):
            definition, trade_off = guide.LEVELS[level]
            card = QFrame()
            card.setObjectName("levelCard")
            cards.addWidget(card, 0, col, 6, 1)  # the card's background, behind the column
            trade = help_label(f"Trade-off: {trade_off}")
            trade.setObjectName("tradeOff")
            choice = ChoiceRow(list(Feasibility), coloured=True, vertical=True,
                               accessible_name=f"Feasibility of {level.label.lower()}")
            self.mark_provenance(feasibility_field(level), choice)  # reference cases: where it comes from
            choice.chosen.connect(lambda value, lv=level: self.choose_suggested(
                feasibility_field(lv), f"Feasibility of {lv.label.lower()}", value,
                suggest_feasibility(self.controller.case, lv)))
            panel = SuggestionPanel(f"feasibility of {level.label.lower()}", narrow=True)
            panel.setProperty("inCard", True)
            panel.accept_button.setText("Use")
            panel.accept_requested.connect(lambda lv=level: self.accept_suggestion(
                feasibility_field(lv), f"Feasibility of {lv.label.lower()}", suggest_feasibility(self.controller.case, lv)))
            evidence = QWidget()  # the feasibility's evidence, right under it
            evidence_layout = QHBoxLayout(evidence)
            evidence_layout.setContentsMargins(0, 0, 0, 0)
            evidence_layout.addWidget(self.evidence_button(feasibility_field(level), CARD_EVIDENCE_WIDTH, choice))
            evidence_layout.addStretch(1)
            parts = (plain_label(f"{col + 1}. {level.label}", "cardTitle"), help_label(definition), trade, choice,
                     evidence, panel)
            for row, widget in enumerate(parts):
                widget.setContentsMargins(8, 6 if row == 0 else 0, 8, 8 if row == len(parts) - 1 else 0)
                cards.addWidget(widget, row, col, Qt.AlignmentFlag.AlignTop)
            self.feasibility[level] = choice
            self.suggestions[level] = panel
            cards.setColumnStretch(col, 1)
        self.body.addLayout(cards)

        self.body.addWidget(separator())
        self.why_not = WhyNotPanel()  # "why not one level higher"
        self.body.addWidget(self.why_not)

        self.body.addWidget(separator())
        self.body.addWidget(heading("Level chosen"))
        self.body.addWidget(help_label("The level Europe should aim for in this niche (usually a feasible one)."))
        self.chosen = ChoiceRow(list(Level), accessible_name="Level of ambition chosen")
        self.mark_provenance(CHOSEN_FIELD, self.chosen)
        self.chosen.chosen.connect(lambda value: self.user_edit({CHOSEN_FIELD: value}, "Choose level of ambition"))
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen)
        chosen_row.addStretch(1)
        self.body.addLayout(chosen_row)
        evidence_row = QHBoxLayout()  # under the row, as on the Leverage page: the page fits 1024 pixels
        evidence_row.setContentsMargins(2, 0, 0, 0)
        evidence_row.addWidget(self.evidence_button(CHOSEN_FIELD, 300, self.chosen))
        evidence_row.addStretch(1)
        self.body.addLayout(evidence_row)

        self.body.addWidget(separator())
        self.body.addWidget(heading("Strategic entanglement ↔ autonomy"))
        self.body.addWidget(help_label(guide.BALANCE_HELP))
        self.balance = QSlider(Qt.Orientation.Horizontal)
        self.balance.setRange(0, 100)
        self.balance.setSingleStep(5)
        self.balance.setPageStep(10)
        self.balance.setTickInterval(10)
        self.balance.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.balance.setAccessibleName("Balance between strategic entanglement and autonomy")
        self.balance_value = plain_label("", "balanceValue", wrap=False)
        self.clear_balance = QPushButton("Clear")
        self.clear_balance.setAccessibleName("Clear the balance")
        self.clear_balance.clicked.connect(lambda: self.user_edit({"ambition.entanglement_autonomy": None}, "Clear balance"))
        slider_row = QHBoxLayout()
        slider_row.addWidget(plain_label("Entanglement", "pole", wrap=False))
        slider_row.addWidget(self.balance, 1)
        slider_row.addWidget(plain_label("Autonomy", "pole", wrap=False))
        value_row = QHBoxLayout()
        value_row.addWidget(self.balance_value)
        value_row.addWidget(self.mark_provenance("ambition.entanglement_autonomy"))
        value_row.addStretch(1)
        value_row.addWidget(self.clear_balance)
        self.body.addLayout(slider_row)
        self.body.addLayout(value_row)
        self._balance_timer = QTimer(self, singleShot=True, interval=400)
        self._balance_timer.timeout.connect(self._commit_balance)
        self.balance.valueChanged.connect(self._balance_moved)

        self.body.addWidget(separator())
        self.body.addWidget(heading("Rationale"))
        self.rationale = TextField("Why this level? What would it cost Europe, and what would change the assessment?", 4)
        self.rationale.setAccessibleName("Ambition: rationale")
        self.rationale.committed.connect(
            lambda text: self.user_edit({"ambition.rationale": text.strip() or None}, "Edit ambition rationale", True)
        )
        self.body.addWidget(self.rationale)
        self.finish()

    def _accept_all(self) -> None:
        case = self.controller.case
        changes = {}
        overrides = [o.model_dump(mode="json") for o in case.overrides
                     if not o.field.startswith("ambition.feasibility.")]
        for level, suggestion in suggest_all_feasibility(case).items():
            if suggestion.value is not None:
                changes[feasibility_field(level)] = suggestion.value.value
        if changes:
            self.user_edit({**changes, "overrides": overrides}, "Accept suggested feasibility")

    def _balance_moved(self, value: int) -> None:
        if not self._refreshing:
            self._show_balance(value)
            self._balance_timer.start()

    def _commit_balance(self) -> None:
        self.user_edit({"ambition.entanglement_autonomy": self.balance.value()}, "Set entanglement–autonomy balance")

    def flush(self) -> None:
        super().flush()
        if self._balance_timer.isActive():
            self._balance_timer.stop()
            self._commit_balance()

    def _show_balance(self, value: int | None) -> None:
        if value is None:
            self.balance_value.setText("Not set yet: move the slider to place this case between the poles.")
        else:
            self.balance_value.setText(f"{100 - value}% entanglement · {value}% autonomy")

    def refresh(self, case: Case) -> None:
        amb = case.ambition
        suggestions = suggest_all_feasibility(case)
        with self.refreshing():
            for level in Level:
                self.feasibility[level].set_value(amb.feasibility.get(level))
                self.suggestions[level].show_suggestion(
                    suggestions[level], amb.feasibility.get(level),
                    self.controller.override_for(feasibility_field(level)), read_only=self.controller.read_only)
            self.chosen.set_value(amb.chosen_level)
            if not self._balance_timer.isActive():
                self.balance.setValue(50 if amb.entanglement_autonomy is None else amb.entanglement_autonomy)
                self._show_balance(amb.entanglement_autonomy)
            self.clear_balance.setEnabled(amb.entanglement_autonomy is not None and not self.controller.read_only)
            self.rationale.set_text(amb.rationale)
        pending = any(s.value is not None and amb.feasibility.get(lv) != s.value for lv, s in suggestions.items())
        keep_room(self.accept_all, not self.controller.read_only)  # accepting never reflows the page
        self.accept_all.setVisible(pending and not self.controller.read_only)
        self.refresh_evidence(case)
        self.why_not.set_case(case)

    def set_read_only(self, read_only: bool) -> None:
        for choice in [*self.feasibility.values(), self.chosen]:
            choice.set_read_only(read_only)
        self.balance.setEnabled(not read_only)
        self.rationale.set_read_only(read_only)
