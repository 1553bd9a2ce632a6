# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class SSIOAccountPMPName(Model):
    """SSIOAccountPMPName (component schema `SSIOAccountPMPName`)."""

    id: Optional[str] = Field("str")
    """Salesforce id for PMP"""

    name: Optional[str] = Field("str")
    """Display name"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
            name: Optional[str] = ...,
        ) -> None: ...


__all__ = ["SSIOAccountPMPName"]
