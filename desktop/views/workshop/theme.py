"""The presentation theme: sizes for the back of a room and colours with at least 7:1 contrast
(WCAG AAA) for every text/background pair used. Plain data, so a test computes the ratios.
"""

from __future__ import annotations

BACKGROUND = "#ffffff"
INK = "#000000"  # body text
MUTED = "#2b2f36"  # secondary text: still 13:1 on white
ACCENT = "#0b2e59"  # headings, selected option background
ON_ACCENT = "#ffffff"
BAR = "#0b2e59"  # tally bars (their count is always written beside them)
BAR_TRACK = "#e4e8ee"  # empty part of a bar (not text)
DECIDED_BG = "#0a4d32"  # the decision banner
ON_DECIDED = "#ffffff"
SUGGESTED_BG = "#fff3b0"  # the rules' suggestion, also marked "suggested" in words
ON_SUGGESTED = "#000000"
BORDER = "#000000"

# (text, background) pairs that appear on screen
TEXT_PAIRS = {
    "body": (INK, BACKGROUND),
    "secondary": (MUTED, BACKGROUND),
    "heading": (ACCENT, BACKGROUND),
    "selected option": (ON_ACCENT, ACCENT),
    "decision banner": (ON_DECIDED, DECIDED_BG),
    "suggested option": (ON_SUGGESTED, SUGGESTED_BG),
    "text on bar track": (INK, BAR_TRACK),
}

# pixel sizes at 768 px of screen height; everything scales with the height
BODY_PX = 26
OPTION_PX = 30
QUESTION_PX = 42
HEADER_PX = 24
SMALL_PX = 24  # the smallest text on the audience screen


def relative_luminance(colour: str) -> float:
    channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    a, b = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)
