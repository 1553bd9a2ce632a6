# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model._l import LabelsListResponse as LabelsListResponse

__all__ = ["LabelsListResponse"]
