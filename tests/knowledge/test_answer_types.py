"""What kind of answer a question wants (for the lead sentence only) and what such an answer looks like in
article text; a figure of the question and the table brackets that hold it. Made-up sentences, our own words."""

from __future__ import annotations

import pytest

from knowledge.answer_types import asked_types, asking_clauses, bracket_fit, figure, lead_types, leads, states
from knowledge.lexicon import canonical, normalize


@pytest.mark.parametrize(("question", "kinds"), [
    ("入党申请要报哪一级党委审批？", {"decider"}),
    ("支部大会由谁主持？", {"decider"}),
    ("符合什么条件才能转为正式党员？", {"condition"}),
    ("什么情况下可以不参加组织生活？", {"condition"}),
    ("党小组的任务有哪些？", {"list"}),
    ("违纪行为分为几类？", {"list"}),
    ("组织关系介绍信什么时候失效？", {"period"}),
    ("收到申请后多长时间内要答复？", {"period"}),
    ("换届选举的程序是什么？", {"procedure"}),
    ("如何办理组织关系转接？", {"procedure"}),
    ("党员拒不交纳党费会怎么样？", {"consequence"}),
    ("泄露档案内容要怎么处理？", {"consequence"}),  # 怎么处理 asks a consequence, not a procedure
    ("党员长期不交党费怎么办？", {"consequence"}),
])
def test_lead_types_name_the_kind_of_answer_asked_for(question: str, kinds: set[str]) -> None:
    assert kinds <= set(lead_types(normalize(question)))


@pytest.mark.parametrize(("question", "not_kind"), [
    ("组织关系怎么办理？", "consequence"),  # 怎么办理 is a procedure, not 怎么办
    ("拒不改正会怎么处理？", "procedure"),
    ("支部委员会由几人组成？", "decider"),
])
def test_lead_types_keep_near_wordings_apart(question: str, not_kind: str) -> None:
    assert not_kind not in lead_types(normalize(question))


@pytest.mark.parametrize("question", ["党员有哪些权利？", "谁来批准？", "什么情况下会被处分？", "转正程序是什么？"])
def test_lead_types_do_not_ask_for_a_quantity(question: str) -> None:
    """Only `asked_types` drives abstention (quantity_not_stated); a lead type never adds to it."""
    assert lead_types(normalize(question)) and asked_types(normalize(question)) == ()


@pytest.mark.parametrize(("kind", "sentence", "expected"), [
    ("decider", "示例小组的组长由全体组员选举产生。", True),
    ("decider", "调整方案报上一级委员会批准后执行。", True),
    ("decider", "组长应当熟悉业务。", False),
    ("condition", "有下列情形之一的，可以推迟讨论：", True),
    ("condition", "年满十八岁的，可以提出申请。", True),
    ("condition", "小组每月开会一次。", False),
    ("list", "示例活动的形式包括讲座、参观、座谈等。", True),
    ("period", "自批准之日起生效。", True),
    ("period", "收到材料后应当在十五日内答复。", True),
    ("period", "小组由五人组成。", False),
    ("procedure", "经小组讨论同意后，报委员会审批。", True),
    ("procedure", "先由本人自评，再由组员互评。", True),
    ("consequence", "情节严重的，给予警告处分。", True),
    ("consequence", "连续三个月不参加活动的，视为自动退出。", True),
    ("consequence", "小组的名称由组员商定。", False),
])
def test_what_an_answer_of_each_kind_looks_like(kind: str, sentence: str, expected: bool) -> None:
    assert leads(kind, canonical(sentence)) is expected


@pytest.mark.parametrize(("question", "wanted"), [
    ("工资4000元交多少", (4000.0, "元")),
    ("月薪1.2万党费比例", (12000.0, None)),
    ("支部有9个人要设委员会吗", (9.0, "人")),
    ("支部有十二名正式党员", (12.0, "人")),
    ("连续6个月不交怎么办", None),  # a period, not an amount
    ("第3条怎么说", None),  # an article number
    ("3000到5000之间交多少", None),  # two figures: a range, not the asker's own
    ("党费怎么交", None),
])
def test_the_figure_of_a_question(question: str, wanted: tuple[float, str | None] | None) -> None:
    assert figure(canonical(question)) == wanted


