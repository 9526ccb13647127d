"""``python -m desktop`` is the same as ``rdw``."""

from .cli import main

raise SystemExit(main())
