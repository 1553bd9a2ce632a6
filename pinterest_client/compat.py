"""Run code written for the original generated client on this SDK, unchanged.

The original client (PyPI ``pinterest-generated-client``) was imported as
``openapi_generated.pinterest_client`` (``pinterest.generated.client`` before 0.1.5). After::

    import pinterest_client.compat

    pinterest_client.compat.install()

``import openapi_generated.pinterest_client.api.boards_api`` (and every other path under either old
prefix) gives *this* package's module: the very same module object, registered in ``sys.modules`` under
both names, so ``openapi_generated.pinterest_client.model.board.Board is pinterest_client.model.board.Board``
and ``mock.patch`` works through either name. Libraries built on the original client, such as
Pinterest's ``pinterest-api-sdk``, run on this SDK that way.

Nothing happens until :func:`install` is called (importing this module changes nothing);
:func:`uninstall` undoes it. From a shell, ``python -m pinterest_client.compat script.py [args]``
(or ``-m module [args]``) runs a program with the alias installed.

What this module owns: the ``sys.meta_path`` finder that maps the old names onto the new ones, the
empty parent packages the old names need (``openapi_generated``, ``pinterest.generated``, and
``pinterest`` itself when no other ``pinterest`` package is installed), and their removal.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import runpy
import sys
import threading
import types
from typing import Dict, List, Optional, Sequence, Tuple

__all__ = ["ALIASES", "install", "installed", "uninstall", "main"]

#: Import prefixes of the original client → this package.
ALIASES: Dict[str, str] = {
    "openapi_generated.pinterest_client": "pinterest_client",
    "pinterest.generated.client": "pinterest_client",
}

#: Parent packages the old prefixes need; they hold nothing but their aliased children.
_PARENTS = ("openapi_generated", "pinterest.generated")

#: ``pinterest`` is also the package of ``pinterest-api-sdk``; it is made up only when none is installed.
_FALLBACK_PARENT = "pinterest"

_lock = threading.Lock()


def _real_name(fullname: str) -> Optional[str]:
    """The name of this package's module that ``fullname`` (an old import path) stands for."""
    for old, new in ALIASES.items():
        if fullname == old or fullname.startswith(old + "."):
            return new + fullname[len(old) :]
    return None


def _is_alias_name(name: str) -> bool:
    return _real_name(name) is not None or name in _PARENTS


class _ParentLoader(importlib.abc.Loader):
    """Creates an empty package for a parent of an old prefix (its children come from the finder)."""

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> Optional[types.ModuleType]:
        return None

    def exec_module(self, module: types.ModuleType) -> None:
        module.__doc__ = f"Alias parent made by {__name__}.install(); holds only the old client's import path."


class _AliasLoader(importlib.abc.Loader):
    """Loads an old name by importing this package's module and returning that very object."""

    def __init__(self, real_name: str) -> None:
        self.real_name = real_name
        self._real_spec: Optional[importlib.machinery.ModuleSpec] = None

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        module = importlib.import_module(self.real_name)
        self._real_spec = module.__spec__
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        # The import system stamped the alias spec on the shared module: give it back its own.
        module.__spec__ = self._real_spec


class _NameFinder(importlib.abc.MetaPathFinder):
    """A ``sys.meta_path`` finder that decides by the module's full name alone."""

    def find_spec(
        self,
        fullname: str,
        path: Optional[Sequence[str]],
        target: Optional[types.ModuleType] = None,
    ) -> Optional[importlib.machinery.ModuleSpec]:
        return self.spec_for(fullname)

    def spec_for(self, fullname: str) -> Optional[importlib.machinery.ModuleSpec]:
        raise NotImplementedError


def _parent_spec(fullname: str) -> importlib.machinery.ModuleSpec:
    return importlib.machinery.ModuleSpec(fullname, _ParentLoader(), is_package=True)


