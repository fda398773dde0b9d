"""Reading and writing the workspace's TOML documents, with every problem reported.

One module per kind of file: :mod:`.bloc` (workspace.toml), :mod:`.criteria`
(criteria.toml), :mod:`.campaign` (campaign.toml), :mod:`.targets` and :mod:`.submission`;
:mod:`.reader` holds what they share, and :mod:`.tomledit` updates a file people edit
without losing their comments.
"""

from .bloc import check_schema, dump_bloc, read_bloc
from .campaign import dump_campaign, previous_link_problems, read_campaign
from .criteria import dump_criteria, read_criteria
from .reader import Reader
from .submission import dump_submission, read_submission
from .targets import BlocTypes, dump_targets, read_targets

__all__ = [
    "BlocTypes",
    "Reader",
    "check_schema",
    "dump_bloc",
    "dump_campaign",
    "dump_criteria",
    "dump_submission",
    "dump_targets",
    "previous_link_problems",
    "read_bloc",
    "read_campaign",
    "read_criteria",
    "read_submission",
    "read_targets",
]
