"""The case: one technology niche assessed in four steps (SPEC.md §2), as pydantic models.

The models *are* the exchange format of SPEC.md §8: field names are its keys and field order is
its key order, so a file in the app's canonical form (every reference file, every export) that is
loaded and dumped again (with ``exclude_unset``) comes out byte for byte the same; timestamps are
normalised (``+00:00`` is written ``Z``). Everything but ``format``, ``format_version``, ``id`` and ``title`` is optional,
because a case is a draft until its steps are complete; ``None`` always means "not yet assessed".
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, ValidationInfo, field_validator

from .completeness import missing
from .scales import (
    PPP,
    Actor,
    Confidence,
    DualUseRelevance,
    EffectiveUtilisation,
    Feasibility,
    Focus,
    ForeignAvailability,
    Level,
    LeverageDegree,
    Likelihood,
    MarketEntryBarrier,
    Pillar,
    Provenance,
    RatingProvenance,
    SpilloverDamage,
    Stance,
    Status,
    Step,
    StrengthType,
    Substitutability,
)
from . import validator_cache
from .validation_words import words  # the validators' sentences as Phrases (issue 21)

FORMAT = "rdw-case"
# The exchange format's versions (SPEC.md §8); a case is written as the lowest version that holds
# it (exchange.case_to_data), so older readers keep opening what they can.
VERSION_1 = 1  # the four steps, overrides, reference and step-level provenance
VERSION_2 = 2  # adds the workshop, evidence and snapshots sections
VERSION_3 = 3  # adds provenance.ratings and .note, ambition.builds_on and .level_notes, actors
LATEST_VERSION = VERSION_3  # a newer file is refused
MAX_TEXT = 100_000  # generous, but a bound: a 1 GB "rationale" is a broken file, not an assessment
# the ratings that can carry evidence (Case.evidence keys), in the wizard's order; labels in evidence.RATINGS
EVIDENCE_RATINGS: tuple[str, ...] = (
    *(f"strength.pillars.{p.value}.likelihood" for p in Pillar),
    *(f"leverage.{name}" for name in (
        "market_entry_barriers", "substitutability", "foreign_availability", "effective_utilisation",
        "ethical_constraints", "spillover_damage", "dual_use_relevance", "degree")),
    *(f"ambition.feasibility.{level.value}" for level in Level),
    "ambition.chosen_level",
)
# the rated values whose provenance a version-3 file can state (ProvenanceMap.ratings keys)
PROVENANCE_RATINGS: tuple[str, ...] = (
    *(f"strength.pillars.{p.value}.likelihood" for p in Pillar),
    "strength.types",
    *(key for key in EVIDENCE_RATINGS if key.startswith("leverage.")),
    *(f"ambition.feasibility.{level.value}" for level in Level),
    "ambition.chosen_level",
    "ambition.entanglement_autonomy",
    "instruments",
)


def case_id_problem(case_id: str) -> str | None:
    """Why ``case_id`` cannot be a new case's id, or None. Ids are shown on terminals, typed
    on command lines and used in file names: no control characters (C0, DEL, C1), no line
    separators, no invisible or bidi format characters (U+202A–202E, U+2066–2069, …), no lone
    surrogates, no path separator, and no leading ``-`` (it would read as an option)."""
    import unicodedata

    for c in case_id:
        category = unicodedata.category(c)
        if category in ("Cc", "Zl", "Zp"):
            return words("id.control", char=f"U+{ord(c):04X}")
        if category == "Cf":
            return words("id.invisible", char=f"U+{ord(c):04X}")
        if category == "Cs":
            return words("id.surrogate", char=f"U+{ord(c):04X}")
        if c in "/\\":
            return words("id.separator", char=c)
    if case_id.startswith("-"):
        return words("id.dash")
    return None


# validation context for a document this app already stored (``exchange.case_from_data``, edits
# of a stored case): its id was accepted when it came in, and a stricter rule must not lock the
# user out of it; new cases, imports, copies and restored snapshots get the full id rule
STORED = {"stored": True}


def _only_known(value: dict, allowed: tuple[str, ...], says: str) -> dict:
    """``value`` unchanged, or a ValueError naming its first key outside ``allowed`` (``says``:
    the sentence's key in errors_import.tsv)."""
    unknown = [key for key in value if key not in allowed]
    if unknown:
        raise ValueError(words(says, path=str(unknown[0])))
    return value


class _Model(BaseModel):
    """Unknown keys are rejected (SPEC §8); enums are kept as enums, dumped as tokens."""

    model_config = ConfigDict(extra="forbid", str_max_length=MAX_TEXT, defer_build=True)


class PillarAssessment(_Model):
    present: StrictBool | None = None
    stance: Stance | None = None
    likelihood: Likelihood | None = None


class Strength(_Model):
    pillars: dict[Pillar, PillarAssessment] = Field(default_factory=dict)
    types: list[StrengthType] = Field(default_factory=list)
    rationale: str | None = None

    def pillar(self, pillar: Pillar) -> PillarAssessment:
        return self.pillars.get(pillar) or PillarAssessment()

    def present_pillars(self) -> list[Pillar]:
        return [p for p in Pillar if self.pillar(p).present]


class Leverage(_Model):
    market_entry_barriers: list[MarketEntryBarrier] = Field(default_factory=list)
    substitutability: Substitutability | None = None
    foreign_availability: ForeignAvailability | None = None
    effective_utilisation: EffectiveUtilisation | None = None
    ethical_constraints: StrictBool | None = None
    spillover_damage: SpilloverDamage | None = None
    dual_use_relevance: DualUseRelevance | None = None
    degree: LeverageDegree | None = None
    rationale: str | None = None

    FACTORS: ClassVar[tuple[str, ...]] = (
        "market_entry_barriers",
        "substitutability",
        "foreign_availability",
        "effective_utilisation",
        "ethical_constraints",
        "spillover_damage",
        "dual_use_relevance",
    )

    def missing_factors(self) -> list[str]:
        return [f for f in self.FACTORS if getattr(self, f) in (None, [])]


class Ambition(_Model):
    feasibility: dict[Level, Feasibility] = Field(default_factory=dict)
    chosen_level: Level | None = None
    entanglement_autonomy: StrictInt | None = Field(default=None, ge=0, le=100)
    # version 3: a level that includes all measures of a lower one ("all of the measures under
    # <lower level>, plus …"), and a caveat printed in a level's Scorecard 2 cell
    builds_on: dict[Level, Level] = Field(default_factory=dict)
    level_notes: dict[Level, str] = Field(default_factory=dict)
    rationale: str | None = None

    @field_validator("builds_on")
    @classmethod
    def _builds_on_lower_level(cls, value: dict[Level, Level]) -> dict[Level, Level]:
        for level, lower in value.items():
            if lower.rank >= level.rank:
                raise ValueError(words("case.builds_on", level=level.value, lower=lower.value))
        return value


class Instrument(_Model):
    level: Level
    text: str = Field(min_length=1)
    ppp: PPP
    focus: Focus


class Override(_Model):
    field: str = Field(min_length=1)
    suggested: str | None = None
    value: str | None = None
    reason: str = Field(min_length=1)


class Reference(_Model):
    citation: str
    chapter: StrictInt
    authors: list[str] = Field(default_factory=list)


class ProvenanceMap(_Model):
    """Where a reference case's values come from: per step (version 1), per rated value, and
    how the values were read from the source (version 3; never shown in a scorecard or memo)."""

    strength: Provenance | None = None
    leverage: Provenance | None = None
    ambition: Provenance | None = None
    ratings: dict[str, RatingProvenance] = Field(default_factory=dict)  # rating path -> provenance
    note: str | None = None

    @field_validator("ratings")
    @classmethod
    def _known_ratings(cls, value: dict[str, RatingProvenance]) -> dict[str, RatingProvenance]:
        return _only_known(value, PROVENANCE_RATINGS, "case.not_provenance_rating")


class Tally(_Model):
    """What the room thought of one question (workshop mode): participants per value, and the
    value the group settled on."""

    question: str = Field(min_length=1, max_length=200)
    counts: dict[str, Annotated[StrictInt, Field(ge=0, le=100_000)]] = Field(default_factory=dict)
    decision: str | None = None
    reason: str | None = None
    decided_at: datetime | None = None


class LogEntry(_Model):
    """One line of the decision log: when, in which session, by whom, what, and why."""

    at: datetime
    session: str | None = None
    facilitator: str | None = None
    question: str = Field(min_length=1, max_length=200)
    label: str
    value: str | None = None
    value_label: str | None = None
    reason: str | None = None
    counts: dict[str, Annotated[StrictInt, Field(ge=0, le=100_000)]] = Field(default_factory=dict)


class Workshop(_Model):
    """A facilitated session's record (exchange format version 2)."""

    session: str | None = None
    facilitator: str | None = None
    tallies: list[Tally] = Field(default_factory=list)
    log: list[LogEntry] = Field(default_factory=list)

    def tally(self, question: str) -> Tally | None:
        return next((t for t in self.tallies if t.question == question), None)


class SourceRef(_Model):
    """A source as cited for a rating; ``id`` ties it to the source library, so one report
    cited in ten cases is one entry to correct. Dates are ISO (``2023``, ``2023-05`` or
    ``2023-05-17``): a report is often known only by its year."""

    id: str = Field(min_length=1, max_length=80)
    title: str = Field(min_length=1, max_length=1000)
    reference: str | None = None  # reference or link text (shown, never opened: the app is offline)
    publisher: str | None = None
    date: str | None = Field(default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    accessed: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    note: str | None = None


class RatingEvidence(_Model):
    """What stands behind one rating: its sources, how confident the assessors are, and any
    dissent (a view the group did not follow, for the memo)."""

    sources: list[SourceRef] = Field(default_factory=list)
    confidence: Confidence | None = None
    dissent: str | None = None


class Snapshot(_Model):
    """A named copy of the case as it stood ("Workshop 12 March"), for comparing later views.
    ``history_mark`` is the last history row at the time, so a diff can show the reasons
    recorded with each change since."""

    name: str = Field(min_length=1, max_length=200)
    taken_at: datetime
    history_mark: StrictInt = Field(default=0, ge=0)
    case: dict[str, Any]


class Case(_Model):
    format: Literal["rdw-case"] = FORMAT
    format_version: Literal[1, 2, 3] = VERSION_1  # exchange.case_to_data writes the lowest that holds the case
    id: str = Field(min_length=1, max_length=200)
    title: str = Field(min_length=1, max_length=500)
    technology_area: str | None = None
    summary: str | None = None
    china_dependency: str | None = None
    key_facts: list[str] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)  # who should act (version 3), any subset
    author: str | None = None
    organisation: str | None = None
    created: datetime | None = None
    updated: datetime | None = None
    reference: Reference | None = None
    strength: Strength = Field(default_factory=Strength)
    leverage: Leverage = Field(default_factory=Leverage)
    ambition: Ambition = Field(default_factory=Ambition)
    instruments: list[Instrument] = Field(default_factory=list)
    overrides: list[Override] = Field(default_factory=list)
    provenance: ProvenanceMap | None = None
    workshop: Workshop | None = None
    evidence: dict[str, RatingEvidence] = Field(default_factory=dict)  # rating path -> evidence
    snapshots: list[Snapshot] = Field(default_factory=list)

    @field_validator("id", "title")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError(words("case.blank"))
        return value

    @field_validator("id")
    @classmethod
    def _safe_id(cls, value: str, info: ValidationInfo) -> str:
        if isinstance(info.context, dict) and info.context.get("stored"):
            return value
        problem = case_id_problem(value)
        if problem:
            raise ValueError(problem)
        return value

    @field_validator("actors")
    @classmethod
    def _distinct_actors(cls, value: list[Actor]) -> list[Actor]:
        repeated = [actor for n, actor in enumerate(value) if actor in value[:n]]
        if repeated:
            raise ValueError(words("case.listed_twice", value=repeated[0].value))
        return value

    @field_validator("evidence")
    @classmethod
    def _known_ratings(cls, value: dict[str, RatingEvidence]) -> dict[str, RatingEvidence]:
        return _only_known(value, EVIDENCE_RATINGS, "case.not_evidence_rating")

    @property
    def is_reference(self) -> bool:
        return self.reference is not None

    def step_complete(self, step: Step) -> bool:
        """Nothing the step requires is missing (completeness.missing: Review's "Still to do")."""
        return not missing(self, step)

    def completed_steps(self) -> list[Step]:
        return [s for s in Step if self.step_complete(s)]

    @property
    def status(self) -> Status:
        return Status.COMPLETE if len(self.completed_steps()) == len(Step) else Status.DRAFT

    def instruments_for(self, level: Level) -> list[Instrument]:
        return [i for i in self.instruments if i.level is level]

    @classmethod
    def __pydantic_on_complete__(cls) -> None:
        super().__pydantic_on_complete__()
        if cls is Case:
            validator_cache.save(cls)  # for the next process (see validator_cache)


validator_cache.install(Case)  # the validator an earlier run built, when still valid
