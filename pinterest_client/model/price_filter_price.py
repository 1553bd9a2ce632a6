# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.price_filter import PriceFilterPRICE as PriceFilterPRICE

__all__ = ["PriceFilterPRICE"]
