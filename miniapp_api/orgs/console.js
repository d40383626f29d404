/* 组织架构 and 党员管理 pages of the admin console. */
(function () {
  "use strict";
  var h = DJ.h;

  var KINDS = [
    { value: "committee", label: "党委" },
    { value: "general_branch", label: "党总支" },
    { value: "branch", label: "党支部" },
    { value: "group", label: "党小组" },
  ];
  var KIND_LABEL = {};
  KINDS.forEach(function (k) { KIND_LABEL[k.value] = k.label; });
  // Which kinds may sit under which (mirrors ALLOWED_PARENTS on the server).
  var CHILD_KINDS = { committee: ["committee", "general_branch", "branch"], general_branch: ["branch"], branch: ["group"], group: [] };
  var ORG_TYPES = ["机关", "企业", "农村", "社区", "学校", "两新", "开发区", "事业单位", "其他"];
  var STATUSES = [
    { value: "full", label: "正式党员" },
    { value: "probationary", label: "预备党员" },
    { value: "activist", label: "入党积极分子" },
  ];
  var POSTS = ["书记", "副书记", "组织委员", "宣传委员", "纪检委员", "委员", "党小组组长", "党员"];

  function kindOptions(kinds) { return KINDS.filter(function (k) { return kinds.indexOf(k.value) >= 0; }); }

  function subtreeCount(node) {
    return (node.member_count || 0) + (node.children || []).reduce(function (n, c) { return n + subtreeCount(c); }, 0);
  }

  function descendantIds(node, out) {
    out = out || {};
    out[node.id] = true;
    (node.children || []).forEach(function (c) { descendantIds(c, out); });
    return out;
  }

  // ---- 组织架构 -------------------------------------------------------------------------

  async function reloadTree() {
    await DJ.loadOrgs();
    DJ.refresh();
  }

  function createOrg(parent) {
    var kinds = parent ? CHILD_KINDS[parent.kind] : ["committee"];
    var title = parent ? "在“" + parent.name + "”下新建组织" : "新建顶级党委";
    return DJ.formModal(title, [
      { name: "name", label: "组织名称", required: true, placeholder: "如：第一党支部" },
      { name: "kind", label: "组织类别", type: "select", options: kindOptions(kinds), value: kinds[kinds.length - 1] },
      { name: "org_type", label: "单位类型", type: "select", options: ORG_TYPES, value: parent ? parent.org_type : "其他" },
      { name: "region", label: "所在地区", placeholder: "可不填" },
    ], async function (v) {
      var org = await DJ.api("POST", "/api/v1/orgs", { name: v.name, kind: v.kind, org_type: v.org_type, region: v.region, parent_id: parent ? parent.id : null });
      DJ.toast("已创建：" + org.name, "ok");
      await reloadTree();
      return org;
    });
  }

  function editOrg(node) {
    return DJ.formModal("修改组织", [
      { name: "name", label: "组织名称", required: true, value: node.name },
      { name: "org_type", label: "单位类型", type: "select", options: ORG_TYPES, value: node.org_type },
      { name: "region", label: "所在地区", value: node.region },
    ], async function (v) {
      var org = await DJ.api("PATCH", "/api/v1/orgs/" + node.id, { name: v.name, org_type: v.org_type, region: v.region });
      DJ.toast("已保存", "ok");
      await reloadTree();
      return org;
    });
  }

  function moveOrg(node) {
    var own = descendantIds(node);
    var targets = DJ.orgs.filter(function (o) {
      return !own[o.id] && o.id !== node.parent_id && CHILD_KINDS[o.kind].indexOf(node.kind) >= 0;
    });
    if (!targets.length) { DJ.toast("没有可移动到的上级组织"); return Promise.resolve(null); }
    return DJ.formModal("移动“" + node.name + "”", [
      { name: "parent_id", label: "新的上级组织", type: "select", options: targets.map(function (o) {
        return { value: o.id, label: "\u3000".repeat(o.level) + o.name };
      }) },
    ], async function (v) {
      var org = await DJ.api("PATCH", "/api/v1/orgs/" + node.id, { parent_id: Number(v.parent_id) });
      DJ.toast("已移动", "ok");
      await reloadTree();
      return org;
    }, { intro: "组织及其下级组织、党员将一起移动。", okText: "移动" });
  }

  function treeNode(node, canWrite) {
    var kids = node.children || [];
    var list = kids.length ? h("ul", null, kids.map(function (c) { return treeNode(c, canWrite); })) : null;
    var toggle = h("button", { type: "button", class: "dj-tree-toggle", "aria-label": "展开/收起", disabled: !kids.length }, kids.length ? "▾" : "·");
    toggle.addEventListener("click", function () {
      list.hidden = !list.hidden;
      toggle.textContent = list.hidden ? "▸" : "▾";
    });
    var total = subtreeCount(node);
    var actions = h("span", { class: "dj-tree-actions" },
      h("a", { class: "dj-btn dj-btn-sm", href: "#/members?org=" + node.id }, "党员"),
      canWrite && CHILD_KINDS[node.kind].length ? DJ.button("新建下级", function () { createOrg(node); }, "sm") : null,
      canWrite ? DJ.button("修改", function () { editOrg(node); }, "sm") : null,
      canWrite && node.parent_id ? DJ.button("移动", function () { moveOrg(node); }, "sm") : null);
    return h("li", { dataset: { orgId: node.id } },
      h("div", { class: "dj-tree-node" }, toggle,
        h("span", { class: "dj-tree-name" }, node.name),
        DJ.badge(node.kind_label || KIND_LABEL[node.kind], "red"),
        node.org_type ? DJ.badge(node.org_type) : null,
        h("span", { class: "dj-muted dj-tree-count", title: "直属党员 / 含下级党员" }, "直属 " + node.member_count + " 人" + (kids.length ? " · 共 " + total + " 人" : "")),
        actions),
      list);
  }

  DJ.register({
    id: "orgs", title: "组织架构", order: 10, description: "党委、党总支、党支部、党小组",
    render: async function (el) {
      var roots = await DJ.loadOrgs();
      var canWrite = DJ.canWrite();
      el.appendChild(h("div", { class: "dj-page-head" }, h("h2", null, "组织架构"),
        canWrite && DJ.isSuper() ? DJ.button("新建顶级党委", function () { createOrg(null); }, "primary") : null,
        DJ.button("刷新", reloadTree)));
      el.appendChild(h("div", { class: "dj-card" }, roots.length
        ? h("ul", { class: "dj-tree", id: "org-tree" }, roots.map(function (r) { return treeNode(r, canWrite); }))
        : h("p", { class: "dj-muted" }, "暂无组织。")));
    },
  });

  // ---- 党员管理 -------------------------------------------------------------------------

  function memberFields(orgId, m) {
    var fields = [
      { name: "name", label: "姓名", required: true, value: m ? m.name : "" },
      { name: "phone", label: "手机号", type: "tel", required: !m, placeholder: m ? m.phone_masked + "（不修改请留空）" : "11 位手机号" },
      { name: "status", label: "党员状态", type: "select", options: STATUSES, value: m ? m.status : "full" },
      { name: "posts", label: "职务", type: "checks", options: POSTS, value: m ? m.posts : [] },
      { name: "joined_at", label: "入党日期", type: "date", value: m && m.joined_at ? m.joined_at : "" },
    ];
    if (m) {
      fields.push({ name: "org_id", label: "所属组织", type: "select", value: m.org_id, options: DJ.orgs.map(function (o) {
        return { value: o.id, label: "\u3000".repeat(o.level) + o.name };
      }) });
    }
    return fields;
  }

  function createMember(orgId, done) {
    var org = DJ.orgById(orgId);
    return DJ.formModal("登记党员" + (org ? " · " + org.name : ""), memberFields(orgId, null), async function (v) {
      var body = { name: v.name, phone: v.phone, status: v.status, posts: v.posts };
      if (v.joined_at) body.joined_at = v.joined_at;
      var m = await DJ.api("POST", "/api/v1/orgs/" + orgId + "/members", body);
      DJ.toast("已登记：" + m.name, "ok");
      done();
      return m;
    });
  }

  function editMember(m, done) {
    return DJ.formModal("修改党员信息", memberFields(m.org_id, m), async function (v) {
      var body = { name: v.name, status: v.status, posts: v.posts };
      if (v.phone) body.phone = v.phone;
      if (v.joined_at) body.joined_at = v.joined_at;
      if (Number(v.org_id) !== m.org_id) body.org_id = Number(v.org_id);
      var out = await DJ.api("PATCH", "/api/v1/members/" + m.id, body);
      DJ.toast("已保存", "ok");
      done();
      return out;
    });
  }

  async function deleteMember(m, done) {
    if (!(await DJ.confirm("确定删除党员“" + m.name + "”吗？删除后其历史记录仍会保留。", { danger: true, okText: "删除" }))) return;
    try {
      await DJ.api("DELETE", "/api/v1/members/" + m.id);
      DJ.toast("已删除", "ok");
      done();
    } catch (err) { DJ.fail(err); }
  }

  function importReport(report) {
    var summary = h("div", { class: "dj-report-summary", id: "import-summary" },
      report.dry_run ? DJ.badge("预检结果（未写入）", "gold") : DJ.badge("已导入", "ok"),
      h("span", null, (report.dry_run ? "可导入 " : "成功导入 ") + report.imported + " 条"),
      h("span", { class: report.rejected ? "dj-badge dj-badge-red" : "dj-muted" }, "未通过 " + report.rejected + " 条"));
    var table = DJ.table([
      { key: "row", title: "行号" },
      { key: "name", title: "姓名" },
      { key: "status", title: "结果", render: function (r) {
        return r.status === "imported" ? DJ.badge(report.dry_run ? "可导入" : "已导入", "ok") : DJ.badge("未通过", "red");
      } },
      { key: "reason", title: "原因" },
    ], report.rows, { empty: "文件中没有数据行" });
    Array.prototype.forEach.call(table.querySelectorAll("tbody tr"), function (tr, i) {
      if (report.rows[i] && report.rows[i].status !== "imported") tr.classList.add("dj-row-bad");
    });
    return h("div", { class: "dj-import-report" }, summary, table);
  }

  function importMembers(orgId, done) {
    var org = DJ.orgById(orgId);
    var file = h("input", { type: "file", id: "import-file", accept: ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    var out = h("div", { class: "dj-import-out" });
    var imported = false;
    async function upload(dryRun, m) {
      if (!file.files || !file.files[0]) { m.error("请先选择 .xlsx 文件"); return false; }
      m.error("");
      var fd = new FormData();
      fd.append("file", file.files[0]);
      var report = await DJ.api("POST", "/api/v1/orgs/" + orgId + "/members/import" + (dryRun ? "?dry_run=true" : ""), fd);
      DJ.clear(out).appendChild(importReport(report));
      if (!dryRun && report.imported) { imported = true; DJ.toast("已导入 " + report.imported + " 名党员", "ok"); }
      return false; // keep the dialog open to show the report
    }
    var m = DJ.modal("导入党员花名册" + (org ? " · " + org.name : ""), [
      h("p", { class: "dj-muted" }, "请使用模板填写（必填列：姓名、手机号）。“所属组织”留空表示当前组织，也可填写本辖区内的下级组织名称。有问题的行不会导入，其余行正常导入。模板第二行是示例（导入时自动忽略），“填写说明”工作表列出了各列可填写的值。"),
      h("p", null, h("a", { href: "#", onclick: function (e) { e.preventDefault(); DJ.download("/api/v1/members/import-template.xlsx", "党员花名册模板.xlsx").catch(DJ.fail); } }, "下载导入模板")),
      h("div", { class: "dj-field" }, h("label", { for: "import-file" }, "花名册文件（.xlsx）"), file),
      out,
    ], {
      wide: true, sticky: true,
      actions: [
        { text: "关闭" },
        { text: "预检", onClick: function (mm) { return upload(true, mm); } },
        { text: "导入", primary: true, onClick: function (mm) { return upload(false, mm); } },
      ],
    });
    return m.closed.then(function () { if (imported) done(); });
  }

  DJ.register({
    id: "members", title: "党员管理", order: 20, description: "花名册、登记、导入导出",
    render: async function (el, route) {
      if (!DJ.orgs.length) await DJ.loadOrgs();
      // 含下级组织 is on unless the link asks otherwise: a committee's own list is usually empty while its branches have members.
      var state = { org: Number(route.params.org) || DJ.currentOrgId(), q: "", status: "", subtree: route.params.subtree !== "0", page: 1 };
      if (!state.org) { el.appendChild(h("p", { class: "dj-muted" }, "暂无可管理的组织。")); return; }
      var canWrite = DJ.canWrite();
      var listBox = h("div", { class: "dj-member-list" });
      var picker = DJ.orgPicker({ value: state.org, onChange: function (id) { state.org = id; state.page = 1; load(); } });
      var q = h("input", { type: "search", id: "member-q", placeholder: "姓名或完整手机号", "aria-label": "搜索党员" });
      var status = h("select", { id: "member-status", "aria-label": "党员状态" }, h("option", { value: "" }, "全部状态"),
        STATUSES.map(function (s) { return h("option", { value: s.value }, s.label); }));
      var subtree = h("input", { type: "checkbox", id: "member-subtree", checked: state.subtree });
      var timer = null;
      q.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { state.q = q.value.trim(); state.page = 1; load(); }, 300); });
      status.addEventListener("change", function () { state.status = status.value; state.page = 1; load(); });
      subtree.addEventListener("change", function () { state.subtree = subtree.checked; state.page = 1; load(); });

      async function load() {
        var seq = (load.seq = (load.seq || 0) + 1);
        var data;
        try {
          data = await DJ.api("GET", "/api/v1/orgs/" + state.org + "/members" + DJ.qs({ q: state.q, status: state.status, subtree: state.subtree ? "true" : "", page: state.page, page_size: 20 }));
        } catch (err) {
          if (seq === load.seq) DJ.clear(listBox).appendChild(h("p", { class: "dj-login-error", role: "alert" }, DJ.errorText(err)));
          return;
        }
        if (seq !== load.seq) return;
        var cols = [
          { key: "name", title: "姓名" },
          { key: "phone_masked", title: "手机号" },
          { key: "status_label", title: "状态", render: function (m) { return DJ.badge(m.status_label, m.status === "full" ? "red" : m.status === "probationary" ? "gold" : null); } },
          { key: "posts", title: "职务", render: function (m) { return (m.posts || []).join("、"); } },
          { key: "joined_at", title: "入党日期", render: function (m) { return DJ.fmtDate(m.joined_at); } },
          { key: "org_name", title: "所属组织" },
          { key: "is_bound", title: "微信", render: function (m) { return m.is_bound ? DJ.badge("已绑定", "ok") : DJ.badge("未绑定"); } },
        ];
        if (canWrite) cols.push({ key: "ops", title: "操作", render: function (m) {
          return h("span", { class: "dj-toolbar" }, h("button", { type: "button", class: "dj-btn dj-btn-link", onclick: function () { editMember(m, load); } }, "编辑"),
            h("button", { type: "button", class: "dj-btn dj-btn-link", onclick: function () { deleteMember(m, load); } }, "删除"));
        } });
        DJ.clear(listBox).append(DJ.table(cols, data.items, { empty: state.q || state.status ? "没有找到匹配的党员"
          : state.subtree ? "该组织及下级组织暂无党员" : "该组织暂无直属党员，勾选“含下级组织”可查看下级组织的党员" }),
          DJ.pager(data, function (p) { state.page = p; load(); }));
      }

      function exportRoster() {
        var org = DJ.orgById(state.org);
        DJ.download("/api/v1/orgs/" + state.org + "/members/export.xlsx", "党员花名册-" + (org ? org.name : state.org) + ".xlsx").catch(DJ.fail);
      }

      // Full phone numbers are personal data: admins only, after a confirmation; the server records every export.
      async function exportFullPhones() {
        var org = DJ.orgById(state.org);
        var ok = await DJ.confirm("导出的花名册含完整手机号，属于个人信息，请妥善保管、勿外传。本次导出将记入审计日志。", { okText: "导出" });
        if (!ok) return;
        DJ.download("/api/v1/orgs/" + state.org + "/members/export.xlsx?full_phone=true",
          "党员花名册（完整手机号）-" + (org ? org.name : state.org) + ".xlsx").catch(DJ.fail);
      }

      el.appendChild(h("div", { class: "dj-page-head" }, h("h2", null, "党员管理"),
        canWrite ? DJ.button("登记党员", function () { createMember(state.org, load); }, "primary") : null,
        canWrite ? DJ.button("导入 Excel", function () { importMembers(state.org, load); }) : null,
        canWrite ? DJ.button("导出花名册", exportRoster) : null,
        canWrite ? DJ.button("导出（完整手机号）", exportFullPhones) : null));
      el.appendChild(h("div", { class: "dj-card dj-toolbar" }, picker, q, status,
        h("label", { for: "member-subtree" }, subtree, " 含下级组织")));
      el.appendChild(listBox);
      await load();
    },
  });
})();
