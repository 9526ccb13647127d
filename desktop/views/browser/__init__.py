"""The case browser: the case list (table model, filter proxy) beside the summary of the
selected case (HTML). It imports ``desktop.models`` and the shared view helpers only."""
