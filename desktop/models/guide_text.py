"""The built-in guide's texts (Help ▸ Guide, F1): the method in plain words, section by section,
in the interface's language.

Every definition is taken from ``guide.py`` (the texts the wizard shows beside its inputs) or
condensed from SPEC.md §2–§4 and §6; a ``Block`` says which (``source``), and a SPEC-condensed
block carries the phrases it quotes (``quotes``, in the English of SPEC.md), so
``tests/test_guide_texts.py`` can check each against its origin. Blocks with ``source="app"``
describe the app itself, never the framework. The sentences are the templates of
``resources/i18n/guide.tsv`` (English, French, German); the framework's words in them are the
glossary's. Plain Python: the views render it (``desktop/views/guide``), the keyboard reference included.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from . import guide
from .language import Phrase, label, localised, sentence, term
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
    RatingProvenance,
    SpilloverDamage,
    Step,
    StrengthType,
    Substitutability,
)

CATALOGUE = "guide"


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


def _lower(text: str, lang: str) -> str:
    """A scale's value inside a sentence: lower case, except in German (its nouns keep capitals)."""
    return text if lang == "de" else text.lower()


def _labels(scale, lang: str = "en") -> str:
    return " / ".join(_lower(label(m, lang), lang) for m in scale)


FACTOR_SCALE_TYPES = {
    "market_entry_barriers": MarketEntryBarrier,
    "substitutability": Substitutability,
    "foreign_availability": ForeignAvailability,
    "effective_utilisation": EffectiveUtilisation,
    "ethical_constraints": None,  # yes / no
    "spillover_damage": SpilloverDamage,
    "dual_use_relevance": DualUseRelevance,
}


def factor_scale(key: str, lang: str = "en") -> str:
    """A leverage factor's values as the guide lists them ("easy / moderate / …")."""
    scale = FACTOR_SCALE_TYPES[key]
    return sentence(CATALOGUE, "scale.yes_no", lang) if scale is None else _labels(scale, lang)


FACTOR_SCALES = {key: factor_scale(key) for key in FACTOR_SCALE_TYPES}  # the English, as before

KEYBOARD = "keyboard"  # the section the views generate from the actions and ``keys.declared()``
KEYBOARD_TITLE = Phrase(CATALOGUE, "keyboard.title")  # its title; ``in_language`` for the others


class _Writer:
    """Makes one section's blocks in one language from the catalogue's templates."""

    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, key: str, **params: Any) -> str:
        return sentence(CATALOGUE, key, self.lang, **params)

    def block(self, key: str, term: str = "", source: str = "app", quotes: tuple[str, ...] = (),
              **params: Any) -> Block:
        return Block(self(key, **params), term, source, quotes)

    def help(self, text: Phrase) -> str:
        """A text of ``guide.py`` in this language."""
        return localised(text, self.lang)

    def word(self, value: Enum | str) -> str:
        """A framework value's or a glossary term's ("term.…") name in this language."""
        return label(value, self.lang) if isinstance(value, Enum) else term(value, self.lang)

    def with_scale(self, name: str, scale: str) -> str:
        return self("with_scale", term=name, scale=scale)


def _getting_started(w: _Writer) -> Section:
    return Section("start", w("title.start"), (
        w.block("start.offline"),
        w.block("start.list"),
        w.block("start.open"),
        w.block("start.keyboard"),
        w.block("start.saved"),
    ))


def _method(w: _Writer) -> Section:
    def step(n: int, value: Step) -> str:
        return w("method.step", n=n, step=value)

    return Section("method", w("title.method"), (
        w.block("method.origin", source="SPEC §1", quotes=("reverse dependencies", "technology by technology")),
        w.block("method.strength", term=step(1, Step.STRENGTH), source="SPEC §2"),
        w.block("method.leverage", term=step(2, Step.LEVERAGE), source="SPEC §2",
                quotes=("Strength is necessary but not sufficient for leverage.",)),
        w.block("method.ambition", term=step(3, Step.AMBITION), source="SPEC §2"),
        w.block("method.instruments", term=step(4, Step.INSTRUMENTS), source="SPEC §2"),
        w.block("method.wizard"),
    ))


def _basics(w: _Writer) -> Section:
    actors = {actor.value: actor for actor in Actor}
    return Section("basics", w("title.basics"), (w.block("basics.what", **actors),))


