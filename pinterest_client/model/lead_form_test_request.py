# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import List

from pinterest_client.model_utils import Field, Model


class LeadFormTestRequest(Model):
    """Request to create test data for lead data test API."""

    answers: List[str]
    """Test lead answers. Should follow the creation order."""

    _fields = (
        Field('answers', 'list[str]', required=True),
    )
