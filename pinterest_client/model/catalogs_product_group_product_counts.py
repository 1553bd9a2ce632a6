# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model._c import CatalogsProductGroupProductCounts as CatalogsProductGroupProductCounts

__all__ = ["CatalogsProductGroupProductCounts"]
