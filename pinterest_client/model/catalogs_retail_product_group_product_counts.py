# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class CatalogsRetailProductGroupProductCounts(Model):
    """Product counts for a Retail CatalogsProductGroup"""

    catalog_type: str

    in_stock: float

    out_of_stock: float

    preorder: float

    total: float

    videos: Optional[float]

    _spec = (
        ('catalog_type', 'str', 'required', {'enum': ('RETAIL',)}),
        ('in_stock', 'float', 'required', {'minimum': 0}),
        ('out_of_stock', 'float', 'required', {'minimum': 0}),
        ('preorder', 'float', 'required', {'minimum': 0}),
        ('total', 'float', 'required', {'minimum': 0}),
        ('videos', 'float', '', {'minimum': 0}),
    )
    _positional = ('in_stock', 'out_of_stock', 'preorder', 'total')

    if TYPE_CHECKING:

        def __init__(
            self,
            in_stock: float,
            out_of_stock: float,
            preorder: float,
            total: float,
            *,
            catalog_type: Optional[str] = ...,
            videos: Optional[float] = ...,
        ) -> None: ...


__all__ = ["CatalogsRetailProductGroupProductCounts"]
