"""``python -m fazhi``: the ``fazhi`` command-line tool, with the Rust binary's commands and
options (``python -m fazhi --help``)::

    python -m fazhi summary                       # the bundled report
    python -m fazhi extract reports/ --format parquet --out tables/
    python -m fazhi check reports/ --strict
"""

from __future__ import annotations

import signal
import sys

from ._fazhi import _main


def main(argv: list[str] | None = None) -> int:
    """Runs the tool on ``argv`` (default: the command line) and returns its exit status:
    0 when every file was read, 1 when one failed, 2 for a usage error."""
    sys.stdout.flush()
    return _main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    # Ctrl-C stops the tool at once, as it stops the Rust binary (the work runs outside
    # Python, where a KeyboardInterrupt would wait for it to finish)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    sys.exit(main())
