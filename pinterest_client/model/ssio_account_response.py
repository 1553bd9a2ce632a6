# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.ssio_account_item import SSIOAccountItem
    from pinterest_client.model.ssio_account_pmp_name import SSIOAccountPMPName


class SSIOAccountResponse(Model):
    """SSIOAccountResponse (component schema `SSIOAccountResponse`)."""

    billto_infos: Optional[List[SSIOAccountItem]] = Field("list[SSIOAccountItem]")
    """An array of Salesforce account information that includes address, io terms, etc."""

    can_edit: Optional[bool] = Field("bool")
    """Advertiser eligible to update order lines"""

    currency: Optional[str] = Field("str")

    eligible: Optional[bool] = Field("bool")
    """Advertiser eligible to create order lines"""

    error: Optional[str] = Field("str")
    """Error indicator from Salesforce which could be "No Error" """

    pmp_names: Optional[List[SSIOAccountPMPName]] = Field("list[SSIOAccountPMPName]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            billto_infos: Optional[List[SSIOAccountItem]] = ...,
            can_edit: Optional[bool] = ...,
            currency: Optional[str] = ...,
            eligible: Optional[bool] = ...,
            error: Optional[str] = ...,
            pmp_names: Optional[List[SSIOAccountPMPName]] = ...,
        ) -> None: ...


__all__ = ["SSIOAccountResponse"]
