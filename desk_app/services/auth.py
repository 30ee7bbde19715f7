"""Who is acting, checked by every service that reads personal data or changes anything.

The window signs a user in and runs its work as that user; the command line does the same with
``--user``. Services call :func:`require`, so both obey the same rules. The actor is held in a
context variable: it follows the code into background threads started through
``desk_app.ui.tasks`` (which copies the context) and never leaks between two command-line runs.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator

from desk_app.domain.roles import Actor, NotSignedIn, Permission

_current: contextvars.ContextVar[Actor | None] = contextvars.ContextVar("desk_actor", default=None)


def current() -> Actor:
    actor = _current.get()
    if actor is None:
        raise NotSignedIn("Cần đăng nhập trước khi thực hiện thao tác này")
    return actor


def current_or_none() -> Actor | None:
    return _current.get()


def require(permission: Permission) -> Actor:
    """The acting user, when the role allows ``permission``; else PermissionDenied."""
    actor = current()
    actor.require(permission)
    return actor


def sign_in(actor: Actor | None) -> contextvars.Token:
    """Make ``actor`` the acting user from now on (the window's session); returns the token
    that :func:`sign_out` takes."""
    return _current.set(actor)


def sign_out(token: contextvars.Token | None = None) -> None:
    if token is not None:
        _current.reset(token)
    else:
        _current.set(None)


@contextlib.contextmanager
def acting_as(actor: Actor | None) -> Iterator[Actor | None]:
    token = _current.set(actor)
    try:
        yield actor
    finally:
        _current.reset(token)
