"""How an article is cut into lead candidates: a list lead-in carries its items, a "；" row keeps the lead-in of
its sentence, an item knows its lead-in. Made-up articles in our own words."""

from __future__ import annotations

from bot.chain import BotChain
from bot.compose import compact_item, pieces
from knowledge.index import KnowledgeIndex
from knowledge.retriever import KnowledgeRetriever

LISTED = """示例小组开展活动，应当遵守下列要求：
（一）按时到场；
（二）如实登记参加人员，活动结束后由组长签字确认并在三日内交到办公室存档备查，不得补登；
（三）爱护场地。
活动记录由组长保管。"""

TABLE = "会费标准为：收入在2000元以下（含2000元）的，每月交10元；2000元以上的，每月交20元。"


def test_a_lead_in_carries_its_items_compacted() -> None:
    found = pieces(LISTED)
    lead_in = found[0]
    assert lead_in.items == ("（一）按时到场", "（二）如实登记参加人员…", "（三）爱护场地")
    assert lead_in.shown == "示例小组开展活动，应当遵守下列要求：（一）按时到场；（二）如实登记参加人员…；（三）爱护场地。"
    second = next(p for p in found if p.text.startswith("（二）"))
    assert second.parent == 0 and second.shown.startswith("示例小组开展活动，应当遵守下列要求：……（二）如实登记")
    assert found[-1].text == "活动记录由组长保管。" and found[-1].parent is None and not found[-1].head


def test_a_row_of_a_table_keeps_the_lead_in_of_its_sentence() -> None:
    first, second = pieces(TABLE)
    assert first.head == "" and first.shown.startswith("会费标准为：收入在2000元以下")
    assert second.shown == "会费标准为：……2000元以上的，每月交20元。"


def test_a_long_item_is_cut_at_a_comma_and_marked() -> None:
    assert compact_item("（四）短的一项。") == "（四）短的一项"
    long = "（五）" + "甲" * 20 + "，" + "乙" * 20 + "。"
    assert compact_item(long) == "（五）" + "甲" * 20 + "…"


def test_a_list_question_on_the_sample_rules_leads_with_the_whole_list(small_index: KnowledgeIndex) -> None:
    chain = BotChain(KnowledgeRetriever(index=small_index))
    answer = chain.invoke("支委会会议讨论哪些事项？")
    lead = answer.answer.split("\n")[0]
    assert lead.startswith("根据《示例支部会议规则》第四条，支部委员会会议讨论下列事项：（一）")
    assert lead.endswith("（三）安排党费收缴。")
