# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Dict, Optional

from pinterest_client.model_utils import Field, Model


class IntegrationLogClientRequest(Model):
    """HTTP request details included in the log sent by the client."""

    host: str
    """HTTP request host from host header."""

    method: str

    path: str
    """HTTP request path."""

    request_headers: Optional[Dict[str, str]]
    """HTTP request headers as key-value pairs."""

    response_headers: Optional[Dict[str, str]]
    """HTTP response headers as key-value pairs."""

    response_status_code: Optional[int]

    _fields = (
        Field('host', 'str', required=True),
        Field('method', 'str', required=True, enum=('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH')),
        Field('path', 'str', required=True),
        Field('request_headers', 'dict[str]'),
        Field('response_headers', 'dict[str]'),
        Field('response_status_code', 'int'),
    )
    _additional = None
