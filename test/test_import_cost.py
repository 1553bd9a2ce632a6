"""The typing constructs of the request side cost nothing at import (issue #16, the first call).

* A program's first call (import, ``ApiClient``, one GET) makes no ``typing.ForwardRef`` and never
  loads :mod:`pinterest_client._annotations`, where the typing objects only annotations name live.
* Those objects stay importable from their modules, the same objects, built on first access; what
  run-time signatures name stays in their modules (``typing.get_type_hints`` evaluates them).
* The stand-ins of :mod:`pinterest_client._runtime_typing` make what ``typing.NamedTuple`` makes
  from the same class body, and generic classes subscript as the standard library's do.
* What exists twice agrees: ``CALL_OPTIONS`` and ``CallOptions``; the names ``api_client`` builds
  on first access and those it re-exports from ``_annotations`` for checkers.
"""

from __future__ import annotations

import ast
import collections
import contextvars
import importlib
import inspect
import json
import pickle
import subprocess
import sys
import threading
import types
import typing
from pathlib import Path
from typing import Any, Dict, List

import pytest

import pinterest_client
from pinterest_client import _annotations, _runtime_typing, api_client, configuration, exceptions, rest, retry
from pinterest_client._types import ContextSetting
from pinterest_client.model.board import Board

PACKAGE = Path(pinterest_client.__file__).resolve().parent

#: Module -> the names it loads on first access, and from where (its ``lazy_names(__name__, {...})``).
LAZY = {
    api_client: {
        "CallOptions": "_annotations",
        "RawResponse": "_annotations",
        "RequestOptions": "_annotations",
        "Endpoint": "_original_client",
        "AsyncResult": "_async",
    },
    rest: {
        "MockTransport": "_mock_transport",
        "RESTResponse": "_original_client",
        "in_ipv4net": "_original_client",
        "is_ipv4": "_original_client",
        "original_request": "_original_client",
        "should_bypass_proxies": "_original_client",
        "translate": "_failures",
    },
    retry: {
        "RateLimitInfo": "_ratelimit",
        "parse_policies": "_ratelimit",
        "parse_rate_limit_reset": "_ratelimit",
        "parse_retry_after": "_ratelimit",
    },
    exceptions: {
        name: "_failures"
        for name in (
            "ApiAttributeError",
            "ApiDecodeError",
            "ApiKeyError",
            "BadRequestException",
            "ConflictException",
            "ForbiddenException",
            "NotFoundException",
            "OperationRemovedError",
            "RateLimitException",
            "RedirectRefusedError",
            "ResponseTooLargeError",
            "ServiceException",
            "SpamRateLimitException",
            "UnauthorizedException",
            "UnprocessableEntityException",
            "exception_for",
            "is_spam",
        )
    },
}

FIRST_CALL = """
import json, sys, typing
created = []
_init = typing.ForwardRef.__init__
def counting(self, arg, *args, **kwargs):
    frame = sys._getframe(1)
    while frame.f_back is not None and frame.f_code.co_filename == typing.__file__:
        frame = frame.f_back
    created.append(f"{arg!r} at {frame.f_code.co_filename}:{frame.f_lineno}")
    _init(self, arg, *args, **kwargs)
typing.ForwardRef.__init__ = counting
import urllib3
before = len(created)
LATER = (
    "_encode", "_decoders", "_constructors", "_display", "_failures", "_ratelimit", "_original_client", "_original"
)

import pinterest_client
from pinterest_client.api.boards_api import BoardsApi
from pinterest_client.rest import MockTransport, Response

def answer(request):
    return Response(200, {"Content-Type": "application/json"}, b'{"id": "549755885175", "name": "Benchmarks"}')

client = pinterest_client.ApiClient(
    pinterest_client.Configuration(access_token="t"), transport=MockTransport(answer)
)
assert BoardsApi(client).boards_get("549755885175").id == "549755885175"
print(json.dumps({
    "forward_refs": created[before:],
    "annotations_loaded": "pinterest_client._annotations" in sys.modules,
    "enums_loaded": "pinterest_client._enums" in sys.modules,
    "loaded_later": [m for m in LATER if f"pinterest_client.{m}" in sys.modules],
}))
"""


