# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsProductGroupsCreateManyRequestItem(UnionModel):
    """CatalogsProductGroupsCreateManyRequestItem (inline schema).

    One of: `CatalogsProductGroupCreateRequest`, `CatalogsVerticalProductGroupCreateRequest`.
    """

    _variants = ("CatalogsProductGroupCreateRequest", "CatalogsVerticalProductGroupCreateRequest")


__all__ = ["CatalogsProductGroupsCreateManyRequestItem"]
