"""What each part of the framework means, in the app's own words (after the DPC 2024 report, as
SPEC.md §2 and §3 state it: every text here must be traceable to them).

Shown as help next to every input of the wizard and in tooltips, so an officer never has to
look up what "effective utilisation" or "ability to deny" means.

Each text is a ``language.Phrase`` of ``resources/i18n/guide_help.tsv``: ``str()`` is the English
(stored, compared and joined as before), ``in_language("fr")`` the same help in French; the views
show it with ``language.localised(text, translation.current())``. The factors' names are the
glossary's terms (``term.…``), so a factor is called what the glossary calls it.
"""

from __future__ import annotations

from .language import Phrase
from .scales import Level, Pillar, StrengthType

CATALOGUE = "guide_help"


def _help(key: str) -> Phrase:
    return Phrase(CATALOGUE, key)


PILLARS = {pillar: _help(f"pillar.{pillar.value}") for pillar in Pillar}

STANCE_HELP = _help("stance")
LIKELIHOOD_HELP = _help("likelihood")

STRENGTH_TYPES = {strength_type: _help(f"type.{strength_type.value}") for strength_type in StrengthType}

# factor key -> (its name, what it means); the order is the wizard's and the guide's
LEVERAGE_FACTORS = {
    key: (Phrase("glossary", f"term.{key}"), _help(f"factor.{key}"))
    for key in ("market_entry_barriers", "substitutability", "foreign_availability", "effective_utilisation",
                "ethical_constraints", "spillover_damage", "dual_use_relevance")
}

LEVERAGE_DEGREE_HELP = _help("degree")

# level -> (its goal, its trade-off)
LEVELS = {level: (_help(f"level.{level.value}.goal"), _help(f"level.{level.value}.trade_off")) for level in Level}

FEASIBILITY_HELP = _help("feasibility")

BALANCE_HELP = _help("balance")
