"""Basics: what the niche is, why China depends on Europe in it, and who assesses it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGridLayout, QLabel, QWidget

from ...models.case import Case
from ...models.scales import Actor, Step
from .page_base import WizardPage, help_label
from .widgets import LineField, TextField, set_check_read_only, shown


class BasicsPage(WizardPage):
    step = Step.BASICS
    title = QT_TRANSLATE_NOOP("WizardPage", "Basics")
    intro = QT_TRANSLATE_NOOP("WizardPage", "Name the technology niche and say, in a few sentences, what it is and how "
                              "China depends, or could come to depend, on Europe in it.")

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.title_field = LineField(self.tr("e.g. Lithography for semiconductor front-end production"))
        self.area_field = LineField(self.tr("e.g. Semiconductors"), max_length=200)
        self.summary_field = TextField(self.tr("What the niche is and where Europe's edge lies"), min_lines=4)
        self.dependency_field = TextField(self.tr("What China cannot get elsewhere, and from whom it buys"), min_lines=3)
        self.facts_field = TextField(self.tr("One fact per line: market shares, figures, key firms"), min_lines=4)
        self.author_field = LineField(self.tr("Your name"), max_length=200)
        self.organisation_field = LineField(self.tr("Ministry, unit or organisation"), max_length=200)
        # who should act: any subset, one undoable edit per toggle (exchange format version 3)
        self.actors_row = QWidget()
        self.actors_row.setObjectName("actorsRow")
        self.actors_row.setAccessibleName(self.tr("Who should act"))
        actors_layout = QGridLayout(self.actors_row)  # three a row: German names do not fit five in one at 1024
        actors_layout.setContentsMargins(0, 0, 0, 0)
        actors_layout.setHorizontalSpacing(16)
        self.actor_boxes: dict[Actor, QCheckBox] = {}
        for actor in Actor:
            box = QCheckBox(shown(actor))
            box.setAccessibleName(self.tr("Who should act: %1").replace("%1", shown(actor)))
            box.toggled.connect(lambda on, a=actor: self._actor(a, on))
            actors_layout.addWidget(box, len(self.actor_boxes) // 3, len(self.actor_boxes) % 3)
            self.actor_boxes[actor] = box
        actors_layout.setColumnStretch(3, 1)
        for field, name in ((self.title_field, self.tr("Title")), (self.area_field, self.tr("Technology area")),
                            (self.summary_field, self.tr("Summary")), (self.dependency_field, self.tr("China's dependency")),
                            (self.facts_field, self.tr("Key facts")), (self.author_field, self.tr("Assessed by")),
                            (self.organisation_field, self.tr("Organisation"))):
            field.setAccessibleName(name)  # as the form's labels say it
        actors_label = QLabel(self.tr("&Who should act:"))
        actors_label.setBuddy(self.actor_boxes[Actor.EU])

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Title:"), self.title_field)
        form.addRow(self.tr("Technology &area:"), self.area_field)
        form.addRow(self.tr("&Summary:"), self.summary_field)
        form.addRow(self.tr("&China's dependency:"), self.dependency_field)
        form.addRow(self.tr("&Key facts:"), self.facts_field)
        form.addRow(actors_label, self.actors_row)
        form.addRow(self.tr("Assessed &by:"), self.author_field)
        form.addRow(self.tr("&Organisation:"), self.organisation_field)
        self.body.addLayout(form)
        chain = [self.facts_field, *self.actor_boxes.values(), self.author_field]  # Tab follows the form
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self.body.addWidget(help_label(self.tr("Everything is saved as you type. The title cannot be empty.")))
        self.finish()

        self.title_field.committed.connect(self._title)
        self._bind(self.area_field, "technology_area", self.tr("Edit technology area"))
        self._bind(self.summary_field, "summary", self.tr("Edit summary"), mergeable=True)
        self._bind(self.dependency_field, "china_dependency", self.tr("Edit China's dependency"), mergeable=True)
        edit_facts = self.tr("Edit key facts")
        self.facts_field.committed.connect(
            lambda text: self.user_edit({"key_facts": [line.strip() for line in text.splitlines() if line.strip()]},
                                        edit_facts, mergeable=True)
        )
        self._bind(self.author_field, "author", self.tr("Edit author"))
        self._bind(self.organisation_field, "organisation", self.tr("Edit organisation"))

    def _bind(self, field, path: str, text: str, mergeable: bool = False) -> None:
        field.committed.connect(lambda value: self.user_edit({path: value.strip() or None}, text, mergeable))

    def _actor(self, actor: Actor, on: bool) -> None:
        actors = [a for a in self.controller.case.actors if a is not actor]
        if on:
            actors = [a for a in Actor if a in actors or a is actor]
        text = self.tr("Tick who should act: %1") if on else self.tr("Untick who should act: %1")
        self.user_edit({"actors": actors}, text.replace("%1", shown(actor)))

    def _title(self, text: str) -> None:
        if text.strip():
            self.user_edit({"title": text.strip()}, self.tr("Rename case"))
        else:
            self.title_field.set_text(self.controller.case.title)  # a case always has a title

    def refresh(self, case: Case) -> None:
        with self.refreshing():
            self.title_field.set_text(case.title)
            self.area_field.set_text(case.technology_area)
            self.summary_field.set_text(case.summary)
            self.dependency_field.set_text(case.china_dependency)
            current_facts = [line.strip() for line in self.facts_field.toPlainText().splitlines() if line.strip()]
            if current_facts != case.key_facts:
                self.facts_field.set_text("\n".join(case.key_facts))
            self.author_field.set_text(case.author)
            self.organisation_field.set_text(case.organisation)
            for actor, box in self.actor_boxes.items():
                box.setChecked(actor in case.actors)

    def set_read_only(self, read_only: bool) -> None:
        for field in (self.title_field, self.area_field, self.summary_field, self.dependency_field,
                      self.facts_field, self.author_field, self.organisation_field):
            field.set_read_only(read_only)
        for box in self.actor_boxes.values():
            set_check_read_only(box, read_only)
