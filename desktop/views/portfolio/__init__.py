"""The Portfolio page: the report's cross-case figures (Figures 1–5 and Table 2) as pyqtgraph
charts over the data ``models.portfolio`` builds, clickable, exportable as PNG and SVG, and
drawn offscreen for the command line and the scorecard PDF. Imports ``desktop.models`` and the
shared view helpers only."""
