# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.user_list_operation_type import UserListOperationType


class CustomerListUploadResponse(Model):
    """CustomerListUploadResponse"""

    ad_account_id: str
    """Advertiser ID."""

    creation_time: int
    """Customer List Upload creation_time. Epoch (seconds)."""

    customer_list_id: str
    """ID of the customer list associated with this upload."""

    error_counts: Optional[List[CustomerListUploadResponseErrorCountsItem]]
    """Error counts by error code"""

    id: str
    """Customer List Upload ID."""

    operation: Union[UserListOperationType, str]
    """User list operation type (add or remove)"""

    record_counts: Optional[CustomerListUploadResponseRecordCounts]
    """Record processing counts"""

    state: str
    """Workload processing state"""

    updated_time: int
    """Customer List Upload updated_time. Epoch (seconds)."""

    _spec = (
        ('ad_account_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('creation_time', 'int', 'required'),
        ('customer_list_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('error_counts', 'list[CustomerListUploadResponseErrorCountsItem]', 'nullable'),
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('operation', 'UserListOperationType', 'required'),
        ('record_counts', 'CustomerListUploadResponseRecordCounts', 'nullable'),
        ('state', 'str', 'required', {'enum': ('NOT_STARTED', 'RUNNING', 'PAUSED', 'SUCCEEDED', 'FAILED')}),
        ('updated_time', 'int', 'required'),
    )
    _positional = ('ad_account_id', 'creation_time', 'customer_list_id', 'id', 'operation', 'state', 'updated_time')

    if TYPE_CHECKING:

        def __init__(
            self,
            ad_account_id: str,
            creation_time: int,
            customer_list_id: str,
            id: str,
            operation: Union[UserListOperationType, str],
            state: str,
            updated_time: int,
            *,
            error_counts: Optional[List[CustomerListUploadResponseErrorCountsItem]] = ...,
            record_counts: Optional[CustomerListUploadResponseRecordCounts] = ...,
        ) -> None: ...


class CustomerListUploadResponseErrorCountsItem(Model):
    """ErrorDetail"""

    count: int
    """Number of records with this error"""

    error_code: int
    """Numeric error code"""

    message: str
    """Error message description"""

    _spec = (
        ('count', 'int', 'required'),
        ('error_code', 'int', 'required'),
        ('message', 'str', 'required'),
    )
    _positional = ('count', 'error_code', 'message')

    if TYPE_CHECKING:

        def __init__(
            self,
            count: int,
            error_code: int,
            message: str,
        ) -> None: ...


class CustomerListUploadResponseRecordCounts(Model):
    """Record processing counts"""

    invalid: int
    """Number of invalid records processed"""

    processed: int
    """Number of records processed"""

    valid: int
    """Number of valid records processed"""

    _spec = (
        ('invalid', 'int', 'required'),
        ('processed', 'int', 'required'),
        ('valid', 'int', 'required'),
    )
    _positional = ('invalid', 'processed', 'valid')

    if TYPE_CHECKING:

        def __init__(
            self,
            invalid: int,
            processed: int,
            valid: int,
        ) -> None: ...


__all__ = ["CustomerListUploadResponse", "CustomerListUploadResponseErrorCountsItem", "CustomerListUploadResponseRecordCounts"]
