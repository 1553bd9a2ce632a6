"""Progress reporting for long iterations, uploads and waits (``progress=True`` on the helpers).

A tqdm bar when ``tqdm`` is installed (the ``pinterest-client-v5[progress]`` extra; the notebook widget
in Jupyter), otherwise one INFO line on the ``pinterest_client`` logger at most every
:data:`LOG_INTERVAL` seconds, plus a closing line. ``tqdm`` is imported only when a helper is called
with ``progress=True``.
"""

from __future__ import annotations

import importlib
import logging
import time
from types import TracebackType
from typing import Any, Optional, Type

__all__ = ["LOG_INTERVAL", "Progress", "describe_bytes"]

#: Seconds between two log lines of the fallback reporter.
LOG_INTERVAL = 5.0

_logger = logging.getLogger("pinterest_client")


def _make_bar(**kwargs: Any) -> Any:
    """A tqdm bar, or ``None`` when tqdm is not installed (or cannot draw here)."""
    try:
        auto: Any = importlib.import_module("tqdm.auto")
    except ImportError:
        return None
    try:
        return auto.tqdm(**kwargs)
    except Exception:  # tqdm.auto in a notebook without ipywidgets: fall back to the text bar
        try:
            return importlib.import_module("tqdm").tqdm(**kwargs)
        except Exception:
            return None


def describe_bytes(count: float) -> str:
    """``1536`` -> ``'1.5 KiB'``."""
    value = float(count)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if abs(value) < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GiB"  # pragma: no cover


class Progress:
    """Counts ``unit``\\ s of work (items, bytes or polls) for one task called ``what``.

    Disabled (``enabled=False``) it does nothing at all, so helpers can always call it.
    """

    def __init__(
        self,
        what: str,
        *,
        enabled: bool,
        total: Optional[float] = None,
        unit: str = "it",
        logger: Optional[logging.Logger] = None,
    ) -> None:
        self.what = what
        self.enabled = enabled
        self.total = total
        self.unit = unit
        self.count: float = 0
        self.status: Optional[str] = None
        self.logger = logger or _logger
        self._started = time.monotonic()
        self._last_log: Optional[float] = None
        self._closed = False
        self._bar: Any = None
        if enabled:
            self._bar = _make_bar(
                desc=what,
                total=total,
                unit=unit,
                unit_scale=unit == "B",
                unit_divisor=1024 if unit == "B" else 1000,
                leave=True,
            )
            if self._bar is None:
                self._log(force=True)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self._started

    def update(self, n: float = 1, status: Optional[str] = None) -> None:
        """Add ``n`` units; ``status`` (e.g. ``'IN_PROGRESS'``) is shown next to the count."""
        self.count += n
        if status is not None:
            self.status = status
        if not self.enabled or self._closed:
            return
        if self._bar is not None:
            if status is not None:
                self._bar.set_postfix_str(status, refresh=False)
            self._bar.update(n)
        else:
            self._log()

    def close(self, status: Optional[str] = None) -> None:
        """Finish the bar (or log the final line). Safe to call twice."""
        if status is not None:
            self.status = status
        if self._closed:
            return
        self._closed = True
        if not self.enabled:
            return
        if self._bar is not None:
            if status is not None:
                self._bar.set_postfix_str(status, refresh=False)
            self._bar.close()
        else:
            self._log(force=True, final=True)

    def __enter__(self) -> "Progress":
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close("error" if exc_type is not None and self.status is None else None)

    # -- the log-line fallback ------------------------------------------------------------------

    def _log(self, force: bool = False, final: bool = False) -> None:
        now = time.monotonic()
        if not force and self._last_log is not None and now - self._last_log < LOG_INTERVAL:
            return
        self._last_log = now
        self.logger.info("%s", self.line(final))

    def line(self, final: bool = False) -> str:
        """The text of one log line: ``'boards_list: 300 items (60%), 2.5s'``."""
        if self.unit == "B":
            done = describe_bytes(self.count)
            if self.total:
                done += f" of {describe_bytes(self.total)}"
        else:
            count = int(self.count) if float(self.count).is_integer() else self.count
            done = f"{count} {self.unit}{'' if count == 1 else 's'}"
            if self.total:
                total = int(self.total) if float(self.total).is_integer() else self.total
                done += f" of {total}"
        if self.total:
            done += f" ({min(100.0, 100.0 * self.count / self.total):.0f}%)"
        status = f" [{self.status}]" if self.status else ""
        return f"{self.what}: {done}{status}, {self.elapsed:.1f}s{', finished' if final else ''}"
