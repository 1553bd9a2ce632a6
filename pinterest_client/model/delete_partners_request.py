# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.business_role_check_mode import BusinessRoleCheckMode, BusinessRoleCheckModeValue


class DeletePartnersRequest(Model):
    """DeletePartnersRequest (component schema `DeletePartnersRequest`)."""

    partner_ids: List[str] = Field(
        "list[str]", required=True, items={"max_length": 22, "pattern": "^\\d+$"}, max_items=50, min_items=1
    )

    partner_type: Optional[Union[BusinessRoleCheckMode, str]] = Field("BusinessRoleCheckMode", nullable=True)

    _positional = ("partner_ids",)

    if TYPE_CHECKING:

        def __init__(
            self,
            partner_ids: List[str],
            *,
            partner_type: Optional[Union[BusinessRoleCheckMode, BusinessRoleCheckModeValue]] = ...,
        ) -> None: ...


__all__ = ["DeletePartnersRequest"]
