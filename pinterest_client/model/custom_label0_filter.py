# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model._c import CustomLabel0Filter as CustomLabel0Filter

__all__ = ["CustomLabel0Filter"]
