# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from pinterest_client.model.customer_list_upload import CustomerListUpload
    from pinterest_client.model.s3_multipart_upload_data import S3MultipartUploadData


class CustomerListUploadCreateResponse(Model):
    """CustomerListUploadCreateResponse"""

    customer_list_upload: CustomerListUpload
    """The Customer List Upload created."""

    s3_multipart_upload_data: S3MultipartUploadData
    """Pre-signed upload URLs corresponding to each part of the upload."""

    _spec = (
        ('customer_list_upload', 'CustomerListUpload', 'required'),
        ('s3_multipart_upload_data', 'S3MultipartUploadData', 'required'),
    )
    _positional = ('customer_list_upload', 's3_multipart_upload_data')

    if TYPE_CHECKING:

        def __init__(
            self,
            customer_list_upload: CustomerListUpload,
            s3_multipart_upload_data: S3MultipartUploadData,
        ) -> None: ...


__all__ = ["CustomerListUploadCreateResponse"]
