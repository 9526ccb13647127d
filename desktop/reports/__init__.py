"""Scorecard output: renderers of the content that ``models.scorecard`` builds, one per format.

``canvas`` is the page-drawing surface every format shares, ``layout`` lays Scorecards 1 and 2,
the contents and the annexes out on it (``memo``, ``workshop``, ``figures`` draw the annexes),
``pdf`` and ``png`` write the files, and ``content`` reads the scorecards to write from the
store. Reports may import ``desktop.models``, Qt's GUI classes (painting, fonts, PDF) and the
portfolio's chart code; never a dialog or the main window.
"""
