# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model, ModelList
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class CreateAssetAccessRequestErrorMessage(ModelList):
    """A list of errors associated with the asset access requests. Will be returned if there is an error."""

    _item_type = "CreateAssetAccessRequestErrorMessageItem"
    _nullable = True


class CreateAssetAccessRequestErrorMessageItem(Model):
    """CreateAssetAccessRequestErrorMessageItem (inline schema)."""

    code: Optional[int] = Field("int")
    """Error code associated with the error in requesting asset access."""

    messages: Optional[List[str]] = Field("list[str]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            code: Optional[int] = ...,
            messages: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["CreateAssetAccessRequestErrorMessage", "CreateAssetAccessRequestErrorMessageItem"]
