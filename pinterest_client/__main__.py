"""``python -m pinterest_client demo [--sandbox]``: see :mod:`pinterest_client._demo`."""

from __future__ import annotations

import argparse
import sys
from typing import List, Optional


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pinterest_client", description="The Pinterest API v5 Python SDK.")
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
