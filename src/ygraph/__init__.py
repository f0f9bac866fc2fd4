"""ygraph: Chinese policy news → a dated knowledge graph and a timeline."""

from __future__ import annotations

__version__ = "0.1.0"

from .build import build  # noqa: E402
from .config import BuildConfig  # noqa: E402

__all__ = ["BuildConfig", "__version__", "build"]
