# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class NotificationPostRequest(UnionModel):
    """Any valid JSON object

    One of: `list[dict[any]]`, `dict[any]`.
    """

    _variants = ("list[dict[any]]", "dict[any]")


__all__ = ["NotificationPostRequest"]
