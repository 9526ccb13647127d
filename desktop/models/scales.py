"""The framework's vocabulary: every scale of SPEC.md §2 as an enum.

Each member's value is the snake_case token of the exchange format (what is stored and
exported); ``label`` is what a person reads. Ordered scales also know their rank, so rules
and views can compare them without string tables of their own.
"""

from __future__ import annotations

from enum import Enum


class Scale(str, Enum):
    """A token with a human label; ordered scales list members from weakest to strongest."""

    def __new__(cls, token: str, label: str):
        member = str.__new__(cls, token)
        member._value_ = token
        member.label = label
        return member

    @property
    def token(self) -> str:
        return self.value

    @property
    def rank(self) -> int:
        """Position in declaration order (0 = first): meaningful for ordered scales only."""
        return list(type(self)).index(self)

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {m.value: m.label for m in cls}

    def __str__(self) -> str:  # f-strings and str() give the token, as json does
        return self.value


class Pillar(Scale):
    RESEARCH_INNOVATION = ("research_innovation", "Research & innovation")
    IP_PATENTS = ("ip_patents", "IP & patents")
    PRODUCTION_COMMERCIALISATION = ("production_commercialisation", "Production & commercialisation")


class Stance(Scale):
    MAINTAIN = ("maintain", "Maintain")
    REGAIN_DEVELOP = ("regain_develop", "Regain / develop")


class Likelihood(Scale):
    """Likelihood that Europe holds an edge over China within 10 years (red / yellow / green)."""

    LOW = ("low", "Low")
    MEDIUM = ("medium", "Medium")
    HIGH = ("high", "High")


class StrengthType(Scale):
    TECHNOLOGICAL_EXCELLENCE = ("technological_excellence", "Technological excellence")
    COMMERCIALISATION_ADVANTAGE = ("commercialisation_advantage", "Commercialisation advantage")
    MARKET_ACCESS_CONDITIONING = ("market_access_conditioning", "Conditioning of market access")
    REGULATORY_POLITICAL_NORMATIVE = (
        "regulatory_political_normative",
        "Regulatory, political and normative factors",
    )
    SUSTAINABILITY = ("sustainability", "Sustainability")
    RESEARCH_PARTNERSHIPS_THIRD_COUNTRIES = (
        "research_partnerships_third_countries",
        "Research partnerships with third countries",
    )


class MarketEntryBarrier(Scale):
    TECHNOLOGICAL_BREAKTHROUGH = ("technological_breakthrough", "Technological breakthrough needed")
    ECONOMIES_OF_SCALE = ("economies_of_scale", "Economies of scale")
    STANDARDS_CERTIFICATION = ("standards_certification", "Standards & certification")
    NONE = ("none", "No substantial barrier")


class Substitutability(Scale):
    """How hard China finds it to replace the technology; ordered from easy to very hard."""

    EASY = ("easy", "Easy")
    MODERATE = ("moderate", "Moderate")
    HARD = ("hard", "Hard")
    VERY_HARD = ("very_hard", "Very hard")


class ForeignAvailability(Scale):
    NONE = ("none", "None")
    LIMITED = ("limited", "Limited")
    BROAD = ("broad", "Broad")


class EffectiveUtilisation(Scale):
    """Ordered from least to most usable."""

    HARD_TO_ENFORCE = ("hard_to_enforce", "Hard to enforce")
    PARTLY_ENFORCEABLE = ("partly_enforceable", "Partly enforceable")
    ENFORCEABLE = ("enforceable", "Enforceable")


class SpilloverDamage(Scale):
    LOW = ("low", "Low")
    MEDIUM = ("medium", "Medium")
    HIGH = ("high", "High")


class DualUseRelevance(Scale):
    NONE = ("none", "None")
    SOME = ("some", "Some")
    HIGH = ("high", "High")


class LeverageDegree(Scale):
    LOW = ("low", "Low")
    LOW_MEDIUM = ("low_medium", "Low–medium")
    MEDIUM = ("medium", "Medium")
    MEDIUM_HIGH = ("medium_high", "Medium–high")
    HIGH = ("high", "High")


class Level(Scale):
    """The four levels of ambition, in rising order of ambition and cost."""

    THREAT_PREVENTION = ("threat_prevention", "Threat prevention")
    ABILITY_TO_DENY = ("ability_to_deny", "Ability to deny")
    ABILITY_TO_ACT = ("ability_to_act", "Ability to act")
    CURTAILMENT = ("curtailment", "Curtailment")


class Feasibility(Scale):
    NOT_FEASIBLE = ("not_feasible", "Not feasible")
    LOW = ("low", "Low")
    MEDIUM = ("medium", "Medium")
    HIGH = ("high", "High")


class PPP(Scale):
    """The EU triangle of protect / promote / partner."""

    PROTECT = ("protect", "Protect")
    PROMOTE = ("promote", "Promote")
    PARTNER = ("partner", "Partner")


class Focus(Scale):
    """The source of strength an instrument serves."""

    KNOWLEDGE_SECURITY = ("knowledge_security", "Knowledge security")
    RESEARCH_PROMOTION = ("research_promotion", "Research promotion")
    COMMERCIALISATION = ("commercialisation", "Commercialisation")


class Confidence(Scale):
    """How sure the assessors are of a rating, kept apart from the rating itself."""

    LOW = ("low", "Low")
    MEDIUM = ("medium", "Medium")
    HIGH = ("high", "High")


class Provenance(Scale):
    STATED_IN_SCORECARD = ("stated_in_scorecard", "As published in the report's scorecard")
    PARTLY_RECONSTRUCTED = ("partly_reconstructed", "Partly reconstructed from the chapter")
    INFERRED_FROM_TEXT = ("inferred_from_text", "Inferred from the chapter's text")


class RatingProvenance(Scale):
    """Where one rated value of a reference case comes from (exchange format version 3,
    ``provenance.ratings``): legible in (or stated as that rating by) the report, rebuilt from
    the chapter's prose where the scorecard is partly legible, or judged from the prose."""

    PUBLISHED = ("published", "Published")
    RECONSTRUCTED = ("reconstructed", "Reconstructed")
    INFERRED = ("inferred", "Inferred")


class Actor(Scale):
    """Who should act (any subset; exchange format version 3)."""

    EU = ("eu", "EU")
    UK = ("uk", "UK")
    MEMBER_STATES = ("member_states", "Member states")
    INDUSTRY = ("industry", "Industry")
    RESEARCH = ("research", "Research")


class Step(Scale):
    """The wizard's pages that hold assessment content, in order."""

    BASICS = ("basics", "Basics")
    STRENGTH = ("strength", "Strength")
    LEVERAGE = ("leverage", "Leverage")
    AMBITION = ("ambition", "Ambition")
    INSTRUMENTS = ("instruments", "Instruments")


class Status(Scale):
    DRAFT = ("draft", "Draft")
    COMPLETE = ("complete", "Complete")
