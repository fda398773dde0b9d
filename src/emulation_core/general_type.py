"""The built-in general association type: a member scored on the common criteria only.

A bloc whose criteria are all common (no per-type core-task section) still needs a type
for each member; ``chung`` is that type. It has no criteria or indicators of its own and
is always available: the registry lists it before the installed plugins, whatever
``EMULATION_PLUGINS`` says.
"""

from __future__ import annotations

from .criteria import Section
from .plugins import API_VERSION, AssociationType

__all__ = ["BUILT_IN_TYPES", "GENERAL_TYPE"]

GENERAL_TYPE = AssociationType(
    "chung", "Đơn vị chung", "General unit", API_VERSION,
    Section("chung", "Không có tiêu chí riêng", title_en="No criteria of its own"))

BUILT_IN_TYPES = (GENERAL_TYPE,)
