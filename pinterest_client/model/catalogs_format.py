# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class CatalogsFormat(Enum):
    """The file format of a feed."""

    TSV = "TSV"
    CSV = "CSV"
    XML = "XML"


__all__ = ["CatalogsFormat"]
