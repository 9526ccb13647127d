"""The scorecard export dialog: preview, format, options and the save questions around
``desktop.reports``, which does the drawing and writing; its progress and Cancel
(``export_progress``), Copy Scorecard (``clipboard``) and the Open / Show in Folder offer after a
save (``saved_file``). Imports ``desktop.models``, ``desktop.reports`` and the shared view helpers."""
