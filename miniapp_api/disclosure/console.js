/* 党务公开 page: the items each org must publish, registering events, publishing with an optional attachment. */
(function () {
  "use strict";
  var h = DJ.h;

  async function uploadEvidence(file, orgId) {
    if (!file) return null;
    var fd = new FormData();
    fd.append("file", file);
    fd.append("org_id", String(orgId));
    return (await DJ.api("POST", "/api/v1/evidence", fd)).token;
  }

  function state(r) {
    if (r.status === "published") return r.is_on_time ? DJ.badge("按期公开", "ok") : DJ.badge("逾期公开", "gold");
    return r.is_overdue ? DJ.badge("逾期未公开", "red") : DJ.badge("待公开");
  }

  DJ.register({
    id: "disclosure", title: "党务公开", order: 45, description: "应公开事项、公开期限与公开页",
    render: async function (el) {
      var st = { page: 1, org_id: DJ.currentOrgId(), status: "" };
      var kinds = (await DJ.api("GET", "/api/v1/disclosure/kinds")).items;
      var box = h("div");
      var link = h("a", { target: "_blank", rel: "noopener", id: "disclosure-public-link" }, "打开公开页");
      var picker = DJ.orgPicker({ onChange: function (id) { st.org_id = id; st.page = 1; load().catch(DJ.fail); } });
      var status = h("select", { "aria-label": "状态" }, [["", "全部状态"], ["due", "待公开"], ["published", "已公开"]].map(function (o) {
        return h("option", { value: o[0] }, o[1]);
      }));
      status.addEventListener("change", function () { st.status = status.value; st.page = 1; load().catch(DJ.fail); });

      function publish(r) {
        return DJ.formModal("公开：" + r.title, [
          { name: "title", label: "标题", value: r.title, required: true },
          { name: "body", label: "公开内容", type: "textarea", required: true, rows: 6 },
          { name: "file", label: "附件（可选）", type: "file", accept: ".pdf,.docx,.xlsx,image/*" },
        ], async function (v) {
          var token = await uploadEvidence(v.file, r.org_id);
          await DJ.api("POST", "/api/v1/disclosure/items/" + r.id + "/publish", { title: v.title, body: v.body, evidence_token: token });
          DJ.toast("已公开");
        }, { okText: "公开" }).then(function (ok) { if (ok !== null) load().catch(DJ.fail); });
      }

      function register() {
        var events = kinds.filter(function (k) { return k.rule === "event" && k.is_active; });
        return DJ.formModal("登记须公开的事项", [
          { name: "kind", label: "类别", type: "select", options: events.map(function (k) { return { value: k.code, label: k.name + "（" + k.days + " 天内公开）" }; }) },
          { name: "title", label: "标题", required: true },
          { name: "event_on", label: "事项发生日期", type: "date", required: true },
        ], async function (v) {
          await DJ.api("POST", "/api/v1/disclosure/items", { org_id: st.org_id, kind: v.kind, title: v.title, event_on: v.event_on });
          DJ.toast("已登记");
        }).then(function (ok) { if (ok !== null) load().catch(DJ.fail); });
      }

      async function load() {
        link.href = "/h5/disclosure/" + st.org_id;
        var data = await DJ.api("GET", "/api/v1/disclosure/items" + DJ.qs({ org_id: st.org_id, status: st.status, page: st.page, page_size: 20 }));
        DJ.clear(box).append(DJ.table([
          { key: "kind_name", title: "类别" },
          { key: "title", title: "事项" },
          { key: "due_on", title: "截止日期", render: function (r) { return DJ.fmtDate(r.due_on); } },
          { key: "status", title: "状态", render: state },
          { key: "published_at", title: "公开时间", render: function (r) { return r.published_at ? DJ.fmtTime(r.published_at) : ""; } },
          { key: "ops", title: "操作", render: function (r) {
            return r.status === "due" && DJ.canWrite() ? DJ.button("公开", function () { publish(r).catch(DJ.fail); }, "sm") : (r.attachment || "");
          } },
        ], data.items, { empty: "暂无应公开事项" }), DJ.pager(data, function (p) { st.page = p; load().catch(DJ.fail); }));
      }

      el.appendChild(h("div", { class: "dj-page-head" }, h("h2", null, "党务公开"), link));
      el.appendChild(h("div", { class: "dj-card dj-toolbar" }, picker, status,
        DJ.canWrite() ? DJ.button("登记事项", function () { register().catch(DJ.fail); }, "primary") : null));
      el.appendChild(h("p", { class: "dj-muted" }, kinds.filter(function (k) { return k.is_active; }).map(function (k) {
        return k.name + "：" + (k.rule === "quarterly" ? "每季度开始后 " + k.days + " 天内" : "事项发生后 " + k.days + " 天内");
      }).join("；")));
      el.appendChild(box);
      await load();
    },
  });
})();
