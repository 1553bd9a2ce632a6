# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class InviteExceptionResponse(Model):
    """An exception object if there is an error performing the action. Will only be provided if there is an error."""

    code: Optional[int] = Field("int")
    """Error code associated with the error in performing the action on the invite/request."""

    invite_or_request_id: Optional[str] = Field("str", nullable=True, pattern="^\\d+$")
    """Unique identifier of the invite/request."""

    message: Optional[str] = Field("str")
    """Error message associated with the error in performing the action on the invite/request."""

    users_or_partner_ids: Optional[List[str]] = Field("list[str]", nullable=True)
    """A list of users' usernames or emails OR a list of partner ids that caused the error."""
    _nullable = True

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            code: Optional[int] = ...,
            invite_or_request_id: Optional[str] = ...,
            message: Optional[str] = ...,
            users_or_partner_ids: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["InviteExceptionResponse"]
