"""What the SDK registers with the interpreter for the life of the process: the hook that gives
every live client fresh pools and locks in a child process after ``os.fork()``, and the filter on
urllib3's connection-pool logger that cuts queries out of logged URLs.

They sit in a module of their own, which holds nothing else, because whatever such a registration
references lives until the interpreter's last moments. Defined in ``api_client`` or ``rest``, each
kept that module's globals (and through them urllib3, ``http.client``, ``ssl`` and some 70 other
modules) alive past the first garbage collection of the interpreter's exit, which then took a second
pass over them: about 1 ms more for every program (test/test_first_call_imports.py checks that no SDK
module outlives that collection).
"""

from __future__ import annotations

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
    for obj in list(_AFTER_FORK):
        obj._after_fork()


if hasattr(os, "register_at_fork"):  # not on Windows
    os.register_at_fork(after_in_child=_after_fork_in_child)


class _QueryRedactingFilter(logging.Filter):
    """Cuts the query (presigned-URL signatures, tokens in a redirect ``Location``) off every URL
    urllib3's connection pool logs (``"GET /path?X-Amz-Signature=... HTTP/1.1" 200``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and any(isinstance(a, str) and "?" in a for a in args):
            record.args = tuple(a.split("?", 1)[0] + "?***" if isinstance(a, str) and "?" in a else a for a in args)
        return True


_LOG_FILTER = _QueryRedactingFilter()


def install_urllib3_log_filter() -> None:
    """Add the query-redacting filter to urllib3's connection-pool logger (once; done by the first
    transport built, never at import)."""
    pool_logger = logging.getLogger("urllib3.connectionpool")
    if _LOG_FILTER not in pool_logger.filters:
        pool_logger.addFilter(_LOG_FILTER)
