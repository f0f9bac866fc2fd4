"""query: questions asked of ``ygraph.db`` (``ygraph who``, ``ygraph person``, ``ygraph events``).

Each question returns an :class:`~ygraph.query.answer.Answer` (rows, notes, a JSON document) that
:mod:`~ygraph.query.show` prints as a table, JSON or CSV. Nothing here writes to the store.
"""

from __future__ import annotations

from .answer import Answer, NotFound
from .events import EventFilters, events
from .person import person
from .store import Store, open_store
from .who import who

__all__ = ["Answer", "EventFilters", "NotFound", "Store", "events", "open_store", "person", "who"]
