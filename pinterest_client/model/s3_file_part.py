# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model._s import S3FilePart as S3FilePart

__all__ = ["S3FilePart"]