def _strength(w: _Writer) -> Section:
    blocks = [w.block("strength.pillars", source="SPEC §2", quotes=("source of European strength",))]
    blocks += [Block(w.help(guide.PILLARS[p]), term=w.word(p), source=f"guide.PILLARS[{p.name}]") for p in Pillar]
    blocks.append(Block(w.help(guide.STANCE_HELP), term=w.word("term.stance"), source="guide.STANCE_HELP"))
    blocks.append(Block(w.help(guide.LIKELIHOOD_HELP), term=w.with_scale(w.word("term.likelihood"),
                                                                          _labels(Likelihood, w.lang)),
                        source="guide.LIKELIHOOD_HELP"))
    blocks.append(w.block("strength.types", source="SPEC §2", quotes=("Types of strength",)))
    blocks += [Block(w.help(guide.STRENGTH_TYPES[t]), term=w.word(t), source=f"guide.STRENGTH_TYPES[{t.name}]")
               for t in StrengthType]
    blocks.append(w.block("strength.rationale", source="SPEC §2",
                          quotes=("A rationale text and sources for every rating.",)))
    return Section("strength", w("title.strength", step=Step.STRENGTH), tuple(blocks))


def _leverage(w: _Writer) -> Section:
    blocks = [Block(w.help(guide.LEVERAGE_DEGREE_HELP), source="guide.LEVERAGE_DEGREE_HELP")]
    for key, (name, text) in guide.LEVERAGE_FACTORS.items():
        blocks.append(Block(w.help(text), term=w.with_scale(w.help(name), factor_scale(key, w.lang)),
                            source=f"guide.LEVERAGE_FACTORS[{key}]"))
    blocks.append(w.block("leverage.result", term=w.word("term.degree_of_leverage"), source="SPEC §2",
                          quotes=("intermediate low–medium, medium–high are", "allowed, as the report uses them"),
                          scale=_labels(LeverageDegree, w.lang)))
    return Section("leverage", w("title.leverage", step=Step.LEVERAGE), tuple(blocks))


def _ambition(w: _Writer) -> Section:
    blocks = [Block(w.help(guide.FEASIBILITY_HELP), term=w.with_scale(w.word("term.feasibility"),
                                                                       _labels(Feasibility, w.lang)),
                    source="guide.FEASIBILITY_HELP")]
    for level in Level:
        definition, trade_off = guide.LEVELS[level]
        blocks.append(Block(w.help(definition), term=w.word(level), source=f"guide.LEVELS[{level.name}][0]"))
        blocks.append(w.block("ambition.trade_off", source=f"guide.LEVELS[{level.name}][1]", text=w.help(trade_off)))
    blocks.append(w.block("ambition.choose", source="SPEC §2", quotes=("the level chosen, its rationale",)))
    blocks.append(Block(w.help(guide.BALANCE_HELP), term=w("ambition.balance"), source="guide.BALANCE_HELP"))
    return Section("ambition", w("title.ambition", step=Step.AMBITION), tuple(blocks))


def _instruments(w: _Writer) -> Section:
    return Section("instruments", w("title.instruments", step=Step.INSTRUMENTS), (
        w.block("instruments.tags", source="SPEC §2",
                quotes=("protect / promote / partner", "knowledge security / research promotion / commercialisation"),
                ppp=_labels(PPP, w.lang), focus=_labels(Focus, w.lang)),
        w.block("instruments.table2", source="SPEC §2",
                quotes=("Table 2", "promote and partner instruments … along with minor protect",
                        "strong emphasis on partner")),
        w.block("instruments.own", source="SPEC §2",
                quotes=("not every pattern matters in every case and that case-specific instruments matter",)),
        w.block("instruments.finding5", source="SPEC §3",
                quotes=("promote and partner tools need at least as much attention as protect",
                        "technology-agnostic and avoid simply protecting incumbents")),
    ))


def _review(w: _Writer) -> Section:
    return Section("review", w("title.review"), (w.block("review.what"),))


def _evidence(w: _Writer) -> Section:
    return Section("evidence", w("title.evidence"), (
        w.block("evidence.what"),
        w.block("evidence.reference", source="SPEC §8",
                quotes=("published → high, reconstructed → medium, inferred → low",),
                published=RatingProvenance.PUBLISHED, reconstructed=RatingProvenance.RECONSTRUCTED,
                inferred=RatingProvenance.INFERRED, high=Confidence.HIGH, medium=Confidence.MEDIUM,
                low=Confidence.LOW),
    ))


