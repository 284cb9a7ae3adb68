"""`python -m vn.translate ACTION ...`: the same as `vn translate ACTION ...`."""

import sys

from vn.cli import run

sys.exit(run(["translate", *sys.argv[1:]]))
