"""Runs documentation examples in a subprocess for test_docs_examples.py (not a test module).

    python test/docs_runner.py JOB.json RESULTS.json

JOB.json: ``{"mode": "isolated" | "sequential", "timeout": seconds, "setup": code, "prelude": code,
"replace": [text, expression] | null, "examples": [{"id": ..., "code": ..., "backend": ...}, ...]}``.

``setup`` runs once (it may start a server and define ``_docs_close()`` to stop it); ``replace``
substitutes, in every example, ``text`` by the value of ``expression`` evaluated after setup.

* ``isolated``: every example runs in a fresh namespace (after ``prelude``) — the docs/*.md pages.
* ``sequential``: ``prelude`` once, then the examples in order, all in setup's namespace — a README
  or guide page, whose examples build on each other (and on the setup block the page names, the
  prelude). A failed prelude fails every example of the job.

Each example gets ``timeout`` seconds (SIGALRM) and its own captured stdout/stderr. The results
file lists ``{"id", "ok", "error", "output", "seconds"}`` per example, written after each one so
that a batch killed from outside still reports what it finished.
"""

from __future__ import annotations

import contextlib
import io
import json
import signal
import sys
import time
import traceback
from typing import Any, Dict, List


class ExampleTimeout(BaseException):
    """Raised in the example by SIGALRM (a BaseException, so ``except Exception`` can't eat it)."""


def _alarm(signum: int, frame: Any) -> None:
    raise ExampleTimeout()


def _run(code: str, name: str, namespace: Dict[str, Any], timeout: float) -> Dict[str, Any]:
    out = io.StringIO()
    started = time.monotonic()
    error = None
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            exec(compile(code, name, "exec"), namespace)  # noqa: S102 - running the docs is the point
    except ExampleTimeout:
        error = f"timed out after {timeout:.0f}s"
    except BaseException:  # noqa: BLE001 - SystemExit included: report it
        error = traceback.format_exc(limit=-8)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return {
        "ok": error is None,
        "error": error,
        "output": out.getvalue()[-4000:],
        "seconds": round(time.monotonic() - started, 3),
    }


def main(job_path: str, results_path: str) -> int:
    with open(job_path, encoding="utf-8") as fh:
        job = json.load(fh)
    signal.signal(signal.SIGALRM, _alarm)
    timeout = float(job.get("timeout", 60))
    sequential = job["mode"] == "sequential"
    results: List[Dict[str, Any]] = []
    shared: Dict[str, Any] = {"__name__": "__main__"}
    setup = _run(job.get("setup", ""), "<setup>", shared, timeout)
    if not setup["ok"]:
        results.append({"id": "<setup>", **setup})
    replace = job.get("replace")  # [text, expression evaluated after setup]
    replacement = str(eval(replace[1], shared)) if replace and setup["ok"] else None  # noqa: S307
    if sequential:  # the page's prelude, once (a failed setup fails every example too)
        page_prelude = _run(job.get("prelude", ""), "<prelude>", shared, timeout) if setup["ok"] else setup
    for example in job["examples"]:
        code = example["code"]
        if replace and replacement is not None:
            code = code.replace(replace[0], replacement)
        if sequential:
            namespace = shared
            if not page_prelude["ok"]:
                results.append({"id": example["id"], **page_prelude})
                continue
        else:
            namespace = {"__name__": "__main__", "_docs_setup": shared}
            prelude = _run(job.get("prelude", ""), "<prelude>", namespace, timeout)
            if not prelude["ok"]:
                results.append({"id": example["id"], **prelude})
                continue
        results.append({"id": example["id"], **_run(code, example["id"], namespace, timeout)})
        with open(results_path, "w", encoding="utf-8") as fh:
            json.dump(results, fh)
    if "_docs_close" in shared:
        shared["_docs_close"]()
    with open(results_path, "w", encoding="utf-8") as fh:
        json.dump(results, fh)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
