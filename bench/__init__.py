"""Benchmarks: ``python -m bench`` from the repository root writes docs/benchmarks.md."""

from desk_app.domain.roles import SYSTEM as _SYSTEM
from desk_app.services import auth as _auth

# The benchmarks work on throw-away databases without accounts: they act as the local system.
_auth.sign_in(_SYSTEM)
