# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class BusinessAccessUserSummary(Model):
    """Metadata of the member/partner that has access to the asset."""

    email: Optional[str]
    """Email of the business member/partner."""

    id: Optional[str]
    """Unique identifier of the business member/partner."""

    username: Optional[str]
    """Username of the business member/partner."""

    _spec = (
        ('email', 'str', 'nullable'),
        ('id', 'str', 'nullable', {'max_length': 20, 'min_length': 1}),
        ('username', 'str', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            email: Optional[str] = ...,
            id: Optional[str] = ...,
            username: Optional[str] = ...,
        ) -> None: ...


__all__ = ["BusinessAccessUserSummary"]
