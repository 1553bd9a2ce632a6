# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Any, Dict, Optional

from pinterest_client.model_utils import Field, Model


class CustomerList(Model):
    """CustomerList"""

    ad_account_id: Optional[str]
    """Associated ad account ID."""

    created_time: Optional[float]
    """Creation time. Unix timestamp in seconds."""

    exceptions: Optional[Dict[str, Any]]
    """Customer list errors"""

    id: Optional[str]
    """Customer list ID."""

    name: Optional[str]
    """Customer list name."""

    num_batches: Optional[float]
    """Total number of list updates.  List creation counts as one batch. Each <a href="/docs/redoc/#operation/ads_v3_customer_list_add_handler_PUT">Append</a> or <a href="/docs/redoc/#operation/ads_v3_customer_list_remove_handler_PUT">Remove API</a> call counts as another. List creation via the Ads Manager UI could result in more than one batch since the UI breaks up large lists."""

    num_removed_user_records: Optional[float]
    """Number of removed user records. In a <a href="/docs/redoc/#operation/ads_v3_customer_list_remove_handler_PUT">Remove API</a> call, this counter increases even if the user is not found in the list."""

    num_uploaded_user_records: Optional[float]
    """Number of uploaded user records. In an <a href="/docs/redoc/#operation/ads_v3_customer_list_add_handler_PUT">Append API</a> call, this counter increases even if the uploaded user is already in the list."""

    status: Optional[str]
    """Customer list status. TOO_SMALL - the list has less than 100 Pinterest users."""

    type: Optional[str]
    """Always "customerlist"."""

    updated_time: Optional[float]
    """Last update time. Unix timestamp in seconds."""

    _fields = (
        Field('ad_account_id', 'str'),
        Field('created_time', 'float'),
        Field('exceptions', 'dict[any]'),
        Field('id', 'str'),
        Field('name', 'str'),
        Field('num_batches', 'float'),
        Field('num_removed_user_records', 'float'),
        Field('num_uploaded_user_records', 'float'),
        Field('status', 'str', enum=('PROCESSING', 'READY', 'TOO_SMALL', 'UPLOADING')),
        Field('type', 'str'),
        Field('updated_time', 'float'),
    )
