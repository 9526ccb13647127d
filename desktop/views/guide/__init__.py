"""The built-in guide (Help ▸ Guide, F1): one window, opened at the section for what the user is
doing. Imported when F1 is first pressed, never with the first window (start-up speed).

``open_guide(section, parent)`` shows it; ``section_for(widget)`` names the section for a
widget (its ``guideSection`` property, else its class or an ancestor's); ``install_help(widget,
section)`` gives a dialog or window of its own an F1 key that opens the guide there.
"""

from __future__ import annotations

from .context import install_help, section_for
from .guide_window import GuideWindow, open_guide

__all__ = ["GuideWindow", "install_help", "open_guide", "section_for"]