def test_the_first_call_makes_no_forward_ref_and_builds_no_annotation_types() -> None:
    """Import, client, one call (in memory) in a fresh interpreter: no annotation is turned into a
    ``typing.ForwardRef`` (what ``typing.NamedTuple``/``TypedDict`` do to every field of a module
    with ``from __future__ import annotations``), and ``_annotations`` is never imported."""
    result = subprocess.run(
        [sys.executable, "-c", FIRST_CALL], capture_output=True, text=True, check=True, cwd=str(PACKAGE.parent)
    )
    found = json.loads(result.stdout.splitlines()[-1])
    assert found["forward_refs"] == []
    assert found["annotations_loaded"] is False
    assert found["enums_loaded"] is False  # (the board has no enum field: enums load with the first one)
    # A GET with a path parameter needs no body encoders, compiled decoder, model constructor,
    # display, error classes or original-client interface: each loads with its first use.
    assert found["loaded_later"] == []


@pytest.mark.parametrize(
    "cls, source, own",
    [
        (api_client.ApiClient, "OriginalClientMethods", {"_authenticate"}),
        (rest.Urllib3Transport, "OriginalTransportMethods", set()),
        (configuration.Configuration, "OriginalConfigurationMethods", set()),
    ],
    ids=["ApiClient", "Urllib3Transport", "Configuration"],
)
def test_the_original_clients_methods_are_found_on_the_class_and_loaded_on_first_use(
    cls: Any, source: str, own: Any
) -> None:
    """Every method of the original client that ``_original_client`` keeps for ``cls`` is there
    (but what ``cls`` defines itself), resolves to that function (bound, or plain on the class, so
    ``inspect.signature`` reads its parameters), and a subclass overriding one reaches it with ``super()``."""
    from pinterest_client import _original_client
    from pinterest_client._runtime_typing import MethodFrom

    home = getattr(_original_client, source)
    methods = vars(home)
    kinds = (staticmethod, classmethod, property)  # (the first two not callable before Python 3.10)
    given = {name for name, value in methods.items() if callable(value) or isinstance(value, kinds)} - own
    lazy = {name for name, value in vars(cls).items() if isinstance(value, MethodFrom)}
    assert lazy == given and all(vars(cls)[name].owner == source for name in lazy)
    for name in given:  # (a static method: its function, as there; a class method: bound, to cls)
        found, defined = getattr(cls, name), getattr(home, name)
        assert getattr(found, "__func__", found) is getattr(defined, "__func__", defined)
        assert getattr(found, "__self__", cls) is cls

    class Logged(cls):  # type: ignore[misc,valid-type]
        def select_header_accept(self, accepts: Any) -> Any:
            return ("mine", super().select_header_accept(accepts))

        def GET(self, url: str, *args: Any, **kwargs: Any) -> Any:
            return ("mine", super().GET)

    if cls is api_client.ApiClient:
        client = cls()
        assert client.parameters_to_tuples.__func__ is methods["parameters_to_tuples"]
        assert list(inspect.signature(cls.select_header_accept).parameters) == ["self", "accepts"]
        assert Logged().select_header_accept(["application/json"]) == ("mine", "application/json")
        assert client.deserialize(b'{"id": "1", "name": "b"}', "Board") == Board(id="1", name="b")
    elif cls is configuration.Configuration:
        config = cls(access_token="t0ken-value")
        assert config.auth_settings()["pinterest_oauth2"]["value"] == "Bearer t0ken-value"
        assert config.to_debug_report().startswith("Python SDK Debug Report:")
        assert list(inspect.signature(cls.get_api_key_with_prefix).parameters) == ["self", "identifier", "alias"]
    else:
        transport = Logged(configuration.Configuration())
        assert transport.GET("http://127.0.0.1:9/")[1].__func__ is methods["GET"]
        assert list(inspect.signature(cls.GET).parameters)[:2] == ["self", "url"]
        transport.close()


def test_asking_for_an_annotation_type_builds_it_once() -> None:
    """Every lazily built name resolves to the object ``_annotations`` defines, is then kept in its
    module, is listed by ``dir()``; a name the module does not have still raises AttributeError."""
    for module, names in LAZY.items():
        for name, home in names.items():
            defined = getattr(importlib.import_module(f"pinterest_client.{home}"), name)
            assert getattr(module, name) is defined
            assert vars(module)[name] is defined  # cached: no second __getattr__
            assert name in dir(module)
        with pytest.raises(AttributeError, match="no attribute 'Nope'"):
            module.Nope  # noqa: B018
    assert pinterest_client.RawResponse is _annotations.RawResponse
    from pinterest_client.api_client import CallOptions, RequestOptions

    assert typing.is_typeddict(CallOptions) and typing.is_typeddict(RequestOptions)
    assert CallOptions.__module__ == RequestOptions.__module__ == "pinterest_client.api_client"
    assert typing.get_args(api_client.RawResponse)[1] is rest.Response


