# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class FeedsCreateRequest(UnionModel):
    """FeedsCreateRequest (inline schema).

    One of: `CatalogsVerticalFeedsCreateRequest`, `CatalogsFeedsCreateRequest`.
    """

    _variants = ("CatalogsVerticalFeedsCreateRequest", "CatalogsFeedsCreateRequest")


__all__ = ["FeedsCreateRequest"]
