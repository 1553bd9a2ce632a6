# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.customer_list_upload_error_counts_item import CustomerListUploadErrorCountsItem
    from pinterest_client.model.customer_list_upload_record_counts import CustomerListUploadRecordCounts
    from pinterest_client.model.user_list_operation_type import UserListOperationType


class CustomerListUpload(Model):
    """CustomerListUpload"""

    ad_account_id: str
    """Advertiser ID."""

    creation_time: int
    """Customer List Upload creation_time. Epoch (seconds)."""

    customer_list_id: str
    """ID of the customer list associated with this upload."""

    error_counts: Optional[List[CustomerListUploadErrorCountsItem]]
    """Error counts by error code"""

    id: str
    """Customer List Upload ID."""

    operation: Union[UserListOperationType, str]
    """User list operation type (add or remove)"""

    record_counts: Optional[CustomerListUploadRecordCounts]
    """Record processing counts"""

    state: str
    """Workload processing state"""

    updated_time: int
    """Customer List Upload updated_time. Epoch (seconds)."""

    _spec = (
        ('ad_account_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('creation_time', 'int', 'required'),
        ('customer_list_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('error_counts', 'list[CustomerListUploadErrorCountsItem]', 'nullable'),
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('operation', 'UserListOperationType', 'required'),
        ('record_counts', 'CustomerListUploadRecordCounts', 'nullable'),
        ('state', 'str', 'required', {'enum': ('NOT_STARTED', 'RUNNING', 'PAUSED', 'SUCCEEDED', 'FAILED')}),
        ('updated_time', 'int', 'required'),
    )