@pytest.mark.parametrize(
    "function",
    [
        configuration.Configuration.__init__,
        rest.make_timeout,
        exceptions.ApiTypeError.__init__,
        exceptions.render_path,
        retry.RetryPolicy.replace,
        api_client.parse_json,
    ],
    ids=lambda f: f.__qualname__,
)
def test_the_run_time_signatures_still_evaluate(function: Any) -> None:
    """What the request side's public signatures name exists at run time (``TimeoutType``,
    ``PathType``, the ``replace`` type variable): ``typing.get_type_hints`` evaluates them, for
    the tools that read signatures at run time."""
    assert typing.get_type_hints(function)
    seconds = typing.Optional[float]
    assert vars(configuration)["TimeoutType"] == typing.Union[None, float, typing.Tuple[seconds, seconds]]
    assert vars(exceptions)["PathType"] == typing.Sequence[typing.Union[str, int]]


def _checker_names(tree: ast.Module) -> Dict[str, str]:
    """Name -> home of what a module re-exports for checkers only (``from pinterest_client.<home>
    import X as X`` under ``if TYPE_CHECKING``)."""
    names: Dict[str, str] = {}
    for block in ast.walk(tree):
        if isinstance(block, ast.If) and isinstance(block.test, ast.Name) and block.test.id == "TYPE_CHECKING":
            for node in block.body:
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("pinterest_client."):
                    home = node.module.split(".", 1)[1]  # type: ignore[union-attr]
                    names.update((a.name, home) for a in node.names if a.asname == a.name)
    return names


