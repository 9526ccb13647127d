"""Step 4: which catalogue instruments to suggest for a level, and for which levels.

The report's cross-case patterns (its Table 2) come first, and for a level only the patterns of
that level's own column of the table; recommendations from reference cases follow, those from the
same technology area before the rest, each saying where it comes from.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..case import Case
from ..catalogue import CatalogueEntry, entries_for, table2_label
from ..scales import Feasibility, Level
from .feasibility import suggest_feasibility


@dataclass(frozen=True)
class InstrumentSuggestion:
    level: Level
    entry: CatalogueEntry
    reason: str

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
        return [case.ambition.chosen_level], f"the chosen level, {case.ambition.chosen_level.label.lower()}"
    levels = [lv for lv in Level if (f := feasibility_of(case, lv)) is not None and f.rank >= Feasibility.MEDIUM.rank]
    return levels, "at least medium feasibility"


def suggest_instruments_for(case: Case, level: Level, *, same_area_only: bool = True) -> list[InstrumentSuggestion]:
    area = (case.technology_area or "").casefold()
    out: list[InstrumentSuggestion] = []
    for entry in entries_for(level):
        if entry.is_pattern:
            if entry.column is not level:  # a pattern belongs to its own column of Table 2 only
                continue
            out.append(InstrumentSuggestion(level, entry, f"Cross-case pattern of the report ({table2_label(level)})."))
            continue
        if entry.source == case.id:
            continue
        from ..library import reference_cases  # cached; imported late to keep module import light

        source_area = next((c.technology_area or "" for c in reference_cases() if c.id == entry.source), "")
        if area and source_area.casefold() == area:
            out.append(InstrumentSuggestion(level, entry, f"Recommended for {level.label.lower()} in the reference case “{entry.source_title}” (same technology area)."))
        elif not same_area_only:
            out.append(InstrumentSuggestion(level, entry, f"Recommended for {level.label.lower()} in the reference case “{entry.source_title}”."))
    return out


def suggest_instruments(case: Case) -> list[InstrumentSuggestion]:
    levels, _ = target_levels(case)
    return [s for level in levels for s in suggest_instruments_for(case, level)]
