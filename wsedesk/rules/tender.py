"""TW-1: award of a tender for Intensief Werkplekleren on quality and price (domain.md §3.4).

Pure. Each bid of one tender (and lot) scores `quality_weight × quality/100` points for its
quality score (0–100) plus `price_weight × lowest price / its price` for its price; the highest
total ranks first (ties share a rank). Weights come from rule-settings.json (TW-1).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from wsedesk.i18n import N_

_POINTS = Decimal("0.01")


@dataclass(frozen=True)
class Bid:
    """One partner's bid: `key` names it (a dossier id); price in euro, quality score 0–100."""

    key: str
    price: Decimal | None
    quality_score: Decimal | None

    @property
    def complete(self) -> bool:
        return self.price is not None and self.price > 0 and self.quality_score is not None


@dataclass(frozen=True)
class BidScore:
    """A complete bid's points: for quality, for price, in total, and its rank (1 = best)."""

    key: str
    quality_points: Decimal
    price_points: Decimal
    total: Decimal
    rank: int


def score_bids(bids: Iterable[Bid], quality_weight: Decimal, price_weight: Decimal) -> list[BidScore]:
    """The complete bids scored and ranked, best first; incomplete bids are left out."""
    complete = [b for b in bids if b.complete]
    if not complete:
        return []
    lowest = min(b.price for b in complete if b.price is not None)
    scored: list[tuple[str, Decimal, Decimal, Decimal]] = []
    for b in complete:
        assert b.price is not None and b.quality_score is not None
        quality = (quality_weight * b.quality_score / 100).quantize(_POINTS, ROUND_HALF_UP)
        price = (price_weight * lowest / b.price).quantize(_POINTS, ROUND_HALF_UP)
        scored.append((b.key, quality, price, quality + price))
    scored.sort(key=lambda s: (-s[3], s[0]))
    out: list[BidScore] = []
    for i, (key, quality, price, total) in enumerate(scored):
        rank = out[-1].rank if out and out[-1].total == total else i + 1
        out.append(BidScore(key, quality, price, total, rank))
    return out


def missing_bid_facts(bid: Bid) -> list[str]:
    """What a bid still lacks before it can be scored (Dutch field names)."""
    missing = []
    if bid.price is None or bid.price <= 0:
        missing.append(N_("prijs"))
    if bid.quality_score is None:
        missing.append(N_("kwaliteitsscore"))
    return missing


__all__ = ["Bid", "BidScore", "missing_bid_facts", "score_bids"]
