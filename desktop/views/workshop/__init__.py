"""Workshop mode: the audience screen, the facilitator's controls, and the session driving them.
Imports ``desktop.models`` and the shared view helpers; the command line draws the audience
screens (``rdw slides``) with ``audience_view``."""
