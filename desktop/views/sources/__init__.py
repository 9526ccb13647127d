"""The source library dialogs and the evidence settings (how old a source may be before it is
called stale). Imports ``desktop.models`` and the shared view helpers only."""
