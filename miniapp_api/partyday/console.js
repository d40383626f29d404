/* 三会一课 / 云端主题党日: calendar & list, meeting detail (attendance, leave, minutes, photos, votes),
 * the host screen (rotating QR + 6-digit code, live room), ledger download and cadence warnings.
 * Days, months and times are the server's (DJ.cal, DJ.fmtTime, DJ.zoned), never the browser's zone. */
(function () {
  "use strict";
  var h = DJ.h;
  var API = "/api/v1/partydays";

  var TYPES = [
    { value: "theme_day", label: "主题党日" }, { value: "branch_assembly", label: "支部党员大会" },
    { value: "branch_committee", label: "支部委员会" }, { value: "group_meeting", label: "党小组会" },
    { value: "party_lecture", label: "党课" }, { value: "life_meeting", label: "组织生活会" },
  ];
  var MODES = [{ value: "hybrid", label: "混合" }, { value: "online", label: "线上" }, { value: "offline", label: "线下" }];
  var STATUS_KIND = { draft: "", published: "gold", live: "red", ended: "ok", archived: "" };
  var ATT_KIND = { signed_in: "ok", online: "ok", late: "gold", leave: "", absent: "red", expected: "", not_signed_in: "gold" };
  var state = { org: null, year: null, month: null, view: "calendar" };  // year/month start at the server's (DJ.cal)
  var DAY_MS = 86400000;

  (function styles() {
    if (document.getElementById("pd-styles")) return;
    var css = [
      ".pd-cal{display:grid;grid-template-columns:repeat(7,minmax(0,1fr));gap:4px}",
      ".pd-cal-head{font-weight:600;text-align:center;color:#6b7280;padding:4px 0}",
      ".pd-day{min-height:86px;border:1px solid #eee;border-radius:6px;padding:4px;background:#fff;overflow:hidden}",
      ".pd-day-out{background:#fafafa;color:#bbb}.pd-day-today{border-color:#c8161d}",
      ".pd-day-n{font-size:12px;color:#6b7280}",
      ".pd-chip{display:block;font-size:12px;margin-top:3px;padding:2px 4px;border-radius:4px;background:#fdecea;color:#c8161d;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}",
      ".pd-chip-org{font-weight:600}",
      ".pd-chip-ended,.pd-chip-archived{background:#e8f5e9;color:#2e7d32}.pd-chip-draft{background:#f0f1f3;color:#6b7280}",
      ".pd-host{display:grid;grid-template-columns:minmax(280px,420px) 1fr;gap:16px}",
      "@media (max-width:900px){.pd-host{grid-template-columns:1fr}.pd-day{min-height:60px}}",
      ".pd-qr{text-align:center;background:#fff}.pd-qr img{width:100%;max-width:360px;aspect-ratio:1;display:block;margin:0 auto}",
      ".pd-code{font-size:56px;font-weight:700;letter-spacing:10px;color:#c8161d;font-family:monospace}",
      ".pd-list{list-style:none;margin:0;padding:0;max-height:260px;overflow:auto}.pd-list li{padding:4px 0;border-bottom:1px dashed #eee}",
      ".pd-agenda li.pd-current{color:#c8161d;font-weight:700}",
      ".pd-photos{display:flex;flex-wrap:wrap;gap:8px}.pd-photos img{width:140px;height:105px;object-fit:cover;border-radius:6px}",
    ].join("\n");
    document.head.appendChild(h("style", { id: "pd-styles" }, css));
  })();

  function fill(el) {
    DJ.clear(el);
    Array.prototype.slice.call(arguments, 1).flat(2).forEach(function (c) { if (c !== null && c !== undefined && c !== false) el.append(c); });
    return el;
  }
  function pad(n) { return n < 10 ? "0" + n : String(n); }
  function hm(iso) { return DJ.fmtTime(iso).slice(11); }
  function badge(text, kind) { return DJ.badge(text, kind); }
  function alive(el) { return document.body.contains(el); }
  function lines(text) { return String(text || "").split("\n").map(function (s) { return s.trim(); }).filter(Boolean); }
  /* Calendar arithmetic on plain dates ("YYYY-MM-DD"), done in UTC so the browser's zone never shifts a day. */
  function dayKey(ms) { var d = new Date(ms); return d.getUTCFullYear() + "-" + pad(d.getUTCMonth() + 1) + "-" + pad(d.getUTCDate()); }
  function dayMs(key) { return Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10))); }
  function addDays(key, n) { return dayKey(dayMs(key) + n * DAY_MS); }
  function monthKey(year, month) { return dayKey(Date.UTC(year, month - 1, 1)); }
  /* A datetime-local value ("YYYY-MM-DDTHH:MM") is a wall-clock time in the server's zone. */
  function zonedInput(v) { return DJ.zoned(v.slice(0, 10), v.slice(11, 16)); }
  async function calendarReady() { if (!DJ.cal) await DJ.loadCalendar(); return DJ.cal; }
  function stat(label, value) { return h("div", { class: "dj-card" }, h("div", { class: "dj-muted" }, label), h("div", { class: "dj-stat-value" }, value)); }
  async function act(fn, okText) {
    try { var out = await fn(); if (okText) DJ.toast(okText, "ok"); return out; } catch (err) { DJ.fail(err); return null; }
  }

  // ---- list & calendar ------------------------------------------------------------------

  async function renderList(el) {
    var cal = await calendarReady();
    if (!state.year) { state.year = cal.year; state.month = cal.month; }
    state.org = state.org || DJ.currentOrgId();
    var picker = DJ.orgPicker({ value: state.org, onChange: function (id) { state.org = id; renderList(el); } });
    var title = state.year + "年" + state.month + "月";
    var head = h("div", { class: "dj-page-head" }, h("h2", null, "三会一课"), picker,
      DJ.canWrite() ? DJ.button("新建会议", function () { createMeeting(state.org, function (m) { DJ.go("partyday/" + m.id); }); }, "primary") : null,
      DJ.canWrite() ? DJ.button("补录会议", function () { recordPast(state.org, function (m) { DJ.go("partyday/" + m.id); }); }) : null,
      DJ.button("下载本月台账", function () { ledger(state.month); }),
      DJ.button("下载全年台账", function () { ledger(null); }));
    var nav = h("div", { class: "dj-toolbar" },
      DJ.button("‹ 上月", function () { shift(-1); }, "sm"), h("strong", { class: "pd-month" }, title), DJ.button("下月 ›", function () { shift(1); }, "sm"),
      DJ.button(state.view === "calendar" ? "列表视图" : "日历视图", function () { state.view = state.view === "calendar" ? "list" : "calendar"; renderList(el); }, "sm"));
    var body = h("div", { class: "dj-card" }, "加载中…");
    var cadence = h("div", { class: "dj-card pd-cadence" }, "正在检查执行情况…");
    fill(el, head, nav, body, cadence);
    function shift(d) { state.month += d; if (state.month < 1) { state.month = 12; state.year--; } if (state.month > 12) { state.month = 1; state.year++; } renderList(el); }
    if (!state.org) { fill(body, "暂无可管理的组织"); return; }
    var from = DJ.zoned(monthKey(state.year, state.month), "00:00"), to = DJ.zoned(monthKey(state.year, state.month + 1), "00:00");
    var page = await DJ.api("GET", API + DJ.qs({ org_id: state.org, from: from, to: to, page_size: 200 }));
    fill(body, state.view === "calendar" ? calendar(state.year, state.month, page.items) : table(page.items));
    cadenceCard(cadence, state.org, state.year).catch(function (err) { fill(cadence, "执行情况检查失败：" + DJ.errorText(err)); });
  }

  function ledger(month) {
    var name = month ? state.year + "年" + month + "月" : state.year + "年";
    DJ.download(API + "/ledger.xlsx" + DJ.qs({ org_id: state.org, year: state.year, month: month }), "三会一课台账-" + name + ".xlsx")
      .then(function () { DJ.toast("台账已下载", "ok"); }, DJ.fail);
  }

  function chip(m) {
    // The org goes first: four branches' 党课 on one day must be told apart at a glance.
    return h("a", { class: "pd-chip pd-chip-" + m.status, href: "#/partyday/" + m.id, title: m.org_name + "：" + m.title, dataset: { meeting: m.id } },
      hm(m.starts_at) + " ", h("span", { class: "pd-chip-org" }, m.org_name), " " + m.type_label + "·" + m.title);
  }

  /* A month of server-local days, Monday first; a meeting sits on the server-local date it starts. */
  function calendar(year, month, meetings) {
    var first = Date.UTC(year, month - 1, 1);
    var start = first - ((new Date(first).getUTCDay() + 6) % 7) * DAY_MS;
    var today = DJ.cal.today;
    var cells = ["一", "二", "三", "四", "五", "六", "日"].map(function (d) { return h("div", { class: "pd-cal-head" }, "周" + d); });
    for (var i = 0; i < 42; i++) {
      var d = new Date(start + i * DAY_MS), key = dayKey(d.getTime());
      var own = meetings.filter(function (m) { return DJ.fmtDate(m.starts_at) === key; });
      var out = d.getUTCMonth() !== month - 1;
      cells.push(h("div", { class: "pd-day" + (out ? " pd-day-out" : "") + (key === today ? " pd-day-today" : ""), dataset: { day: key } },
        h("div", { class: "pd-day-n" }, d.getUTCDate()), own.map(chip)));
      if (i >= 34 && out && d.getUTCDay() === 0) break;
    }
    return h("div", { class: "pd-cal" }, cells);
  }

  function table(meetings) {
    return DJ.table([
      { key: "starts_at", title: "时间", render: function (m) { return DJ.fmtTime(m.starts_at); } },
      { key: "type_label", title: "类型" },
      { key: "title", title: "标题", render: function (m) { return h("a", { href: "#/partyday/" + m.id }, m.title); } },
      { key: "org_name", title: "组织" },
      { key: "mode_label", title: "形式" },
      { key: "expected_count", title: "应到" },
      { key: "status", title: "状态", render: function (m) { return badge(m.status_label, STATUS_KIND[m.status]); } },
    ], meetings, { empty: "本月暂无会议" });
  }

  async function cadenceCard(el, orgId, year, compact) {
    var report = await DJ.api("GET", API + "/cadence" + DJ.qs({ org_id: orgId, year: year }));
    function period(key) { var q = /Q(\d)$/.exec(key); return q ? "第" + q[1] + "季度" : key.length === 4 ? "全年" : Number(key.slice(5)) + "月"; }
    var blocks = report.branches.map(function (b) {
      var gaps = b.items.filter(function (i) { return i.missing.length; });
      return h("div", { dataset: { branch: b.org_id } }, h("strong", null, b.org_name), " ",
        gaps.length ? h("ul", { class: "pd-warnings" }, gaps.map(function (i) {
          return h("li", { title: i.rule }, badge("缺漏", "red"), " ", i.org_id !== b.org_id ? i.org_name + " " : "", i.label, "：",
            i.missing.map(period).join("、"), "未召开");
        })) : badge("本年度暂无缺漏", "ok"));
    });
    fill(el, compact ? null : h("h3", null, year + " 年三会一课执行情况", " ", report.warning_count ? badge(report.warning_count + " 项预警", "red") : null),
      compact ? null : h("p", { class: "dj-muted" }, "支部党员大会每季度、支委会和党小组会每月、党课每季度、主题党日每月、组织生活会每年（按已结束的会议统计）。"),
      blocks.length ? blocks : h("p", { class: "dj-muted" }, "所选组织下没有党支部"));
  }

  function createMeeting(orgId, done) {
    var tomorrow = addDays(DJ.cal.today, 1);  // 09:00–11:00 tomorrow, server time
    return DJ.formModal("新建会议", [
      { name: "org_id", label: "组织", type: "select", required: true, value: orgId,
        options: DJ.orgs.map(function (o) { return { value: o.id, label: "\u3000".repeat(o.level) + o.name }; }) },
      { name: "meeting_type", label: "会议类型", type: "select", options: TYPES, value: "theme_day" },
      { name: "title", label: "标题", required: true, placeholder: "如：三月主题党日" },
      { name: "theme", label: "主题", placeholder: "可不填" },
      { name: "starts_at", label: "开始时间", type: "datetime-local", required: true, value: tomorrow + "T09:00" },
      { name: "ends_at", label: "结束时间", type: "datetime-local", required: true, value: tomorrow + "T11:00" },
      { name: "mode", label: "形式", type: "select", options: MODES, value: "hybrid" },
      { name: "place", label: "地点", placeholder: "如：党员活动室" },
      { name: "video_url", label: "视频会议链接", placeholder: "https://meeting.tencent.com/…（线上或混合时填写）" },
      { name: "agenda", label: "议程（每行一项）", type: "textarea", rows: 4 },
    ], async function (v) {
      var body = { org_id: Number(v.org_id), meeting_type: v.meeting_type, title: v.title, theme: v.theme,
        starts_at: zonedInput(v.starts_at), ends_at: zonedInput(v.ends_at), mode: v.mode,
        place: v.place, video_url: v.video_url, agenda: lines(v.agenda) };
      var m = await DJ.api("POST", API, body);
      DJ.toast("会议已创建（草稿），应到 " + m.expected_count + " 人", "ok");
      done(m);
      return m;
    }, { wide: true, intro: "时间按服务器时区（" + DJ.cal.timezone + "）填写。应到人员默认为本组织的正式党员和预备党员（支部含其党小组；支委会为支部委员），创建后可调整。" });
  }

  /* 补录: a meeting already held on a past date, with who was absent or on leave and its minutes. */
  async function recordPast(orgId, done) {
    var members = await DJ.api("GET", "/api/v1/orgs/" + orgId + "/members" + DJ.qs({ subtree: true, page_size: 200 }));
    var people = members.items.filter(function (x) { return x.status === "full" || x.status === "probationary"; })
      .map(function (x) { return { value: String(x.id), label: x.name }; });
    var day = addDays(DJ.cal.today, -1);
    return DJ.formModal("补录会议", [
      { name: "meeting_type", label: "会议类型", type: "select", options: TYPES, value: "branch_committee" },
      { name: "title", label: "标题", required: true, placeholder: "如：十月支委会" },
      { name: "theme", label: "主题", placeholder: "可不填" },
      { name: "starts_at", label: "召开时间", type: "datetime-local", required: true, value: day + "T09:00" },
      { name: "ends_at", label: "结束时间", type: "datetime-local", required: true, value: day + "T11:00" },
      { name: "mode", label: "形式", type: "select", options: MODES, value: "offline" },
      { name: "place", label: "地点", placeholder: "如：党员活动室" },
      { name: "absent", label: "缺席人员（将被安排补学）", type: "checks", value: [], options: people },
      { name: "leave", label: "请假人员", type: "checks", value: [], options: people },
      { name: "host", label: "主持人" }, { name: "recorder", label: "记录人" },
      { name: "topics", label: "议题（每行一项）", type: "textarea", rows: 3 },
      { name: "resolutions", label: "决议（每行一项）", type: "textarea", rows: 3 },
      { name: "notes", label: "记录正文", type: "textarea", rows: 4 },
    ], async function (v) {
      var attendance = v.absent.map(function (id) { return { member_id: Number(id), status: "absent" }; })
        .concat(v.leave.filter(function (id) { return v.absent.indexOf(id) < 0; }).map(function (id) { return { member_id: Number(id), status: "leave" }; }));
      var body = { org_id: Number(orgId), meeting_type: v.meeting_type, title: v.title, theme: v.theme,
        starts_at: zonedInput(v.starts_at), ends_at: zonedInput(v.ends_at), mode: v.mode, place: v.place, attendance: attendance,
        minutes: { host: v.host, recorder: v.recorder, topics: lines(v.topics), resolutions: lines(v.resolutions), notes: v.notes } };
      var m = await DJ.api("POST", API + "/backfill", body);
      DJ.toast("已补录：应到 " + m.expected_count + " 人，计入 " + DJ.fmtDate(m.starts_at), "ok");
      done(m);
      return m;
    }, { wide: true, intro: "补录已在过去某日召开的会议，按召开日期计入台账和执行情况。应到人员按会议类型默认（支委会为支委），未勾选的应到人员记为出席；只有缺席人员被安排补学。会后可在会议页上传照片。" });
  }

  // ---- one meeting ---------------------------------------------------------------------

  async function renderDetail(el, id) {
    var m = await DJ.api("GET", API + "/" + id);
    var sheet = await DJ.api("GET", API + "/" + id + "/attendance");
    var reload = function () { renderDetail(el, id).catch(DJ.fail); };
    var actions = h("div", { class: "dj-toolbar" });
    function step(text, path, confirmText, kind) {
      actions.append(DJ.button(text, async function () {
        if (confirmText && !(await DJ.confirm(confirmText))) return;
        if (await act(function () { return DJ.api("POST", API + "/" + id + "/" + path); }, text + "成功") !== null) reload();
      }, kind));
    }
    if (m.status === "draft") {
      step("发布并通知", "publish", "发布后将通知全部应到人员。确定发布？", "primary");
      actions.append(DJ.button("设置应到人员", function () { editAttendees(m, reload); }));
      actions.append(DJ.button("删除草稿", async function () {
        if (!(await DJ.confirm("确定删除该草稿？", { danger: true }))) return;
        if (await act(function () { return DJ.api("DELETE", API + "/" + id); }, "已删除") !== null) DJ.go("partyday");
      }, "danger"));
    }
    if (m.status === "published") {
      step("开始会议", "start", null, "primary");
      actions.append(DJ.button("设置应到人员", function () { editAttendees(m, reload); }));
    }
    if (m.status === "published" || m.status === "live") actions.append(DJ.button("主持大屏（签到码）", function () { DJ.go("partyday/" + id + "/host"); }, m.status === "live" ? "primary" : null));
    if (m.status === "live") {
      step("全体签退", "signout-all", "将所有已签到人员签退？");
      step("结束会议", "end", "结束后考勤定稿，缺席和请假人员将被安排补学。确定结束？", "danger");
    }
    if (m.status === "ended") step("归档", "archive", "归档后会议记录不可再修改。确定归档？");
    var c = sheet.counts;
    fill(el,
      h("div", { class: "dj-page-head" }, h("h2", null, m.title), badge(m.type_label, "red"), badge(m.status_label, STATUS_KIND[m.status]),
        m.is_backfill ? h("span", { class: "pd-backfill", title: "补录于 " + DJ.fmtTime(m.recorded_at) }, badge("补录", "gold")) : null,
        h("a", { href: "#/partyday" }, "返回列表")),
      h("div", { class: "dj-card" },
        h("p", { class: "pd-when" }, "时间：", when(m), "　形式：", m.mode_label, "　地点：", m.place || "—"),
        m.theme ? h("p", null, "主题：", m.theme) : null,
        m.video_url ? h("p", null, "视频会议：", h("a", { href: m.video_url, target: "_blank", rel: "noopener" }, m.video_url)) : null,
        m.agenda.length ? h("ol", { class: "pd-agenda" }, m.agenda.map(function (a, i) { return h("li", { class: m.status === "live" && i === m.current_item ? "pd-current" : null }, a); })) : null,
        actions),
      h("div", { class: "dj-stats pd-counts" }, stat("应到", c.expected), stat("实到", c.present), stat("请假", c.leave),
        sheet.final ? stat("缺席", c.absent) : stat("未签到", c.expected - c.present - c.leave)),
      attendanceCard(m, sheet, reload), leaveCard(m, reload), minutesCard(m), photosCard(m), pollsCard(m));
  }

  /* Scheduled times until the meeting starts; once it has ended, the actual start and end (never a mix). */
  function when(m) {
    var planned = DJ.fmtTime(m.starts_at) + " — " + hm(m.ends_at);
    if (m.started_at && m.ended_at) {
      var actual = DJ.fmtTime(m.started_at) + " — " + (DJ.fmtDate(m.ended_at) === DJ.fmtDate(m.started_at) ? hm(m.ended_at) : DJ.fmtTime(m.ended_at));
      return m.is_backfill || actual === planned ? actual : h("span", null, actual, h("span", { class: "dj-muted" }, "（计划 " + planned + "）"));
    }
    if (m.started_at) return h("span", null, planned, h("span", { class: "dj-muted" }, "（" + hm(m.started_at) + " 开始）"));
    return planned;
  }

  function attendanceCard(m, sheet, reload) {
    return h("div", { class: "dj-card pd-attendance" }, h("h3", null, "考勤表", sheet.final ? "（已定稿）" : "（会议结束后定稿）"),
      h("p", { class: "dj-muted" }, "线上参会满会议时长 " + Math.round(sheet.attended_share * 100) + "% 计为线上参加。"),
      DJ.table([
        { key: "name", title: "姓名" },
        { key: "status", title: "状态", render: function (r) { return badge(r.status_label, ATT_KIND[r.status]); } },
        { key: "signed_in_at", title: "签到", render: function (r) { return r.signed_in_at ? hm(r.signed_in_at) : ""; } },
        { key: "signed_out_at", title: "签退", render: function (r) { return r.signed_out_at ? hm(r.signed_out_at) : ""; } },
        { key: "online_seconds", title: "线上时长", render: function (r) { return r.online_seconds ? Math.round(r.online_seconds / 60) + " 分钟" : ""; } },
        { key: "leave_reason", title: "请假事由" },
        { key: "makeup_status", title: "补学", render: function (r) {
          if (r.makeup_status === "done") return h("span", { title: r.makeup_note }, badge("已补学", "ok"));
          if (r.makeup_status !== "assigned") return "";
          var due = r.makeup_due_at ? h("span", { class: "dj-muted pd-due" }, "截止 " + DJ.fmtDate(r.makeup_due_at)) : null;
          return h("span", null, badge("待补学", "gold"), " ", due, " ", DJ.button("确认补学", function () {
            DJ.formModal("确认补学 · " + r.name, [{ name: "note", label: "补学说明", required: true, placeholder: "如：已观看会议录像并提交心得" }],
              async function (v) { await DJ.api("POST", API + "/" + m.id + "/makeup/" + r.member_id, { note: v.note }); DJ.toast("已确认", "ok"); reload(); });
          }, "sm"));
        } },
      ], sheet.items));
  }

  function leaveCard(m, reload) {
    var box = h("div", { class: "dj-card pd-leaves" }, h("h3", null, "请假审批"), "加载中…");
    DJ.api("GET", API + "/" + m.id + "/leaves").then(function (data) {
      fill(box, h("h3", null, "请假审批"), DJ.table([
        { key: "name", title: "姓名" }, { key: "reason", title: "事由" },
        { key: "status", title: "状态", render: function (l) { return badge({ pending: "待审批", approved: "已批准", refused: "未批准" }[l.status], l.status === "approved" ? "ok" : l.status === "refused" ? "red" : "gold"); } },
        { key: "id", title: "操作", render: function (l) {
          if (l.status !== "pending") return l.decision_note || "";
          var decide = function (approve) {
            return async function () {
              if (await act(function () { return DJ.api("POST", API + "/" + m.id + "/leaves/" + l.id + "/decision", { approve: approve }); }, approve ? "已批准" : "已驳回") !== null) reload();
            };
          };
          return h("span", null, DJ.button("批准", decide(true), "sm"), " ", DJ.button("不批准", decide(false), "sm"));
        } },
      ], data.items, { empty: "暂无请假申请" }));
    }, function (err) { fill(box, h("h3", null, "请假审批"), DJ.errorText(err)); });
    return box;
  }

  function minutesCard(m) {
    var box = h("div", { class: "dj-card pd-minutes" }, h("h3", null, "会议记录"), "加载中…");
    DJ.api("GET", API + "/" + m.id + "/minutes").then(function (mi) {
      var editable = ["published", "live", "ended"].indexOf(m.status) >= 0;
      var form = DJ.form([
        { name: "host", label: "主持人", value: mi.host }, { name: "recorder", label: "记录人", value: mi.recorder },
        { name: "topics", label: "议题（每行一项）", type: "textarea", value: mi.topics.join("\n") },
        { name: "resolutions", label: "决议（每行一项）", type: "textarea", value: mi.resolutions.join("\n") },
        { name: "notes", label: "记录正文", type: "textarea", rows: 6, value: mi.notes },
      ]);
      fill(box, h("h3", null, "会议记录"), form,
        ["ended", "archived"].indexOf(m.status) >= 0 ? h("p", null, "缺席人员（自动生成）：", mi.absentees.join("、") || "无")
          : h("p", { class: "dj-muted" }, "缺席人员：会议结束后按考勤自动生成"),
        h("p", null, "请假人员（自动生成）：", mi.on_leave.join("、") || "无"),
        editable ? DJ.button("保存会议记录", async function () {
          var v = form.values();
          await act(function () {
            return DJ.api("PUT", API + "/" + m.id + "/minutes", { host: v.host, recorder: v.recorder, topics: lines(v.topics), resolutions: lines(v.resolutions), notes: v.notes });
          }, "会议记录已保存");
        }, "primary") : h("p", { class: "dj-muted" }, m.status === "archived" ? "已归档，不可修改" : "会议发布后可填写"));
    }, function (err) { fill(box, h("h3", null, "会议记录"), DJ.errorText(err)); });
    return box;
  }

  function photosCard(m) {
    var grid = h("div", { class: "pd-photos" });
    var input = h("input", { type: "file", accept: "image/jpeg,image/png,image/webp", "aria-label": "选择照片" });
    async function load() {
      var data = await DJ.api("GET", API + "/" + m.id + "/photos");
      fill(grid, data.items.length ? data.items.map(function (p) { return h("a", { href: p.url, target: "_blank", rel: "noopener" }, h("img", { src: p.url, alt: p.caption || "会议照片" })); })
        : h("span", { class: "dj-muted" }, "暂无照片"));
    }
    async function upload() {
      if (!input.files.length) { DJ.toast("请先选择照片", "error"); return; }
      var form = new FormData();
      form.append("file", input.files[0]);
      var res = await fetch(API + "/" + m.id + "/photos", { method: "POST", body: form, headers: { Authorization: "Bearer " + sessionStorage.getItem("dj.access") } });
      if (!res.ok) { var e = await res.json().catch(function () { return {}; }); DJ.toast((e.error && e.error.message) || "上传失败", "error"); return; }
      input.value = "";
      DJ.toast("照片已上传", "ok");
      load().catch(DJ.fail);
    }
    load().catch(DJ.fail);
    var can = m.status === "live" || m.status === "ended";
    return h("div", { class: "dj-card" }, h("h3", null, "会议照片"), can ? h("div", { class: "dj-toolbar" }, input, DJ.button("上传", upload)) : null, grid);
  }

  function pollResult(p) {
    var tally = p.tally ? p.options.map(function (o, i) { return o + " " + p.tally[i] + " 票"; }).join("，") : "投票进行中（已投 " + p.votes_cast + " 人）";
    return h("li", { dataset: { poll: p.id } }, h("strong", null, p.question), " ", p.secret ? badge("无记名") : badge("记名"),
      p.resolution ? badge("决议") : null, " ", tally, p.verdict ? h("div", { class: p.valid ? "dj-muted" : "dj-field-error" }, p.verdict) : null);
  }

  function pollsCard(m) {
    var list = h("ul", { class: "pd-list pd-polls" });
    DJ.api("GET", API + "/" + m.id + "/polls").then(function (data) {
      fill(list, data.items.length ? data.items.map(pollResult) : h("li", { class: "dj-muted" }, "暂无投票"));
    }, DJ.fail);
    return h("div", { class: "dj-card" }, h("h3", null, "投票与表决"), list);
  }

  async function editAttendees(m, done) {
    var current = await DJ.api("GET", API + "/" + m.id + "/attendance");
    var chosen = current.items.map(function (i) { return String(i.member_id); });
    var members = await DJ.api("GET", "/api/v1/orgs/" + m.org_id + "/members" + DJ.qs({ subtree: true, page_size: 200 }));
    return DJ.formModal("应到人员 · " + m.title, [
      { name: "member_ids", label: "应到人员", type: "checks", value: chosen,
        options: members.items.map(function (x) { return { value: String(x.id), label: x.name + "（" + x.status_label + "）" }; }) },
    ], async function (v) {
      var out = await DJ.api("PUT", API + "/" + m.id + "/attendees", { member_ids: v.member_ids.map(Number) });
      DJ.toast("应到人员已更新：" + out.count + " 人", "ok");
      done();
    }, { wide: true });
  }

  // ---- host screen ---------------------------------------------------------------------

  async function renderHost(el, id) {
    var m = await DJ.api("GET", API + "/" + id);
    var action = "in";
    var img = h("img", { alt: "签到二维码", class: "pd-qr-img" });
    var code = h("div", { class: "pd-code", "aria-live": "polite" }, "······");
    var countdown = h("div", { class: "dj-muted pd-countdown" });
    var counts = h("div", { class: "pd-live-counts" });
    var toggle = h("div", { class: "dj-toolbar", style: { justifyContent: "center" } },
      DJ.button("签到码", function () { action = "in"; rotate(); }, "sm"), DJ.button("签退码", function () { action = "out"; rotate(); }, "sm"));
    var label = h("h3", null, "扫码或输入 6 位数字签到");
    var qr = h("div", { class: "dj-card pd-qr" }, label, img, code, countdown, toggle, counts);
    var room = h("div", { class: "dj-card pd-room" }, "正在连接会议室…");
    fill(el, h("div", { class: "dj-page-head" }, h("h2", null, "主持大屏 · " + m.title), badge(m.status_label, STATUS_KIND[m.status]),
      m.status === "published" ? DJ.button("开始会议", async function () {
        if (await act(function () { return DJ.api("POST", API + "/" + id + "/start"); }, "会议已开始") !== null) DJ.refresh();
      }, "primary") : null,
      DJ.button("全屏", function () { if (qr.requestFullscreen) qr.requestFullscreen().catch(function () {}); }, "sm"),
      h("a", { href: "#/partyday/" + id }, "返回会议")), h("div", { class: "pd-host" }, qr, room));
    var timer = null, left = 0;
    async function rotate() {
      clearTimeout(timer);
      if (!alive(el)) return;
      try {
        var c = await DJ.api("GET", API + "/" + id + "/signin-code" + DJ.qs({ action: action }));
        img.src = c.qr_svg_url;
        code.textContent = c.code;
        label.textContent = action === "in" ? "扫码或输入 6 位数字签到" : "扫码或输入 6 位数字签退";
        left = c.expires_in;
        var att = await DJ.api("GET", API + "/" + id + "/attendance");
        fill(counts, h("p", null, "应到 ", h("strong", null, att.counts.expected), " 人，实到 ", h("strong", { class: "pd-present" }, att.counts.present),
          " 人，请假 ", att.counts.leave, " 人"));
      } catch (err) {
        if (!alive(el)) return;
        countdown.textContent = "签到码获取失败：" + DJ.errorText(err);
        left = 5;
      }
      tick();
    }
    function tick() {
      if (!alive(el)) return;
      countdown.textContent = left + " 秒后刷新（转发的旧码会失效）";
      if (left <= 0) { rotate(); return; }
      left -= 1;
      timer = setTimeout(tick, 1000);
    }
    rotate();
    if (m.status === "live" || m.status === "published") liveRoom(room, m, el);
    else fill(room, "会议未在进行中");
  }

  function liveRoom(box, m, page) {
    var token = sessionStorage.getItem("dj.access") || "";
    var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + API + "/" + m.id + "/room" + DJ.qs({ access_token: token });
    var ws = new WebSocket(url);
    var online = {}, hands = {}, polls = {}, agenda = m.agenda, current = m.current_item;
    var people = h("ul", { class: "pd-list pd-online" }), handList = h("ul", { class: "pd-list pd-hands" });
    var chat = h("ul", { class: "pd-list pd-chat" }), pollList = h("ul", { class: "pd-list pd-polls" }), agendaList = h("ol", { class: "pd-agenda" });
    var input = h("input", { placeholder: "向全体发送消息", maxlength: 500, "aria-label": "消息" });
    var status = h("span", { class: "dj-muted" }, "连接中…");
    function send(frame) { if (ws.readyState === 1) ws.send(JSON.stringify(frame)); else DJ.toast("会议室未连接", "error"); }
    function draw() {
      var ids = Object.keys(online);
      fill(people, ids.length ? ids.map(function (k) { return h("li", null, online[k]); }) : h("li", { class: "dj-muted" }, "暂无党员在线"));
      fill(handList, Object.keys(hands).map(function (k) {
        return h("li", null, "✋ " + hands[k] + " ", DJ.button("放下", function () { send({ type: "lower_hand", member_id: Number(k) }); }, "sm"));
      }));
      fill(agendaList, agenda.map(function (a, i) { return h("li", { class: i === current ? "pd-current" : null }, a); }));
      fill(pollList, Object.keys(polls).map(function (k) {
        var p = polls[k];
        return h("div", null, pollResult(p), p.is_open ? DJ.button("结束投票", function () { send({ type: "poll_close", poll_id: p.id }); }, "sm") : null);
      }));
    }
    ws.onopen = function () { status.textContent = "已连接"; };
    ws.onclose = function (e) { status.textContent = "已断开（" + e.code + "）"; };
    ws.onmessage = function (msg) {
      if (!alive(page)) { ws.close(1000); return; }
      var e = JSON.parse(msg.data);
      if (e.type === "welcome") {
        online = {}; e.online.forEach(function (o) { online[o.member_id] = o.name; });
        hands = {}; e.hands.forEach(function (o) { hands[o.member_id] = o.name; });
        e.polls.forEach(function (p) { polls[p.id] = p; });
        agenda = e.meeting.agenda; current = e.meeting.current_item;
      } else if (e.type === "presence") {
        e.joined.forEach(function (o) { online[o.member_id] = o.name; });
        e.left.forEach(function (o) { delete online[o.member_id]; });
      } else if (e.type === "hand") {
        if (e.raised) hands[e.member_id] = e.name; else delete hands[e.member_id];
      } else if (e.type === "chat") {
        chat.append(h("li", null, h("strong", null, (e.from.host ? "主持人 " : "") + e.from.name + "："), e.text));
        chat.scrollTop = chat.scrollHeight;
      } else if (e.type === "agenda") {
        current = e.item;
      } else if (e.type === "poll" || e.type === "poll_result") {
        polls[e.poll.id] = e.poll;
      } else if (e.type === "poll_progress" && polls[e.poll_id]) {
        polls[e.poll_id].votes_cast = e.votes_cast; polls[e.poll_id].tally = e.tally;
      } else if (e.type === "closed") {
        status.textContent = "会议室已关闭";
      } else if (e.type === "error") {
        DJ.toast(e.message, "error");
      }
      draw();
    };
    var timerCheck = setInterval(function () { if (!alive(page)) { clearInterval(timerCheck); ws.close(1000); } }, 2000);
    fill(box, h("h3", null, "实时会议室 ", status),
      h("div", { class: "dj-toolbar" },
        DJ.button("上一项", function () { if (current > 0) send({ type: "agenda", item: current - 1 }); }, "sm"),
        DJ.button("下一项", function () { if (current < agenda.length - 1) send({ type: "agenda", item: current + 1 }); }, "sm"),
        DJ.button("发起表决", function () { openPoll(send); }, "sm"),
        DJ.button("关闭会议室", async function () { if (await DJ.confirm("关闭后党员将退出会议室。确定关闭？", { danger: true })) send({ type: "close_room" }); }, "danger")),
      h("h4", null, "议程"), agendaList, h("h4", null, "在线党员"), people, h("h4", null, "举手"), handList,
      h("h4", null, "投票"), pollList, h("h4", null, "讨论区"), chat,
      h("form", { class: "dj-toolbar", onsubmit: function (ev) { ev.preventDefault(); if (input.value.trim()) { send({ type: "chat", text: input.value.trim() }); input.value = ""; } } },
        input, h("button", { type: "submit", class: "dj-btn dj-btn-sm" }, "发送")));
    draw();
  }

  function openPoll(send) {
    return DJ.formModal("发起投票或表决", [
      { name: "question", label: "事项", required: true, placeholder: "如：接收某某同志为预备党员" },
      { name: "options", label: "选项（每行一项，不填则为 同意/不同意/弃权）", type: "textarea", rows: 3 },
      { name: "secret", label: "无记名投票（只保存票数，不保存每人的选择）", type: "checkbox" },
      { name: "resolution", label: "决议事项（到会有表决权党员须超过半数）", type: "checkbox" },
    ], async function (v) {
      var opts = lines(v.options);
      send({ type: "poll_open", question: v.question, options: opts.length >= 2 ? opts : null, secret: !!v.secret, resolution: !!v.resolution });
    }, { okText: "发起" });
  }

  DJ.register({
    id: "partyday", title: "三会一课", order: 30, description: "主题党日、签到大屏、会议室、台账与执行预警",
    render: async function (el, route) {
      var id = Number(route.rest[0]);
      if (id && route.rest[1] === "host") return renderHost(el, id);
      if (id) return renderDetail(el, id);
      return renderList(el);
    },
  });

  if (DJ.widget) {
    DJ.widget({
      id: "partyday", title: "三会一课执行提醒", order: 30,
      render: async function (el) {
        var org = DJ.currentOrgId();
        if (!org) { fill(el, "暂无组织"); return; }
        await cadenceCard(el, org, (await calendarReady()).year, true);
        el.append(h("a", { href: "#/partyday" }, "进入三会一课 ›"));
      },
    });
  }
})();
