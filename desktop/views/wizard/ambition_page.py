"""Step 3, ambition: feasibility of the four levels side by side, the level chosen, and the
balance between strategic entanglement and autonomy."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSlider,
    QWidget,
)

from ...models import guide, language
from ...models.case import Case
from ...models.rules import suggest_all_feasibility, suggest_feasibility
from ...models.scales import Feasibility, Level, Step
from .. import translation
from .page_base import WizardPage, heading, help_label, lower_first, plain_label, separator
from .widgets import ChoiceRow, SuggestionPanel, TextField, breakable, keep_room, said, shown

from .why_not_panel import WhyNotPanel

CHOSEN_FIELD = "ambition.chosen_level"
CARD_EVIDENCE_WIDTH = 140  # the Evidence control's text wraps within a level's narrow card


def feasibility_field(level: Level) -> str:
    return f"ambition.feasibility.{level.value}"


class AmbitionPage(WizardPage):
    step = Step.AMBITION
    title = QT_TRANSLATE_NOOP("WizardPage", "Step 3 · Level of ambition")
    # %1: guide.FEASIBILITY_HELP, in the same language
    intro = QT_TRANSLATE_NOOP("WizardPage", "How feasible is each level of ambition? %1 Each suggestion builds on "
                              "the strength and leverage you rated; choose the level Europe should aim for.")

    def intro_text(self) -> str:
        return QCoreApplication.translate("WizardPage", self.intro).replace("%1", said(guide.FEASIBILITY_HELP))

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        # first on the page (the first Tab stop): accepting every suggestion is the common path
        self.accept_all = QPushButton(self.tr("Use all four suggestions"))
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
            field_label = self._feasibility_label(level)  # "Feasibility of ability to deny"
            card = QFrame()
            card.setObjectName("levelCard")
            cards.addWidget(card, 0, col, 6, 1)  # the card's background, behind the column
            trade = help_label(breakable(self.tr("Trade-off: %1").replace("%1", said(trade_off))))
            trade.setObjectName("tradeOff")
            choice = ChoiceRow(list(Feasibility), coloured=True, vertical=True, accessible_name=field_label)
            self.mark_provenance(feasibility_field(level), choice)  # reference cases: where it comes from
            choice.chosen.connect(lambda value, lv=level, fl=field_label: self.choose_suggested(
                feasibility_field(lv), fl, value, suggest_feasibility(self.controller.case, lv)))
            panel = SuggestionPanel(lower_first(field_label), narrow=True)
            panel.setProperty("inCard", True)
            panel.accept_button.setText(self.tr("Use"))
            panel.accept_requested.connect(lambda lv=level, fl=field_label: self.accept_suggestion(
                feasibility_field(lv), fl, suggest_feasibility(self.controller.case, lv)))
            evidence = QWidget()  # the feasibility's evidence, right under it
            evidence_layout = QHBoxLayout(evidence)
            evidence_layout.setContentsMargins(0, 0, 0, 0)
            evidence_layout.addWidget(self.evidence_button(feasibility_field(level), CARD_EVIDENCE_WIDTH, choice))
            evidence_layout.addStretch(1)
            parts = (plain_label(breakable(f"{col + 1}. {shown(level)}"), "cardTitle"), help_label(breakable(said(definition))),
                     trade, choice,
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
        self.body.addWidget(heading(language.term("term.level_chosen", translation.current())))
        self.body.addWidget(help_label(self.tr("The level Europe should aim for in this niche (usually a feasible one).")))
        self.chosen = ChoiceRow(list(Level), accessible_name=self.tr("Level of ambition chosen"))
        self.mark_provenance(CHOSEN_FIELD, self.chosen)
        choose_text = self.tr("Choose level of ambition")
        self.chosen.chosen.connect(lambda value: self.user_edit({CHOSEN_FIELD: value}, choose_text))
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
        self.body.addWidget(heading(self.tr("Strategic entanglement ↔ autonomy")))
        self.body.addWidget(help_label(said(guide.BALANCE_HELP)))
        self.balance = QSlider(Qt.Orientation.Horizontal)
        self.balance.setRange(0, 100)
        self.balance.setSingleStep(5)
        self.balance.setPageStep(10)
        self.balance.setTickInterval(10)
        self.balance.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.balance.setAccessibleName(self.tr("Balance between strategic entanglement and autonomy"))
        self.balance_value = plain_label("", "balanceValue", wrap=False)
        self.clear_balance = QPushButton(self.tr("Clear"))
        self.clear_balance.setAccessibleName(self.tr("Clear the balance"))
        clear_text = self.tr("Clear balance")
        self.clear_balance.clicked.connect(lambda: self.user_edit({"ambition.entanglement_autonomy": None}, clear_text))
        slider_row = QHBoxLayout()
        slider_row.addWidget(plain_label(self.tr("Entanglement"), "pole", wrap=False))
        slider_row.addWidget(self.balance, 1)
        slider_row.addWidget(plain_label(language.term("term.autonomy", translation.current()), "pole", wrap=False))
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
        self.body.addWidget(heading(language.term("term.rationale", translation.current())))
        self.rationale = TextField(self.tr("Why this level? What would it cost Europe, and what would change the assessment?"), 4)
        self.rationale.setAccessibleName(self.tr("Ambition: rationale"))
        edit_rationale = self.tr("Edit ambition rationale")
        self.rationale.committed.connect(
            lambda text: self.user_edit({"ambition.rationale": text.strip() or None}, edit_rationale, True)
        )
        self.body.addWidget(self.rationale)
        self.finish()

    def _feasibility_label(self, level: Level) -> str:
        """"Feasibility of ability to deny" in the interface's language."""
        return self.tr("Feasibility of %1").replace("%1", lower_first(shown(level)))

    def _accept_all(self) -> None:
        case = self.controller.case
        changes = {}
        overrides = [o.model_dump(mode="json") for o in case.overrides
                     if not o.field.startswith("ambition.feasibility.")]
        for level, suggestion in suggest_all_feasibility(case).items():
            if suggestion.value is not None:
                changes[feasibility_field(level)] = suggestion.value.value
        if changes:
            self.user_edit({**changes, "overrides": overrides}, self.tr("Accept suggested feasibility"))

    def _balance_moved(self, value: int) -> None:
        if not self._refreshing:
            self._show_balance(value)
            self._balance_timer.start()

    def _commit_balance(self) -> None:
        self.user_edit({"ambition.entanglement_autonomy": self.balance.value()}, self.tr("Set entanglement–autonomy balance"))

    def flush(self) -> None:
        super().flush()
        if self._balance_timer.isActive():
            self._balance_timer.stop()
            self._commit_balance()

    def _show_balance(self, value: int | None) -> None:
        if value is None:
            self.balance_value.setText(self.tr("Not set yet: move the slider to place this case between the poles."))
        else:
            self.balance_value.setText(self.tr("%1% entanglement · %2% autonomy")
                                       .replace("%1", str(100 - value)).replace("%2", str(value)))

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
