# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field


class S3FilePart(Model):
    """S3FilePart"""

    part_number: int = Field("int", required=True)
    """Part number for upload."""

    presigned_url: str = Field("str", required=True)
    """Pre-signed URL."""

    _positional = ("part_number", "presigned_url")

    if TYPE_CHECKING:

        def __init__(
            self,
            part_number: int,
            presigned_url: str,
        ) -> None: ...


__all__ = ["S3FilePart"]
