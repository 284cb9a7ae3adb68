"""`python -m vn.sprites ...`: the art pipeline without going through `vn`."""

import sys

from vn.cli import run

sys.exit(run(["sprites", *sys.argv[1:]]))
