"""What changed in a case between two states (a snapshot and now, or two snapshots), and why.

Plain Python, no Qt: the GUI, ``rdw diff`` and exports read the same ``CaseDiff``. Rows are
computed from the two cases' exchange data, field by field in the wizard's order, plus the
evidence behind each rating; only changed fields are listed. Each row carries the reasons on
record: the override reasons the newer state keeps for that field, and the history entries for it
after the older state's ``history_mark``. History values are read through the same field table as
the cases, so an entry that set a whole section (``instruments``, ``evidence``) is shown under the
rows it changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from .case import EVIDENCE_RATINGS, Case
from .edits import dotted_value
from .evidence import RATINGS
from .exchange import case_to_data
from .storage.records import HistoryEntry
from .scales import (
    PPP,
    Actor,
    Confidence,
    DualUseRelevance,
    EffectiveUtilisation,
    Feasibility,
    ForeignAvailability,
    Level,
    LeverageDegree,
    Likelihood,
    MarketEntryBarrier,
    Pillar,
    Scale,
    SpilloverDamage,
    Stance,
    StrengthType,
    Substitutability,
)

DASH = "—"
EVIDENCE = ("evidence", "Evidence")
STEPS = (("basics", "Basics"), ("strength", "Strength"), ("leverage", "Leverage"), ("ambition", "Ambition"),
         ("instruments", "Instruments"), EVIDENCE)


@dataclass(frozen=True)
class DiffRow:
    path: str
    label: str
    old: str
    new: str
    notes: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"path": self.path, "label": self.label, "old": self.old, "new": self.new, "notes": list(self.notes)}


@dataclass(frozen=True)
class DiffSection:
    step: str  # token: basics, strength, leverage, ambition, instruments, evidence
    title: str
    rows: list[DiffRow]


@dataclass(frozen=True)
class CaseDiff:
    title: str
    from_label: str
    to_label: str
    sections: list[DiffSection]  # only steps with changes, in the wizard's order

    @property
    def empty(self) -> bool:
        return not self.sections

    @property
    def rows(self) -> list[DiffRow]:
        return [r for s in self.sections for r in s.rows]

    def as_json(self) -> dict:
        return {"from": self.from_label, "to": self.to_label,
                "sections": [{"step": s.step, "title": s.title, "rows": [r.as_json() for r in s.rows]}
                             for s in self.sections]}

    def text(self) -> str:
        """Readable, grouped by step; long texts shortened to one line."""
        head = f"{_line(self.title)}: changes from {_line(self.from_label)} to {_line(self.to_label)}"
        if self.empty:
            return f"{head}\nNo changes."
        n = len(self.rows)
        out = [head, f"{n} change{'s' if n != 1 else ''} in {len(self.sections)} "
                     f"step{'s' if len(self.sections) != 1 else ''}"]
        for section in self.sections:
            out += ["", section.title]
            for row in section.rows:
                out.append(f"  {row.label}: {_short(row.old)} → {_short(row.new)}")
                out += [f"    · {_short(note, 160)}" for note in row.notes]
        return "\n".join(out)


def _line(text: str) -> str:
    return " ".join(str(text).split())


def _short(text: str, limit: int = 100) -> str:
    text = _line(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- rendering values (JSON tokens) as people read them ---------------------------------------------
Render = Callable[[Any, bool], str]  # (value, for a note: lower-case labels) -> text


def _text(value: Any, _note: bool = False) -> str:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else DASH


def _lines(value: Any, _note: bool = False) -> str:
    kept = [" ".join(v.split()) for v in value or [] if isinstance(v, str) and v.strip()]
    return "; ".join(kept) or DASH


def _scale(scale: type[Scale]) -> Render:
    def render(value: Any, note: bool = False) -> str:
        if value is None:
            return DASH
        try:
            label = scale(value).label
        except ValueError:
            return str(value)
        return label.lower() if note else label
    return render


def _scales(scale: type[Scale]) -> Render:
    def render(value: Any, note: bool = False) -> str:
        ticked = set(value or [])
        labels = [m.label for m in scale if m.value in ticked]  # order of ticking carries no meaning
        return ", ".join(labels) or DASH
    return render


def _yes_no(value: Any, _note: bool = False) -> str:
    return DASH if value is None else ("Yes" if value else "No")


def _balance(value: Any, _note: bool = False) -> str:
    return DASH if value is None else f"{100 - value}% entanglement · {value}% autonomy"


def _instruments(value: Any, _note: bool = False) -> str:
    items = [f"[{_scale(PPP)(i.get('ppp'))}] {_text(i.get('text'))}" for i in value or []]
    return "; ".join(items) or DASH


def _sources(value: Any, _note: bool = False) -> str:
    out = []
    for s in value or []:
        extra = ", ".join(x for x in (s.get("publisher"), s.get("date")) if x)
        out.append(_text(s.get("title")) + (f" ({extra})" if extra else ""))
    return "; ".join(out) or DASH


# -- the field table: (step, path, label, render) in the wizard's order --------------------------------
def _fields() -> list[tuple[str, str, str, Render]]:
    rows = [("basics", p, label, r) for p, label, r in (
        ("title", "Title", _text), ("technology_area", "Technology area", _text), ("summary", "Summary", _text),
        ("china_dependency", "China's dependency", _text), ("key_facts", "Key facts", _lines),
        ("actors", "Who should act", _scales(Actor)), ("author", "Author", _text), ("organisation", "Organisation", _text))]
    for pillar in Pillar:
        base = f"strength.pillars.{pillar.value}"
        rows += [("strength", f"{base}.present", f"{pillar.label} — source of strength", _yes_no),
                 ("strength", f"{base}.stance", f"{pillar.label} — stance", _scale(Stance)),
                 ("strength", f"{base}.likelihood", f"{pillar.label} — likelihood", _scale(Likelihood))]
    rows += [("strength", "strength.types", "Types of strength", _scales(StrengthType)),
             ("strength", "strength.rationale", "Rationale", _text)]
    leverage = (("market_entry_barriers", _scales(MarketEntryBarrier)), ("substitutability", _scale(Substitutability)),
                ("foreign_availability", _scale(ForeignAvailability)),
                ("effective_utilisation", _scale(EffectiveUtilisation)), ("ethical_constraints", _yes_no),
                ("spillover_damage", _scale(SpilloverDamage)), ("dual_use_relevance", _scale(DualUseRelevance)),
                ("degree", _scale(LeverageDegree)))
    rows += [("leverage", f"leverage.{name}", RATINGS[f"leverage.{name}"], r) for name, r in leverage]
    rows += [("leverage", "leverage.rationale", "Rationale", _text)]
    rows += [("ambition", f"ambition.feasibility.{lv.value}", RATINGS[f"ambition.feasibility.{lv.value}"],
              _scale(Feasibility)) for lv in Level]
    rows += [("ambition", "ambition.chosen_level", "Level chosen", _scale(Level)),
             ("ambition", "ambition.entanglement_autonomy", "Entanglement ↔ autonomy", _balance),
             ("ambition", "ambition.rationale", "Rationale", _text)]
    rows += [("instruments", f"instruments.{lv.value}", lv.label, _instruments) for lv in Level]
    for rating in EVIDENCE_RATINGS:
        rows += [("evidence", f"evidence.{rating}.sources", f"{RATINGS[rating]} — sources", _sources),
                 ("evidence", f"evidence.{rating}.confidence", f"{RATINGS[rating]} — confidence", _scale(Confidence)),
                 ("evidence", f"evidence.{rating}.dissent", f"{RATINGS[rating]} — dissent", _text)]
    return rows


FIELDS = _fields()


def value_at(data: dict, path: str) -> Any:
    """The value a row shows, from (partial) exchange data; rating paths inside ``evidence`` and
    a level's ``instruments`` are not plain dotted paths."""
    if path.startswith("evidence."):
        rating, part = path[len("evidence."):].rsplit(".", 1)
        return ((data.get("evidence") or {}).get(rating) or {}).get(part)
    if path.startswith("instruments."):
        level = path.split(".", 1)[1]
        return [i for i in data.get("instruments") or [] if isinstance(i, dict) and i.get("level") == level]
    return dotted_value(data, path)


