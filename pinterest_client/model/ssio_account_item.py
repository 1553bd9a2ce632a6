# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.ssio_account_address import SSIOAccountAddress


class SSIOAccountItem(Model):
    """SSIOAccountItem (component schema `SSIOAccountItem`)."""

    addresses: Optional[List[SSIOAccountAddress]]
    """Address information that is associated with this account."""

    id: Optional[str]
    """Salesforce id for billto_info"""

    io_terms: Optional[str]
    """Salesforce text for IO Terms and Conditions"""

    io_terms_id: Optional[str]
    """Salesforce id for IO Terms and Conditions"""

    io_type: Optional[str]
    """Insertion Order Type - Pinterest Paper or Agency Paper"""

    row_terms: Optional[str]
    """Salesforce text for Rest of the World Terms and Conditions"""

    row_terms_id: Optional[str]
    """Salesforce id for Rest of the World Terms and Conditions"""

    us_terms: Optional[str]
    """Salesforce text for US Terms and Conditions"""

    us_terms_id: Optional[str]
    """Salesforce id for US Terms and Conditions"""

    _fields = (
        Field('addresses', 'list[SSIOAccountAddress]'),
        Field('id', 'str'),
        Field('io_terms', 'str'),
        Field('io_terms_id', 'str'),
        Field('io_type', 'str'),
        Field('row_terms', 'str'),
        Field('row_terms_id', 'str'),
        Field('us_terms', 'str'),
        Field('us_terms_id', 'str'),
    )
