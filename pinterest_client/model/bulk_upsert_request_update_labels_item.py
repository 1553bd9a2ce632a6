# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.bulk_upsert_request_update import (
    BulkUpsertRequestUpdateLabelsItem as BulkUpsertRequestUpdateLabelsItem,
)

__all__ = ["BulkUpsertRequestUpdateLabelsItem"]
