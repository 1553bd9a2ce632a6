"""The typing objects that only annotations of checked code name: the call options
(``RequestOptions``, ``CallOptions``: the generated methods' ``**options``) and ``RawResponse``
(what the API stubs say ``_preload_content=False`` returns).

Callers import them from :mod:`pinterest_client.api_client` (``RawResponse`` from the package
too), where checkers read them through ``from pinterest_client._annotations import Name as Name``
under ``TYPE_CHECKING``. At run time nothing imports this module until one of them is asked for
(the PEP 562 ``__getattr__`` of ``api_client``, :func:`pinterest_client._runtime_typing.lazy_names`):
building them costs ~0.25 ms, which every program's first call would pay and none needs. (Aliases
that run-time signatures name, such as ``configuration.TimeoutType``, stay in their modules:
``typing.get_type_hints`` looks names up in the module's namespace.)
"""

from typing import Mapping, Optional, Tuple, TypedDict, Union

import urllib3

from pinterest_client.rest import Response
from pinterest_client.retry import RetryPolicy

#: What a call with ``_preload_content=False`` returns: the urllib3 response, undecoded (or, from a
#: transport without one, such as :class:`~pinterest_client.rest.MockTransport`, its ``Response``).
RawResponse = Union[urllib3.HTTPResponse, Response]


class RequestOptions(TypedDict, total=False):
    """The keyword options of a generated method that do not change what it returns (the type
    stubs spell ``async_req``, ``_preload_content`` and ``_return_http_data_only`` out, one
    overload per return type)."""

    _request_timeout: Union[float, Tuple[Optional[float], Optional[float]]]  # per attempt: seconds, or (connect, read)
    _deadline: Optional[float]  # seconds the whole call may take: attempts, waits, body reads
    _check_input_type: bool  # False skips request validation
    _check_return_type: bool  # True validates the response strictly
    _content_type: str  # override the request Content-Type
    _host_index: int  # 0 production, 1 sandbox
    _spec_property_naming: bool  # accepted for compatibility; wire names are always used
    _retries: Union[RetryPolicy, int]  # retry policy for this call
    _retry_non_idempotent: bool  # allow retrying this non-idempotent call after it may have been sent
    _headers: Mapping[str, str]  # extra request headers


class CallOptions(RequestOptions, total=False):
    """Keyword options every generated method accepts (the original client's names, plus ours);
    ``api_client.CALL_OPTIONS`` names them for the run time."""

    async_req: bool  # run in the client's thread pool; returns AsyncResult (.get())
    _return_http_data_only: bool  # False -> ApiResponse(data, status, headers)
    _preload_content: bool  # False -> the raw urllib3 response, undecoded


# Callers import them from api_client (and their repr says so).
RequestOptions.__module__ = CallOptions.__module__ = "pinterest_client.api_client"
