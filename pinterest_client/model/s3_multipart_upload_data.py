# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.s3_file_part import S3FilePart


class S3MultipartUploadData(Model):
    """S3MultipartUploadData"""

    file_parts: Optional[List[S3FilePart]]
    """Array of file parts with pre-signed URLs."""

    _fields = (
        Field('file_parts', 'list[S3FilePart]'),
    )
