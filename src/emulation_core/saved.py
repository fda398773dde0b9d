"""What a review step gives back: the saved submission and the warnings the save gives.

Its own module so that a command that only reads a workspace never creates the class (the
review actions build it when a submission is saved).
"""

from __future__ import annotations

from attrs import frozen

from .messages import Message
from .model import Submission
from .value_object import ValueObject

__all__ = ["Saved"]


@frozen
class Saved(ValueObject):
    """A saved submission and the warnings the save gives (e.g. verification undone), as
    catalog messages (``str()`` is English, ``.text("vi")`` Vietnamese)."""

    submission: Submission
    warnings: tuple[Message, ...] = ()
