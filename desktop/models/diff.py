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

from .analysis_words import count, label, lower, say, term
from .case import EVIDENCE_RATINGS, Case
from .edits import dotted_value
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
    Step,
    StrengthType,
    Substitutability,
)

DASH = "—"
STEP_TOKENS = ("basics", "strength", "leverage", "ambition", "instruments", "evidence")


def step_title(step: str, lang: str = "en") -> str:
    """A section's title: the wizard step's glossary word, or "Evidence"."""
    return term("term.evidence", lang) if step == "evidence" else label(Step(step), lang)


EVIDENCE = ("evidence", "Evidence")
STEPS = tuple((step, step_title(step)) for step in STEP_TOKENS)


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
    lang: str = "en"  # the language of its labels, values and notes

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
        lang = self.lang
        head = say("diff.head", lang, title=_line(self.title), older=_line(self.from_label), newer=_line(self.to_label))
        if self.empty:
            return f"{head}\n{say('diff.no_changes', lang)}"
        out = [head, say("count.in_steps", lang, things=count("change", len(self.rows), lang),
                         steps=count("step", len(self.sections), lang))]
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
Render = Callable[[Any, bool, str], str]  # (value, for a note: lower-case labels, language) -> text


def _text(value: Any, _note: bool = False, _lang: str = "en") -> str:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else DASH


def _lines(value: Any, _note: bool = False, _lang: str = "en") -> str:
    kept = [" ".join(v.split()) for v in value or [] if isinstance(v, str) and v.strip()]
    return "; ".join(kept) or DASH


def _scale(scale: type[Scale]) -> Render:
    def render(value: Any, note: bool = False, lang: str = "en") -> str:
        if value is None:
            return DASH
        try:
            word = label(scale(value), lang)
        except ValueError:
            return str(value)
        return lower(word, lang) if note and lang != "en" else (word.lower() if note else word)
    return render


def _scales(scale: type[Scale]) -> Render:
    def render(value: Any, note: bool = False, lang: str = "en") -> str:
        ticked = set(value or [])
        labels = [label(m, lang) for m in scale if m.value in ticked]  # order of ticking carries no meaning
        return ", ".join(labels) or DASH
    return render


def _yes_no(value: Any, _note: bool = False, lang: str = "en") -> str:
    return DASH if value is None else say("yes" if value else "no", lang)


def _balance(value: Any, _note: bool = False, lang: str = "en") -> str:
    return DASH if value is None else say("balance", lang, entanglement=str(100 - value), autonomy=str(value))


def _instruments(value: Any, _note: bool = False, lang: str = "en") -> str:
    items = [f"[{_scale(PPP)(i.get('ppp'), False, lang)}] {_text(i.get('text'))}" for i in value or []]
    return "; ".join(items) or DASH


def _sources(value: Any, _note: bool = False, _lang: str = "en") -> str:
    out = []
    for s in value or []:
        extra = ", ".join(x for x in (s.get("publisher"), s.get("date")) if x)
        out.append(_text(s.get("title")) + (f" ({extra})" if extra else ""))
    return "; ".join(out) or DASH


# -- the field table: (step, path, label, render) in the wizard's order --------------------------------
LEVERAGE = (("market_entry_barriers", _scales(MarketEntryBarrier)), ("substitutability", _scale(Substitutability)),
            ("foreign_availability", _scale(ForeignAvailability)),
            ("effective_utilisation", _scale(EffectiveUtilisation)), ("ethical_constraints", _yes_no),
            ("spillover_damage", _scale(SpilloverDamage)), ("dual_use_relevance", _scale(DualUseRelevance)),
            ("degree", _scale(LeverageDegree)))


def rating_label(path: str, lang: str = "en") -> str:
    """A rated value's name ("Substitutability", "IP & patents — likelihood", "Curtailment —
    feasibility", "Level chosen"), as ``evidence.RATINGS`` words it, in ``lang``."""
    parts = path.split(".")
    if parts[:2] == ["strength", "pillars"]:
        return say("diff.pillar.likelihood", lang, pillar=Pillar(parts[2]))
    if parts == ["leverage", "degree"]:
        return term("term.degree_of_leverage", lang)
    if parts[0] == "leverage":
        return term(f"term.{parts[1]}", lang)
    if parts[:2] == ["ambition", "feasibility"]:
        return say("diff.level.feasibility", lang, level=Level(parts[2]))
    return term("term.level_chosen", lang)


