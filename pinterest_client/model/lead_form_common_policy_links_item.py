# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class LeadFormCommonPolicyLinksItem(Model):
    """LeadFormCommonPolicyLinksItem (inline schema)."""

    label: Optional[str]
    """Policy label for an additional policy link."""

    link: Optional[str]
    """Policy link for an additional policy link."""

    _fields = (
        Field('label', 'str'),
        Field('link', 'str'),
    )
