# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class FeedsUpdateRequest(UnionModel):
    """FeedsUpdateRequest (inline schema).

    One of: `CatalogsVerticalFeedsUpdateRequest`, `CatalogsFeedsUpdateRequest`.
    """

    _variants = ("CatalogsVerticalFeedsUpdateRequest", "CatalogsFeedsUpdateRequest")


__all__ = ["FeedsUpdateRequest"]
