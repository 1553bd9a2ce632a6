# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class ItemsBatchPostRequest(UnionModel):
    """ItemsBatchPostRequest (inline schema).

    One of: `CatalogsVerticalBatchRequest`, `CatalogsItemsBatchRequest`.
    """

    _variants = ("CatalogsVerticalBatchRequest", "CatalogsItemsBatchRequest")


__all__ = ["ItemsBatchPostRequest"]
