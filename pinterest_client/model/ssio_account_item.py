# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.ssio_account_address import SSIOAccountAddress


class SSIOAccountItem(Model):
    """SSIOAccountItem (component schema `SSIOAccountItem`)."""

    addresses: Optional[List[SSIOAccountAddress]] = Field("list[SSIOAccountAddress]")
    """Address information that is associated with this account."""

    id: Optional[str] = Field("str")
    """Salesforce id for billto_info"""

    io_terms: Optional[str] = Field("str")
    """Salesforce text for IO Terms and Conditions"""

    io_terms_id: Optional[str] = Field("str")
    """Salesforce id for IO Terms and Conditions"""

    io_type: Optional[str] = Field("str")
    """Insertion Order Type - Pinterest Paper or Agency Paper"""

    row_terms: Optional[str] = Field("str")
    """Salesforce text for Rest of the World Terms and Conditions"""

    row_terms_id: Optional[str] = Field("str")
    """Salesforce id for Rest of the World Terms and Conditions"""

    us_terms: Optional[str] = Field("str")
    """Salesforce text for US Terms and Conditions"""

    us_terms_id: Optional[str] = Field("str")
    """Salesforce id for US Terms and Conditions"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            addresses: Optional[List[SSIOAccountAddress]] = ...,
            id: Optional[str] = ...,
            io_terms: Optional[str] = ...,
            io_terms_id: Optional[str] = ...,
            io_type: Optional[str] = ...,
            row_terms: Optional[str] = ...,
            row_terms_id: Optional[str] = ...,
            us_terms: Optional[str] = ...,
            us_terms_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["SSIOAccountItem"]
