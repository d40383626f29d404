/* 民主评议党员 page: an org's yearly rounds; open a round, see self-assessments and mutual-rating counts,
   the committee's proposed grades, the 党员大会's confirmation and the follow-up of 不合格; xlsx export. */
(function () {
  "use strict";
  var h = DJ.h;
  var GRADES = [{ value: "excellent", label: "优秀" }, { value: "qualified", label: "合格" }, { value: "basic", label: "基本合格" }, { value: "unqualified", label: "不合格" }];
  var LABEL = { excellent: "优秀", qualified: "合格", basic: "基本合格", unqualified: "不合格" };

  async function renderRound(el, id) {
    var r = await DJ.api("GET", "/api/v1/appraisals/" + id);
    var reload = function () { DJ.clear(el); renderRound(el, id).catch(DJ.fail); };
    var selects = {};
    el.appendChild(h("div", { class: "dj-page-head" }, h("h2", null, r.org_name + " " + r.year + " 年度民主评议"), DJ.badge(r.status_label, "info"),
      DJ.button("返回", function () { DJ.go("appraisal"); }),
      DJ.button("导出结果", function () { DJ.download("/api/v1/appraisals/" + id + "/results.xlsx").catch(DJ.fail); })));
    el.appendChild(DJ.table([
      { key: "name", title: "党员" },
      { key: "self", title: "自评", render: function (e) { return e.self_submitted ? DJ.badge("已提交", "success") : DJ.badge("未提交"); } },
      { key: "peers", title: "互评", render: function (e) { return GRADES.map(function (g) { return g.label + " " + (e.peer_counts[g.value] || 0); }).join(" / "); } },
      { key: "proposed", title: "评定意见", render: function (e) {
        if (r.status === "confirmed" || !DJ.canWrite()) return e.proposed_grade ? LABEL[e.proposed_grade] : "";
        var sel = h("select", { "aria-label": "评定意见" }, GRADES.map(function (g) { return h("option", { value: g.value, selected: (e.proposed_grade || "qualified") === g.value }, g.label); }));
        selects[e.member_id] = sel;
        return sel;
      } },
      { key: "final", title: "确认等次", render: function (e) { return e.final_label ? DJ.badge(e.final_label, e.final_grade === "unqualified" ? "danger" : "success") : ""; } },
      { key: "followup", title: "处置措施", render: function (e) { return e.followup_note ? e.followup_note + "（" + e.followup_due + " 前）" : ""; } },
    ], r.entries, { empty: "无参评党员" }));
    if (DJ.canWrite() && r.status !== "confirmed") {
      el.appendChild(h("div", { class: "dj-toolbar" },
        DJ.button("提交支委会评定意见", async function () {
          var grades = Object.keys(selects).map(function (k) { return { member_id: Number(k), grade: selects[k].value }; });
          try { await DJ.api("POST", "/api/v1/appraisals/" + id + "/proposals", { grades: grades }); DJ.toast("已提交"); reload(); } catch (err) { DJ.fail(err); }
        }, "primary"),
        r.status === "proposed" ? DJ.button("党员大会确认", function () {
          DJ.formModal("党员大会确认评议结果", [{ name: "meeting_note", label: "党员大会情况（日期、应到/实到人数）", type: "textarea", required: true }], async function (v) {
            await DJ.api("POST", "/api/v1/appraisals/" + id + "/confirm", { meeting_note: v.meeting_note });
            DJ.toast("已确认");
            reload();
          }, { intro: "评为不合格的党员将记录帮助教育措施和限期改正期限（不自动处置）。" });
        }) : null));
    }
  }

  async function renderList(el) {
    var state = { org: DJ.currentOrgId() };
    var box = h("div", { id: "appraisal-list" });
    var picker = DJ.orgPicker({ onChange: function (id) { state.org = id; load().catch(DJ.fail); } });
    async function load() {
      var data = await DJ.api("GET", "/api/v1/orgs/" + state.org + "/appraisals");
      DJ.clear(box).append(DJ.table([
        { key: "year", title: "年度", render: function (r) { return h("a", { href: "#/appraisal/" + r.id }, r.year + " 年度"); } },
        { key: "org_name", title: "组织" },
        { key: "status_label", title: "状态" },
        { key: "opened_at", title: "开始", render: function (r) { return DJ.fmtTime(r.opened_at); } },
      ], data.items, { empty: "尚未开展民主评议" }));
    }
    el.appendChild(h("div", { class: "dj-page-head" }, h("h2", null, "民主评议党员")));
    el.appendChild(h("div", { class: "dj-card dj-toolbar" }, picker, DJ.canWrite() ? DJ.button("开展年度评议", function () {
      DJ.formModal("开展年度民主评议", [{ name: "year", label: "年度", type: "number", required: true, value: new Date().getFullYear() }], async function (v) {
        var r = await DJ.api("POST", "/api/v1/orgs/" + state.org + "/appraisals", { year: v.year });
        DJ.go("appraisal/" + r.id);
      });
    }, "primary") : null));
    el.appendChild(box);
    await load();
  }

  DJ.register({
    id: "appraisal", title: "民主评议", order: 36, roles: ["superadmin", "org_admin", "staff"], description: "年度民主评议党员",
    render: async function (el, route) {
      if (route && route.rest && route.rest[0]) return renderRound(el, Number(route.rest[0]));
      return renderList(el);
    },
  });
})();
