# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Any, Dict, List, Optional

from pinterest_client.model_utils import Field, Model


class MetricsResponse(Model):
    """MetricsResponse (component schema `MetricsResponse`)."""

    data: Optional[List[Dict[str, Any]]]

    _fields = (
        Field('data', 'list[dict[any]]'),
    )
