"""Recommendations (with reasons, in a fixed order) and the member's learning graph."""

from __future__ import annotations

from aiohttp.test_utils import TestClient

from miniapp_api.orgs.models import OrgKind, OrgType
from server.core.clock import ManualClock
from tests.factories import admin_headers, make_member, make_org, member_headers
from tests.miniapp_api.learning.helpers import Session, create_course, flush, video

QUIZ = {"pass_mark": 60, "questions": [{"text": "遵义会议召开于哪一年？", "options": ["1935", "1949"], "answer": [0]}]}


async def test_recommendations_follow_the_priorities_with_reasons(lclient: TestClient, clock: ManualClock) -> None:
    committee = await make_org(kind=OrgKind.COMMITTEE, org_type=OrgType.DEV_ZONE)
    park = await make_org(parent=committee, org_type=OrgType.DEV_ZONE)
    park2 = await make_org(parent=committee, org_type=OrgType.DEV_ZONE)
    admin = await admin_headers(lclient, committee)
    rules = await create_course(lclient, admin, org_id=committee.id, topics=["党章党规"])
    industry = await create_course(lclient, admin, org_id=committee.id, topics=["产业党建"], lessons=[video(60)])
    history = await create_course(lclient, admin, org_id=committee.id, topics=["党史"],
                                  lessons=[video(5400, quiz=QUIZ), video(60)])
    integrity = await create_course(lclient, admin, org_id=committee.id, topics=["廉政教育"])
    me = await make_member(park)
    me_headers = await member_headers(lclient, me)
    peers = [await make_member(park) for _ in range(5)]
    for peer in peers[:4]:
        await Session(lclient, await member_headers(lclient, peer), history["lessons"][1]["id"]).watch(clock, 0, 30)
    for _ in range(2):
        other = await member_headers(lclient, await make_member(park2))
        await Session(lclient, other, industry["lessons"][0]["id"]).watch(clock, 0, 30)
    await Session(lclient, me_headers, history["lessons"][0]["id"]).watch(clock, 0, 3600, step=30)
    await flush(lclient)

    resp = await lclient.get("/api/v1/learning/recommendations", headers=me_headers)
    items = (await resp.json())["items"]
    assert [(i["kind"], i["course_id"], i["reason"]) for i in items] == [
        ("topic_gap", rules["id"], "你的'党章党规'学习较少"),
        ("topic_gap", integrity["id"], "你的'廉政教育'学习较少"),
        ("similar_orgs", industry["id"], "开发区类党组织 100% 党员在学"),
        ("branch_popular", history["id"], "本支部 80% 党员已学习"),
    ]
    again = await lclient.get("/api/v1/learning/recommendations", headers=me_headers)
    assert (await again.json())["items"] == items


async def test_member_graph_combines_time_and_quiz_scores(lclient: TestClient, clock: ManualClock) -> None:
    org = await make_org()
    admin = await admin_headers(lclient, org)
    course = await create_course(lclient, admin, topics=["党史", "理论武装"], lessons=[video(3600, quiz=QUIZ)])
    member = await make_member(org)
    headers = await member_headers(lclient, member)
    lesson_id = course["lessons"][0]["id"]
    await Session(lclient, headers, lesson_id).watch(clock, 0, 3600, step=30)
    await flush(lclient)
    resp = await lclient.get("/api/v1/learning/me/graph", headers=headers)
    topics = {t["topic"]: t for t in (await resp.json())["topics"]}
    assert topics["党史"]["certified_minutes"] == 60 and topics["党史"]["mastery"] == 27  # 80 × 60/180
    assert topics["理论武装"]["mastery"] == 27 and topics["党章党规"]["mastery"] == 0
    resp = await lclient.post(f"/api/v1/learning/lessons/{lesson_id}/quiz/attempts", headers=headers,
                              json={"answers": {"1": [0]}})
    assert (await resp.json())["passed"] is True
    resp = await lclient.get("/api/v1/learning/me/graph", headers=headers)
    topics = {t["topic"]: t for t in (await resp.json())["topics"]}
    assert topics["党史"]["quiz_score"] == 100 and topics["党史"]["mastery"] == 60  # 60 × 1/3 + 40 × 1
