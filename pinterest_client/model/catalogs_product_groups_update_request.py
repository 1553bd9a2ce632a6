# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsProductGroupsUpdateRequest(UnionModel):
    """CatalogsProductGroupsUpdateRequest (inline schema).

    One of: `CatalogsProductGroupUpdateRequest`, `CatalogsVerticalProductGroupUpdateRequest`.
    """

    _variants = ("CatalogsProductGroupUpdateRequest", "CatalogsVerticalProductGroupUpdateRequest")


__all__ = ["CatalogsProductGroupsUpdateRequest"]
