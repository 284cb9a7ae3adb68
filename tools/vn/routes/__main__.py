"""`python -m vn.routes ...`: the route checker without going through `vn`."""

import sys

from . import run

sys.exit(run())
