"""The scorecard export dialog: preview, options and the save questions around
``desktop.reports``, which does the drawing and writing. Imports ``desktop.models``,
``desktop.reports`` and the shared view helpers."""
