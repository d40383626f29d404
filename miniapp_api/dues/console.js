/* 党费管理 page of the admin console: the monthly table, standards, payments, arrears, funds and the ledger. */
(function () {
  "use strict";
  var h = DJ.h;
  var KINDS = [
    { value: "salaried", label: "按月领取工资" }, { value: "annual_salary", label: "年薪制" },
    { value: "self_employed", label: "个体经营等" }, { value: "retired", label: "离退休" },
    { value: "farmer", label: "农民" }, { value: "student", label: "学生" },
    { value: "unemployed", label: "下岗失业" }, { value: "relief", label: "抚恤救济/低保" },
  ];
  var HARDSHIP = [{ value: "none", label: "无" }, { value: "reduced", label: "少交（经批准）" }, { value: "exempt", label: "免交（经批准）" }];
  var CELL = { paid: ["已交", "green"], unpaid: ["欠交", "red"], open: ["待交", ""], future: ["", ""], exempt: ["免交", ""], none: ["未核定", ""], not_due: ["—", ""] };
  var FUND = { remit: "上缴", allocate: "下拨", use: "使用" };

  function fill(el, nodes) { DJ.clear(el); [].concat(nodes).forEach(function (n) { if (n) el.appendChild(n); }); }

  function profileForm(member, year, reload) {
    return DJ.formModal("核定党费：" + member.name, [
      { name: "kind", label: "收入类别", type: "select", options: KINDS, value: "salaried" },
      { name: "base", label: "计算基数（元，税后月收入）", placeholder: "定额类别可不填" },
      { name: "from_month", label: "起始月份", type: "number", value: 1 },
      { name: "hardship", label: "困难党员", type: "select", options: HARDSHIP, value: "none" },
      { name: "reduced_amount", label: "少交后金额（元）", placeholder: "仅少交时填写" },
      { name: "approval_ref", label: "上级党委批准文号", placeholder: "少交、免交必填（党费规定第七条）" },
    ], async function (v) {
      var body = { year: year, kind: v.kind, from_month: v.from_month || 1, hardship: v.hardship, approval_ref: v.approval_ref };
      if (v.base) body.base = v.base;
      if (v.reduced_amount) body.reduced_amount = v.reduced_amount;
      var p = await DJ.api("POST", "/api/v1/members/" + member.member_id + "/dues/profiles", body);
      DJ.toast("已核定：每月 " + p.amount + " 元（" + p.rate_label + "）", "ok");
      await reload();
    });
  }

  function payForm(member, year, month, due, reload) {
    return DJ.formModal("登记交纳：" + member.name + " " + year + "年" + month + "月", [
      { name: "amount", label: "金额（元）", value: due || "", required: true },
      { name: "note", label: "备注" },
    ], async function (v) {
      await DJ.api("POST", "/api/v1/dues/payments", { member_id: member.member_id, year: year, month: month, amount: v.amount, note: v.note });
      DJ.toast("已登记", "ok");
      await reload();
    });
  }

  function monthCell(member, c, year, reload) {
    var label = CELL[c.status] || [c.status, ""];
    var text = c.status === "paid" ? c.paid : label[0];
    if ((c.status === "unpaid" || c.status === "open") && DJ.canWrite()) {
      return h("button", { type: "button", class: "dj-btn dj-btn-sm dues-pay", dataset: { month: c.month },
        onclick: function () { payForm(member, year, c.month, c.due, reload); } }, label[0]);
    }
    return label[1] ? DJ.badge(text, label[1]) : text;
  }

  async function renderTable(box, state) {
    var data = await DJ.api("GET", "/api/v1/orgs/" + state.org_id + "/dues" + DJ.qs({ year: state.year }));
    var reload = function () { return renderTable(box, state).catch(DJ.fail); };
    var cols = [
      { key: "name", title: "姓名", render: function (r) { return h("span", null, r.name, r.lapse_flag ? [" ", DJ.badge("连续" + r.consecutive_unpaid + "个月未交", "red")] : null); } },
      { key: "kind_label", title: "类别" },
      { key: "monthly", title: "月党费", render: function (r) { return r.monthly ? r.monthly + "（" + r.rate_label + "）" : "未核定"; } },
    ];
    for (var m = 1; m <= 12; m++) {
      (function (month) {
        cols.push({ key: "m" + month, title: month + "月", render: function (r) { return monthCell(r, r.months[month - 1], state.year, reload); } });
      })(m);
    }
    cols.push({ key: "paid_total", title: "实交", render: function (r) { return r.paid_total + " / " + r.due_total; } });
    if (DJ.canWrite()) cols.push({ key: "ops", title: "操作", render: function (r) { return DJ.button("核定", function () { profileForm(r, state.year, reload); }, "sm"); } });
    var rows = data.members.map(function (r) { return Object.assign({ id: r.member_id }, r); });
    fill(box, [
      h("div", { class: "dj-stats" }, "应交 " + data.due_total + " 元，实交 " + data.paid_total + " 元；连续 " + data.lapse_months + " 个月未交的党员标红，只作提示，须由支部按规定程序处理。"),
      h("div", { class: "dues-table" }, DJ.table(cols, rows, { empty: "本组织没有党员" })),
    ]);
  }

  async function renderArrears(box, state) {
    var data = await DJ.api("GET", "/api/v1/orgs/" + state.org_id + "/dues/arrears");
    fill(box, h("div", { class: "dues-arrears" }, DJ.table([
      { key: "name", title: "姓名" },
      { key: "months", title: "欠交月份", render: function (r) { return r.months.join("、"); } },
      { key: "amount", title: "欠交金额（元）" },
      { key: "consecutive_unpaid", title: "连续未交", render: function (r) { return r.lapse_flag ? DJ.badge(r.consecutive_unpaid + " 个月（自行脱党程序提示）", "red") : r.consecutive_unpaid + " 个月"; } },
    ], data.items, { empty: "没有欠交党费的党员" })));
  }

  async function renderFunds(box, state) {
    var data = await DJ.api("GET", "/api/v1/orgs/" + state.org_id + "/dues/funds" + DJ.qs({ year: state.year }));
    var reload = function () { return renderFunds(box, state).catch(DJ.fail); };
    fill(box, [
      h("div", { class: "dj-stats dues-funds" }, "实收 " + data.collected + "，上缴 " + data.remitted + "，下拨 " + data.allocated + "，使用 " + data.used + "，结余 " + data.balance + "（元）"),
      DJ.canWrite() ? DJ.button("登记收支", function () {
        DJ.formModal("登记上缴、下拨或使用", [
          { name: "kind", label: "类别", type: "select", options: [{ value: "remit", label: "上缴" }, { value: "allocate", label: "下拨" }, { value: "use", label: "使用" }] },
          { name: "amount", label: "金额（元）", required: true },
          { name: "on", label: "日期", type: "date", required: true },
          { name: "purpose", label: "用途/说明" },
          { name: "decision", label: "集体讨论会议", placeholder: "下拨、使用必填（党费规定第二十条）" },
        ], async function (v) {
          await DJ.api("POST", "/api/v1/orgs/" + state.org_id + "/dues/funds", Object.assign({ year: state.year }, v));
          await reload();
        });
      }) : null,
      DJ.table([
        { key: "on", title: "日期" }, { key: "kind", title: "类别", render: function (e) { return FUND[e.kind]; } },
        { key: "amount", title: "金额" }, { key: "purpose", title: "用途" }, { key: "decision", title: "决定" },
      ], data.entries, { empty: "暂无收支记录" }),
    ]);
  }

  DJ.register({
    id: "dues", title: "党费管理", order: 45, description: "党费核定、收缴、欠交提示与收支台账",
    render: async function (el, route) {
      var state = { org_id: DJ.currentOrgId(), year: Number(route.params.year) || (DJ.cal && DJ.cal.year) || new Date().getFullYear(), tab: route.params.tab || "table" };
      var box = h("div");
      var tabs = h("div", { class: "dj-toolbar" });
      var yearInput = h("input", { type: "number", class: "dues-year", value: state.year, "aria-label": "年度",
        onchange: function () { state.year = Number(yearInput.value); load().catch(DJ.fail); } });
      var picker = DJ.orgPicker({ onChange: function (id) { state.org_id = id; load().catch(DJ.fail); } });
      async function load() {
        fill(tabs, [["table", "收缴表"], ["arrears", "欠交名单"], ["funds", "收支"]].map(function (t) {
          return h("button", { type: "button", class: "dj-btn dj-btn-sm" + (state.tab === t[0] ? " dj-btn-primary" : ""),
            onclick: function () { state.tab = t[0]; load().catch(DJ.fail); } }, t[1]);
        }));
        if (state.tab === "arrears") return renderArrears(box, state);
        if (state.tab === "funds") return renderFunds(box, state);
        return renderTable(box, state);
      }
      fill(el, [
        h("div", { class: "dj-page-head" }, h("h2", null, "党费管理")),
        h("div", { class: "dj-toolbar" }, picker, yearInput,
          DJ.button("导出台账", function () { DJ.download("/api/v1/orgs/" + state.org_id + "/dues/ledger.xlsx" + DJ.qs({ year: state.year })).catch(DJ.fail); })),
        tabs, box,
      ]);
      await load();
    },
  });
})();
