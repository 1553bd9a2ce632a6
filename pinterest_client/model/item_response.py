# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import UnionModel


class ItemResponse(UnionModel):
    """Object describing an item record or error

    One of: `ItemResponseOption1`, `ItemResponseOption2`.
    """

    _variants = ('ItemResponseOption1', 'ItemResponseOption2')
