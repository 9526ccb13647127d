"""The built-in guide's texts (Help ▸ Guide, F1): the method in plain words, section by section.

Every definition is taken from ``guide.py`` (the texts the wizard shows beside its inputs) or
condensed from SPEC.md §2–§4 and §6; a ``Block`` says which (``source``), and a SPEC-condensed
block carries the phrases it quotes (``quotes``), so ``tests/test_guide_texts.py`` can check each
against its origin. Blocks with ``source="app"`` describe the app itself, never the framework.
Plain Python: the views render it (``desktop/views/guide``), the keyboard reference included.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import guide
from .scales import (
    DualUseRelevance,
    EffectiveUtilisation,
    Feasibility,
    ForeignAvailability,
    Level,
    LeverageDegree,
    Likelihood,
    MarketEntryBarrier,
    Pillar,
    PPP,
    Focus,
    SpilloverDamage,
    StrengthType,
    Substitutability,
)


@dataclass(frozen=True)
class Block:
    """One paragraph (``term`` empty) or one defined term."""

    text: str
    term: str = ""
    source: str = "app"  # "guide.NAME[key]", "SPEC §n" or "app"
    quotes: tuple[str, ...] = ()  # verbatim phrases of SPEC.md this block rests on


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)


def _labels(scale) -> str:
    return " / ".join(m.label.lower() for m in scale)


FACTOR_SCALES = {
    "market_entry_barriers": _labels(MarketEntryBarrier),
    "substitutability": _labels(Substitutability),
    "foreign_availability": _labels(ForeignAvailability),
    "effective_utilisation": _labels(EffectiveUtilisation),
    "ethical_constraints": "yes / no",
    "spillover_damage": _labels(SpilloverDamage),
    "dual_use_relevance": _labels(DualUseRelevance),
}

KEYBOARD = "keyboard"  # the section the views generate from the actions and ``keys.declared()``


def _getting_started() -> Section:
    return Section("start", "Getting started", (
        Block("This guide works offline. Press F1 anywhere for the part of the guide about what you are "
              "doing; type in Find to search the whole guide; Esc closes it."),
        Block("The main window lists every case: the report's 12 reference cases (marked with a book icon, "
              "read-only) and your own. One case assesses one technology niche."),
        Block("Select a case to read its summary on the right. Press Enter to open it in the assessment "
              "wizard. File ▸ New Case… (Ctrl+N) starts a case; Edit ▸ Duplicate (Ctrl+D) copies a reference "
              "case so you can edit the copy."),
        Block("With the keyboard: Ctrl+F goes to the search box; Down from the search box goes to the first "
              "matching case; Tab moves on from the list to the case summary. Every toolbar button is also "
              "in a menu, with its shortcut."),
        Block("Every change is saved the moment you make it; Undo and Redo (Ctrl+Z, Ctrl+Shift+Z) work "
              "across the wizard."),
    ))


def _method() -> Section:
    return Section("method", "The method in four steps", (
        Block("The method comes from the Digital Power China report Reverse Dependency: Making Europe's "
              "Digital Technological Strengths Indispensable to China (ed. Tim Rühlig, May 2024). Europe "
              "should also keep China dependent on European technology (reverse dependencies), technology "
              "by technology.",
              source="SPEC §1", quotes=("reverse dependencies", "technology by technology")),
        Block("Europe's technological strength: which pillars are a source of strength, whether to maintain "
              "or to regain / develop each, and how likely Europe holds an edge within 10 years.",
              term="1 · Strength", source="SPEC §2"),
        Block("Whether that strength gives Europe leverage over China, and how much. Strength is necessary "
              "but not sufficient for leverage.", term="2 · Leverage", source="SPEC §2",
              quotes=("Strength is necessary but not sufficient for leverage.",)),
        Block("The feasibility of each of the four levels of ambition, the level chosen, and the balance "
              "between strategic entanglement and autonomy.", term="3 · Ambition", source="SPEC §2"),
        Block("The policy instruments for the level chosen, tagged protect / promote / partner.",
              term="4 · Instruments", source="SPEC §2"),
        Block("In the wizard, Basics comes first (title, technology area, summary) and Review last (the whole "
              "case, inconsistencies and what is still to do). Incomplete steps are marked ○, never "
              "forbidden; Ctrl+PgUp and Ctrl+PgDown move between steps."),
    ))


def _basics() -> Section:
    return Section("basics", "Basics", (
        Block("The title, technology area, summary, China's dependency, key facts (one per line), who should "
              "act (EU, UK, Member states, Industry, Research) and who assessed the case."),
    ))


def _strength() -> Section:
    blocks = [Block("Pillars are the sources of European strength. For each pillar you say whether it is a "
                    "source of strength, the stance, and the likelihood of an edge.", source="SPEC §2",
                    quotes=("source of European strength",))]
    blocks += [Block(guide.PILLARS[p], term=p.label, source=f"guide.PILLARS[{p.name}]") for p in Pillar]
    blocks.append(Block(guide.STANCE_HELP, term="Stance", source="guide.STANCE_HELP"))
    blocks.append(Block(guide.LIKELIHOOD_HELP, term="Likelihood (" + _labels(Likelihood) + ")",
                        source="guide.LIKELIHOOD_HELP"))
    blocks.append(Block("Types of strength (tick any that apply):", source="SPEC §2",
                        quotes=("Types of strength",)))
    blocks += [Block(guide.STRENGTH_TYPES[t], term=t.label, source=f"guide.STRENGTH_TYPES[{t.name}]")
               for t in StrengthType]
    blocks.append(Block("Give a rationale and sources for every rating.", source="SPEC §2",
                        quotes=("A rationale text and sources for every rating.",)))
    return Section("strength", "Step 1 · Strength", tuple(blocks))


def _leverage() -> Section:
    blocks = [Block(guide.LEVERAGE_DEGREE_HELP, source="guide.LEVERAGE_DEGREE_HELP")]
    for key, (name, text) in guide.LEVERAGE_FACTORS.items():
        blocks.append(Block(text, term=f"{name} ({FACTOR_SCALES[key]})", source=f"guide.LEVERAGE_FACTORS[{key}]"))
    blocks.append(Block("The result of the step, on the report's scale: " + _labels(LeverageDegree)
                        + " (the intermediate steps as the report uses them).",
                        term="Degree of leverage", source="SPEC §2",
                        quotes=("intermediate low–medium, medium–high are", "allowed, as the report uses them")))
    return Section("leverage", "Step 2 · Leverage", tuple(blocks))


def _ambition() -> Section:
    blocks = [Block(guide.FEASIBILITY_HELP, term="Feasibility (" + _labels(Feasibility) + ")",
                    source="guide.FEASIBILITY_HELP")]
    for level in Level:
        definition, trade_off = guide.LEVELS[level]
        blocks.append(Block(definition, term=level.label, source=f"guide.LEVELS[{level.name}][0]"))
        blocks.append(Block("Trade-off: " + trade_off, source=f"guide.LEVELS[{level.name}][1]"))
    blocks.append(Block("Then choose one level and give your rationale.", source="SPEC §2",
                        quotes=("the level chosen, its rationale",)))
    blocks.append(Block(guide.BALANCE_HELP, term="Strategic entanglement and autonomy", source="guide.BALANCE_HELP"))
    return Section("ambition", "Step 3 · Ambition", tuple(blocks))


def _instruments() -> Section:
    return Section("instruments", "Step 4 · Instruments", (
        Block("Instruments are tagged with the EU triangle protect / promote / partner ("
              + _labels(PPP) + "), and with the source of strength they serve: knowledge security / research "
              "promotion / commercialisation (" + _labels(Focus) + ").", source="SPEC §2",
              quotes=("protect / promote / partner", "knowledge security / research promotion / commercialisation")),
        Block("The catalogue offers the report's cross-case patterns, its Table 2: a level is offered only the "
              "instruments of its own column. Threat prevention and curtailment list protect instruments only; "
              "the ability to deny needs promote and partner instruments along with minor protect tools; the "
              "ability to act uses all three, with a strong emphasis on partner.", source="SPEC §2",
              quotes=("Table 2", "promote and partner instruments … along with minor protect", "strong emphasis on partner")),
        Block("The report warns that not every pattern matters in every case and that case-specific instruments "
              "matter: add your own.", source="SPEC §2",
              quotes=("not every pattern matters in every case and that case-specific instruments matter",)),
        Block("Finding 5: promote and partner tools need at least as much attention as protect instruments; "
              "policy should stay technology-agnostic and avoid simply protecting incumbents.", source="SPEC §3",
              quotes=("promote and partner tools need at least as much attention as protect",
                      "technology-agnostic and avoid simply protecting incumbents")),
    ))


def _review() -> Section:
    return Section("review", "Review", (
        Block("The whole case on one page, with inconsistencies and what is still to do, each with a link to "
              "the step that fixes it. Still to do is exactly what keeps a step's ✓ off. What is listed under "
              "Advised, not required (a chosen level, the balance between entanglement and autonomy, the "
              "rationales) and the advice under Worth considering never block completeness."),
    ))


def _evidence() -> Section:
    return Section("evidence", "Evidence behind a rating", (
        Block("Every rating can carry its evidence: the sources it rests on, how confident the assessors are, "
              "and any dissent the group did not follow. F4 on a rating (or its Evidence button) opens it. "
              "Review lists ratings without any source and ratings whose newest source is older than the age "
              "you set there."),
        Block("For the report's reference cases the evidence cites the report's chapter for every rating, with a "
              "note on what in the chapter supports the value and a confidence that follows the provenance "
              "(published → high, reconstructed → medium, inferred → low).", source="SPEC §8",
              quotes=("published → high, reconstructed → medium, inferred → low",)),
    ))


def _suggestions() -> Section:
    return Section("suggestions", "How suggestions work", (
        Block("The app suggests the degree of leverage, the feasibility of each level and instruments from what "
              "you entered, and always shows why: the factors that drove it, in words.", source="SPEC §3",
              quotes=("always shows why",)),
        Block("You can accept a suggestion (Use suggestion) or choose another value. Another value asks for a "
              "reason: the case keeps your value, the suggestion and the reason, and Review and exports show "
              "them.", source="SPEC §3",
              quotes=("an override keeps the user's value, the suggestion, and a required reason",)),
        Block("The rules are plain, documented functions of your inputs and monotone in the obvious directions: "
              "harder substitutability never lowers leverage; broader foreign availability never raises it; "
              "curtailment is never more feasible than the leverage allows.", source="SPEC §3",
              quotes=("harder substitutability never lowers leverage", "broader", "foreign availability never raises it",
                      "curtailment is never more feasible than the leverage")),
        Block("They are tendencies, not formulas: where the report's experts weighed something the factors do "
              "not capture, override the suggestion and give the reason.", source="SPEC §3",
              quotes=("These are tendencies, not formulas",)),
        Block("Leverage is never higher than the strength behind it allows; ethical constraints cap what "
              "leverage can be used for.", source="SPEC §3",
              quotes=("Leverage is never", "higher than the strength behind it allows")),
        Block("Makes sense only where the technology has dual-use relevance; it works when controls are "
              "enforceable (tangible goods, not know-how or data) and when non-European suppliers are few or "
              "aligned.", term="What threat prevention needs", source="SPEC §3",
              quotes=("only makes sense where the technology has dual-use relevance",
                      "enforceable (tangible goods, not know-how or data)")),
        Block("A co-dependency that Europe holds or could create within 10 years with the right policies: a "
              "strength Europe can maintain or develop, Chinese interest in the European technology or market, "
              "and substitution that is not quick. High spillover damage makes denial less credible.",
              term="What the ability to deny needs", source="SPEC §3",
              quotes=("holds or could create within 10 years", "High spillover damage makes denial less credible")),
        Block("An edge Europe can keep, plus the means to shape markets and rules (regulatory and normative "
              "strength, standards, research partnerships with third countries, market access); usually at least "
              "medium leverage.", term="What the ability to act needs", source="SPEC §3",
              quotes=("plus the means to shape markets and rules", "usually at least medium leverage")),
        Block("A hard chokepoint: very hard substitutability, no or limited foreign availability, enforceable "
              "controls, high leverage. Even then it is costly.", term="What curtailment needs", source="SPEC §3",
              quotes=("Curtailment needs a hard chokepoint", "Even then it is costly")),
        Block("Agreement with the report's 12 cases is measured only on the values the report publishes (legible "
              "in its scorecards); values inferred from the chapters' prose are not an oracle.", source="SPEC §3",
              quotes=("values we inferred from the prose are not an oracle",)),
    ))


def _scorecard() -> Section:
    return Section("scorecard", "Reading a scorecard", (
        Block("The technology field; the three pillars, each with maintain or regain / develop and the likelihood "
              "of an edge (high, medium, low, always written as a word beside its colour: green, yellow, red); "
              "the six types of strength, ticked; the degree of leverage on a low–medium–high scale.",
              term="Scorecard 1", source="SPEC §4",
              quotes=("the three pillars with maintain/regain and the coloured", "the six strength types ticked")),
        Block("The technology field; the feasibility of the four levels; under each level the core "
              "recommendations, with None where a level is not feasible.", term="Scorecard 2", source="SPEC §4",
              quotes=("feasibility of the four levels; the core recommendations",
                      "(\"None\" where a level is not feasible)")),
        Block("A Scorecard 2 cell may say that a level includes all measures of a lower one (\"all of the "
              "measures under ability to deny, plus …\") and may carry a caveat.", source="SPEC §2",
              quotes=("all of the measures under ability to", "may carry a caveat")),
        Block("The header and footer give the case title, author, organisation, date, the version of the "
              "assessment and a citation of the method. Every rating is a label, so it reads in black and "
              "white too.", source="SPEC §4",
              quotes=("case title, author, organisation, date, version of the assessment",)),
        Block("A feasible level with nothing under it says so in other words: “No instrument chosen yet” in "
              "your cases, “No recommendation in the report” in the report's. Export Scorecards writes a PDF "
              "(PDF/A for the record), a Word document with the scorecards as editable tables, or PNG images; "
              "Edit ▸ Copy Scorecard puts them on the clipboard as tables and as a picture; File ▸ Print… "
              "prints the PDF's pages."),
    ))


def _portfolio() -> Section:
    return Section("portfolio", "Portfolio and Compare", (
        Block("The Portfolio shows the report's cross-case figures: the strength map, the sources of strength, "
              "the feasibility matrix, the degree of leverage per case, substitutability against expected "
              "spillover damage, and the instrument patterns per level.", source="SPEC §5",
              quotes=("Feasibility matrix", "Substitutability vs expected spillover damage")),
        Block("Compare shows 2 to 4 selected cases side by side, step by step."),
    ))


def _workshop() -> Section:
    return Section("workshop", "Running a workshop", (
        Block("A facilitator runs the assessment with a room: full screen, at 1024×768 and up, large type and "
              "keyboard-driven. Start it with F5 on the selected or open case.", source="SPEC §6",
              quotes=("full-screen presentation at 1024×768 and up", "keyboard-driven")),
        Block("Participants' views on a rating are captured as a tally (e.g. 3 × high, 5 × medium, 1 × low) with "
              "the spread shown, before the group settles the value; the decision log records who decided what "
              "and why.", source="SPEC §6",
              quotes=("captured as a tally (e.g. 3 × high, 5 × medium, 1 × low)",
                      "the decision log records who decided what and why")),
        Block("With one screen, F2 shows or hides the facilitator's controls. The workshop's keys are in the "
              "keyboard reference below."),
    ))


def sections() -> list[Section]:
    """The guide in reading order; the keyboard reference (``KEYBOARD``) comes last, built by the views."""
    return [_getting_started(), _method(), _basics(), _strength(), _leverage(), _ambition(), _instruments(),
            _review(), _evidence(), _suggestions(), _scorecard(), _portfolio(), _workshop()]


KEYBOARD_TITLE = "Keyboard reference"
