"""What each part of the framework means, in the app's own words (after the DPC 2024 report, as
SPEC.md §2 and §3 state it: every text here must be traceable to them).

Shown as help next to every input of the wizard and in tooltips, so an officer never has to
look up what "effective utilisation" or "ability to deny" means.
"""

from __future__ import annotations

from .scales import Level, Pillar, StrengthType

PILLARS = {
    Pillar.RESEARCH_INNOVATION: "Europe's strength in research and innovation.",
    Pillar.IP_PATENTS: "Europe's strength in intellectual property and patents.",
    Pillar.PRODUCTION_COMMERCIALISATION: "Europe's strength in producing and commercialising the technology.",
}

STANCE_HELP = ("Maintain: keep a strength Europe already has. "
               "Regain / develop: win back a strength Europe has lost, or build one it does not have yet.")
LIKELIHOOD_HELP = ("How likely Europe holds an edge over China within 10 years, given the right policies: "
                   "high (green), medium (yellow), low (red).")

STRENGTH_TYPES = {
    StrengthType.TECHNOLOGICAL_EXCELLENCE: "Europe's technology is better or more advanced.",
    StrengthType.COMMERCIALISATION_ADVANTAGE: "A strong market position, better commercialisation or product integration.",
    StrengthType.MARKET_ACCESS_CONDITIONING: "Europe can set conditions for access to its market, e.g. the Single Market.",
    StrengthType.REGULATORY_POLITICAL_NORMATIVE: "Regulatory, political and normative factors, e.g. legal certainty and normative power.",
    StrengthType.SUSTAINABILITY: "Europe's edge in the sustainability of the technology.",
    StrengthType.RESEARCH_PARTNERSHIPS_THIRD_COUNTRIES: "Europe's research partnerships with third countries.",
}

LEVERAGE_FACTORS = {
    "market_entry_barriers": ("Market-entry barriers",
                              "What stops Chinese substitutes from entering: a technological breakthrough they still "
                              "need, economies of scale, standards and certification — or no substantial barrier."),
    "substitutability": ("Substitutability",
                         "Could China replace the European technology with another one, even a worse or dearer one? "
                         "With spillover damage, one of the two dimensions of the report's Figure 5 that shape "
                         "the degree of leverage."),
    "foreign_availability": ("Foreign availability",
                             "Do non-European suppliers (US, Japan, Korea, Taiwan…) offer it? They dilute a chokepoint."),
    "effective_utilisation": ("Effective utilisation",
                              "Could Europe actually use the strength? Export controls on tangible machinery can be "
                              "enforced; on software, data or know-how much less."),
    "ethical_constraints": ("Ethical constraints",
                            "Would withholding the technology be unacceptable, e.g. medical technology? The report "
                            "names ethical considerations among what shapes the degree of leverage (Finding 4); they "
                            "limit what leverage can be used for."),
    "spillover_damage": ("Spillover damage",
                         "The damage Europe itself expects if ties were cut: lost revenue, retaliation. One of the "
                         "two dimensions of the report's Figure 5 (with substitutability) that shape the degree of "
                         "leverage."),
    "dual_use_relevance": ("Dual-use relevance",
                           "Could the technology be used to threaten Europe (dual use)? Threat prevention only makes "
                           "sense if so. This is the app's own coding, not a field of the report."),
}

LEVERAGE_DEGREE_HELP = ("Strength is necessary but not sufficient for leverage. The report names ethical "
                        "considerations, how hard the technology is to substitute and the expected spillover damage "
                        "to Europe as what shapes the degree of leverage (Finding 4, Figure 5).")

LEVELS = {
    Level.THREAT_PREVENTION: (
        "The lowest level, with one goal: stop the leakage of dual-use technology to China that could be used "
        "to threaten Europe (Wassenaar Arrangement, EU dual-use regulation 2021/821, UK Export Control Act "
        "2002 and Export Control Order 2008).",
        "Simple and targeted: it allows the most economic and technological exchange with China, but gives no "
        "leverage beyond that narrow aim.",
    ),
    Level.ABILITY_TO_DENY: (
        "Maintaining or creating co-dependencies that would cost China a great deal if Europe used its "
        "strength to disentangle. Defensive: deter China from acting against core European interests. Unlike "
        "threat prevention it looks at economic dependencies broadly, not only dual-use goods, and it assumes "
        "China is cost-sensitive and rational.",
        "Mutual dependency keeps interaction and revenue but accepts some vulnerability; a China in deep crisis "
        "could act irrationally; Europe could misjudge who depends on whom and slide into asymmetric dependency.",
    ),
    Level.ABILITY_TO_ACT: (
        "The same cost-of-interdependence logic, but proactive: maintain an edge so that Chinese reliance on "
        "European technology lets Europe shape technology and related policy, in China directly or through "
        "third markets.",
        "High leverage, but the close cooperation it needs strengthens Chinese capabilities and raises "
        "Europe's own economic and security risk.",
    ),
    Level.CURTAILMENT: (
        "Prevent China from developing economic and technological capabilities far beyond the security realm: "
        "limit and freeze its technological and economic development more broadly (US chip export controls "
        "are the example). In the report it is feasible only in lithography.",
        "A relative gain in power at an economic cost, slower innovation, damage to global climate-mitigation "
        "goals, and the highest risk of Chinese retaliation.",
    ),
}

FEASIBILITY_HELP = ("Feasibility: the likelihood that the right policy choices would let Europe achieve the level "
                    "within 10 years (not feasible, low, medium, high). It is about what Europe could achieve, "
                    "not only about today's dependency.")

BALANCE_HELP = ("Two poles of one continuum, and both are sources of security (Finding 6). Entanglement: "
                "security through indispensability — targeted reverse dependencies keep the cost of conflict "
                "very high for China. Autonomy: less European dependence and vulnerability — but a "
                "technologically self-reliant China poses security challenges of its own. The balance differs "
                "by technology and by the level of ambition chosen.")
