# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class LeadFormCommonPolicyLinksItem(Model):
    """LeadFormCommonPolicyLinksItem (inline schema)."""

    label: Optional[str]
    """Policy label for an additional policy link."""

    link: Optional[str]
    """Policy link for an additional policy link."""

    _spec = (
        ('label', 'str'),
        ('link', 'str'),
    )