class _AliasFinder(_NameFinder):
    """Put first on ``sys.meta_path``: answers for the old prefixes, and for nothing else."""

    def spec_for(self, fullname: str) -> Optional[importlib.machinery.ModuleSpec]:
        if fullname in _PARENTS:
            return _parent_spec(fullname)
        real = _real_name(fullname)
        if real is None:
            return None
        real_spec = importlib.util.find_spec(real)
        if real_spec is None:
            return None  # the usual ModuleNotFoundError, naming the old path
        is_package = real_spec.submodule_search_locations is not None
        return importlib.machinery.ModuleSpec(fullname, _AliasLoader(real), is_package=is_package)


class _FallbackParentFinder(_NameFinder):
    """Put last on ``sys.meta_path``: an empty ``pinterest`` package when no installed one answered."""

    def spec_for(self, fullname: str) -> Optional[importlib.machinery.ModuleSpec]:
        return _parent_spec(fullname) if fullname == _FALLBACK_PARENT else None


_finders: Tuple[_AliasFinder, _FallbackParentFinder] = (_AliasFinder(), _FallbackParentFinder())


def installed() -> bool:
    """Whether :func:`install` is in effect."""
    return _finders[0] in sys.meta_path


def _foreign_original() -> List[str]:
    """Old names already imported from the original client itself (install() cannot redirect those)."""
    return [
        name
        for name, module in list(sys.modules.items())
        if _real_name(name) is not None and module is not None and module is not sys.modules.get(_real_name(name) or "")
    ]


def install() -> None:
    """Make the original client's import paths resolve to this package. Idempotent and thread-safe.

    Call it before the first ``import openapi_generated...`` (for instance at the top of your entry
    point or in a ``conftest.py``). Raises ``RuntimeError`` if the original client was already
    imported in this interpreter, since its modules cannot be swapped afterwards.
    """
    with _lock:
        if installed():
            return
        foreign = _foreign_original()
        if foreign:
            raise RuntimeError(
                f"the original client is already imported ({foreign[0]}); call "
                f"{__name__}.install() before anything imports it"
            )
        alias_finder, fallback_finder = _finders
        sys.meta_path.insert(0, alias_finder)
        sys.meta_path.append(fallback_finder)
        importlib.invalidate_caches()


def _remove_parent_attribute(name: str) -> None:
    """Unbind an old name from its parent — unless the parent is one of this package's own modules
    (``pinterest_client.model.board`` must stay an attribute of ``pinterest_client.model``)."""
    parent_name, _, child = name.rpartition(".")
    parent = sys.modules.get(parent_name)
    if _real_name(parent_name) is None and parent is not None and getattr(parent, child, None) is sys.modules.get(name):
        delattr(parent, child)


def uninstall() -> None:
    """Undo :func:`install`: the old import paths stop resolving; this package's modules stay loaded."""
    with _lock:
        for finder in _finders:
            while finder in sys.meta_path:
                sys.meta_path.remove(finder)
        names = [name for name in list(sys.modules) if _is_alias_name(name)]
        fallback = sys.modules.get(_FALLBACK_PARENT)
        if fallback is not None and isinstance(getattr(fallback, "__loader__", None), _ParentLoader):
            names.append(_FALLBACK_PARENT)
        for name in sorted(names, key=len, reverse=True):
            _remove_parent_attribute(name)
            sys.modules.pop(name, None)
        importlib.invalidate_caches()


USAGE = "usage: python -m pinterest_client.compat (SCRIPT | -m MODULE) [ARGS...]"


def main(argv: Optional[List[str]] = None) -> int:
    """Run a script or module written for the original client, with :func:`install` in effect."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] in (["-h"], ["--help"]):
        print(USAGE)
        return 0
    if not args or args == ["-m"]:
        print(USAGE, file=sys.stderr)
        return 2
    install()
    if args[0] == "-m":
        sys.argv = [args[1], *args[2:]]
        runpy.run_module(args[1], run_name="__main__", alter_sys=True)
    else:
        sys.argv = list(args)
        runpy.run_path(args[0], run_name="__main__")
    return 0


if __name__ == "__main__":
    # Run through the package's own copy, so that install() state lives in ``pinterest_client.compat``.
    from pinterest_client import compat as _compat

    sys.exit(_compat.main())
