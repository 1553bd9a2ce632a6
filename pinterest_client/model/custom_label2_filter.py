# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model._c import CustomLabel2Filter as CustomLabel2Filter

__all__ = ["CustomLabel2Filter"]
