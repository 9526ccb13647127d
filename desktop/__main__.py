"""``python -m desktop`` is the same as ``rdw``."""

from .launch import main

raise SystemExit(main())
