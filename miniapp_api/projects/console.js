/* 党建项目 page: a Kanban by PDCA stage, the claim pool, proposing, and each project's steps (approve, milestones,
   supervision notes, evaluation, close). */
(function () {
  "use strict";
  var h = DJ.h;

  function fill(el) {
    DJ.clear(el);
    Array.prototype.slice.call(arguments, 1).flat(2).forEach(function (c) { if (c !== null && c !== undefined && c !== false) el.append(c); });
    return el;
  }
  function styled(el, css) { Object.assign(el.style, css); return el; }

  var COLUMNS = [["proposed", "待审批"], ["approved", "已立项"], ["in_progress", "实施督导"], ["evaluated", "已评估"], ["closed", "已结项"], ["returned", "已退回"]];
  var GRADE_KIND = { excellent: "ok", good: "ok", pass: "gold", fail: "red" };

  function card(p, open) {
    var c = h("div", { class: "dj-card dj-project-card", dataset: { id: p.id }, role: "button", tabindex: "0" },
      h("strong", null, p.title),
      h("div", { class: "dj-muted" }, p.org_name),
      h("div", null, p.is_secretary_led ? DJ.badge("书记领办", "red") : null, p.is_claimed ? DJ.badge("认领", null) : null,
        p.score !== null ? DJ.badge(p.score + " 分 " + p.grade_label, GRADE_KIND[p.grade]) : null));
    styled(c, { padding: "10px", marginBottom: "8px", cursor: "pointer" });
    c.addEventListener("click", function () { open(p.id); });
    c.addEventListener("keydown", function (e) { if (e.key === "Enter") open(p.id); });
    return c;
  }

  function indicatorFields() {
    return [
      { name: "title", label: "项目名称", required: true },
      { name: "goal", label: "项目目标", type: "textarea", required: true },
      { name: "measures", label: "主要举措（每行一条）", type: "textarea" },
      { name: "indicators", label: "考核指标（每行：名称,目标值,单位,权重；越低越好的在名称前加 -）", type: "textarea", required: true,
        placeholder: "解决群众急难愁盼问题,40,件,2\n-投诉件数,10,件,1" },
      { name: "budget", label: "预算（元）", type: "number", value: 0 },
      { name: "period_start", label: "开始日期", type: "date", required: true },
      { name: "period_end", label: "结束日期", type: "date", required: true },
    ];
  }
  function parseIndicators(text) {
    return text.split("\n").map(function (l) { return l.trim(); }).filter(Boolean).map(function (l) {
      var parts = l.split(/[,，]/).map(function (s) { return s.trim(); });
      var lower = parts[0].charAt(0) === "-";
      return { name: lower ? parts[0].slice(1) : parts[0], target: Number(parts[1] || 0), unit: parts[2] || "",
        weight: parts[3] ? Number(parts[3]) : 1, higher_is_better: !lower };
    });
  }
  function projectBody(v, orgId) {
    return { org_id: orgId, title: v.title, goal: v.goal, measures: (v.measures || "").split("\n").map(function (s) { return s.trim(); }).filter(Boolean),
      indicators: parseIndicators(v.indicators), budget: v.budget || 0, period_start: v.period_start, period_end: v.period_end };
  }

  async function propose(orgId, after, pool) {
    var fields = indicatorFields();
    if (!pool) fields.push({ name: "leader_member_id", label: "领办人（党员编号，书记领办时填写）", type: "number" });
    return DJ.formModal(pool ? "发布认领项目" : "立项申报", fields, async function (v) {
      var body = projectBody(v, orgId);
      if (!pool && v.leader_member_id) body.leader_member_id = v.leader_member_id;
      var out = await DJ.api("POST", pool ? "/api/v1/projects/pool" : "/api/v1/projects", body);
      DJ.toast(pool ? "已发布到认领池" : "已提交申报", "ok");
      after();
      return out;
    }, { wide: true, okText: pool ? "发布" : "提交申报" });
  }

  async function showProject(id, after) {
    var body = h("div", { class: "dj-project-detail" });
    var m;
    async function step(path, payload, msg) {
      await DJ.api("POST", "/api/v1/projects/" + id + "/" + path, payload);
      DJ.toast(msg, "ok");
      after();
      await load();
    }
    async function load() {
      var p = await DJ.api("GET", "/api/v1/projects/" + id);
      var actions = h("div", { class: "dj-toolbar" });
      var write = DJ.canWrite();
      if (write && p.can_supervise && p.stage === "proposed") {
        actions.append(DJ.button("批准立项", function () { step("approve", { decision: "approve" }, "已批准立项").catch(DJ.fail); }, "primary"),
          DJ.button("退回", function () {
            DJ.formModal("退回申报", [{ name: "reason", label: "退回理由", type: "textarea", required: true }], function (v) {
              return step("approve", { decision: "return", reason: v.reason }, "已退回");
            });
          }, "danger"));
      }
      if (write && (p.stage === "approved" || p.stage === "in_progress")) {
        actions.append(DJ.button("记录里程碑", function () {
          DJ.formModal("记录里程碑", [{ name: "title", label: "节点名称", required: true }, { name: "done_on", label: "完成日期", type: "date", required: true },
            { name: "note", label: "进展说明", type: "textarea" }, { name: "file", label: "证明材料（图片/PDF/Word/Excel）", type: "file" }], async function (v) {
            var tokens = [];
            if (v.file) {
              var form = new FormData();
              form.append("org_id", String(p.org_id));
              form.append("file", v.file);
              tokens.push((await DJ.api("POST", "/api/v1/evidence", form)).token);
            }
            return step("milestones", { title: v.title, done_on: v.done_on, note: v.note, evidence: tokens }, "已记录里程碑");
          });
        }));
      }
      if (write && p.can_supervise && ["approved", "in_progress", "evaluated"].indexOf(p.stage) >= 0) {
        actions.append(DJ.button("督导意见", function () {
          DJ.formModal("督导意见", [{ name: "note", label: "意见", type: "textarea", required: true }], function (v) { return step("notes", { note: v.note }, "已记录督导意见"); });
        }));
      }
      if (write && p.can_supervise && p.stage === "in_progress") {
        actions.append(DJ.button("绩效评估", function () {
          var fields = p.indicators.map(function (i) {
            return { name: "i" + i.id, label: i.name + "（目标 " + i.target + i.unit + (i.higher_is_better ? "" : "，越低越好") + "）", type: "number", required: true };
          });
          fields.push({ name: "comment", label: "评估意见", type: "textarea" });
          DJ.formModal("绩效评估", fields, function (v) {
            return step("evaluate", { comment: v.comment, actuals: p.indicators.map(function (i) { return { indicator_id: i.id, actual: v["i" + i.id] }; }) }, "已评估");
          }, { okText: "评估" });
        }, "primary"));
      }
      if (write && p.stage === "evaluated") {
        actions.append(DJ.button("总结结项", function () {
          DJ.formModal("总结结项", [{ name: "lessons", label: "经验教训与改进措施", type: "textarea", required: true }], function (v) { return step("close", { lessons: v.lessons }, "已结项"); });
        }, "primary"));
      }
      fill(body,
        h("p", null, DJ.badge(p.stage_label, null), " ", p.org_name, p.is_secretary_led ? " · 书记领办：" + p.leader_name : (p.leader_name ? " · 领办人：" + p.leader_name : "")),
        h("p", null, h("b", null, "目标："), p.goal),
        p.measures.length ? h("p", null, h("b", null, "举措："), p.measures.join("；")) : null,
        h("p", { class: "dj-muted" }, "周期 " + p.period_start + " 至 " + p.period_end + " · 预算 " + p.budget + " 元"),
        p.carried_lessons ? h("p", null, h("b", null, "上一轮经验："), p.carried_lessons) : null,
        p.return_reason ? h("p", { class: "dj-modal-error" }, "退回理由：" + p.return_reason) : null,
        h("h4", null, "考核指标", p.score !== null ? "（总分 " + p.score + "，" + p.grade_label + "）" : ""),
        DJ.table([{ key: "name", title: "指标" }, { title: "目标", render: function (i) { return (i.higher_is_better ? "≥ " : "≤ ") + i.target + i.unit; } },
          { key: "weight", title: "权重" }, { key: "actual", title: "实际" }, { key: "score", title: "得分" }], p.indicators),
        h("h4", null, "里程碑"),
        DJ.table([{ key: "done_on", title: "日期" }, { key: "title", title: "节点" }, { key: "note", title: "说明" },
          { title: "材料", render: function (ms) { return ms.evidence.map(function (f) { return f.filename; }).join("、"); } }], p.milestones, { empty: "暂无里程碑" }),
        h("h4", null, "督导意见"),
        p.notes.length ? h("ul", null, p.notes.map(function (n) { return h("li", null, DJ.fmtTime(n.created_at) + " " + n.note); })) : h("p", { class: "dj-muted" }, "暂无"),
        p.lessons ? h("p", null, h("b", null, "经验教训："), p.lessons) : null,
        actions);
    }
    await load();
    m = DJ.modal("项目 · " + id, body, { wide: true });
    return m;
  }

  DJ.register({
    id: "projects", title: "党建项目", order: 45, description: "党建项目制：申报、审批、督导、评估、结项，认领池和书记领办",
    render: async function (el) {
      var state = { org_id: DJ.currentOrgId() };
      var board = h("div", { class: "dj-kanban" }), poolBox = h("div", { class: "dj-pool" });
      styled(board, { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(180px, 1fr))", gap: "10px" });
      var picker = DJ.orgPicker({ onChange: function (id) { state.org_id = id; load().catch(DJ.fail); } });
      async function load() {
        var list = await DJ.api("GET", "/api/v1/projects" + DJ.qs({ org_id: state.org_id, page_size: 200 }));
        fill(board, COLUMNS.map(function (c) {
          var items = list.items.filter(function (p) { return p.stage === c[0]; });
          return h("section", { class: "dj-kanban-col", dataset: { stage: c[0] } }, h("h3", null, c[1] + "（" + items.length + "）"),
            items.map(function (p) { return card(p, function (pid) { showProject(pid, function () { load().catch(DJ.fail); }).catch(DJ.fail); }); }));
        }));
        var pool = await DJ.api("GET", "/api/v1/projects/pool" + DJ.qs({ page_size: 100 }));
        fill(poolBox, h("h3", null, "认领池"), DJ.table([{ key: "title", title: "项目" }, { key: "org_name", title: "发布组织" },
          { title: "周期", render: function (p) { return p.period_start + " 至 " + p.period_end; } },
          { title: "", render: function (p) {
            if (!DJ.canWrite() || p.org_id === state.org_id) return "";
            return DJ.button("认领", function () {
              DJ.api("POST", "/api/v1/projects/" + p.id + "/claim", { org_id: state.org_id }).then(function () { DJ.toast("已认领", "ok"); load().catch(DJ.fail); }).catch(DJ.fail);
            }, "primary");
          } }], pool.items, { empty: "认领池中暂无项目" }));
      }
      var tools = h("div", { class: "dj-toolbar" }, picker,
        DJ.canWrite() ? DJ.button("立项申报", function () { propose(state.org_id, function () { load().catch(DJ.fail); }, false); }, "primary") : null,
        DJ.canWrite() ? DJ.button("发布认领项目", function () { propose(state.org_id, function () { load().catch(DJ.fail); }, true); }) : null,
        DJ.button("导出台账", function () { DJ.download("/api/v1/projects/ledger.xlsx" + DJ.qs({ org_id: state.org_id })).catch(DJ.fail); }));
      fill(el, h("h2", null, "党建项目"), tools, board, poolBox);
      await load();
    },
  });
})();
