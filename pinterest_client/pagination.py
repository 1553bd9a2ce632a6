"""Bookmark pagination for every paginated operation, from one function.

    for board in paginate(boards.boards_list, privacy="PUBLIC", page_size=100, max_items=500):
        ...
    for page in paginate(boards.boards_list_pins, board_id, bookmark=saved).pages():
        save(page.bookmark)

An operation is paginated when its generated metadata has a ``bookmark`` query parameter and its
response model has ``items`` and ``bookmark`` (56 operations in spec 5.23.0, one of them a POST,
``products_by_product_group_filter_list``, whose body is re-sent with every page). Each page is
requested by calling the method again with every original argument — positional, keyword, body
and call options — plus the next bookmark. Iteration stops when the bookmark is null, absent or
empty, when a page has no items, when a bookmark comes back (a cycle, logged as a warning), or at
``max_items``/``max_pages``. A page whose body cannot be read raises (``ApiDecodeError``): it is
never taken for the last page.
"""

from __future__ import annotations

import inspect
import logging
from typing import Any, Callable, Dict, Generic, Iterator, List, Optional, Protocol, Sequence, Tuple, TypeVar

from pinterest_client._progress import Progress
from pinterest_client.api_client import CALL_OPTIONS
from pinterest_client.exceptions import ApiTypeError, ApiValueError
from pinterest_client.model_utils import Operation, is_class_name, resolve_type