def _lazy_names(tree: ast.Module) -> Dict[str, str]:
    """Name -> home a module passes to ``lazy_names`` (read from its source: checkers never see them)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "lazy_names":
            homes: Dict[str, str] = ast.literal_eval(node.args[1])
            return homes
    return {}


def test_what_checkers_read_and_what_the_run_time_builds_name_the_same_things() -> None:
    """Each module re-exports for checkers exactly the names it loads on first access at run time,
    from the same modules; no other module of the package does either (but the package's own
    ``__init__``, whose façade test_imports.py checks)."""
    found = {}
    for path in PACKAGE.glob("*.py"):
        if path.name == "__init__.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        checkers, lazy = _checker_names(tree), _lazy_names(tree)
        assert checkers == lazy, path.name
        if lazy:
            found[f"pinterest_client.{path.stem}"] = lazy
    assert found == {module.__name__: names for module, names in LAZY.items()}


def test_call_options_are_the_keys_of_the_typed_dict() -> None:
    """``CALL_OPTIONS`` (what ``call_api`` accepts, written out so that importing the client builds
    no TypedDict) names exactly the keys of ``CallOptions``, every one optional."""
    options = api_client.CallOptions
    assert api_client.CALL_OPTIONS == set(options.__annotations__) == options.__optional_keys__
    assert set(api_client.RequestOptions.__annotations__) < api_client.CALL_OPTIONS
    assert typing.get_type_hints(options)["_retries"] == typing.Union[api_client.RetryPolicy, int]


def _class_fields(module: types.ModuleType, name: str) -> Dict[str, Any]:
    """The annotated fields of class ``name`` in ``module``'s source, each with its default
    (``...`` for none): what checkers read."""
    tree = ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))
    (cls,) = [node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == name]
    return {
        stmt.target.id: ast.literal_eval(stmt.value) if stmt.value is not None else ...
        for stmt in cls.body
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
    }


@pytest.mark.parametrize(
    "cls", [api_client.PreparedRequest, api_client.ApiResponse, rest.Request], ids=lambda c: c.__name__
)
def test_the_sdks_named_tuples_are_what_their_class_bodies_declare(cls: Any) -> None:
    """Fields, defaults and annotations at run time are those of the one class statement checkers
    read; the annotations evaluate (``typing.get_type_hints``)."""
    module = sys.modules[cls.__module__]
    declared = _class_fields(module, cls.__name__)
    assert list(cls._fields) == list(declared)
    assert cls._field_defaults == {k: v for k, v in declared.items() if v is not ...}
    assert set(typing.get_type_hints(cls)) == set(declared)
    assert issubclass(cls, tuple) and cls.__doc__ and not cls.__doc__.startswith(cls.__name__ + "(")


def test_api_response_unpacks_and_is_generic() -> None:
    """``ApiResponse`` unpacks like the original client's ``(data, status, headers)``; subscripted
    (``ApiResponse[Board]``) it is a generic alias that makes instances."""
    board = Board(id="1", name="b")
    response = api_client.ApiResponse[Board](board, 200, {"x-pinterest-rid": "rid"})
    data, status, headers = response
    assert (data, status, headers) == (board, 200, {"x-pinterest-rid": "rid"})
    assert type(response) is api_client.ApiResponse and response.request_id == "rid"
    assert typing.get_origin(api_client.ApiResponse[Board]) is api_client.ApiResponse
    assert typing.get_args(api_client.ApiResponse[Board]) == (Board,)
    assert pickle.loads(pickle.dumps(response)) == response
    assert response._replace(status=201).status == 201
    assert typing.get_origin(api_client.AsyncResult[Board]) is api_client.AsyncResult
    assert repr(api_client.AsyncResult[Board]).endswith("AsyncResult[pinterest_client.model.board.Board]")


SAMPLE = '''
class Sample(NamedTuple):
    """A sample."""

    name: str
    size: Optional[int] = None
    tags: Tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.name}:{self.size}"

    def grown(self, by: int) -> "Sample":
        return self._replace(size=(self.size or 0) + by)
'''


def _sample(base: Any) -> Any:
    namespace: Dict[str, Any] = {"NamedTuple": base, "Optional": typing.Optional, "Tuple": typing.Tuple}
    namespace["__name__"] = __name__
    exec(compile("from __future__ import annotations\n" + SAMPLE, __file__, "exec"), namespace)
    return namespace["Sample"]


def test_the_named_tuple_stand_in_makes_what_typing_makes() -> None:
    """The same class body under ``typing.NamedTuple`` and under the stand-in: same fields,
    defaults, docstring, methods, repr, equality, ``_replace``/``_asdict``/``_make``; the stand-in
    keeps the annotations as written instead of compiling each into a ``ForwardRef``."""
    ours, theirs = _sample(_runtime_typing.NamedTuple), _sample(typing.NamedTuple)
    assert ours._fields == theirs._fields and ours._field_defaults == theirs._field_defaults
    assert ours.__doc__ == theirs.__doc__ == "A sample." and ours.__qualname__ == theirs.__qualname__
    a, b = ours("pin", 2), theirs("pin", 2)
    assert repr(a) == repr(b) and tuple(a) == tuple(b) == ("pin", 2, ())
    assert a.label == b.label and a.grown(1) == b.grown(1) and a._asdict() == b._asdict()
    assert ours._make(["x", 1, ("t",)]) == ("x", 1, ("t",))
    assert ours.__annotations__ == {"name": "str", "size": "Optional[int]", "tags": "Tuple[str, ...]"}
    assert all(isinstance(t, typing.ForwardRef) for t in theirs.__annotations__.values())
    assert typing.get_type_hints(ours, vars(typing)) == typing.get_type_hints(theirs, vars(typing))


WRITTEN_OUT_NEW = """
    if not TYPE_CHECKING:

        def __new__(cls, name, size=None, tags=()):
            return tuple.__new__(cls, (name, size, tags))
