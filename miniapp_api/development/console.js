/* 发展党员 page: the people in development of an org with their stage and due steps, one person's steps
   (recorded against the 细则's rules), the printable 档案材料 checklist and the xlsx 台账. */
(function () {
  "use strict";
  var h = DJ.h;
  var STAGES = { applicant: "入党申请人", activist: "入党积极分子", candidate: "发展对象", probationary: "预备党员", full: "正式党员" };
  var VOTE_STEPS = ["branch_meeting", "full_meeting", "extension"];

  async function openPrint(path) {
    var win = window.open("", "_blank");
    try {
      var html = await DJ.api("GET", path);
      var url = URL.createObjectURL(new Blob([html], { type: "text/html;charset=utf-8" }));
      if (win) win.location = url; else window.location = url;
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    } catch (err) {
      if (win) win.close();
      DJ.fail(err);
    }
  }

  function ids(text) {
    return String(text || "").split(/[,，\s]+/).filter(Boolean).map(Number);
  }

  function stepFields(step) {
    var f = [
      { name: "done_at", label: "完成日期", type: "date", required: true },
      { name: "note", label: "说明", type: "textarea", rows: 2 },
      { name: "evidence", label: "证明材料编号（可多个，逗号分隔）" },
    ];
    if (step.key === "contacts") f.push({ name: "contact_ids", label: "培养联系人（党员编号，1–2 名正式党员）", required: true });
    if (step.key === "sponsors") f.push({ name: "sponsor_ids", label: "入党介绍人（党员编号，2 名正式党员）", required: true });
    if (step.key === "training") { f.push({ name: "hours", label: "培训学时", type: "number" }); f.push({ name: "days", label: "培训天数", type: "number" }); }
    if (step.key === "publicity") f.push({ name: "publicity_end", label: "公示截止日期", type: "date", required: true });
    if (step.key === "extension") f.push({ name: "months", label: "延长月数（6–12）", type: "number", required: true });
    if (VOTE_STEPS.indexOf(step.key) >= 0) {
      f.push({ name: "poll_id", label: "会议室无记名表决编号（填写则人数取自该表决）", type: "number" });
      f.push({ name: "eligible", label: "应到会有表决权党员", type: "number" });
      f.push({ name: "present", label: "实到会有表决权党员", type: "number" });
      f.push({ name: "in_favour", label: "赞成（含书面意见）", type: "number" });
      f.push({ name: "against", label: "反对", type: "number" });
      f.push({ name: "abstain", label: "弃权", type: "number" });
    }
    return f;
  }

  function stepBody(step, v, corrects) {
    var body = { key: step.key, done_at: v.done_at, note: v.note || "" };
    if (v.evidence) body.evidence = String(v.evidence).split(/[,，\s]+/).filter(Boolean);
    if (v.contact_ids) body.contact_ids = ids(v.contact_ids);
    if (v.sponsor_ids) body.sponsor_ids = ids(v.sponsor_ids);
    if (v.hours !== undefined && v.hours !== null) body.hours = v.hours;
    if (v.days !== undefined && v.days !== null) body.days = v.days;
    if (v.publicity_end) body.publicity_end = v.publicity_end;
    if (v.months) body.months = v.months;
    if (v.poll_id) body.poll_id = v.poll_id;
    else if (VOTE_STEPS.indexOf(step.key) >= 0) body.vote = { eligible: v.eligible, present: v.present, in_favour: v.in_favour, against: v.against || 0, abstain: v.abstain || 0 };
    if (corrects) body.corrects = corrects;
    return body;
  }

  function recordStep(memberId, step, corrects, done) {
    return DJ.formModal((corrects ? "更正：" : "登记：") + step.name, stepFields(step), async function (v) {
      await DJ.api("POST", "/api/v1/members/" + memberId + "/development/steps", stepBody(step, v, corrects));
      DJ.toast("已登记");
      done();
    }, { intro: corrects ? "更正作为新记录保存，原记录保留在历史中。" : "系统按《发展党员工作细则》检查前置步骤、日期顺序和最短间隔。" });
  }

  async function renderPerson(el, memberId) {
    var dev = await DJ.api("GET", "/api/v1/members/" + memberId + "/development");
    var hist = await DJ.api("GET", "/api/v1/members/" + memberId + "/development/history");
    var reload = function () { DJ.clear(el); renderPerson(el, memberId).catch(DJ.fail); };
    var latest = {};
    hist.entries.forEach(function (e) { if (!e.is_corrected) latest[e.key] = e; });
    el.appendChild(h("div", { class: "dj-page-head" },
      h("h2", null, "发展党员：" + hist.name),
      h("span", { class: "dj-muted" }, hist.org_name + " · 当前阶段 "), DJ.badge(STAGES[dev.stage] || dev.stage, "info"),
      DJ.button("返回名单", function () { DJ.go("development"); }),
      DJ.button("打印档案材料清单", function () { openPrint("/api/v1/members/" + memberId + "/development/file"); })));
    el.appendChild(h("div", { class: "dj-card", id: "dev-steps" }, DJ.table([
      { key: "name", title: "步骤" },
      { key: "done_at", title: "完成日期", render: function (s) { return s.done_at || ""; } },
      { key: "due", title: "应办日期", render: function (s) { return s.due ? DJ.badge(s.due, s.due < new Date().toISOString().slice(0, 10) ? "danger" : "warning") : ""; } },
      { key: "ops", title: "操作", render: function (s) {
        if (!DJ.canWrite()) return "";
        var ops = [];
        if (!s.done_at || s.key === "review" || s.key === "probation_review") ops.push(DJ.button("登记", function () { recordStep(memberId, s, null, reload); }, "sm"));
        if (latest[s.key]) ops.push(DJ.button("更正", function () { recordStep(memberId, s, latest[s.key].id, reload); }, "sm"));
        return h("span", null, ops);
      } },
    ], dev.steps)));
    el.appendChild(h("h3", null, "全部记录"));
    el.appendChild(DJ.table([
      { key: "done_at", title: "日期" },
      { key: "name", title: "步骤" },
      { key: "article", title: "依据" },
      { key: "note", title: "说明" },
      { key: "actor_name", title: "登记人" },
      { key: "created_at", title: "登记时间", render: function (r) { return DJ.fmtTime(r.created_at); } },
      { key: "state", title: "", render: function (r) { return r.is_corrected ? DJ.badge("已更正") : r.corrects_id ? DJ.badge("更正记录", "warning") : ""; } },
    ], hist.entries, { empty: "尚无记录" }));
  }

  async function renderList(el) {
    var state = { org: DJ.currentOrgId(), stage: "" };
    var box = h("div", { id: "dev-list" });
    var picker = DJ.orgPicker({ onChange: function (id) { state.org = id; load().catch(DJ.fail); } });
    var stage = h("select", { "aria-label": "阶段" }, h("option", { value: "" }, "全部阶段"),
      ["applicant", "activist", "candidate", "probationary"].map(function (k) { return h("option", { value: k }, STAGES[k]); }));
    stage.addEventListener("change", function () { state.stage = stage.value; load().catch(DJ.fail); });

    async function load() {
      if (!state.org) return;
      var data = await DJ.api("GET", "/api/v1/orgs/" + state.org + "/development" + DJ.qs({ stage: state.stage }));
      DJ.clear(box).append(DJ.table([
        { key: "name", title: "姓名", render: function (r) { return h("a", { href: "#/development/" + r.member_id }, r.name); } },
        { key: "org_name", title: "组织" },
        { key: "stage_label", title: "阶段" },
        { key: "last", title: "最近一步", render: function (r) { return r.last_step ? r.last_step + "（" + r.last_done_at + "）" : ""; } },
        { key: "due", title: "待办", render: function (r) {
          return h("span", null, r.next_due.map(function (d) { return DJ.badge(d.name + " " + d.due, d.overdue ? "danger" : "warning"); }));
        } },
      ], data.items, { empty: "暂无发展中的人员" }));
    }

    el.appendChild(h("div", { class: "dj-page-head" }, h("h2", null, "发展党员"),
      h("span", { class: "dj-muted" }, "新的入党申请人请先在“党员管理”中以“入党申请人”状态登记，再登记“递交入党申请书”。")));
    el.appendChild(h("div", { class: "dj-card dj-toolbar" }, picker, stage,
      DJ.button("导出台账", function () { DJ.download("/api/v1/orgs/" + state.org + "/development.xlsx").catch(DJ.fail); })));
    el.appendChild(box);
    await load();
  }

  DJ.register({
    id: "development", title: "发展党员", order: 35, roles: ["superadmin", "org_admin", "staff"], description: "入党申请人到正式党员的全过程",
    render: async function (el, route) {
      if (route && route.rest && route.rest[0]) return renderPerson(el, Number(route.rest[0]));
      return renderList(el);
    },
  });
})();
