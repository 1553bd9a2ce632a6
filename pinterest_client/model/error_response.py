# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``ErrorResponse`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`Error`, the same class under its current name.
"""

from pinterest_client.model.error import Error

ErrorResponse = Error

__all__ = ["ErrorResponse"]
