# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from pinterest_client.model.customer_list_upload import CustomerListUpload
    from pinterest_client.model.s3_multipart_upload_data import S3MultipartUploadData


class CustomerListUploadCreateResponse(Model):
    """CustomerListUploadCreateResponse"""

    customer_list_upload: CustomerListUpload = Field("CustomerListUpload", required=True)
    """The Customer List Upload created."""

    s3_multipart_upload_data: S3MultipartUploadData = Field("S3MultipartUploadData", required=True)
    """Pre-signed upload URLs corresponding to each part of the upload."""

    _positional = ("customer_list_upload", "s3_multipart_upload_data")

    if TYPE_CHECKING:

        def __init__(
            self,
            customer_list_upload: CustomerListUpload,
            s3_multipart_upload_data: S3MultipartUploadData,
        ) -> None: ...


__all__ = ["CustomerListUploadCreateResponse"]
