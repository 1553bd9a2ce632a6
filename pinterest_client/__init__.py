"""Python SDK for the Pinterest REST API v5.

    import pinterest_client
    from pinterest_client.api import boards_api

    configuration = pinterest_client.Configuration(access_token="...")
    with pinterest_client.ApiClient(configuration) as api_client:
        boards = boards_api.BoardsApi(api_client).boards_list(page_size=10)

Importing this package is cheap: names below load on first use (PEP 562), and the package
itself imports nothing, not even ``typing``.
"""

from __future__ import annotations

#: This SDK's version (PEP 440); the distribution ``pinterest-client-v5`` takes its version from here.
__version__ = "0.1.0"

#: The version of Pinterest's OpenAPI description (its ``info.version``) that the generated API and
#: model classes were produced from; every generated file's header names it too.
API_VERSION = "5.23.0"

#: ``typing.TYPE_CHECKING`` without importing ``typing`` (type checkers treat the name specially).
TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import Any, List

    from pinterest_client.api_client import ApiClient as ApiClient
    from pinterest_client.api_client import ApiResponse as ApiResponse
    from pinterest_client.api_client import AsyncResult as AsyncResult
    from pinterest_client.api_client import RawResponse as RawResponse
    from pinterest_client.configuration import Configuration as Configuration
    from pinterest_client.dataframe import to_dataframe as to_dataframe
    from pinterest_client.dataframe import to_records as to_records
    from pinterest_client.exceptions import ApiAttributeError as ApiAttributeError
    from pinterest_client.exceptions import ApiConnectionError as ApiConnectionError
    from pinterest_client.exceptions import ApiDecodeError as ApiDecodeError
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
    from pinterest_client.exceptions import OperationRemovedError as OperationRemovedError
    from pinterest_client.exceptions import RateLimitException as RateLimitException
    from pinterest_client.exceptions import RedirectRefusedError as RedirectRefusedError
    from pinterest_client.exceptions import ResponseTooLargeError as ResponseTooLargeError
    from pinterest_client.exceptions import ServiceException as ServiceException
    from pinterest_client.exceptions import SpamRateLimitException as SpamRateLimitException
    from pinterest_client.exceptions import UnauthorizedException as UnauthorizedException
    from pinterest_client.exceptions import UnprocessableEntityException as UnprocessableEntityException
    from pinterest_client.jobs import AnalyticsReport as AnalyticsReport
    from pinterest_client.jobs import Backoff as Backoff
    from pinterest_client.jobs import JobError as JobError
    from pinterest_client.jobs import JobFailedError as JobFailedError
    from pinterest_client.jobs import JobTimeoutError as JobTimeoutError
    from pinterest_client.jobs import TransferError as TransferError
    from pinterest_client.jobs import download_file as download_file
    from pinterest_client.jobs import run_analytics_report as run_analytics_report
    from pinterest_client.jobs import run_bulk_download as run_bulk_download
    from pinterest_client.jobs import run_bulk_upsert as run_bulk_upsert
    from pinterest_client.jobs import run_items_batch as run_items_batch
    from pinterest_client.jobs import wait_for_analytics_report as wait_for_analytics_report
    from pinterest_client.jobs import wait_for_bulk_request as wait_for_bulk_request
    from pinterest_client.jobs import wait_for_items_batch as wait_for_items_batch
    from pinterest_client.jobs import wait_until as wait_until
    from pinterest_client.media import upload_media as upload_media
    from pinterest_client.media import wait_for_media as wait_for_media
    from pinterest_client.pagination import Page as Page
    from pinterest_client.pagination import Paginator as Paginator
    from pinterest_client.pagination import paginate as paginate
    from pinterest_client.retry import RetryPolicy as RetryPolicy

_EXPORTS = {
    "ApiClient": "api_client",
    "ApiResponse": "api_client",
    "AsyncResult": "api_client",
    "RawResponse": "api_client",
    "Configuration": "configuration",
    "RetryPolicy": "retry",
    # Pagination, long-running workflows and notebooks (issue #5)
    **{
        name: "dataframe"
        for name in (
            "to_dataframe",
            "to_records",
        )
    },
    **{
        name: "jobs"
        for name in (
            "AnalyticsReport",
            "Backoff",
            "JobError",
            "JobFailedError",
            "JobTimeoutError",
            "TransferError",
            "download_file",
            "run_analytics_report",
            "run_bulk_download",
            "run_bulk_upsert",
            "run_items_batch",
            "wait_for_analytics_report",
            "wait_for_bulk_request",
            "wait_for_items_batch",
            "wait_until",
        )
    },
    **{
        name: "media"
        for name in (
            "upload_media",
            "wait_for_media",
        )
    },
    **{
        name: "pagination"
        for name in (
            "Page",
            "Paginator",
            "paginate",
        )
    },
    **{
        name: "exceptions"
        for name in (
            "ApiAttributeError",
            "ApiConnectionError",
            "ApiDecodeError",
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
            "OperationRemovedError",
            "RateLimitException",
            "RedirectRefusedError",
            "ResponseTooLargeError",
            "ServiceException",
            "SpamRateLimitException",
            "UnauthorizedException",
            "UnprocessableEntityException",
        )
    },
}

__all__ = sorted(_EXPORTS) + ["API_VERSION", "__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return sorted(set(globals()) | set(__all__))
