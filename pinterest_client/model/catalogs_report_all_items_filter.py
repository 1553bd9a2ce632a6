# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsReportAllItemsFilter(Model):
    """CatalogsReportAllItemsFilter (component schema)."""

    catalog_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Unique identifier of a catalog. If not given, oldest catalog will be used"""

    report_type: str = Field("str", required=True, enum=("ALL_ITEMS",))

    _defaults = {"report_type": "ALL_ITEMS"}
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            catalog_id: Optional[str] = ...,
            report_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsReportAllItemsFilter"]
