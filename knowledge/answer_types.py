"""Quantities a question asks for (几个人, 多久, 比例 …) and whether an article states one."""

from __future__ import annotations

import re

_EVENTS = "成立|召开|举行|出台|颁布|发布|印发|通过|制定|提出|开始施行|施行|实施|生效|废止"

_QUESTION_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("people", re.compile(r"几个?人|多少人|几名|多少名|人数|几位|多少个?党员")),
    ("days", re.compile(r"几天|多少天|几个工作日|多少个?工作日|多少日")),
    ("months", re.compile(r"几个月|多少个月")),
    ("years", re.compile(r"几年|多少年|任期多|多少届|几届")),
    ("times", re.compile(r"几次|多少次")),
    ("frequency", re.compile(r"多久开|开一次|多久一次|多长时间一次|多久召开|多长时间开|多久搞|多久举行")),
    ("duration", re.compile(r"多久|多长时间|多长期限|期限是?多")),
    ("money", re.compile(r"多少钱|多少元|交多少|缴多少|多少党费|(?:按|以)?多少标准|多少(?:补贴|津贴|工资|薪水|报酬|奖金|经费|费用)|(?:补贴|津贴|工资|报酬|奖金)(?:是|有)?多少")),
    ("ratio", re.compile(r"比例是?多|百分之几|几成|占多少|多少比例")),
    ("hours", re.compile(r"多少学时|几个学时|几学时")),
    ("age", re.compile(r"多大年纪|多大岁数|几岁|多少岁")),
    # A score or weight in an assessment, the pages of a form: the rules set principles, rarely such figures.
    ("score", re.compile(r"多少分|几分(?![之钟])|满分|分值|(?:占|有)多大权重|权重是?多")),
    ("pages", re.compile(r"多少页|几页")),
    # A calendar date: the corpus states one only for its own issue and entry into force.
    ("date", re.compile(rf"哪[1一]?年|何年|哪[1一]?天|几月几[日号]|(?:什么时[候间]|何时)(?:{_EVENTS})")),
    # Which meeting (哪次大会/哪次全会上通过的): history, which the corpus states only of a few of its own texts.
    ("meeting", re.compile(r"哪[1一]?(?:次|届)[^，,？?]{0,8}(?:会议|全会|大会|会上)")),
)

_NUMBER = r"\d+(?:\.\d+)?"
_ARTICLE_PATTERNS: dict[str, re.Pattern[str]] = {
    "people": re.compile(rf"{_NUMBER}\s*(?:名|人|个)|半数|分之|多数|全体"),
    "days": re.compile(rf"{_NUMBER}\s*(?:个工作日|日|天)"),
    "months": re.compile(rf"{_NUMBER}\s*个月|半年|每月|每季度"),
    "years": re.compile(rf"{_NUMBER}\s*(?:年|届)|每届|半年"),
    "times": re.compile(rf"{_NUMBER}\s*次"),
    "frequency": re.compile(rf"{_NUMBER}\s*次|每月|每季度|每年|每半年|每届|定期|随时|经常"),
    "duration": re.compile(rf"{_NUMBER}\s*(?:个月|个工作日|年|日|天|周|小时|学时)|半年|期满|之日|每月|每季度|每年"),
    "money": re.compile(rf"{_NUMBER}\s*(?:元|%)|比例"),
    "ratio": re.compile(rf"{_NUMBER}\s*%|分之|半数|{_NUMBER}\s*[:：]\s*{_NUMBER}|比例"),
    "hours": re.compile(rf"{_NUMBER}\s*个?学时"),
    "age": re.compile(rf"{_NUMBER}\s*岁|年满"),
    "score": re.compile(rf"{_NUMBER}\s*分(?![之钟别类])|满分|分值|权重"),
    "pages": re.compile(rf"{_NUMBER}\s*页"),
    "date": re.compile(r"\d{4}\s*年|之日|起施行|起实施"),
    "meeting": re.compile(r"第[一二三四五六七八九十百\d]+次[^,。;]{0,12}(?:代表大会|全体会议|会议)|"
                          r"[一二三四五六七八九十\d]+届[一二三四五六七八九十\d]+中全会|党的(?:十[一二三四五六七八九]?|\d{2})大"),
}


