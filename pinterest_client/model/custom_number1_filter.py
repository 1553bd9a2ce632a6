# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model._c import CustomNumber1Filter as CustomNumber1Filter

__all__ = ["CustomNumber1Filter"]
