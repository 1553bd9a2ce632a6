# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsReport(Model):
    """CatalogsReport (component schema `CatalogsReport`)."""

    report_status: Optional[str] = Field("str", enum=("FINISHED", "IN_PROGRESS"))

    size: Optional[float] = Field("float", nullable=True)
    """Size of the report in bytes"""

    url: Optional[str] = Field("str", nullable=True)
    """URL to download the report"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            report_status: Optional[str] = ...,
            size: Optional[float] = ...,
            url: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsReport"]