# A sentence that ends by asking yes or no (…，可以吗？ / …，这样行不行？): the quantity words of its earlier
# clauses describe the case ("去外地玩几天，可以吗？") rather than ask for a figure.
_YES_NO_ENDING = re.compile(r"(?:吗|么|嘛|是否[^，,；;]*|可不可以|能不能|行不行|对不对|算不算|是不是|有没有[^，,；;]*)[？?！!。\s]*$")
_CLAUSE = re.compile(r"[，,；;：:]")
_SENTENCE_END = re.compile(r"[？?！!。]")
_QUESTION_WORDS = r"吗|呢|什么|啥|多少|几|哪|怎么|怎样|如何|是否|谁|何|多久|多长|有没有|能不能|可不可以"
# For the quantity asked, a clause asks when it holds a question word (哪怕 and 何况 are none) or offers alternatives
# (…，还是…？); the others describe the case (同意和反对的人数差不多，…该怎么办？ asks no head count).
_ASKS = re.compile(rf"(?!哪怕|何况)(?:{_QUESTION_WORDS})|还是")
# Negated or indefinite amounts state rather than ask: 成立没多久, 没几天.
_NOT_ASKING = re.compile(r"没(?:过)?多久|没多长时间|不多久|没几")
# 几 after an action (引进几位新老师, 给几位同志做了评议, 看几天) tells of some number when a later clause of the
# sentence asks; after 有/是/要/设/达到/至少… it asks (支部要设几名委员).
_ASKING_JI = re.compile(r"(?:有|是|要|需|设|达到|超过|满|为|应当|可以|能|多|少)[^，,]{0,2}几")


def _quantity_clauses(sentence: str) -> list[str]:
    """The clauses of one sentence in which `asked_types` looks for a quantity asked."""
    clauses = [c for c in _CLAUSE.split(sentence) if c.strip()]
    if not clauses:
        return []
    if _YES_NO_ENDING.search(sentence):
        return clauses[-1:]  # only the yes/no clause asks
    asking = [c for c in clauses if _ASKS.search(c)]
    kept = []
    for i, clause in enumerate(asking):
        only_ji = {m.group(0) for m in _ASKS.finditer(clause)} == {"几"}
        if only_ji and i < len(asking) - 1 and not _ASKING_JI.search(clause):
            continue
        kept.append(clause)
    return kept or clauses


def asked_types(question: str) -> tuple[str, ...]:
    """The kinds of quantity a (normalised) question asks for, in a fixed order: read in the clauses that ask,
    sentence by sentence."""
    text = _NOT_ASKING.sub("", question)
    asking = "，".join(c for s in _SENTENCE_END.split(text) for c in _quantity_clauses(s))
    return tuple(name for name, pattern in _QUESTION_TYPES if pattern.search(asking))


_SENTENCE = re.compile(r"[？?！!。；;]")


def asking_sentences(question: str, kind: str) -> list[str]:
    """The sentences of a (normalised) question that ask for `kind` (…达到多少人？任期几年？ asks people in one
    and years in the other); the whole question when it is one sentence or no sentence asks alone."""
    parts = [s for s in _SENTENCE.split(question) if s.strip()]
    if len(parts) < 2:
        return [question]
    return [s for s in parts if kind in asked_types(s)] or [question]


# A clause that asks: it holds a question word (…是多少 / 怎么办 / 可以吗). The others describe the case.
_INTERROGATIVE = re.compile(_QUESTION_WORDS)
_ANY_CLAUSE = re.compile(r"[，,。？?！!；;：:]")


def asking_clauses(question: str) -> list[str]:
    """The clauses of a (normalised) question that hold a question word; the whole question when none does."""
    return [c for c in _ANY_CLAUSE.split(question) if c and _INTERROGATIVE.search(c)] or [question]


def states(kind: str, text: str) -> bool:
    """Whether canonical article text states a quantity of the given kind."""
    return bool(_ARTICLE_PATTERNS[kind].search(text))


