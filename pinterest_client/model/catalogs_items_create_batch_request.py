# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.batch_operation import BatchOperation
    from pinterest_client.model.country import Country
    from pinterest_client.model.item_create_batch_record import ItemCreateBatchRecord


class CatalogsItemsCreateBatchRequest(Model):
    """Request object to create catalogs items"""

    country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    items: List[ItemCreateBatchRecord]
    """Array with catalogs items"""

    language: str
    """We recommend using the CatalogsLocale values."""

    operation: Union[BatchOperation, str]
    """The operation performed by the batch. The DELETE_DISCONTINUED operation only updates availablity to "Out of Stock"."""

    _fields = (
        Field('country', 'Country', required=True),
        Field('items', 'list[ItemCreateBatchRecord]', required=True, max_items=1000, min_items=1),
        Field('language', 'str', required=True),
        Field('operation', 'BatchOperation', required=True),
    )
    _additional = None
