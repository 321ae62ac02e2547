"""Interface tests run without a display: Qt's offscreen platform, chosen before any Qt import."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
