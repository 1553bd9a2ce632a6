# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class CatalogsFormat(Enum):
    """The file format of a feed."""

    TSV = "TSV"
    CSV = "CSV"
    XML = "XML"


if TYPE_CHECKING:
    CatalogsFormatValue = Literal["TSV", "CSV", "XML"]
    """What a parameter typed `CatalogsFormat` also takes: one of its values, as is."""


__all__ = ["CatalogsFormat"]
