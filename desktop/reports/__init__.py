"""Scorecard output: renderers of the content that ``models.scorecard`` builds, one per format.

``canvas`` is the page-drawing surface the paged formats share; ``layout`` (with
``layout_sections``) lays Scorecards 1 and 2, the contents and the annexes out on it (``memo``,
``workshop``, ``figures`` draw the annexes); ``pdf`` (with PDF/A), ``png`` and ``printing`` (a
QPrinter) put those pages on their device. ``docx``/``docx_parts`` (Word, python-docx) and
``html`` (the clipboard's tables) build the same content without Qt. ``content`` reads the
scorecards to write from the store. Reports may import ``desktop.models``, Qt's GUI classes
(painting, fonts, PDF, printing) and the portfolio's chart code; never a dialog or the main window.
"""
