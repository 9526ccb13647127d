"""The framework in plain Python: domain models, rules, catalogue and storage (no Qt here)."""
