"""Step 4: which catalogue instruments to suggest for a level, and for which levels.

The report's cross-case patterns (its Table 2) come first, and for a level only the patterns of
that level's own column of the table; recommendations from reference cases follow, those from the
same technology area before the rest, each saying where it comes from.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..case import Case
from ..catalogue import CatalogueEntry, entries_for
from ..scales import Feasibility, Level
from .feasibility import suggest_feasibility
from .wording import reason


@dataclass(frozen=True)
class InstrumentSuggestion:
    level: Level
    entry: CatalogueEntry
    reason: str  # a Phrase of the "reasons" catalogue

    def as_json(self) -> dict:
        return {
            "level": self.level.value,
            "text": self.entry.text,
            "ppp": self.entry.ppp.value,
            "focus": self.entry.focus.value,
            "source": self.entry.source,
            "reason": self.reason,
        }


def feasibility_of(case: Case, level: Level) -> Feasibility | None:
    """The user's rating when given, otherwise the suggestion."""
    return case.ambition.feasibility.get(level) or suggest_feasibility(case, level).value


def target_levels(case: Case) -> tuple[list[Level], str]:
    """The chosen level if there is one, otherwise every level at least medium feasible."""
    if case.ambition.chosen_level is not None:
        return [case.ambition.chosen_level], reason("instruments.chosen_level", level=case.ambition.chosen_level)
    levels = [lv for lv in Level if (f := feasibility_of(case, lv)) is not None and f.rank >= Feasibility.MEDIUM.rank]
    return levels, reason("instruments.feasible_levels", feasibility=Feasibility.MEDIUM)


def suggest_instruments_for(case: Case, level: Level, *, same_area_only: bool = True) -> list[InstrumentSuggestion]:
    area = (case.technology_area or "").casefold()
    out: list[InstrumentSuggestion] = []
    for entry in entries_for(level):
        if entry.is_pattern:
            if entry.column is not level:  # a pattern belongs to its own column of Table 2 only
                continue
            out.append(InstrumentSuggestion(level, entry, reason("instruments.pattern", level=level)))
            continue
        if entry.source == case.id:
            continue
        from ..library import reference_cases  # cached; imported late to keep module import light

        source_area = next((c.technology_area or "" for c in reference_cases() if c.id == entry.source), "")
        if area and source_area.casefold() == area:
            out.append(InstrumentSuggestion(level, entry, reason("instruments.same_area", level=level, title=entry.source_title)))
        elif not same_area_only:
            out.append(InstrumentSuggestion(level, entry, reason("instruments.reference", level=level, title=entry.source_title)))
    return out


def suggest_instruments(case: Case) -> list[InstrumentSuggestion]:
    levels, _ = target_levels(case)
    return [s for level in levels for s in suggest_instruments_for(case, level)]
