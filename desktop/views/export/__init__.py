"""The scorecard export dialog: preview, options and the save questions around ``desktop.reports``."""
