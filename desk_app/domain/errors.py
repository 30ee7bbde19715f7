"""Typed errors of the domain. Every one carries a message a clerk can read."""


class DeskError(Exception):
    """Base of every error the program expects and explains to the user."""


class ValidationError(DeskError):
    """Input that breaks a rule; ``field`` names the input when there is one."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class CalendarFileError(DeskError):
    """The official calendar file cannot be read or is inconsistent."""
