# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field


class SharedAudienceAccount(Model):
    """SharedAudienceAccount (component schema `SharedAudienceAccount`)."""

    account_id: str = Field("str", required=True, pattern="^\\d+$")
    """Account ID (ad account or business ID)."""

    account_name: str = Field("str", required=True)
    """Account name."""

    account_type: str = Field("str", required=True, enum=("AD_ACCOUNT", "BUSINESS_ACCOUNT"))
    """account type"""

    shared_on_timestamp: int = Field("int", required=True)
    """Epoch timestamp in seconds for the shared audience event"""

    _positional = ("account_id", "account_name", "account_type", "shared_on_timestamp")

    if TYPE_CHECKING:

        def __init__(
            self,
            account_id: str,
            account_name: str,
            account_type: str,
            shared_on_timestamp: int,
        ) -> None: ...


__all__ = ["SharedAudienceAccount"]
