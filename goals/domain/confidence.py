"""A confidence check-in: how sure a board member is, on a day, that a goal will be reached
(1–10, as in OKR check-ins). A plain value: the store keeps them, views draw the trend."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Mark:
    goal_id: str
    day: date
    mark: int
    recorded_by: str