def fields(lang: str = "en") -> list[tuple[str, str, str, Render]]:
    """Every field a diff compares, labelled in ``lang``."""
    field = lambda key: say(f"field.{key}", lang)  # noqa: E731
    rows = [("basics", p, name, r) for p, name, r in (
        ("title", field("title"), _text), ("technology_area", term("term.technology_area", lang), _text),
        ("summary", field("summary"), _text), ("china_dependency", field("china_dependency"), _text),
        ("key_facts", field("key_facts"), _lines), ("actors", field("actors"), _scales(Actor)),
        ("author", field("author"), _text), ("organisation", field("organisation"), _text))]
    for pillar in Pillar:
        base = f"strength.pillars.{pillar.value}"
        rows += [("strength", f"{base}.present", say("diff.pillar.present", lang, pillar=pillar), _yes_no),
                 ("strength", f"{base}.stance", say("diff.pillar.stance", lang, pillar=pillar), _scale(Stance)),
                 ("strength", f"{base}.likelihood", rating_label(f"{base}.likelihood", lang), _scale(Likelihood))]
    rows += [("strength", "strength.types", term("term.types_of_strength", lang), _scales(StrengthType)),
             ("strength", "strength.rationale", term("term.rationale", lang), _text)]
    rows += [("leverage", f"leverage.{name}", rating_label(f"leverage.{name}", lang), r) for name, r in LEVERAGE]
    rows += [("leverage", "leverage.rationale", term("term.rationale", lang), _text)]
    rows += [("ambition", f"ambition.feasibility.{lv.value}", rating_label(f"ambition.feasibility.{lv.value}", lang),
              _scale(Feasibility)) for lv in Level]
    rows += [("ambition", "ambition.chosen_level", term("term.level_chosen", lang), _scale(Level)),
             ("ambition", "ambition.entanglement_autonomy", field("entanglement_autonomy"), _balance),
             ("ambition", "ambition.rationale", term("term.rationale", lang), _text)]
    rows += [("instruments", f"instruments.{lv.value}", label(lv, lang), _instruments) for lv in Level]
    for rating in EVIDENCE_RATINGS:
        name = rating_label(rating, lang)
        rows += [("evidence", f"evidence.{rating}.sources", say("diff.evidence.sources", lang, rating=name), _sources),
                 ("evidence", f"evidence.{rating}.confidence", say("diff.evidence.confidence", lang, rating=name),
                  _scale(Confidence)),
                 ("evidence", f"evidence.{rating}.dissent", say("diff.evidence.dissent", lang, rating=name), _text)]
    return rows


FIELDS = fields()


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


def _history_notes(path: str, render: Render, history: Iterable[HistoryEntry], since_mark: int,
                   lang: str = "en") -> list[str]:
    notes = []
    for entry in history:
        if entry.id <= since_mark or entry.field == "*":
            continue
        if not (path == entry.field or path.startswith(entry.field + ".")):
            continue
        old = render(value_at(_nested(entry.field, entry.old_value), path), True, lang)
        new = render(value_at(_nested(entry.field, entry.new_value), path), True, lang)
        if old != new:
            when = entry.changed_at[:16].replace("T", " ")
            notes.append(f"{when} · {entry.user}: {_short(old, 60)} → {_short(new, 60)}")
    return notes


def _override_notes(case: Case, path: str, render: Render, lang: str = "en") -> list[str]:
    return [say("diff.override", lang, suggested=render(o.suggested, True, lang), chosen=render(o.value, True, lang),
                reason=o.reason)
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
               from_label: str = "before", to_label: str = "now", lang: str = "en") -> CaseDiff:
    """The changed fields from ``old`` to ``new``, by step; ``history`` (the case's entries) adds
    the changes recorded after ``since_mark`` to each row's notes. Labels, values and notes are
    written in ``lang``; what counts as a change is decided on the English (the same in every
    language)."""
    history = list(history)
    before, after = case_to_data(old), case_to_data(new)
    by_step: dict[str, list[DiffRow]] = {}
    for step, path, name, render in fields(lang):
        was, now = render(value_at(before, path)), render(value_at(after, path))
        if was == now:
            continue
        if lang != "en":
            was, now = render(value_at(before, path), False, lang), render(value_at(after, path), False, lang)
        notes = _override_notes(new, path, render, lang) + _history_notes(path, render, history, since_mark, lang)
        by_step.setdefault(step, []).append(DiffRow(path, name, was, now, notes))
    sections = [DiffSection(step, step_title(step, lang), by_step[step]) for step in STEP_TOKENS if step in by_step]
    return CaseDiff(new.title, from_label, to_label, sections, lang)
