# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsCreateReportResponse(Model):
    """CatalogsCreateReportResponse (component schema `CatalogsCreateReportResponse`)."""

    token: Optional[str] = Field("str")
    """Token to be used to get the report"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            token: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsCreateReportResponse"]