@pytest.mark.parametrize(("row", "value", "fit"), [
    ("收入在2000元以下（含2000元）者，交1％", 1500.0, 1.0),
    ("收入在2000元以下（含2000元）者，交1％", 2000.0, 2.0),  # the row that names its included bound
    ("2000元以上至4000元（含4000元）者，交2％", 2000.0, 0.0),  # …so the next row does not take it
    ("2000元以上至4000元（含4000元）者，交2％", 2500.0, 1.0),
    ("4000元以上者，交3％", 2500.0, 0.0),
    ("成员不足5人的，设召集人一名", 3.0, 1.0),
    ("成员5人以上的，设委员会", 3.0, 0.0),
    ("成员20人以上、50人以下的，设分会", 30.0, 1.0),
    ("每月开会一次", 30.0, None),  # no bracket at all
])
def test_a_table_row_takes_the_figure_its_bracket_holds(row: str, value: float, fit: float | None) -> None:
    unit = "元" if "元" in row else "人"
    assert bracket_fit(canonical(row), (value, unit)) == fit


@pytest.mark.parametrize(("question", "kinds"), [
    ("支部想组织大家去外地参观，顺便玩几天，可以吗？", ()),  # 几天 describes the case; the question is 可以吗
    ("预备期满后拖了三个多月才讨论转正，这样行不行？", ()),
    ("党委每届任期几年？", ("years",)),
    ("支部委员会有几个人，由谁选举？", ("people",)),  # not a yes/no question: every clause asks
    ("换届前要提前几个月报告，是否需要书面请示？", ()),
    ("支部大会几个月开一次吗？", ("months", "frequency")),  # one clause: its own quantity is what is asked
])
def test_a_yes_no_question_asks_no_quantity_of_its_earlier_clauses(question: str, kinds: tuple[str, ...]) -> None:
    assert asked_types(normalize(question)) == kinds


def test_which_meeting_is_asked_and_an_article_states_one_only_by_name() -> None:
    assert asked_types(normalize("这项制度是在哪次全会上提出的？")) == ("meeting",)
    assert asked_types(normalize("党章是哪一次大会修改的？")) == ("meeting",)
    assert states("meeting", canonical("党的第二十次全国代表大会部分修改"))
    assert states("meeting", canonical("党的十一届三中全会以来"))
    assert not states("meeting", canonical("支部委员会会议一般每月召开一次"))


@pytest.mark.parametrize(("question", "clauses"), [
    ("档案数字化扫描的分辨率要求是多少？", ["档案数字化扫描的分辨率要求是多少"]),
    ("我是局长，儿子结婚想请下属吃酒，会有什么后果？", ["会有什么后果"]),  # the case is told, one clause asks
    ("党员多少岁可以入党，由谁批准？", ["党员多少岁可以入党", "由谁批准"]),
    ("请介绍支部工作条例", ["请介绍支部工作条例"]),  # no question word: the whole request asks
])
def test_the_clauses_that_ask(question: str, clauses: list[str]) -> None:
    assert asking_clauses(normalize(question).rstrip("？")) == [normalize(c) for c in clauses]


@pytest.mark.parametrize(("question", "kinds"), [
    # the clause with the quantity word describes the case; another clause asks
    ("学院想请几位外面的老师来讲课，是院里自己定，还是要报学校？", ()),
    ("我们给几位老同志办了慰问，费用该从哪里出？", ()),
    ("会上赞成和反对的人数差不多，下一步怎么办？", ()),
    ("支部成立没多久，现在能发展党员吗？", ()),
    ("他借走档案看了几天，这样合规吗？该找谁补手续？", ()),  # yes/no sentence by sentence
    # the quantity is what is asked
    ("支部委员会由几人组成？", ("people",)),
    ("支部要设几名委员，分别由谁担任？", ("people",)),
    ("候选人要比应选人数多几个，差额比例是多少？", ("people", "ratio")),
    ("正式党员达到多少人要设支委会？任期几年？", ("people", "years")),
    # a score, a weight, the pages of a form — the rules set principles, rarely such figures
    ("结业考试多少分算合格？", ("score",)),
    ("这项工作在考核里占多大权重？", ("score",)),
    ("这张登记表一共有几页？", ("pages",)),
    ("几分钟能办完？", ()),
])
def test_only_the_clauses_that_ask_name_the_quantity_asked(question: str, kinds: tuple[str, ...]) -> None:
    assert asked_types(normalize(question)) == kinds


@pytest.mark.parametrize(("kind", "sentence", "expected"), [
    ("score", "考核满分为100分，60分以上为合格。", True),
    ("score", "经三分之二以上委员同意。", False),
    ("score", "分别情况予以处理。", False),
    ("pages", "登记表共4页。", True),
])
def test_what_a_stated_score_or_page_count_looks_like(kind: str, sentence: str, expected: bool) -> None:
    assert states(kind, canonical(sentence)) is expected
