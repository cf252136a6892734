"""A rank as a person should read it: over fewer places than the level has, it says how few had a value.

"Rang 1 von 3" over the 15 Kreise reads like a podium; "Rang 1 von 3 Kreisen mit Wert" does not.
"""

from __future__ import annotations

from layouts.text import t


def phrase(rank, ranked: int, places: int, level: str, lang: str) -> str:
    """``rank`` among ``ranked`` places with a value, out of the ``places`` of the level."""
    if ranked < places:
        return t("rank_of_few", lang, rank=rank, n=ranked, places=_places(ranked, level, lang))
    return t("rank_of", lang, rank=rank, n=ranked)


def with_value(ranked: int, places: int, level: str, lang: str) -> str:
    """How many of the level's places have a value, e.g. "3 von 15 Kreisen mit Wert"."""
    return t("ranked_with_value", lang, n=ranked, total=places, places=_places(places, level, lang))


def _places(count: int, level: str, lang: str) -> str:
    return t(f"rank_place_{level}" if count == 1 else f"rank_places_{level}", lang)
