# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model._c import CustomNumber4Filter as CustomNumber4Filter

__all__ = ["CustomNumber4Filter"]
