# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class GetMMMReportResponse(Model):
    """GetMMMReportResponse (component schema `GetMMMReportResponse`)."""

    code: Optional[float] = Field("float")

    data: Optional[GetMMMReportResponseData] = Field("GetMMMReportResponseData")
    """GetMMMReportResponseData"""

    message: Optional[str] = Field("str")

    status: Optional[str] = Field("str")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            code: Optional[float] = ...,
            data: Optional[GetMMMReportResponseData] = ...,
            message: Optional[str] = ...,
            status: Optional[str] = ...,
        ) -> None: ...


class GetMMMReportResponseData(Model):
    """GetMMMReportResponseData"""

    report_status: Optional[str] = Field(
        "str", enum=("DOES_NOT_EXIST", "FINISHED", "IN_PROGRESS", "EXPIRED", "FAILED", "CANCELLED")
    )

    size: Optional[float] = Field("float", nullable=True)

    url: Optional[str] = Field("str", nullable=True)

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            report_status: Optional[str] = ...,
            size: Optional[float] = ...,
            url: Optional[str] = ...,
        ) -> None: ...


__all__ = ["GetMMMReportResponse", "GetMMMReportResponseData"]