# What kind of answer a question wants, beyond a quantity: these only choose the lead sentence of an answer
# (bot/compose.py) and never feed abstention — `asked_types` above does (knowledge/confidence.py).
_LEAD_QUESTIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("decider", re.compile(
        r"由谁|谁(?:来)?(?:决定|批准|审批|负责|召集|主持|选举|任命|担任|审查|审议|提名|讨论|管|定|批)|"
        r"哪一?级|哪个(?:部门|组织|机关|单位|党组织|机构)|"
        r"(?:什么|哪些)(?:部门|组织|机关|人|级别|机构)(?:来|负责|批准|审批|决定|担任|当|召集|主持)|"
        r"报.{0,6}批准|要.{0,3}批准|经过?谁|归谁")),
    ("condition", re.compile(
        r"(?:什么|哪些|何种|啥)(?:样的)?(?:条件|情形|情况|情节)|具备什么|满足什么|符合什么|在什么情况|"
        r"什么样的人|哪些人(?:可以|能|应当|要)|谁(?:可以|能|有资格)|才能|才可以|资格")),
    ("list", re.compile(
        r"哪些|哪几|包括什么|包含什么|包括啥|有什么(?:内容|任务|职责|要求|权利|义务|方面|形式|种类)|"
        r"(?:主要|基本)(?:任务|职责|内容|要求|方式|形式)是(?:什么|啥)|几种|几类|几项|分为|种类|都有什么|都有啥")),
    ("period", re.compile(
        r"什么时候|何时|什么时间|哪天|几号|从何时|时限|期限|截止|(?:多久|多长时间|几天|几个月)(?:以|之)?内|"
        r"起算|算起|开始算|从哪")),
    ("procedure", re.compile(
        r"程序|步骤|流程|手续|环节|要经过|经过哪些|走什么|"
        r"(?:怎么|如何|怎样)(?!处理|处分|处置|算|计算|样|办(?!理))")),
    ("consequence", re.compile(
        r"会怎么?样|怎么处理|如何处理|怎样处理|怎么处置|如何处置|怎么办(?!理)|(?:什么|何种|哪种|啥)(?:处分|处理|后果|责任|处罚)|"
        r"会被|会不会被|受到什么|承担什么|后果|算不算|算什么|按什么处理")),
)

_NUM = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百半]+)"
# Matched against canonical text (knowledge.lexicon.canonical): half-width ",;:" and digits.
_LEAD_ANSWERS: dict[str, re.Pattern[str]] = {
    # 由…决定/批准/选举, 报…批准, 经…同意: who decides is the body named before the verb.
    "decider": re.compile(
        r"由[^，,。；;]{1,24}?(?:决定|批准|审批|审查|审议|选举|任命|指定|召集|主持|负责|确定|担任|讨论|提名|推荐|组织|提出)|"
        r"报[^，,。；;]{1,20}?(?:批准|审批|备案|同意|决定)|经[^，,。；;]{1,20}?(?:批准|同意|审批|决定|通过)|"
        r"(?:党委|党组|支部|委员会|大会|组织部门?)[^，,。；;]{0,8}(?:审批|批准|决定)"),
    # 有下列情形之一, 应当具备…条件, 凡是…的, 年满…, …方可/才能.
    "condition": re.compile(
        r"下列情形|情形之一|下列条件|条件|具备|符合|凡是|年满|方可|才能|必须|"
        r"的(?:党员|人员|同志)?[，,](?:应当|可以|不得|一般|都应当|即|予以|按照?|给予)"),
    # an enumeration in the sentence itself (…：警告、严重警告、…); lead-ins followed by items are found by structure
    "list": re.compile(r"下列|以下|(?:[^、，,。；;]{1,12}、){2,}|包括|主要有|分为"),
    "period": re.compile(
        rf"之日起|之日算起|之日|起算|算起|{_NUM}\s*(?:个月|个工作日|日|天|年|周)(?:以|之)?内|期满|届满|之前|以前|"
        r"\d+月底?前|[年月]底前|当月|次月|次年|月底|年底|年初|截止|及时|第\d季度"),  # a date or a deadline, not a frequency
    # 先…再…, 经…讨论/审查/通过, 报…, 提出申请, 表决, 公示, 备案 — the steps named in order.
    "procedure": re.compile(
        r"程序|步骤|经[^，,。；;]{0,14}(?:讨论|审查|审批|批准|通过|研究|同意)|报[^，,。；;]{0,12}(?:批准|审批|备案|审查)|"
        r"提出[^，,。；;]{0,6}申请|填写|表决|公示|备案|听取|谈话|考察|讨论|按照[^，,。；;]{0,12}(?:程序|规定|办理)|办理|"
        r"先[^。；;]{1,20}(?:再|然后)|然后|最后"),
    # 给予…处分, 开除党籍, 除名, 自行脱党, 取消…资格, 追究…责任 …
    "consequence": re.compile(
        r"给予[^，,。；;]{0,24}处分|处分|开除党籍|除名|脱党|取消[^，,。；;]{0,10}资格|追究[^，,。；;]{0,14}责任|"
        r"停止[^，,。；;]{0,6}(?:党籍|权利)|撤销|免职|降职|延长|处理|处置|批评教育|诫勉|责令|视为|不得"),
}


