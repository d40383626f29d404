"""What the demo loaders of each domain receive: the base demo records to build on."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from server.core.settings import Settings


@dataclass
class DemoContext:
    settings: Settings
    now: datetime
    orgs: dict[str, int] = field(default_factory=dict)  # key → org id (keys: committee, gb_gov, gb_street, b_office, b_service, b_community, b_park, g_community1)
    members: dict[str, list[int]] = field(default_factory=dict)  # org key → member ids (secretary first)
    superadmin_id: int = 0
    branch_admin_id: int = 0
    staff_id: int = 0
