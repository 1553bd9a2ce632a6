"""What the SDK registers with the interpreter for the life of the process: the hook that gives
every live client fresh pools and locks in a child process after ``os.fork()``, the filter on
urllib3's connection-pool logger that cuts queries out of logged URLs, and the pause of the cyclic
garbage collector while a large response becomes models (:class:`CollectorPause`).

They sit in a module of their own, which holds nothing else, because whatever such a registration
references lives until the interpreter's last moments. Defined in ``api_client`` or ``rest``, each
kept that module's globals (and through them urllib3, ``http.client``, ``ssl`` and some 70 other
modules) alive past the first garbage collection of the interpreter's exit, which then took a second
pass over them: about 1 ms more for every program (test/test_first_call_imports.py checks that no SDK
module outlives that collection).
"""

from __future__ import annotations

import _thread
import gc
import logging
import os
import weakref

TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import Any

#: Objects whose ``_after_fork()`` runs in a child process after ``os.fork()`` (the live clients).
_AFTER_FORK: "weakref.WeakSet[Any]" = weakref.WeakSet()


def renew_after_fork(obj: Any) -> None:
    """Have ``obj._after_fork()`` called in every child process forked while ``obj`` lives."""
    _AFTER_FORK.add(obj)


def _after_fork_in_child() -> None:
    if _PAUSES[0]:  # the threads that paused the collector do not exist in the child
        _PAUSES[0] = 0
        gc.enable()
    for obj in list(_AFTER_FORK):
        obj._after_fork()


if hasattr(os, "register_at_fork"):  # not on Windows
    os.register_at_fork(after_in_child=_after_fork_in_child)


def _redact_queries(record: logging.LogRecord) -> bool:
    """The filter on urllib3's connection-pool logger (a callable filter: ``logging`` takes one): cuts
    the query (presigned-URL signatures, tokens in a redirect ``Location``) off every URL it logs
    (``"GET /path?X-Amz-Signature=... HTTP/1.1" 200``)."""
    args = record.args
    if isinstance(args, tuple) and any(isinstance(a, str) and "?" in a for a in args):
        record.args = tuple(a.split("?", 1)[0] + "?***" if isinstance(a, str) and "?" in a else a for a in args)
    return True


def install_urllib3_log_filter() -> None:
    """Add the query-redacting filter to urllib3's connection-pool logger (once; done by the first
    transport built, never at import)."""
    pool_logger = logging.getLogger("urllib3.connectionpool")
    if _redact_queries not in pool_logger.filters:
        pool_logger.addFilter(_redact_queries)


# -- the collector paused while a large response becomes models -------------------------------------

#: Responses at least this large (bytes) are parsed and decoded with the cyclic garbage collector
#: paused: a 64 KB page makes some 1,000 objects, enough to set off a collection.
PAUSE_BODY = 65536

#: Decodes in flight with the collector paused by the SDK, in any thread.
_PAUSES = [0]
_PAUSES_LOCK = _thread.allocate_lock()


class CollectorPause:
    """``with CollectorPause(len(body)):`` around parsing a response body and decoding it into models.

    Everything a decode makes (a 250-Pin page: some 2,000 models over 3,000 parsed dicts and lists)
    stays referenced until it returns, so every collection the allocations set off meanwhile walks
    them to free nothing: 10-15% of decoding such a page. For a body of at least
    :data:`PAUSE_BODY` bytes the collector is paused until the last such decode in flight ends
    (objects that die by reference counting are freed as ever; the first collection after looks at
    what the decode made once). Nothing happens when the program has switched the collector off
    itself; a program switching it off from another thread while a large body is decoded finds it
    back on after. A child forked meanwhile gets it back on.
    """

    __slots__ = ("paused",)

    def __init__(self, size: int) -> None:
        self.paused = size >= PAUSE_BODY and _pause()

    def __enter__(self) -> CollectorPause:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        if self.paused:
            with _PAUSES_LOCK:
                _PAUSES[0] -= 1
                if not _PAUSES[0]:
                    gc.enable()


def _pause() -> bool:
    with _PAUSES_LOCK:
        if not _PAUSES[0]:
            if not gc.isenabled():  # the program's choice: left alone
                return False
            gc.disable()
        _PAUSES[0] += 1
        return True
