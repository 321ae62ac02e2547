"""The paper face: forms, packet, handout (ReportLab).

ReportLab, when first imported, runs a user's ``~/.reportlab_mods`` and ``~/.reportlab_settings`` (and
modules of those names on the path) if they exist; its loader stops only for a missing file, so a HOME that
is a file, or those names as folders, ended every PDF command. The app's PDFs must not depend on a user's
ReportLab settings either: empty modules of those names stand in before ReportLab is imported, so it reads
neither.
"""

import sys
import types

for _name in ("reportlab_mods", "reportlab_settings"):
    if "reportlab" not in sys.modules:
        sys.modules.setdefault(_name, types.ModuleType(_name, "stands in for a user's ReportLab settings"))
