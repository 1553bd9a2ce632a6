# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Dict, Optional


class IntegrationLogClientRequest(Model):
    """HTTP request details included in the log sent by the client."""

    host: str = Field("str", required=True)
    """HTTP request host from host header."""

    method: str = Field(
        "str", required=True, enum=("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH")
    )

    path: str = Field("str", required=True)
    """HTTP request path."""

    request_headers: Optional[Dict[str, str]] = Field("dict[str]")
    """HTTP request headers as key-value pairs."""

    response_headers: Optional[Dict[str, str]] = Field("dict[str]")
    """HTTP response headers as key-value pairs."""

    response_status_code: Optional[int] = Field("int")

    _positional = ("method", "host", "path")
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            method: str,
            host: str,
            path: str,
            *,
            request_headers: Optional[Dict[str, str]] = ...,
            response_headers: Optional[Dict[str, str]] = ...,
            response_status_code: Optional[int] = ...,
        ) -> None: ...


__all__ = ["IntegrationLogClientRequest"]
