# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class BatchOperation(Enum):
    """The operation performed by the batch. The DELETE_DISCONTINUED operation only updates availablity to "Out of
    Stock".
    """

    UPDATE = "UPDATE"
    UPSERT = "UPSERT"
    CREATE = "CREATE"
    DELETE_DISCONTINUED = "DELETE_DISCONTINUED"
    DELETE = "DELETE"


if TYPE_CHECKING:
    BatchOperationValue = Literal["UPDATE", "UPSERT", "CREATE", "DELETE_DISCONTINUED", "DELETE"]
    """What a parameter typed `BatchOperation` also takes: one of its values, as is."""


__all__ = ["BatchOperation"]