def _suggestions(w: _Writer) -> Section:
    spec = {"source": "SPEC §3"}
    return Section("suggestions", w("title.suggestions"), (
        w.block("suggestions.why", quotes=("always shows why",), **spec),
        w.block("suggestions.override",
                quotes=("an override keeps the user's value, the suggestion, and a required reason",), **spec),
        w.block("suggestions.monotone",
                quotes=("harder substitutability never lowers leverage", "broader",
                        "foreign availability never raises it", "curtailment is never more feasible than the leverage"),
                **spec),
        w.block("suggestions.tendencies", quotes=("These are tendencies, not formulas",), **spec),
        w.block("suggestions.cap", quotes=("Leverage is never", "higher than the strength behind it allows"), **spec),
        w.block("suggestions.threat_prevention", term=w("suggestions.needs.threat_prevention"),
                quotes=("only makes sense where the technology has dual-use relevance",
                        "enforceable (tangible goods, not know-how or data)"), **spec),
        w.block("suggestions.ability_to_deny", term=w("suggestions.needs.ability_to_deny"),
                quotes=("holds or could create within 10 years", "High spillover damage makes denial less credible"),
                **spec),
        w.block("suggestions.ability_to_act", term=w("suggestions.needs.ability_to_act"),
                quotes=("plus the means to shape markets and rules", "usually at least medium leverage"), **spec),
        w.block("suggestions.curtailment", term=w("suggestions.needs.curtailment"),
                quotes=("Curtailment needs a hard chokepoint", "Even then it is costly"), **spec),
        w.block("suggestions.oracle", quotes=("values we inferred from the prose are not an oracle",), **spec),
    ))


def _scorecard(w: _Writer) -> Section:
    return Section("scorecard", w("title.scorecard"), (
        w.block("scorecard.one", term=w.word("term.scorecard_1"), source="SPEC §4",
                quotes=("the three pillars with maintain/regain and the coloured", "the six strength types ticked")),
        w.block("scorecard.two", term=w.word("term.scorecard_2"), source="SPEC §4",
                quotes=("feasibility of the four levels; the core recommendations",
                        "(\"None\" where a level is not feasible)")),
        w.block("scorecard.includes", source="SPEC §2",
                quotes=("all of the measures under ability to", "may carry a caveat")),
        w.block("scorecard.header", source="SPEC §4",
                quotes=("case title, author, organisation, date, version of the assessment",)),
        w.block("scorecard.export"),
    ))


def _portfolio(w: _Writer) -> Section:
    return Section("portfolio", w("title.portfolio"), (
        w.block("portfolio.figures", source="SPEC §5",
                quotes=("Feasibility matrix", "Substitutability vs expected spillover damage")),
        w.block("portfolio.compare"),
    ))


def _workshop(w: _Writer) -> Section:
    return Section("workshop", w("title.workshop"), (
        w.block("workshop.room", source="SPEC §6",
                quotes=("full-screen presentation at 1024×768 and up", "keyboard-driven")),
        w.block("workshop.tally", source="SPEC §6",
                quotes=("captured as a tally (e.g. 3 × high, 5 × medium, 1 × low)",
                        "the decision log records who decided what and why")),
        w.block("workshop.screen"),
    ))


def sections(lang: str = "en") -> list[Section]:
    """The guide in reading order, in ``lang``; the keyboard reference (``KEYBOARD``) comes last,
    built by the views."""
    w = _Writer(lang)
    return [part(w) for part in (_getting_started, _method, _basics, _strength, _leverage, _ambition, _instruments,
                                 _review, _evidence, _suggestions, _scorecard, _portfolio, _workshop)]


def about_text(lang: str = "en") -> str:
    """Help ▸ About in ``lang``: the app and version, what it is for, the method's citation (as
    published: a reference is cited in its own language) and the reference cases' terms."""
    from .. import APP_NAME, METHOD_CITATION, __version__

    citation = sentence(CATALOGUE, "about.citation", lang, text=METHOD_CITATION.removeprefix("Method: "))
    return "\n\n".join((f"{APP_NAME} {__version__}", sentence(CATALOGUE, "about.what", lang), citation,
                        sentence(CATALOGUE, "about.reference", lang)))
