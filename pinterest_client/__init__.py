"""Python SDK for the Pinterest REST API v5.

    import pinterest_client
    from pinterest_client.api import boards_api

    configuration = pinterest_client.Configuration(access_token="...")
    with pinterest_client.ApiClient(configuration) as api_client:
        boards = boards_api.BoardsApi(api_client).boards_list(page_size=10)

Importing this package is cheap: names below load on first use (PEP 562).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, List

__version__ = "0.1.0"

if TYPE_CHECKING:
    from pinterest_client.api_client import ApiClient as ApiClient
    from pinterest_client.api_client import ApiResponse as ApiResponse
    from pinterest_client.configuration import Configuration as Configuration
    from pinterest_client.exceptions import ApiAttributeError as ApiAttributeError
    from pinterest_client.exceptions import ApiConnectionError as ApiConnectionError
    from pinterest_client.exceptions import ApiException as ApiException
    from pinterest_client.exceptions import ApiKeyError as ApiKeyError
    from pinterest_client.exceptions import ApiTimeoutError as ApiTimeoutError
    from pinterest_client.exceptions import ApiTypeError as ApiTypeError
    from pinterest_client.exceptions import ApiValueError as ApiValueError
    from pinterest_client.exceptions import BadRequestException as BadRequestException
    from pinterest_client.exceptions import ConflictException as ConflictException
    from pinterest_client.exceptions import ForbiddenException as ForbiddenException
    from pinterest_client.exceptions import NotFoundException as NotFoundException
    from pinterest_client.exceptions import OpenApiException as OpenApiException
    from pinterest_client.exceptions import RateLimitException as RateLimitException
    from pinterest_client.exceptions import ServiceException as ServiceException
    from pinterest_client.exceptions import SpamRateLimitException as SpamRateLimitException
    from pinterest_client.exceptions import UnauthorizedException as UnauthorizedException
    from pinterest_client.exceptions import UnprocessableEntityException as UnprocessableEntityException
    from pinterest_client.retry import RetryPolicy as RetryPolicy

_EXPORTS = {
    "ApiClient": "api_client",
    "ApiResponse": "api_client",
    "Configuration": "configuration",
    "RetryPolicy": "retry",
    **{
        name: "exceptions"
        for name in (
            "ApiAttributeError",
            "ApiConnectionError",
            "ApiException",
            "ApiKeyError",
            "ApiTimeoutError",
            "ApiTypeError",
            "ApiValueError",
            "BadRequestException",
            "ConflictException",
            "ForbiddenException",
            "NotFoundException",
            "OpenApiException",
            "RateLimitException",
            "ServiceException",
            "SpamRateLimitException",
            "UnauthorizedException",
            "UnprocessableEntityException",
        )
    },
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return sorted(set(globals()) | set(__all__))
