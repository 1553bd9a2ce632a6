"""What a generated API module declares about each operation (:class:`Operation`, :class:`Param`),
:func:`calls` (which ties a generated method to its operation), :class:`ApiBase`, the base of the
generated API classes, :class:`WithHttpInfo` (their ``*_with_http_info`` methods), and
:func:`renamed`, which the methods of operations whose request body the original client named
otherwise call on every call (the other legacy-call helpers, called only by legacy call forms, are
in :mod:`pinterest_client.legacy_calls`).
"""

from __future__ import annotations

from types import MethodType

from pinterest_client._checks import _Invalid, scalar_encoder
from pinterest_client._types import NO_CHECKS, TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Callable, Dict, Mapping, Optional, Sequence, Tuple, TypeVar

    from pinterest_client.api_client import ApiClient, ApiResponse

    Encoder = Callable[[Any, bool], Any]
    F = TypeVar("F", bound=Callable[..., Any])


#: Security schemes (``Operation.security``) that carry the OAuth access token.
BEARER_SCHEMES = frozenset({"pinterest_oauth2", "client_credentials"})


class Param:
    """One path or query parameter of an operation."""

    __slots__ = ("name", "py", "location", "type", "required", "style", "explode", "checks", "_encoder")

    def __init__(
        self,
        name: str,
        location: str,
        type: str,
        *,
        py: Optional[str] = None,
        required: bool = False,
        style: Optional[str] = None,
        explode: Optional[bool] = None,
        **checks: Any,
    ) -> None:
        self.name: str = name
        self.py: str = py or name  # the generated method's argument
        self.location: str = location
        self.type: str = type
        self.required: bool = required
        self.style: str = style or ("simple" if location == "path" else "form")
        self.explode: bool = (self.style == "form") if explode is None else explode
        self.checks: Dict[str, Any] = checks or NO_CHECKS  # (most have none: one shared empty table)
        self._encoder: Optional[Encoder] = None

    def encoder(self) -> Encoder:
        """The compiled encoder for this parameter's type and checks (built on first use)."""
        encoder = self._encoder
        if encoder is None:
            encoder = scalar_encoder(self.type, self.checks)  # (ids, counts...: no model encoders)
            if encoder is None:
                from pinterest_client._encode import _compile_encoder

                encoder = _compile_encoder(self.type, self.checks or None)
            self._encoder = encoder
        return encoder

    def wire(self, value: Any, operation: str) -> Any:
        """``value`` validated and in its JSON form (``encode`` with this parameter's checks)."""
        try:
            return self.encoder()(value, False)
        except _Invalid as bad:
            raise bad.error(f"{operation}: {self.name}") from None


class Operation:
    """Everything about one endpoint that the request pipeline needs."""

    __slots__ = (
        "id",
        "name",
        "method",
        "path",
        "params",
        "body",
        "body_name",
        "body_required",
        "content_type",
        "responses",
        "security",
        "idempotent",
        "deprecated",
        "rate_limit_category",
        "arguments",
        "_prepared",
    )

    def __init__(
        self,
        id: str,
        method: str,
        path: str,
        *,
        params: Sequence[Param] = (),
        body: Optional[str] = None,
        body_name: Optional[str] = None,
        body_required: bool = False,
        content_type: Optional[str] = None,
        responses: Optional[Mapping[str, Optional[str]]] = None,
        security: Sequence[str] = (),
        idempotent: bool = False,
        deprecated: Optional[str] = None,
        rate_limit_category: Optional[str] = None,
    ) -> None:
        self.id: str = id
        self.name: str = id.replace("/", "_")
        self.method: str = method
        self.path: str = path
        self.params: Tuple[Param, ...] = tuple(params)
        self.body: Optional[str] = body
        self.body_name: Optional[str] = body_name
        self.body_required: bool = body_required
        self.content_type: Optional[str] = content_type
        self.responses: Dict[str, Optional[str]] = dict(responses or {})
        self.security: Tuple[str, ...] = tuple(security)
        self.idempotent: bool = idempotent
        self.deprecated: Optional[str] = deprecated
        self.rate_limit_category: Optional[str] = rate_limit_category
        #: The generated method's argument names, in the order ``call_api`` takes the values.
        body_argument = (body_name or "body",) if body is not None else ()
        self.arguments: Tuple[str, ...] = tuple(p.py for p in self.params) + body_argument
        #: What the pipeline derives once per operation (error-message prefixes...), on first call.
        self._prepared: Any = None

    def mark(self, method: F) -> F:
        """``method`` marked as running this operation (see :func:`calls`)."""
        setattr(method, "operation", self)  # noqa: B010  (a function attribute)
        return method


def calls(operation: Operation) -> Callable[[F], F]:
    """Mark a generated API method with the :class:`Operation` it runs (``method.operation``: what
    ``paginate`` and the job helpers read); the method itself is returned unchanged."""
    return operation.mark


class ApiBase:
    """Base of the generated API classes (``BoardsApi``...): holds the client. (Not the original
    client's per-operation :class:`pinterest_client.api_client.Endpoint`.)"""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        if api_client is None:
            from pinterest_client.api_client import ApiClient

            api_client = ApiClient()
        self.api_client: ApiClient = api_client


class WithHttpInfo:
    """``api.boards_get_with_http_info(...)``: the generated method it names (``boards_get``),
    returning ``ApiResponse(data, status, headers)`` rather than the data. A generated API class
    declares one per operation (``boards_get_with_http_info = WithHttpInfo("boards_get")``; the API
    stubs give its signatures), where a method of its own would cost its code and its function at
    every import. Read from an API object, it is a bound method; from the class, itself (then
    called with the API object first)."""

    __slots__ = ("method", "__name__")

    def __init__(self, method: str) -> None:
        self.method = method
        self.__name__ = f"{method}_with_http_info"

    def __get__(self, obj: Any, cls: Any = None) -> Any:
        return self if obj is None else MethodType(self, obj)

    def __call__(self, api: Any, *args: Any, **options: Any) -> ApiResponse[Any]:
        result: ApiResponse[Any] = getattr(api, self.method)(*args, _return_http_data_only=False, **options)
        return result


def _warn(message: str) -> None:
    """A ``DeprecationWarning`` pointing at the code that called the generated method."""
    import warnings  # (not by the import of every generated module)

    warnings.warn(message, DeprecationWarning, stacklevel=4)


def renamed(method: str, name: str, value: Any, legacy: Dict[str, Any]) -> Any:
    """The request body given as ``name`` or under one of the original client's names for it."""
    given = [(alias, v) for alias, v in legacy.items() if v is not None]
    if not given:
        return value
    if value is not None or len(given) > 1:
        from pinterest_client.exceptions import ApiTypeError

        names = ", ".join([name] * (value is not None) + [alias for alias, _ in given])
        raise ApiTypeError(f"{method}() got the request body more than once ({names})")
    alias, value = given[0]
    _warn(f"{method}({alias}=...) is the original client's name for {name}=...")
    return value
