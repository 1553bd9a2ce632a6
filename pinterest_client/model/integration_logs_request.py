# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.integration_log import IntegrationLog


class IntegrationLogsRequest(Model):
    """Batch of logs sent from an integration application."""

    logs: List[IntegrationLog] = Field("list[IntegrationLog]", required=True, max_items=250, min_items=1)

    _positional = ("logs",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            logs: List[IntegrationLog],
        ) -> None: ...


__all__ = ["IntegrationLogsRequest"]
