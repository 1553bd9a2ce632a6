# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.catalogs_retail_batch_request import (
    CatalogsRetailBatchRequestItemsItem as CatalogsRetailBatchRequestItemsItem,
)

__all__ = ["CatalogsRetailBatchRequestItemsItem"]
