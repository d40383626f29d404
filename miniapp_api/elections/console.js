/* 换届选举 page of the admin console: the term and its reminder, elections with candidates, attendance, count. */
(function () {
  "use strict";
  var h = DJ.h;
  var STATUS = { draft: "准备中", open: "投票中", closed: "已计票" };
  function fill(el, nodes) { DJ.clear(el); [].concat(nodes).forEach(function (n) { if (n) el.appendChild(n); }); }

  function electionView(e, reload) {
    return h("div", { class: "dj-card elections-item", dataset: { id: e.id } },
      h("h3", null, e.title, " ", DJ.badge(STATUS[e.status])),
      h("p", { class: "dj-muted" }, "应选 " + e.seats + " 人；应到 " + e.expected + "，实到 " + e.present + "（至少 " + e.quorum_needed + "），已投 " + e.voted + "；当选须得 " + e.majority_needed + " 票以上"),
      DJ.table([{ key: "name", title: "候选人" }, { key: "post", title: "拟任" },
        { key: "votes", title: "得票", render: function (c) { return c.votes === null ? "" : c.votes; } },
        { key: "elected", title: "结果", render: function (c) { return c.elected === null ? "" : (c.elected ? DJ.badge("当选", "green") : "未当选"); } }],
      e.candidates.map(function (c) { return Object.assign({ id: c.member_id }, c); })),
      DJ.canWrite() && e.status === "draft" ? DJ.button("登记到会", function () {
        DJ.formModal("登记到会", [{ name: "ids", label: "到会党员编号（逗号分隔）", type: "textarea" }], async function (v) {
          var ids = v.ids.split(/[,，\s]+/).filter(Boolean).map(Number);
          await DJ.api("PUT", "/api/v1/elections/" + e.id + "/attendance", { member_ids: ids });
          await reload();
        });
      }) : null,
      DJ.canWrite() && e.status === "draft" ? DJ.button("开始投票", async function () {
        try { await DJ.api("POST", "/api/v1/elections/" + e.id + "/open"); await reload(); } catch (err) { DJ.fail(err); }
      }, "primary") : null,
      DJ.canWrite() && e.status === "open" ? DJ.button("结束并计票", async function () {
        try { await DJ.api("POST", "/api/v1/elections/" + e.id + "/close"); await reload(); } catch (err) { DJ.fail(err); }
      }, "primary") : null);
  }

  DJ.register({
    id: "elections", title: "换届选举", order: 47, description: "任期、届满提醒和换届选举",
    render: async function (el) {
      var state = { org_id: DJ.currentOrgId(), elections: [] };
      var box = h("div"), list = h("div");
      async function showElections() {
        var items = [];
        for (var i = 0; i < state.elections.length; i++) items.push(await DJ.api("GET", "/api/v1/elections/" + state.elections[i]));
        fill(list, items.map(function (e) { return electionView(e, showElections); }));
      }
      async function load() {
        var t = await DJ.api("GET", "/api/v1/orgs/" + state.org_id + "/terms");
        fill(box, h("div", { class: "dj-stats elections-term" }, t.current
          ? ["本届任期 " + t.current.started_on + " 至 " + t.current.ends_on + "（" + t.current.years + " 年）", t.remind ? [" ", DJ.badge(t.days_left >= 0 ? "还有 " + t.days_left + " 天届满" : "已届满", "red")] : null]
          : "尚未登记任期（默认 " + t.default_years + " 年）"));
        await showElections();
      }
      var picker = DJ.orgPicker({ onChange: function (id) { state.org_id = id; state.elections = []; load().catch(DJ.fail); } });
      fill(el, [h("div", { class: "dj-page-head" }, h("h2", null, "换届选举")),
        h("div", { class: "dj-toolbar" }, picker, DJ.canWrite() ? DJ.button("登记任期", function () {
          DJ.formModal("登记任期", [{ name: "started_on", label: "开始日期", type: "date", required: true },
            { name: "years", label: "任期（年，可不填）", type: "number" }],
          async function (v) { await DJ.api("POST", "/api/v1/orgs/" + state.org_id + "/terms", v); await load(); });
        }) : null, DJ.canWrite() ? DJ.button("发起选举", function () {
          DJ.formModal("发起换届选举", [{ name: "title", label: "名称", value: "支部委员会换届选举", required: true },
            { name: "seats", label: "应选人数", type: "number", value: 3, required: true },
            { name: "ids", label: "候选人党员编号（逗号分隔，须多于应选人数）", type: "textarea", required: true }],
          async function (v) {
            var ids = v.ids.split(/[,，\s]+/).filter(Boolean).map(Number);
            var e = await DJ.api("POST", "/api/v1/orgs/" + state.org_id + "/elections", { title: v.title, seats: v.seats, candidates: ids.map(function (id) { return { member_id: id }; }) });
            state.elections.unshift(e.id);
            await showElections();
          });
        }, "primary") : null), box, list]);
      await load();
    },
  });
})();
