# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.s3_file_part import S3FilePart


class S3MultipartUploadData(Model):
    """S3MultipartUploadData"""

    file_parts: Optional[List[S3FilePart]] = Field("list[S3FilePart]")
    """Array of file parts with pre-signed URLs."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            file_parts: Optional[List[S3FilePart]] = ...,
        ) -> None: ...


__all__ = ["S3MultipartUploadData"]
