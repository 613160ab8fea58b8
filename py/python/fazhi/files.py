"""Reading folders of report files, with a progress bar when asked or in a notebook."""

from __future__ import annotations

import os
import sys
import datetime
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal, Optional, TypedDict, Union

from . import _fazhi
from ._fazhi import FileResult, Registry

__all__ = ["KnownMeta", "MetaArg", "PathArg", "extract_files"]

#: A path, a folder or a glob (str or path-like), or an iterable of them.
PathArg = Union[str, "os.PathLike[str]", Iterable[Union[str, "os.PathLike[str]"]]]


class KnownMeta(TypedDict, total=False):
    """What is known of one file; each key given wins over what the file says."""

    jurisdiction: str
    year: int
    published: Union[datetime.date, str]


#: What the caller knows of the files: a mapping from path (a bare file name stands for that
#: name in any folder) to :class:`KnownMeta`, or a function of the path and the saved page's
#: meta (``{"title", "published", "source"}``, ``None`` for a text file) that returns one or
#: ``None``.
MetaArg = Union[
    Mapping[Union[str, "os.PathLike[str]"], KnownMeta],
    Callable[[str, Optional[dict[str, Any]]], Optional[KnownMeta]],
]


class _Progress:
    """A one-line progress display on standard error (updated between batches)."""

    def __init__(self) -> None:
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        sys.stderr.write(f"\rfazhi: {done}/{total} files{end}")
        sys.stderr.flush()
        self.shown = True


def _in_notebook() -> bool:
    shell = sys.modules.get("IPython")
    if shell is None:
        return False
    try:
        ip = shell.get_ipython()
    except Exception:  # pragma: no cover - an IPython without a shell
        return False
    return ip is not None and type(ip).__name__ == "ZMQInteractiveShell"


def extract_files(
    paths: PathArg,
    *,
    threads: int | None = None,
    errors: Literal["collect", "raise"] = "collect",
    progress: bool | None = None,
    meta: MetaArg | None = None,
    registry: Registry | None = None,
) -> list[FileResult]:
    """Reads report files on all cores.

    Parameters:
        paths: a file, a folder (its ``.txt``, ``.md``, ``.html``, ``.htm``, ``.shtml`` files,
            recursively, hidden ones skipped), a glob (``"reports/**/*.html"``), as ``str`` or
            ``pathlib.Path``, or an iterable of them.
        threads: worker threads (default: the CPUs; capped at them); a positive int.
        errors: ``"collect"`` (default): a file that gives no report is a ``FileResult``
            whose ``error`` says why, and the others go on; ``"raise"``: the first such file
            raises ``InvalidInputError`` with the file as ``.path``.
        progress: show a progress line on standard error; default: in a notebook only.
        meta: what you already know, winning over what fazhi reads: a mapping from path to
            ``{"jurisdiction": ..., "year": ..., "published": ...}`` (any of the keys), or a
            function ``meta(path, page)`` called once per file found (``page``: a saved
            page's ``title``, ``published`` and ``source``; ``None`` for a text file). The
            jurisdiction is read against the gazetteer (``"右玉县司法局"`` gives the county's
            code and the department); a name that is none of its divisions is kept as given.
        registry: a :class:`fazhi.Registry` with your own concepts (default: the built-in
            one).

    Returns:
        One ``FileResult`` per file (paths that name nothing first), then the files in the
        order found: ``.path``, ``.encoding`` (``utf-8``, ``utf-8-bom``, ``gb18030``,
        ``utf-16le``, ``utf-16be``, ``big5``), ``.format`` (``text`` or ``html``), ``.report`` or
        ``.error``. Pass the list to :func:`fazhi.frame` or :func:`fazhi.table`.

    Encodings are told apart, never guessed into replacement characters: a byte order mark
    decides, else strict UTF-8, else GB18030 (which holds GBK); anything else is an error.
    Saved web pages are reduced to the article's text; their title, publication date and
    address fill the report's meta. Ctrl-C stops the call between batches.
    """
    show = _in_notebook() if progress is None else progress
    return _fazhi.extract_files(
        paths,
        threads=threads,
        errors=errors,
        progress=_Progress() if show else None,
        meta=meta,
        registry=registry,
    )
