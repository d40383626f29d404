/* 审计日志 page (superadmins only): who did what to which record, and when — in Chinese, raw codes only as a tooltip. */
(function () {
  "use strict";
  var h = DJ.h;

  var ACTIONS = {
    "auth.refresh_replay": "登录凭证重放（已拦截）",
    "user.create": "新建后台用户",
    "org.create": "新建组织", "org.update": "修改组织",
    "member.create": "登记党员", "member.update": "修改党员", "member.delete": "删除党员", "member.import": "导入花名册",
    "member.export": "导出花名册", "member.search_phone": "按手机号查找党员", "member.bind": "绑定微信", "member.unbind": "解除微信绑定",
    "evaluation.point_create": "新建服务窗口", "evaluation.point_update": "修改服务窗口", "evaluation.code_create": "生成评价码",
    "evaluation.code_revoke": "停用评价码", "evaluation.code_rotate": "更换评价码", "evaluation.sheet_print": "打印评价码",
    "evaluation.comment_moderate": "审核评价留言", "evaluation.comment_policy": "修改留言公开方式",
    "evaluation.counters_rebuild": "重算评价统计", "evaluation.ratings_export": "导出评价明细", "evaluation.report_export": "导出评价报表",
    "rectification.verify": "核实工单", "rectification.start": "开始整改", "rectification.resolve": "提交整改结果",
    "rectification.callback": "回访", "rectification.close": "办结工单", "rectification.appeal": "提出申诉",
    "rectification.decide_appeal": "裁决申诉", "rectification.escalate": "升级督办", "rectification.export": "导出整改工单",
    "rectification.contact_view": "查看评价人联系方式",
    "partyday.create": "新建会议活动", "partyday.update": "修改会议活动", "partyday.delete": "删除会议活动",
    "partyday.publish": "发布会议通知", "partyday.start": "开始会议", "partyday.end": "结束会议", "partyday.archive": "归档会议",
    "partyday.backfill": "补录会议", "partyday.attendees": "调整参会人员", "partyday.leave_decide": "审批请假",
    "partyday.minutes": "填写会议记录", "partyday.photo": "上传会议照片", "partyday.signout_all": "全体签退",
    "partyday.room_close": "关闭会议室", "partyday.makeup_confirm": "确认补学", "partyday.ledger_export": "导出会议台账",
    "learning.topic_create": "新建学习专题", "learning.topic_update": "修改学习专题", "learning.course_create": "新建课程",
    "learning.course_update": "修改课程", "learning.lesson_create": "新建课时", "learning.lesson_update": "修改课时",
    "learning.lesson_delete": "删除课时", "learning.quiz_set": "设置测验", "learning.media_upload": "上传学习资料",
    "learning.assign": "布置学习任务", "learning.assignment_confirm": "确认补学完成", "learning.ledger_add": "登记学时",
    "learning.settings_update": "修改学习设置", "learning.report_export": "导出学时报表",
    "evidence.upload": "上传佐证材料",
  };
  var FIELDS = {
    from: "原状态", to: "新状态", stage: "督办环节", disposal: "处置方式", satisfaction: "回访结果", upheld: "申诉成立",
    name: "名称", title: "标题", type: "类型", changes: "修改项", rows: "行数", count: "数量", imported: "导入", rejected: "未通过",
    full_phone: "完整手机号", number: "号码", complete: "完整号码", member_id: "党员", members: "人数", course_id: "课程",
    kind: "类别", note: "说明", year: "年度", month: "月份", hours: "学时", source: "来源", username: "登录名", role: "角色",
    users: "用户数", reason: "原因", decision: "审核结果", approve: "批准", held_on: "举行日期", absent: "缺席人数",
    lessons: "课时数", questions: "题数", show_ranking: "显示排行", size: "大小", point_id: "服务窗口", points: "服务窗口",
    new_code_id: "新评价码", family: "凭证", policy: "公开方式",
  };
  var TARGETS = {
    assignment: "学习任务", code: "评价码", counters: "评价统计", course: "课程", evidence_file: "佐证材料", leave: "请假",
    ledger: "学时台账", lesson: "课时", meeting: "会议", member: "党员", org: "组织", organization: "组织", photo: "会议照片",
    point: "服务窗口", rating: "评价", ticket: "工单", topic: "学习专题", user: "后台用户",
  };
  var VALUES = {
    pending: "待核实", rectifying: "整改中", callback: "待回访", closed: "已办结", appealing: "申诉中",
    verify: "核实", rectify: "整改",
    immediate: "立行立改", deadline: "限期整改", explain: "解释说明",
    satisfied: "满意", basic: "基本满意", unsatisfied: "不满意",
    hold_all: "全部先审后发", publish_unflagged: "未被标记的直接公开",
    branch_assembly: "支部党员大会", branch_committee: "支部委员会", group_meeting: "党小组会", party_lecture: "党课",
    theme_day: "主题党日", life_meeting: "组织生活会",
    course: "课程学习", partyday: "主题党日", free_study: "自主学习",
    deactivated: "党员已停用", reject: "不予公开", publish: "公开",
    superadmin: "超级管理员", org_admin: "组织管理员", staff: "工作人员",
    "true": "是", "false": "否",
  };

  function valueText(v) {
    if (v === null || v === undefined || v === "") return "—";
    if (Array.isArray(v)) return v.map(function (x) { return FIELDS[x] || VALUES[x] || String(x); }).join("、");
    if (typeof v === "object") return JSON.stringify(v);
    var key = String(v);
    return VALUES[key] || key;
  }

  function detailText(d) {
    return Object.keys(d || {}).map(function (k) { return (FIELDS[k] || k) + "：" + valueText(d[k]); }).join("；");
  }

  function actorText(r) {
    if (!r.actor_user_id) return r.actor_role === "system" ? "系统" : (DJ.roleLabels[r.actor_role] || r.actor_role);
    var role = DJ.roleLabels[r.actor_role] || r.actor_role;
    return r.actor_name ? r.actor_name + "（" + role + "）" : role + " #" + r.actor_user_id;
  }

  DJ.register({
    id: "audit", title: "审计日志", order: 90, roles: ["superadmin"], description: "管理操作与导出记录",
    render: async function (el) {
      var state = { page: 1, action: "", org_id: "" };
      var box = h("div");
      var action = h("input", { type: "search", id: "audit-action", placeholder: "操作代码前缀，如 member.", "aria-label": "操作" });
      var picker = DJ.orgPicker({ all: "全部组织", onChange: function (id) { state.org_id = id || ""; state.page = 1; load(); } });
      action.addEventListener("change", function () { state.action = action.value.trim(); state.page = 1; load(); });

      async function load() {
        var data = await DJ.api("GET", "/api/v1/audit" + DJ.qs({ page: state.page, page_size: 30, action: state.action, org_id: state.org_id }));
        DJ.clear(box).append(DJ.table([
          { key: "created_at", title: "时间", render: function (r) { return DJ.fmtTime(r.created_at); } },
          { key: "action", title: "操作", render: function (r) { return h("span", { title: r.action, class: "dj-audit-action" }, ACTIONS[r.action] || r.action); } },
          { key: "actor", title: "操作人", render: actorText },
          { key: "target", title: "对象", render: function (r) { return (TARGETS[r.target_type] || r.target_type) + (r.target_id ? " " + r.target_id : ""); } },
          { key: "org", title: "组织", render: function (r) { var o = r.org_id ? DJ.orgById(r.org_id) : null; return o ? o.name : r.org_id || ""; } },
          { key: "detail", title: "详情", render: function (r) { return detailText(r.detail); } },
          { key: "ip", title: "IP" },
        ], data.items, { empty: "暂无审计记录" }), DJ.pager(data, function (p) { state.page = p; load().catch(DJ.fail); }));
      }

      el.appendChild(h("div", { class: "dj-page-head" }, h("h2", null, "审计日志")));
      el.appendChild(h("div", { class: "dj-card dj-toolbar" }, action, picker, DJ.button("查询", function () { state.action = action.value.trim(); state.page = 1; load().catch(DJ.fail); })));
      el.appendChild(box);
      await load();
    },
  });
})();
