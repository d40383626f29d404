"""The cross-domain learning API: 学时 ledger entries and make-up study assignments."""

from __future__ import annotations

from datetime import UTC, datetime

from aiohttp.test_utils import TestClient

from miniapp_api.learning import service
from miniapp_api.learning.models import AssignmentStatus, LedgerEntry, StudyAssignment
from server.core.clock import LocalZone
from tests.clock import TEST_EPOCH
from tests.factories import make_member, make_org

ZONE = LocalZone("Asia/Shanghai")


async def test_ledger_entry_with_source_id_is_idempotent(client: TestClient) -> None:
    org = await make_org()
    member = await make_member(org)
    at = datetime(2026, 3, 5, 2, 0, tzinfo=UTC)
    await service.add_ledger_entry(member.id, 2, source="partyday", source_id=7, note="主题党日", at=at, zone=ZONE)
    await service.add_ledger_entry(member.id, 2.5, source="partyday", source_id=7, note="主题党日（更正）", at=at, zone=ZONE)
    await service.add_ledger_entry(member.id, 1, source="offline", source_id=None, note="线下培训", at=at, zone=ZONE)
    await service.add_ledger_entry(member.id, 1, source="offline", source_id=None, note="线下培训", at=at, zone=ZONE)
    rows = await LedgerEntry.filter(member_id=member.id).order_by("id")
    assert [(r.source, float(r.hours), r.year) for r in rows] == [
        ("partyday", 2.5, 2026), ("offline", 1.0, 2026), ("offline", 1.0, 2026)]


async def test_assign_makeup_is_idempotent_per_source(client: TestClient) -> None:
    org = await make_org()
    a, b = await make_member(org), await make_member(org)
    for _ in range(2):
        await service.assign_makeup([a.id, b.id], source="partyday", source_id=3, title="补学：三月主题党日", due_at=None, now=TEST_EPOCH)
    rows = await StudyAssignment.filter(source="partyday", source_id=3)
    assert sorted(r.member_id for r in rows) == sorted([a.id, b.id])
    assert all(r.status is AssignmentStatus.PENDING for r in rows)


async def test_another_domain_confirms_a_makeup_assignment(client: TestClient) -> None:
    org = await make_org()
    member = await make_member(org)
    await service.assign_makeup([member.id], source="partyday", source_id=4, title="补学", due_at=None, now=TEST_EPOCH)
    assert await service.confirm_assignment(member.id, source="partyday", source_id=4, note="已补学", at=TEST_EPOCH) is True
    assert await service.confirm_assignment(member.id, source="partyday", source_id=4, note="again", at=TEST_EPOCH) is False
    row = await StudyAssignment.get(member_id=member.id)
    assert (row.status, row.done_note) == (AssignmentStatus.DONE, "已补学")
