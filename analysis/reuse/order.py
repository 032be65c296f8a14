"""Which of two articles was published first, from the metadata's publication dates.

The metadata has dates, not times, so two articles of the same day cannot be ordered; an article
without a date cannot be ordered against any. Such pairs are ``same-day`` or ``unknown``, and
words they share are never counted as taken from the other (:mod:`analysis.reuse.derivation`
counts them apart, as an upper bound).
"""

from __future__ import annotations

EARLIER, LATER, SAME_DAY, UNKNOWN = "earlier", "later", "same-day", "unknown"
ORDERS = (EARLIER, LATER, SAME_DAY, UNKNOWN)


def other_order(date: str, other_date: str) -> str:
    """Return when the other article was published relative to this one: earlier, later, same-day or unknown.

    Dates are ISO ``YYYY-MM-DD`` strings (which sort as dates); an empty string is unknown.
    """
    if not date or not other_date:
        return UNKNOWN
    if other_date < date:
        return EARLIER
    if other_date > date:
        return LATER
    return SAME_DAY
