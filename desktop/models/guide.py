"""What each part of the framework means, in the app's own words (after the DPC 2024 report).

Shown as help next to every input of the wizard and in tooltips, so an officer never has to
look up what "effective utilisation" or "ability to deny" means.
"""

from __future__ import annotations

from .scales import Level, Pillar, StrengthType

PILLARS = {
    Pillar.RESEARCH_INNOVATION: "Europe's edge in research, science and early-stage innovation.",
    Pillar.IP_PATENTS: "Europe's edge in patents, standard-essential IP and protected know-how.",
    Pillar.PRODUCTION_COMMERCIALISATION: "Europe's edge in making, selling, integrating and servicing the technology.",
}

STANCE_HELP = ("Maintain: Europe already holds this edge and should keep it. "
               "Regain / develop: Europe lost it or has yet to build it.")
LIKELIHOOD_HELP = ("How likely Europe holds an edge over China in 10 years, given the right policies: "
                   "high (green), medium (yellow), low (red).")

STRENGTH_TYPES = {
    StrengthType.TECHNOLOGICAL_EXCELLENCE: "Europe's technology is simply better or more advanced.",
    StrengthType.COMMERCIALISATION_ADVANTAGE: "A strong market position, better commercialisation or product integration.",
    StrengthType.MARKET_ACCESS_CONDITIONING: "Access to the Single Market can be made conditional, e.g. on rules or reciprocity.",
    StrengthType.REGULATORY_POLITICAL_NORMATIVE: "Legal certainty, regulation and normative power that others adopt.",
    StrengthType.SUSTAINABILITY: "An edge in green, sustainable or circular versions of the technology.",
    StrengthType.RESEARCH_PARTNERSHIPS_THIRD_COUNTRIES: "Research ties with third countries that China lacks.",
}

LEVERAGE_FACTORS = {
    "market_entry_barriers": ("Market-entry barriers",
                              "What stops Chinese substitutes from entering: a technological breakthrough they still "
                              "need, economies of scale they lack, standards and certification — or nothing substantial."),
    "substitutability": ("Substitutability",
                         "Could China replace the European technology with another one, even a worse or dearer one?"),
    "foreign_availability": ("Foreign availability",
                             "Do non-European suppliers (US, Japan, Korea, Taiwan…) offer it? Each one dilutes a chokepoint."),
    "effective_utilisation": ("Effective utilisation",
                              "Could Europe actually use the strength? Controls on tangible machinery can be enforced; "
                              "on software, data or know-how much less."),
    "ethical_constraints": ("Ethical constraints",
                            "Would withholding the technology be unacceptable, e.g. medical technology for patients?"),
    "spillover_damage": ("Spillover damage",
                         "Damage to Europe itself if ties were cut: lost revenue, retaliation, disrupted supply."),
    "dual_use_relevance": ("Dual-use relevance",
                           "Could the technology serve military or security ends? Threat prevention only applies if so."),
}

LEVERAGE_DEGREE_HELP = ("Strength is necessary but not sufficient: the degree of leverage says how far China's "
                        "dependency gives Europe real influence.")

LEVELS = {
    Level.THREAT_PREVENTION: (
        "Stop the transfer of dual-use technology that could threaten Europe (export controls under "
        "Wassenaar and the EU dual-use regulation), with maximum openness otherwise.",
        "Least costly; gives no leverage beyond that aim.",
    ),
    Level.ABILITY_TO_DENY: (
        "Keep co-dependencies that would make disentanglement very costly for China, to deter it from "
        "acting against core European interests.",
        "Defensive; needs China to depend on Europe now and substitution to be slow.",
    ),
    Level.ABILITY_TO_ACT: (
        "Keep an edge big enough that China relies on Europe, so Europe can shape technology and policy, "
        "directly or through third markets.",
        "Proactive; raises Europe's own exposure and needs a strength Europe can keep.",
    ),
    Level.CURTAILMENT: (
        "Prevent China from developing capabilities far beyond security needs: freeze its development.",
        "Highest cost and retaliation risk; needs a hard chokepoint. Only lithography came close in the report.",
    ),
}

BALANCE_HELP = ("Entanglement: security through indispensability (stay intertwined, keep China dependent). "
                "Autonomy: security through reduced dependence (disentangle, build own capacity).")
