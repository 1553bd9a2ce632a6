# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model._s import S3MultipartUploadData as S3MultipartUploadData

__all__ = ["S3MultipartUploadData"]
