"""The Qt widgets: everything the officer sees and edits, one package per thing they do.

``window`` (the main window and start-up), ``browser`` (the case list and summary), ``wizard``
(the four-step assessment), ``analysis`` (compare, what changed, what would flip it, snapshots),
``portfolio`` (the report's cross-case figures), ``workshop`` (the projector mode), ``sources``
(the source library) and ``export`` (the scorecard export dialog); ``dialogs`` and ``literal`` are
shared by all of them (the rating colours are ``models.palette``). Views may import
``desktop.models`` and ``desktop.reports``; they never speak SQL (they call the store), and
nothing in ``models`` or ``reports`` imports them, except the figure pages of ``reports``, which
draw the portfolio's charts.
"""