def lead_types(question: str) -> tuple[str, ...]:
    """The kinds of answer a (normalised) question asks for besides a quantity — who decides, under which
    condition, a list, when, how, with what consequence — in a fixed order. A consequence question
    (怎么处理) is not also a procedure one."""
    kinds = [name for name, pattern in _LEAD_QUESTIONS if pattern.search(question)]
    if "consequence" in kinds and "procedure" in kinds:
        kinds.remove("procedure")
    return tuple(kinds)


def leads(kind: str, text: str) -> bool:
    """Whether a sentence of canonical article text looks like the answer to that kind of question."""
    return bool(_LEAD_ANSWERS[kind].search(text))


# A figure in the question (工资4000元, 机关有80名党员) and the brackets of a table (3000元以上至5000元,
# 不足7人) that contain it: the lead is the bracket the asker is in, not the table's first row.
_DIGITS = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![第\d.])({_DIGITS})\s*(万|千|[kK])?\s*(元|块|个?人|名)?")
_NOT_A_FIGURE = tuple("年月日号个次岁天条届周%％倍项")  # a date, a count of times, an article, a rate …
_SCALES = {"万": 10000.0, "千": 1000.0, "k": 1000.0, "K": 1000.0}
_UNITS = {"元": "元", "块": "元", "人": "人", "个人": "人", "名": "人"}
_U = "(元|人|名)"
_RANGE = re.compile(rf"(?<![\d.])({_DIGITS}){_U}以上(?:至|到|、)({_DIGITS}){_U}(?:以下)?(（含\3)?")
_ABOVE = re.compile(rf"(?<![\d.])({_DIGITS}){_U}以上(?!至|到|、\d)")
_BELOW = re.compile(rf"(?<![\d.、至到])({_DIGITS}){_U}(?:以下|以内)(（含\1)?")
_UNDER = re.compile(rf"(?:不足|不满|少于|低于)({_DIGITS}){_U}")


def figure(question: str) -> tuple[float, str | None] | None:
    """The one amount or head count a (canonical) question gives, with its unit (元/人, None when bare);
    None when it gives none or several."""
    found = []
    for m in _FIGURE.finditer(question):
        after = question[m.end():m.end() + 1]
        if not m.group(3) and after and after in _NOT_A_FIGURE:
            continue
        found.append(m)
    if len(found) != 1:
        return None
    m = found[0]
    value = float(m.group(1)) * _SCALES.get(m.group(2) or "", 1.0)
    return value, _UNITS.get(m.group(3) or "")


def bracket_fit(text: str, wanted: tuple[float, str | None]) -> float | None:
    """How well the brackets of a (canonical) sentence take the figure: None when it has no bracket of that
    unit, 0 when none contains it, 1 when one does, 2 when one names it as its included bound (（含5000元）)."""
    value, unit = wanted
    ranges: list[tuple[float, float, bool, bool, bool]] = []  # low, high, low inclusive, high inclusive, high named
    for m in _RANGE.finditer(text):
        if unit in (None, _UNITS[m.group(2)]):
            ranges.append((float(m.group(1)), float(m.group(3)), "含" not in text, True, bool(m.group(5))))
    for m in _ABOVE.finditer(text):
        if unit in (None, _UNITS[m.group(2)]):
            ranges.append((float(m.group(1)), float("inf"), True, False, False))
    for m in _BELOW.finditer(text):
        if unit in (None, _UNITS[m.group(2)]):
            ranges.append((0.0, float(m.group(1)), True, True, bool(m.group(3))))
    for m in _UNDER.finditer(text):
        if unit in (None, _UNITS[m.group(2)]):
            ranges.append((0.0, float(m.group(1)), True, False, False))
    if not ranges:
        return None
    best = 0.0
    for low, high, low_in, high_in, named in ranges:
        if value == high and high_in:
            best = max(best, 2.0 if named else 1.0)
        elif low < value < high or (value == low and low_in):
            best = max(best, 1.0)
    return best
