/* 标准化建设 page: an org's checklist, self-assessment with evidence, and the parent org's confirm / return. */
(function () {
  "use strict";
  var h = DJ.h;
  var STATUS = { pending: ["待上级确认", "gold"], confirmed: ["已确认", "ok"], returned: ["已退回", "red"] };

  DJ.register({
    id: "standards", title: "标准化建设", order: 46, description: "清单自评、上级确认",
    render: async function (el) {
      var st = { org_id: DJ.currentOrgId() };
      var box = h("div");
      var picker = DJ.orgPicker({ kinds: ["committee", "general_branch", "branch"], onChange: function (id) { st.org_id = id; load().catch(DJ.fail); } });
      var own = function () { return DJ.user && (DJ.isSuper() || DJ.user.org_id === st.org_id); };

      function assess(row) {
        return DJ.formModal("自评：" + row.item.name, [
          { name: "is_compliant", label: "自评达标", type: "checkbox", value: true },
          { name: "note", label: "说明", type: "textarea" },
          { name: "file", label: "证明材料（图片、PDF、Word、Excel）", type: "file", accept: ".pdf,.docx,.xlsx,image/*" },
        ], async function (v) {
          var tokens = [];
          if (v.file) {
            var fd = new FormData();
            fd.append("file", v.file);
            fd.append("org_id", String(st.org_id));
            tokens.push((await DJ.api("POST", "/api/v1/evidence", fd)).token);
          }
          await DJ.api("POST", "/api/v1/standards/orgs/" + st.org_id + "/assessments",
            { item_id: row.item.id, is_compliant: v.is_compliant, note: v.note, evidence_tokens: tokens });
          DJ.toast("已提交，等待上级确认");
        }, { okText: "提交", intro: row.item.description }).then(function (ok) { if (ok !== null) load().catch(DJ.fail); });
      }

      function review(row, decision) {
        return DJ.formModal(decision === "confirm" ? "确认达标情况" : "退回自评", [
          { name: "note", label: "意见", type: "textarea", required: decision === "return" },
        ], async function (v) {
          await DJ.api("POST", "/api/v1/standards/assessments/" + row.latest.id + "/review", { decision: decision, note: v.note });
          DJ.toast(decision === "confirm" ? "已确认" : "已退回");
        }).then(function (ok) { if (ok !== null) load().catch(DJ.fail); });
      }

      async function load() {
        var data = await DJ.api("GET", "/api/v1/standards/orgs/" + st.org_id + "/checklist");
        DJ.clear(box).append(h("p", { class: "dj-muted", id: "standards-summary" }, data.org_name + "：适用项目 " + data.applicable + " 项，经上级确认达标 " + data.met + " 项"),
          DJ.table([
            { key: "name", title: "项目", render: function (r) { return h("div", null, h("strong", null, r.item.name), h("div", { class: "dj-muted" }, r.item.description)); } },
            { key: "self", title: "自评", render: function (r) {
              if (!r.latest) return "未自评";
              return h("div", null, r.latest.is_compliant ? "达标" : "未达标", r.latest.note ? "：" + r.latest.note : "",
                r.latest.evidence.map(function (f) { return h("div", null, h("a", { href: f.url, target: "_blank", rel: "noopener" }, f.filename)); }));
            } },
            { key: "status", title: "上级处理", render: function (r) {
              if (!r.latest) return "";
              var s = STATUS[r.latest.status];
              return h("span", null, DJ.badge(s[0], s[1]), r.latest.review_note ? " " + r.latest.review_note : "");
            } },
            { key: "met", title: "确认达标", render: function (r) { return r.is_met ? DJ.badge("达标", "ok") : "—"; } },
            { key: "ops", title: "操作", render: function (r) {
              if (!DJ.canWrite()) return "";
              var pending = r.latest && r.latest.status === "pending";
              var ops = [];
              if (own() && !pending) ops.push(DJ.button("自评", function () { assess(r).catch(DJ.fail); }, "sm"));
              if (pending && (DJ.isSuper() || DJ.user.org_id !== st.org_id)) {
                ops.push(DJ.button("确认", function () { review(r, "confirm").catch(DJ.fail); }, "sm"));
                ops.push(DJ.button("退回", function () { review(r, "return").catch(DJ.fail); }, "sm"));
              }
              return h("span", null, ops);
            } },
          ], data.rows.map(function (r) { return Object.assign({ id: r.item.id }, r); }), { empty: "该组织类型没有标准化建设项目" }));
      }

      el.appendChild(h("div", { class: "dj-page-head" }, h("h2", null, "标准化建设")));
      el.appendChild(h("div", { class: "dj-card dj-toolbar" }, picker));
      el.appendChild(h("p", { class: "dj-muted" }, "本组织自评并上传证明材料，由上级组织确认或退回；本组织不能确认自己的自评。"));
      el.appendChild(box);
      await load();
    },
  });
})();
