"""Step 1, technological strength: the three pillars, the types of strength, and why."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QVBoxLayout, QWidget

from ...models import guide
from ...models.case import Case
from ...models.scales import Likelihood, Pillar, Stance, Step, StrengthType
from .page_base import WizardPage, heading, help_label, plain_label, separator
from .widgets import ChoiceRow, TextField, said, set_check_read_only, shown

EVIDENCE_WIDTH = 260  # an Evidence control's text wraps beyond this, so it never widens the column


def likelihood_field(pillar: Pillar) -> str:
    return f"strength.pillars.{pillar.value}.likelihood"


class StrengthPage(WizardPage):
    step = Step.STRENGTH
    title = QT_TRANSLATE_NOOP("WizardPage", "Step 1 · Technological strength")
    intro = QT_TRANSLATE_NOOP("WizardPage", "Which pillars carry Europe's edge over China in this niche, should Europe "
                              "maintain it or regain / develop it, and how likely is Europe to hold the edge in 10 years?")

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        grid = QGridLayout()  # per pillar: its name and meaning, then its three ratings below
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        for col, text in enumerate((self.tr("Source of strength?"), self.tr("Stance"),
                                    self.tr("Likelihood of an edge in 10 years"))):
            grid.addWidget(plain_label(text, "columnHeading"), 0, col)
        presence_labels = {True: self.tr("Yes"), False: self.tr("No")}
        self.presence: dict[Pillar, ChoiceRow] = {}
        self.stance: dict[Pillar, ChoiceRow] = {}
        self.likelihood: dict[Pillar, ChoiceRow] = {}
        for n, pillar in enumerate(Pillar):
            name = QWidget()
            name_layout = QVBoxLayout(name)
            name_layout.setContentsMargins(0, 10, 0, 0)
            name_layout.setSpacing(0)
            name_layout.addWidget(plain_label(shown(pillar), "fieldLabel"))
            name_layout.addWidget(help_label(said(guide.PILLARS[pillar])))
            grid.addWidget(name, 1 + 3 * n, 0, 1, 3)
            self.presence[pillar] = ChoiceRow([True, False], labels=presence_labels,
                                              accessible_name=self.tr("%1: source of strength").replace("%1", shown(pillar)))
            self.stance[pillar] = ChoiceRow(list(Stance), accessible_name=self.tr("%1: stance").replace("%1", shown(pillar)))
            self.likelihood[pillar] = ChoiceRow(list(Likelihood), coloured=True,
                                                accessible_name=self.tr("%1: likelihood").replace("%1", shown(pillar)))
            self.mark_provenance(likelihood_field(pillar), self.likelihood[pillar])  # reference cases
            for col, row_widget in enumerate((self.presence[pillar], self.stance[pillar], self.likelihood[pillar])):
                grid.addWidget(row_widget, 2 + 3 * n, col)
            # the likelihood's evidence, right under it
            grid.addWidget(self.evidence_button(likelihood_field(pillar), EVIDENCE_WIDTH, self.likelihood[pillar]),
                           3 + 3 * n, 2, Qt.AlignmentFlag.AlignLeft)
            self.presence[pillar].chosen.connect(lambda v, p=pillar: self._presence(p, v))
            self.stance[pillar].chosen.connect(lambda v, p=pillar: self._pillar_field(p, "stance", v))
            self.likelihood[pillar].chosen.connect(lambda v, p=pillar: self._pillar_field(p, "likelihood", v))
        grid.setColumnStretch(3, 1)
        self.body.addLayout(grid)
        self.body.addWidget(help_label(f"{said(guide.STANCE_HELP)} {said(guide.LIKELIHOOD_HELP)}"))

        self.body.addWidget(separator())
        self.body.addWidget(heading(self.tr("Types of strength")))
        self.body.addWidget(help_label(self.tr("Tick every type that describes Europe's edge.")))
        self.body.addWidget(self.mark_provenance("strength.types"))  # shown for reference cases only
        types_grid = QGridLayout()
        types_grid.setHorizontalSpacing(24)
        self.type_boxes: dict[StrengthType, QCheckBox] = {}
        for n, strength_type in enumerate(StrengthType):
            box = QCheckBox(shown(strength_type).replace("&", "&&"))
            box.setToolTip(said(guide.STRENGTH_TYPES[strength_type]))
            box.toggled.connect(lambda on, t=strength_type: self._type(t, on))
            self.type_boxes[strength_type] = box
            cell = QVBoxLayout()
            cell.setSpacing(0)
            cell.addWidget(box)
            hint = help_label(said(guide.STRENGTH_TYPES[strength_type]))
            hint.setContentsMargins(24, 0, 0, 4)
            cell.addWidget(hint)
            types_grid.addLayout(cell, n // 2, n % 2)
        self.body.addLayout(types_grid)

        self.body.addWidget(separator())
        self.body.addWidget(heading(self.tr("Rationale and sources")))
        self.rationale = TextField(self.tr("Why these ratings? Name your sources (studies, market data, interviews)."), 4)
        self.rationale.setAccessibleName(self.tr("Strength: rationale and sources"))
        edit_rationale = self.tr("Edit strength rationale")
        self.rationale.committed.connect(
            lambda text: self.user_edit({"strength.rationale": text.strip() or None}, edit_rationale, True)
        )
        self.body.addWidget(self.rationale)
        self.finish()

    def _presence(self, pillar: Pillar, present: bool | None) -> None:
        base = f"strength.pillars.{pillar.value}"
        changes: dict = {f"{base}.present": present}
        if present is not True:  # a pillar that is no source of strength has no stance or likelihood
            changes.update({f"{base}.stance": None, f"{base}.likelihood": None})
        self.user_edit(changes, self.tr("Set %1: source of strength").replace("%1", shown(pillar)))

    def _pillar_field(self, pillar: Pillar, name: str, value) -> None:
        base = f"strength.pillars.{pillar.value}"
        changes = {f"{base}.{name}": value}
        if value is not None:
            changes[f"{base}.present"] = True  # rating a pillar says it is a source of strength
        text = self.tr("Set %1: stance") if name == "stance" else self.tr("Set %1: likelihood")
        self.user_edit(changes, text.replace("%1", shown(pillar)))

    def _type(self, strength_type: StrengthType, on: bool) -> None:
        types = [t for t in self.controller.case.strength.types if t is not strength_type]
        if on:
            types = [t for t in StrengthType if t in types or t is strength_type]
        text = self.tr("Tick %1") if on else self.tr("Untick %1")
        self.user_edit({"strength.types": types}, text.replace("%1", shown(strength_type)))

    def refresh(self, case: Case) -> None:
        with self.refreshing():
            for pillar in Pillar:
                p = case.strength.pillar(pillar)
                self.presence[pillar].set_value(p.present)
                self.stance[pillar].set_value(p.stance)
                self.likelihood[pillar].set_value(p.likelihood)
                not_present = p.present is False
                self.stance[pillar].setEnabled(not not_present)
                self.likelihood[pillar].setEnabled(not not_present)
            for strength_type, box in self.type_boxes.items():
                box.setChecked(strength_type in case.strength.types)
            self.rationale.set_text(case.strength.rationale)
        self.refresh_evidence(case)
        for pillar in Pillar:  # a pillar that is no source of strength has no likelihood to back
            path = likelihood_field(pillar)
            self.evidence_buttons[path].setEnabled(case.strength.pillar(pillar).present is not False
                                                   or path in case.evidence)
            self._describe_evidence(path, self.evidence_buttons[path])

    def set_read_only(self, read_only: bool) -> None:
        for rows in (self.presence, self.stance, self.likelihood):
            for row in rows.values():
                row.set_read_only(read_only)
        for box in self.type_boxes.values():
            set_check_read_only(box, read_only)
        self.rationale.set_read_only(read_only)