__all__ = ["Page", "PageResponse", "Paginator", "is_paginated", "operation_of", "paginate", "paginated_methods"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

logger: logging.Logger = logging.getLogger("pinterest_client")

#: Call options that would stop the method from returning a decoded page.
_UNSUPPORTED_OPTIONS = {
    "async_req": True,
    "_preload_content": False,
    "_return_http_data_only": False,
}


class PageResponse(Protocol[T_co]):
    """What a paginated operation returns (``BoardsListResponse``...): ``items`` and ``bookmark``."""

    @property
    def items(self) -> Sequence[T_co]: ...

    @property
    def bookmark(self) -> Optional[str]: ...


# ---------------------------------------------------------------------------------------------
# Which methods are paginated (from the generated Operation metadata)
# ---------------------------------------------------------------------------------------------


def operation_of(method: Callable[..., Any]) -> Optional[Operation]:
    """The :class:`~pinterest_client.api_client.Operation` a generated API method runs (what
    :func:`~pinterest_client.model_utils.calls` attached to it), or ``None``."""
    operation = getattr(getattr(method, "__func__", method), "operation", None)
    return operation if isinstance(operation, Operation) else None


def is_paginated(operation: Operation) -> bool:
    """True when ``operation`` takes a ``bookmark`` query parameter and answers ``{items, bookmark}``."""
    if not any(p.name == "bookmark" and p.location == "query" for p in operation.params):
        return False
    for status, type_str in operation.responses.items():
        if not status.startswith("2") or not type_str or not is_class_name(type_str):
            continue
        fields = getattr(resolve_type(type_str), "_by_wire", {})
        if "items" in fields and "bookmark" in fields:
            return True
    return False


def paginated_methods(api: Any) -> List[str]:
    """Names of the paginated methods of an API class or instance (``BoardsApi`` -> ``['boards_list', ...]``)."""
    cls = api if isinstance(api, type) else type(api)
    names = []
    for name in dir(cls):
        if name.startswith("_") or name.endswith("_with_http_info"):
            continue
        operation = operation_of(getattr(cls, name))
        if operation is not None and is_paginated(operation):
            names.append(name)
    return names


def _method_name(method: Callable[..., Any]) -> str:
    owner = getattr(method, "__self__", None)
    name = getattr(method, "__name__", repr(method))
    return f"{type(owner).__name__}.{name}" if owner is not None else name


def _check_paginated(method: Callable[..., Any]) -> Operation:
    operation = operation_of(method)
    if operation is not None and is_paginated(operation):
        return operation
    name = _method_name(method)
    if operation is None:
        raise ApiTypeError(
            f"paginate(): {name} is not a generated API method; pass one such as BoardsApi(api_client).boards_list"
        )
    owner = getattr(method, "__self__", None)
    others = paginated_methods(owner) if owner is not None else []
    hint = f" Paginated methods of {type(owner).__name__}: {', '.join(others)}." if others else ""
    raise ApiTypeError(
        f"paginate(): {name} ({operation.method} {operation.path}) is not paginated: it takes no bookmark "
        f"or does not answer {{items, bookmark}}.{hint}"
    )


# ---------------------------------------------------------------------------------------------
# Pages and the paginator
# ---------------------------------------------------------------------------------------------


class Page(Generic[T]):
    """One page of a paginated listing.

    :ivar items: the page's items (typed models).
    :ivar bookmark: the bookmark of the *next* page (``None`` on the last page) — save it after
        processing this page to resume from the following one.
    :ivar request_bookmark: the bookmark that fetched this page (``None`` for the first page) —
        resume from it to fetch this page again.
    :ivar number: 1-based page number in this walk. :ivar response: the whole response model.
    """

    __slots__ = ("items", "bookmark", "request_bookmark", "number", "response")

    def __init__(
        self, items: List[T], bookmark: Optional[str], request_bookmark: Optional[str], number: int, response: Any
    ) -> None:
        self.items: List[T] = items
        self.bookmark: Optional[str] = bookmark
        self.request_bookmark: Optional[str] = request_bookmark
        self.number: int = number
        self.response: Any = response

    @property
    def is_last(self) -> bool:
        return not self.bookmark or not self.items

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> T:
        return self.items[index]

    def __repr__(self) -> str:
        return f"Page(number={self.number}, items={len(self.items)}, bookmark={self.bookmark!r})"


class Paginator(Generic[T]):
    """Iterates the items of a paginated operation across pages; :meth:`pages` gives page objects.

    Iterating again starts over from the starting bookmark. While a walk is under way,
    :attr:`bookmark` is where to resume after a crash: the bookmark of the page being processed
    (so nothing is skipped — at-least-once), then of the next page once the current one is done;
    :attr:`exhausted` turns true after the last page.
    """

    def __init__(
        self,
        method: Callable[..., PageResponse[T]],
        args: Tuple[Any, ...],
        kwargs: Dict[str, Any],
        *,
        page_size: Optional[int] = None,
        max_items: Optional[int] = None,
        max_pages: Optional[int] = None,
        bookmark: Optional[str] = None,
        progress: bool = False,
    ) -> None:
        self.operation: Operation = _check_paginated(method)
        for option, bad in _UNSUPPORTED_OPTIONS.items():
            if option in kwargs and kwargs[option] == bad:
                raise ApiTypeError(f"paginate(): {option}={bad!r} is not supported (pages must be decoded models)")
        for name, value in (("max_items", max_items), ("max_pages", max_pages)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
                raise ApiValueError(f"paginate(): {name} must be a non-negative integer, got {value!r}")
        if page_size is not None:
            kwargs = {**kwargs, "page_size": page_size}
        _check_arguments(method, args, kwargs)
        self.method = method
        self.args = args
        self.kwargs = kwargs
        self.page_size = page_size
        self.max_items = max_items
        self.max_pages = max_pages
        self.start_bookmark: Optional[str] = bookmark or None
        self.progress = progress
        #: Where to resume from (see the class docstring).
        self.bookmark: Optional[str] = self.start_bookmark
        #: True once the last page has been fetched.
        self.exhausted: bool = False
        #: Pages fetched and items yielded by the current (or last) walk.
        self.pages_fetched: int = 0
        self.items_yielded: int = 0

    @property
    def name(self) -> str:
        return self.operation.name

    def __repr__(self) -> str:
        return (
            f"Paginator({self.name}, pages_fetched={self.pages_fetched}, items_yielded={self.items_yielded}, "
            f"bookmark={self.bookmark!r}, exhausted={self.exhausted})"
        )

    def _fetch(self, bookmark: Optional[str]) -> PageResponse[T]:
        return self.method(*self.args, **self.kwargs, bookmark=bookmark)

    def pages(self) -> Iterator[Page[T]]:
        """Yield one :class:`Page` per request, honouring ``max_pages`` (and ``max_items``: the
        last page is cut to fit)."""
        self.bookmark = self.start_bookmark
        self.exhausted = False
        self.pages_fetched = 0
        self.items_yielded = 0
        request_bookmark = self.start_bookmark
        seen = {request_bookmark}  # a bookmark seen again means a cycle (A -> B -> A ...)
        with Progress(self.name, enabled=self.progress, total=self.max_items, unit="item") as bar:
            while True:
                if self.max_pages is not None and self.pages_fetched >= self.max_pages:
                    return
                if self.max_items is not None and self.items_yielded >= self.max_items:
                    return
                response = self._fetch(request_bookmark)
                self.pages_fetched += 1
                items = list(getattr(response, "items", None) or [])
                following = getattr(response, "bookmark", None) or None
                if following is not None and following in seen:
                    logger.warning("%s: the server returned the same bookmark as before (a cycle); stopping", self.name)
                    following = None
                seen.add(following)
                last = not following or not items
                truncated = False
                if self.max_items is not None and len(items) > self.max_items - self.items_yielded:
                    items = items[: self.max_items - self.items_yielded]
                    truncated = True
                page = Page(items, following, request_bookmark, self.pages_fetched, response)
                self.items_yielded += len(items)
                bar.update(len(items), f"page {self.pages_fetched}")
                self.bookmark = request_bookmark  # being processed: resume here re-reads this page
                yield page
                if truncated:  # max_items cut this page: resuming must re-read it
                    return
                self.bookmark = following
                if last:
                    self.exhausted = True
                    return
                request_bookmark = following

    def items(self) -> Iterator[T]:
        """Yield every item across pages (up to ``max_items``)."""
        for page in self.pages():
            yield from page.items

    def __iter__(self) -> Iterator[T]:
        return self.items()

    def all(self) -> List[T]:
        """Every item as a list (mind ``max_items`` on big listings)."""
        return list(self.items())

    def first_page(self) -> Page[T]:
        """Only the first page (from the starting bookmark)."""
        for page in self.pages():
            return page
        raise ApiValueError("paginate(): max_pages=0 or max_items=0 leaves no page to fetch")


def _check_arguments(method: Callable[..., Any], args: Tuple[Any, ...], kwargs: Dict[str, Any]) -> None:
    """Fail now, not on page 2, when the arguments do not fit the method."""
    try:
        signature = inspect.signature(method)
    except (TypeError, ValueError):  # pragma: no cover - builtins
        return
    try:
        bound = signature.bind(*args, **kwargs, bookmark=None)
    except TypeError as exc:
        raise ApiTypeError(f"paginate(): {_method_name(method)}: {exc}") from None
    for name, param in signature.parameters.items():
        if param.kind is inspect.Parameter.VAR_KEYWORD:
            unknown = sorted(set(bound.arguments.get(name, {})) - CALL_OPTIONS)
            if unknown:
                raise ApiTypeError(
                    f"paginate(): {_method_name(method)} got unexpected keyword argument(s): {', '.join(unknown)}"
                )


def paginate(
    method: Callable[..., PageResponse[T]],
    /,
    *args: Any,
    page_size: Optional[int] = None,
    max_items: Optional[int] = None,
    max_pages: Optional[int] = None,
    bookmark: Optional[str] = None,
    progress: bool = False,
    **kwargs: Any,
) -> Paginator[T]:
    """Walk every page of a paginated API method.

    :param method: a bound generated method, e.g. ``BoardsApi(api_client).boards_list``.
    :param args: its positional arguments (path parameters, the request body), sent with every page.
    :param page_size: items per request (Pinterest allows 1-250, default 25).
    :param max_items: stop after this many items. :param max_pages: stop after this many requests.
    :param bookmark: start from this bookmark (resume a walk that stopped).
    :param progress: show a tqdm bar, or log a line now and then, while paging.
    :param kwargs: its keyword arguments and call options (``_request_timeout``...), sent with every page.
    :raises ApiTypeError: ``method`` is not a paginated operation, or the arguments do not fit it.
    """
    return Paginator(
        method,
        args,
        kwargs,
        page_size=page_size,
        max_items=max_items,
        max_pages=max_pages,
        bookmark=bookmark,
        progress=progress,
    )
