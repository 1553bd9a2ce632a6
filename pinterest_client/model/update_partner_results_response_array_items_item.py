# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.business_access_error import BusinessAccessError


class UpdatePartnerResultsResponseArrayItemsItem(Model):
    """UpdatePartnerResultsResponseArrayItemsItem (inline schema)."""

    exception: Optional[BusinessAccessError]

    member_or_partner_id: Optional[str]

    _fields = (
        Field('exception', 'BusinessAccessError', nullable=True),
        Field('member_or_partner_id', 'str', nullable=True, max_length=18, pattern='^\\d+$'),
    )
