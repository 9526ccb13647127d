"""The assessment wizard: Basics → Strength → Leverage → Ambition → Instruments → Review."""
