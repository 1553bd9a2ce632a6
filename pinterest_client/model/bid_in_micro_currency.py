# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

BidInMicroCurrency = int
"""Bid price in micro currency. A value of 0 will stop distribution for this item in `MAX_BID` ad groups in
`CATALOG_SALES` campaigns. A value of `null` will fallback to the ad group's `bid_in_micro_currency`.
"""


__all__ = ["BidInMicroCurrency"]
