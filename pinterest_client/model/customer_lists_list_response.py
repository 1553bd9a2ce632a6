# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.customer_list import CustomerList


class CustomerListsListResponse(Model):
    """CustomerListsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[CustomerList]

    _fields = (
        Field('bookmark', 'str', nullable=True),
        Field('items', 'list[CustomerList]', required=True),
    )