def _nested(path: str, value: Any) -> dict:
    """A history entry's value placed at its path, so ``value_at`` reads it as from a case."""
    out: dict = {}
    node = out
    parts = path.split(".")
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value
    return out


def _history_notes(path: str, render: Render, history: Iterable[HistoryEntry], since_mark: int) -> list[str]:
    notes = []
    for entry in history:
        if entry.id <= since_mark or entry.field == "*":
            continue
        if not (path == entry.field or path.startswith(entry.field + ".")):
            continue
        old = render(value_at(_nested(entry.field, entry.old_value), path), True)
        new = render(value_at(_nested(entry.field, entry.new_value), path), True)
        if old != new:
            when = entry.changed_at[:16].replace("T", " ")
            notes.append(f"{when} · {entry.user}: {_short(old, 60)} → {_short(new, 60)}")
    return notes


def _override_notes(case: Case, path: str, render: Render) -> list[str]:
    return [f"Override: suggested {render(o.suggested, True)}, chosen {render(o.value, True)} — because {o.reason}"
            for o in case.overrides if o.field == path]


def history_window(history: Iterable[HistoryEntry], old_mark: int | None,
                   new_mark: int | None) -> tuple[list[HistoryEntry], int]:
    """The history rows (and the mark to take them after) whose reasons belong to a diff from
    the version at ``old_mark`` to the one at ``new_mark`` (None: now): after the older mark, up
    to the newer one. None when the diff starts from now or runs backwards: it has no reasons."""
    if old_mark is None or (new_mark is not None and new_mark < old_mark):
        return [], 0
    return [h for h in history if new_mark is None or h.id <= new_mark], old_mark


def diff_cases(old: Case, new: Case, history: Iterable[HistoryEntry] = (), since_mark: int = 0, *,
               from_label: str = "before", to_label: str = "now") -> CaseDiff:
    """The changed fields from ``old`` to ``new``, by step; ``history`` (the case's entries) adds
    the changes recorded after ``since_mark`` to each row's notes."""
    history = list(history)
    before, after = case_to_data(old), case_to_data(new)
    by_step: dict[str, list[DiffRow]] = {}
    for step, path, label, render in FIELDS:
        was, now = render(value_at(before, path)), render(value_at(after, path))
        if was == now:
            continue
        notes = _override_notes(new, path, render) + _history_notes(path, render, history, since_mark)
        by_step.setdefault(step, []).append(DiffRow(path, label, was, now, notes))
    sections = [DiffSection(step, title, by_step[step]) for step, title in STEPS if step in by_step]
    return CaseDiff(new.title, from_label, to_label, sections)
