"""How old a rating's sources may be before the sources annex and Review flag it. Apart from
``evidence`` (which needs the case models) so that ``rdw scorecard``'s options can name the
range without loading them."""

from __future__ import annotations

DEFAULT_STALE_YEARS = 3  # a rating resting only on sources older than this is flagged
MIN_STALE_YEARS, MAX_STALE_YEARS = 1, 20
