"""Reading and writing the workspace's TOML documents, with every problem reported.

One module per kind of file: :mod:`.bloc` (workspace.toml), :mod:`.criteria`
(criteria.toml), :mod:`.campaign` (campaign.toml and targets.toml) and :mod:`.submission`;
:mod:`.reader` holds what they share.
"""

from .bloc import dump_bloc, read_bloc
from .campaign import dump_campaign, dump_targets, read_campaign
from .criteria import dump_criteria, read_criteria
from .reader import Reader
from .submission import dump_submission, read_submission

__all__ = [
    "Reader",
    "dump_bloc",
    "dump_campaign",
    "dump_criteria",
    "dump_submission",
    "dump_targets",
    "read_bloc",
    "read_campaign",
    "read_criteria",
    "read_submission",
]