"""


def test_a_class_body_that_writes_out_new_makes_the_same_class() -> None:
    """A body giving its own ``__new__`` (nothing compiled) makes what ``typing.NamedTuple`` makes."""
    namespace: Dict[str, Any] = {"NamedTuple": _runtime_typing.NamedTuple, "TYPE_CHECKING": False}
    namespace.update(__name__=__name__, Optional=typing.Optional, Tuple=typing.Tuple)
    source = "from __future__ import annotations\n" + SAMPLE + WRITTEN_OUT_NEW
    exec(compile(source, __file__, "exec"), namespace)
    ours, theirs = namespace["Sample"], _sample(typing.NamedTuple)
    assert ours.__new__.__qualname__ == "Sample.__new__" and ours.__new__.__doc__ == theirs.__new__.__doc__
    assert ours._field_defaults == theirs._field_defaults and ours.__doc__ == theirs.__doc__
    for args in (("pin",), ("pin", 2), ("pin", 2, ("t",))):
        a, b = ours(*args), theirs(*args)
        assert repr(a) == repr(b) and a == b and a.grown(1) == b.grown(1) and a._asdict() == b._asdict()
    assert ours(name="x", tags=("t",)) == theirs(name="x", tags=("t",))
    with pytest.raises(TypeError):
        ours()
    with pytest.raises(ValueError, match="unexpected field names"):
        ours("pin")._replace(colour="red")


@pytest.mark.parametrize(
    "cls", [rest.Request, api_client.PreparedRequest, api_client.ApiResponse], ids=lambda c: c.__name__
)
def test_each_written_out_new_takes_the_fields_in_order_with_their_defaults(cls: Any) -> None:
    """The SDK's named tuples write out ``__new__``: the parameters ``collections.namedtuple``
    would give it, from the fields and defaults the class body declares."""
    made = collections.namedtuple(cls.__name__, cls._fields, defaults=list(cls._field_defaults.values()))
    ours, theirs = inspect.signature(cls.__new__), inspect.signature(made.__new__)
    assert list(ours.parameters.values())[1:] == list(theirs.parameters.values())[1:]
    values = [object() for _ in cls._fields]
    assert tuple(cls(*values)) == tuple(values)
    required = len(cls._fields) - len(cls._field_defaults)
    assert tuple(cls(*values[:required])) == tuple(made(*values[:required]))


def _body(name: str, base: Any, **namespace: Any) -> Any:
    """``class name(base)`` with ``namespace`` as its body."""
    return types.new_class(name, (base,), exec_body=lambda ns: ns.update(__module__=__name__, **namespace))


def test_the_named_tuple_stand_in_refuses_what_typing_refuses() -> None:
    base = _runtime_typing.NamedTuple
    with pytest.raises(TypeError, match="without a default follows"):
        _body("Bad", base, __annotations__={"a": "int", "b": "int"}, a=1)
    with pytest.raises(AttributeError, match="cannot overwrite NamedTuple attribute _replace"):
        _body("Bad", base, __annotations__={}, _replace=None)
    with pytest.raises(TypeError, match="can only inherit from a NamedTuple type and Generic"):
        types.new_class("Bad", (base, int))


def test_the_generic_stand_in_subscripts_as_the_standard_librarys_classes_do() -> None:
    T = typing.TypeVar("T")
    generic: List[Any] = [_runtime_typing.Generic]
    Box = types.new_class("Box", (generic[0][T],))  # ``class Box(Generic[T])``
    alias = Box[int]
    assert isinstance(alias, types.GenericAlias) and alias.__origin__ is Box and alias.__args__ == (int,)
    assert isinstance(alias(), Box)
    Sub = types.new_class("Sub", (Box[str],))  # subclassing a subscripted class keeps working
    assert issubclass(Sub, Box)


def test_a_context_setting_is_a_context_variable_made_when_first_set() -> None:
    """``ContextSetting``: the default until set (no ``ContextVar`` made yet), then per context as a
    ``ContextVar`` (a new thread starts from the default; a copied context keeps the value), and
    threads setting it first at once share one variable (each resets its own token)."""
    setting = ContextSetting("pinterest_client_test_setting", 0)
    assert setting.get() == 0 and setting._var is None
    token = setting.set(1)
    assert setting.get() == 1 and contextvars.copy_context().run(setting.get) == 1
    seen: List[Any] = []
    thread = threading.Thread(target=lambda: seen.append(setting.get()))
    thread.start()
    thread.join()
    assert seen == [0]
    setting.reset(token)
    assert setting.get() == 0

    fresh = ContextSetting("pinterest_client_test_race", None)
    barrier = threading.Barrier(8)
    results: List[Any] = []

    def set_first() -> None:
        barrier.wait()
        mine = threading.get_ident()
        token = fresh.set(mine)
        results.append(fresh.get() == mine)
        fresh.reset(token)  # a token of another variable would raise ValueError here

    threads = [threading.Thread(target=set_first) for _ in range(8)]
    for each in threads:
        each.start()
    for each in threads:
        each.join()
    assert results == [True] * 8 and fresh.get() is None
