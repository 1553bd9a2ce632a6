# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import UnionModel


class CatalogsRetailBatchRequestItemsItem(UnionModel):
    """CatalogsRetailBatchRequestItemsItem (inline schema).

    One of: `CatalogsCreateRetailItem`, `CatalogsUpdateRetailItem`, `CatalogsUpsertRetailItem`, `CatalogsDeleteRetailItem`.
    """

    _variants = ('CatalogsCreateRetailItem', 'CatalogsUpdateRetailItem', 'CatalogsUpsertRetailItem', 'CatalogsDeleteRetailItem')
    _discriminator = ('operation', {'CREATE': 'CatalogsCreateRetailItem', 'UPDATE': 'CatalogsUpdateRetailItem', 'UPSERT': 'CatalogsUpsertRetailItem', 'DELETE': 'CatalogsDeleteRetailItem'})
