"""The command line: ``python -m pinterest_client demo [--sandbox]`` (see :mod:`pinterest_client._demo`)
and ``python -m pinterest_client --version``."""

from __future__ import annotations

import argparse
import sys
from typing import List, Optional

from pinterest_client import API_VERSION, __version__

#: The name this SDK is installed under (``pip install pinterest-client-v5``); it imports as ``pinterest_client``.
DISTRIBUTION = "pinterest-client-v5"


def version_line() -> str:
    """``'pinterest-client-v5 0.1.0 (Pinterest API v5, generated from OpenAPI 5.23.0)'``."""
    return f"{DISTRIBUTION} {__version__} (Pinterest API v5, generated from OpenAPI {API_VERSION})"


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pinterest_client",
        description="The Pinterest API v5 Python SDK.",
        formatter_class=argparse.RawDescriptionHelpFormatter,  # --version prints one unwrapped line
    )
    parser.add_argument("--version", action="version", version=version_line())
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser(
        "demo",
        help="walk through a realistic session (a local fake without PINTEREST_ACCESS_TOKEN, read-only with it)",
        description="Without PINTEREST_ACCESS_TOKEN: start a local fake Pinterest and run a full session against it "
        "(create a board, a section and Pins, page through them, read analytics, clean up). With it: make "
        "read-only calls to the real API. The token is never printed.",
    )
    demo.add_argument(
        "--sandbox", action="store_true", help="use the sandbox host (api-sandbox.pinterest.com) with a token"
    )
    args = parser.parse_args(argv)
    if args.command == "demo":
        from pinterest_client._demo import run_demo

        return run_demo(sandbox=args.sandbox)
    parser.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
