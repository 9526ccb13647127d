"""The ``rdw`` command line: ``main`` builds the parser and dispatches, one module per group.

Each command module registers its commands with ``registry``; ``main`` imports the modules and
never the other way round. Commands may import ``desktop.models`` and, for the commands that
draw, ``desktop.reports`` (scorecards), the portfolio's charts (figures) and the workshop's
audience screen (slides), always inside the command so the others never load Qt.
"""
