"""Exceptions raised by fazhi: one base class, and subclasses that are also ValueErrors."""

from __future__ import annotations

__all__ = ["FazhiError", "InvalidJsonError", "InvalidInputError", "InternalError"]


class FazhiError(Exception):
    """Base class of every error raised by fazhi.

    ``path`` says where the problem is, as a JSON path such as ``facts[3].value``,
    when there is one.
    """

    path: str | None

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class InvalidJsonError(FazhiError, ValueError):
    """The JSON is malformed, does not fit the report model, or breaks one of its invariants."""


class InvalidInputError(FazhiError, ValueError):
    """The text cannot be read as a report (empty, or larger than the limit)."""


class InternalError(FazhiError):
    """A bug in fazhi itself (a panic caught at the boundary); the message names the input."""
