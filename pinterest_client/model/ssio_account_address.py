# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class SSIOAccountAddress(Model):
    """SSIOAccountAddress (component schema `SSIOAccountAddress`)."""

    address_id: Optional[str] = Field("str")
    """Salesforce id for address"""

    display: Optional[str] = Field("str")
    """Address display"""

    order_legal_entity: Optional[str] = Field("str")
    """Legal entity for this insertion order"""

    purpose: Optional[str] = Field("str")
    """Purpose for which the address is used, usually Billing or Businness"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            address_id: Optional[str] = ...,
            display: Optional[str] = ...,
            order_legal_entity: Optional[str] = ...,
            purpose: Optional[str] = ...,
        ) -> None: ...


__all__ = ["SSIOAccountAddress"]
