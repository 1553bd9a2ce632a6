# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.user_list_operation_type import UserListOperationType, UserListOperationTypeValue


class CustomerListUploadResponse(Model):
    """CustomerListUploadResponse"""

    ad_account_id: str = Field("str", required=True, pattern="^\\d+$")
    """Advertiser ID."""

    creation_time: int = Field("int", required=True)
    """Customer List Upload creation_time. Epoch (seconds)."""

    customer_list_id: str = Field("str", required=True, pattern="^\\d+$")
    """ID of the customer list associated with this upload."""

    error_counts: Optional[List[CustomerListUploadResponseErrorCountsItem]] = Field(
        "list[CustomerListUploadResponseErrorCountsItem]", nullable=True
    )
    """Error counts by error code"""

    id: str = Field("str", required=True, pattern="^\\d+$")
    """Customer List Upload ID."""

    operation: Union[UserListOperationType, str] = Field("UserListOperationType", required=True)
    """User list operation type (add or remove)"""

    record_counts: Optional[CustomerListUploadResponseRecordCounts] = Field(
        "CustomerListUploadResponseRecordCounts", nullable=True
    )
    """Record processing counts"""

    state: str = Field("str", required=True, enum=("NOT_STARTED", "RUNNING", "PAUSED", "SUCCEEDED", "FAILED"))
    """Workload processing state"""

    updated_time: int = Field("int", required=True)
    """Customer List Upload updated_time. Epoch (seconds)."""

    _positional = ("ad_account_id", "creation_time", "customer_list_id", "id", "operation", "state", "updated_time")

    if TYPE_CHECKING:

        def __init__(
            self,
            ad_account_id: str,
            creation_time: int,
            customer_list_id: str,
            id: str,
            operation: Union[UserListOperationType, UserListOperationTypeValue],
            state: str,
            updated_time: int,
            *,
            error_counts: Optional[List[CustomerListUploadResponseErrorCountsItem]] = ...,
            record_counts: Optional[CustomerListUploadResponseRecordCounts] = ...,
        ) -> None: ...


class CustomerListUploadResponseErrorCountsItem(Model):
    """ErrorDetail"""

    count: int = Field("int", required=True)
    """Number of records with this error"""

    error_code: int = Field("int", required=True)
    """Numeric error code"""

    message: str = Field("str", required=True)
    """Error message description"""

    _positional = ("count", "error_code", "message")

    if TYPE_CHECKING:

        def __init__(
            self,
            count: int,
            error_code: int,
            message: str,
        ) -> None: ...


class CustomerListUploadResponseRecordCounts(Model):
    """Record processing counts"""

    invalid: int = Field("int", required=True)
    """Number of invalid records processed"""

    processed: int = Field("int", required=True)
    """Number of records processed"""

    valid: int = Field("int", required=True)
    """Number of valid records processed"""

    _positional = ("invalid", "processed", "valid")
    _nullable = True

    if TYPE_CHECKING:

        def __init__(
            self,
            invalid: int,
            processed: int,
            valid: int,
        ) -> None: ...


__all__ = [
    "CustomerListUploadResponse",
    "CustomerListUploadResponseErrorCountsItem",
    "CustomerListUploadResponseRecordCounts",
]
