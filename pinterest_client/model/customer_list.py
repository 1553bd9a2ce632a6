# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Any, Dict, Optional


class CustomerList(Model):
    """CustomerList"""

    ad_account_id: Optional[str] = Field("str")
    """Associated ad account ID."""

    created_time: Optional[float] = Field("float")
    """Creation time. Unix timestamp in seconds."""

    exceptions: Optional[Dict[str, Any]] = Field("dict[any]")
    """Customer list errors"""

    id: Optional[str] = Field("str")
    """Customer list ID."""

    name: Optional[str] = Field("str")
    """Customer list name."""

    num_batches: Optional[float] = Field("float")
    """Total number of list updates.  List creation counts as one batch. Each
    [Append](https://developers.pinterest.com/docs/redoc/#operation/ads_v3_customer_list_add_handler_PUT) or [Remove
    API](https://developers.pinterest.com/docs/redoc/#operation/ads_v3_customer_list_remove_handler_PUT) call counts
    as another. List creation via the Ads Manager UI could result in more than one batch since the UI breaks up large
    lists.
    """

    num_removed_user_records: Optional[float] = Field("float")
    """Number of removed user records. In a [Remove
    API](https://developers.pinterest.com/docs/redoc/#operation/ads_v3_customer_list_remove_handler_PUT) call, this
    counter increases even if the user is not found in the list.
    """

    num_uploaded_user_records: Optional[float] = Field("float")
    """Number of uploaded user records. In an [Append
    API](https://developers.pinterest.com/docs/redoc/#operation/ads_v3_customer_list_add_handler_PUT) call, this
    counter increases even if the uploaded user is already in the list.
    """

    status: Optional[str] = Field("str", enum=("PROCESSING", "READY", "TOO_SMALL", "UPLOADING"))
    """Customer list status. TOO_SMALL - the list has less than 100 Pinterest users."""

    type: Optional[str] = Field("str")
    """Always "customerlist"."""

    updated_time: Optional[float] = Field("float")
    """Last update time. Unix timestamp in seconds."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_account_id: Optional[str] = ...,
            created_time: Optional[float] = ...,
            exceptions: Optional[Dict[str, Any]] = ...,
            id: Optional[str] = ...,
            name: Optional[str] = ...,
            num_batches: Optional[float] = ...,
            num_removed_user_records: Optional[float] = ...,
            num_uploaded_user_records: Optional[float] = ...,
            status: Optional[str] = ...,
            type: Optional[str] = ...,
            updated_time: Optional[float] = ...,
        ) -> None: ...


__all__ = ["CustomerList"]
