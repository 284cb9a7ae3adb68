"""`python -m vn.routes ...`: the route checker without going through `vn`."""

import sys

from vn.cli import run

sys.exit(run(["routes", *sys.argv[1:]]))
