/* 学习管理: the org's 学时 progress (members behind target, topic heat map, completion rates, xlsx report),
 * courses / lessons / quizzes / media, required and make-up study (必学·补学), and the ranking switch. */
(function () {
  "use strict";
  var h = DJ.h;
  var API = "/api/v1/learning";
  var KINDS = [{ value: "video", label: "视频" }, { value: "audio", label: "音频" }, { value: "article", label: "图文" },
    { value: "document", label: "文档" }];
  var KIND_LABEL = { video: "视频", audio: "音频", article: "图文", document: "文档" };
  var STATUS = { draft: ["草稿", ""], published: ["已发布", "ok"], archived: ["已下架", ""] };
  var ORG_TYPES = ["机关", "企业", "农村", "社区", "学校", "两新", "开发区", "事业单位", "其他"];
  var state = { org: null, year: null, behind: false, page: 1, overdue: false };
  /* The year of "today" in the server's zone (LOCAL_TIMEZONE), never the browser's. */
  function thisYear() { return DJ.cal ? DJ.cal.year : Number(DJ.fmtDate(new Date().toISOString()).slice(0, 4)); }

  (function styles() {
    if (document.getElementById("lrn-styles")) return;
    document.head.appendChild(h("style", { id: "lrn-styles" }, [
      ".lrn-tabs{display:flex;gap:4px;flex-wrap:wrap;margin:8px 0 12px}",
      ".lrn-tabs a{padding:6px 12px;border-radius:6px;background:#f3f4f6;color:#374151;text-decoration:none}",
      ".lrn-tabs a.active{background:#c8161d;color:#fff}",
      ".lrn-heat{border-collapse:collapse;font-size:13px;width:100%}",
      ".lrn-heat th,.lrn-heat td{border:1px solid #eee;padding:6px;text-align:center;white-space:nowrap}",
      ".lrn-heat td.lrn-org{text-align:left}",
      ".lrn-scroll{overflow-x:auto}",
      ".lrn-chart{min-height:200px}",
      ".lrn-bar{height:8px;border-radius:4px;background:#f3f4f6;overflow:hidden;min-width:80px}",
      ".lrn-bar i{display:block;height:100%;background:#c8161d}",
    ].join("\n")));
  })();

  function fill(el) {
    DJ.clear(el);
    Array.prototype.slice.call(arguments, 1).flat(2).forEach(function (c) { if (c !== null && c !== undefined && c !== false) el.append(c); });
    return el;
  }
  function stat(label, value) { return h("div", { class: "dj-card" }, h("div", { class: "dj-muted" }, label), h("div", { class: "dj-stat-value" }, value)); }
  function pct(x) { return Math.round((x || 0) * 100) + "%"; }
  function tabs(active) {
    var items = [["learning", "学时进度"], ["learning/courses", "课程管理"], ["learning/tasks", "必学与补学"]];
    return h("nav", { class: "lrn-tabs" }, items.map(function (t) {
      return h("a", { href: "#/" + t[0], class: t[0] === active ? "active" : null }, t[1]);
    }));
  }
  function bar(share) { return h("div", { class: "lrn-bar", title: pct(share) }, h("i", { style: { width: pct(Math.min(1, share)) } })); }
  async function act(fn, okText) {
    try { var out = await fn(); if (okText) DJ.toast(okText, "ok"); return out; } catch (err) { DJ.fail(err); return null; }
  }

  // ---- 学时进度 -----------------------------------------------------------------------------

  async function renderProgress(el) {
    state.org = state.org || DJ.currentOrgId();
    state.year = state.year || thisYear();
    var picker = DJ.orgPicker({ value: state.org, onChange: function (id) { state.org = id; state.page = 1; renderProgress(el); } });
    var years = [0, 1, 2].map(function (d) { return thisYear() - d; });
    var yearSel = h("select", { "aria-label": "年度", onchange: function () { state.year = Number(yearSel.value); renderProgress(el); } },
      years.map(function (y) { return h("option", { value: y, selected: y === state.year }, y + " 年"); }));
    var head = h("div", { class: "dj-page-head" }, h("h2", null, "学习管理"), picker, yearSel,
      DJ.button("导出年度报表", function () {
        DJ.download(API + "/orgs/" + state.org + "/report.xlsx" + DJ.qs({ year: state.year }), "学时统计-" + state.year + ".xlsx")
          .then(function () { DJ.toast("报表已下载", "ok"); }, DJ.fail);
      }),
      DJ.canWrite() ? DJ.button("登记线下学时", function () { offlineEntry(function () { renderProgress(el); }); }) : null);
    var stats = h("div", { class: "dj-stats" }, "加载中…");
    var heat = h("div", { class: "dj-card" }, "加载中…");
    var members = h("div", { class: "dj-card lrn-members" }, "加载中…");
    var completion = h("div", { class: "dj-card" }, "加载中…");
    var settings = h("div", { class: "dj-card" });
    fill(el, head, tabs("learning"), stats, heat, members, completion, settings);
    if (!state.org) { fill(stats, "暂无可管理的组织"); return; }
    var graph = await DJ.api("GET", API + "/orgs/" + state.org + "/graph" + DJ.qs({ year: state.year }));
    fill(stats, stat("党员人数", graph.member_count), stat("已达标", graph.reached_count),
      stat("达标率", pct(graph.reached_rate)), stat("未达标", graph.behind_count));
    renderHeat(heat, graph);
    renderCompletion(completion, graph.completion);
    await renderMembers(members);
    renderSettings(settings).catch(function (err) { fill(settings, "设置加载失败：" + DJ.errorText(err)); });
  }

  function renderHeat(card, graph) {
    var max = 0;
    graph.heat.forEach(function (r) { r.minutes.forEach(function (v) { if (v > max) max = v; }); });
    var table = h("table", { class: "lrn-heat" },
      h("thead", null, h("tr", null, h("th", null, "组织（人均分钟）"), graph.topics.map(function (t) { return h("th", null, t); }))),
      h("tbody", null, graph.heat.map(function (r) {
        return h("tr", { dataset: { org: r.org_id } }, h("td", { class: "lrn-org" }, r.org_name + "（" + r.members + "人）"),
          r.minutes.map(function (v, i) {
            var a = max ? 0.08 + 0.8 * v / max : 0;
            return h("td", { title: graph.topics[i] + "：人均 " + v + " 分钟",
              style: { background: "rgba(200,22,29," + a.toFixed(2) + ")", color: a > 0.5 ? "#fff" : "#111" } }, v);
          }));
      })));
    var chart = h("div", { class: "lrn-chart" });
    fill(card, h("h3", null, "主题学习热力图"), graph.heat.length ? h("div", { class: "lrn-scroll" }, table) : h("p", { class: "dj-muted" }, "暂无数据"),
      h("h3", null, "各主题认证学习时长（分钟）"), chart);
    DJ.chart.bar(chart, graph.topics, graph.topic_minutes, { unit: " 分钟" });
  }

  function renderCompletion(card, rows) {
    fill(card, h("h3", null, "课程完成率"), DJ.table([
      { key: "title", title: "课程" },
      { key: "audience", title: "应学人数" },
      { key: "completed", title: "已完成" },
      { key: "rate", title: "完成率", render: function (r) { return h("div", null, pct(r.rate), bar(r.rate)); } },
    ], rows, { empty: "暂无已发布课程" }));
  }

  async function renderMembers(card) {
    var page = await DJ.api("GET", API + "/orgs/" + state.org + "/progress" + DJ.qs({
      year: state.year, behind_only: state.behind ? "true" : null, page: state.page, page_size: 20 }));
    var toggle = h("label", null, h("input", { type: "checkbox", checked: state.behind, onchange: function (e) {
      state.behind = e.target.checked; state.page = 1; renderMembers(card);
    } }), " 只看未达标");
    fill(card, h("div", { class: "dj-page-head" }, h("h3", null, "党员学时（" + state.year + " 年）"), toggle),
      DJ.table([
        { key: "name", title: "姓名" },
        { key: "org_name", title: "组织" },
        { key: "posts", title: "职务", render: function (r) { return r.posts.join("、"); } },
        { key: "credit_hours", title: "学时 / 目标", render: function (r) {
          return h("div", null, r.credit_hours + " / " + r.target_hours, bar(r.credit_hours / r.target_hours)); } },
        { key: "certified_minutes", title: "认证学习（分钟）" },
        { key: "reached", title: "状态", render: function (r) { return r.reached ? DJ.badge("已达标", "ok") : DJ.badge("未达标", "red"); } },
      ], page.items, { empty: state.behind ? "全部党员已达标" : "暂无党员" }),
      DJ.pager(page, function (n) { state.page = n; renderMembers(card); }));
  }

  async function renderSettings(card) {
    var s = await DJ.api("GET", API + "/orgs/" + state.org + "/settings");
    var box = h("input", { type: "checkbox", checked: s.show_ranking, disabled: !DJ.canWrite(), onchange: function () {
      act(function () { return DJ.api("PUT", API + "/orgs/" + state.org + "/settings", { show_ranking: box.checked }); }, "设置已保存");
    } });
    fill(card, h("h3", null, "学习排名"), h("label", null, box, " 向本组织党员显示个人学时排名"),
      h("p", { class: "dj-muted" }, "默认关闭：不公开个人排名，组织只看达标率和未达标名单。"));
  }

  async function offlineEntry(done) {
    var page = await DJ.api("GET", "/api/v1/orgs/" + state.org + "/members" + DJ.qs({ subtree: "true", page_size: 200 }));
    var result = await DJ.formModal("登记线下学时", [
      { name: "member_id", label: "党员", type: "select", required: true,
        options: page.items.map(function (m) { return { value: m.id, label: m.name + "（" + m.org_name + "）" }; }) },
      { name: "source", label: "来源", type: "select", options: [{ value: "offline", label: "线下培训" }, { value: "partyday", label: "主题党日" }] },
      { name: "hours", label: "学时", type: "number", required: true, value: 2 },
      { name: "note", label: "说明", required: true, placeholder: "如：党校集中轮训" },
    ], function (v) { return DJ.api("POST", API + "/ledger", { member_id: Number(v.member_id), source: v.source, hours: v.hours, note: v.note }); });
    if (result) { DJ.toast("已登记", "ok"); done(); }
  }

  // ---- 课程管理 ------------------------------------------------------------------------------

  async function topicOptions() {
    var topics = await DJ.api("GET", API + "/topics");
    return topics.items.filter(function (t) { return t.is_active; }).map(function (t) { return t.name; });
  }

  async function renderCourses(el) {
    var head = h("div", { class: "dj-page-head" }, h("h2", null, "课程管理"),
      DJ.canWrite() ? DJ.button("新建课程", function () { courseForm(null, function (c) { DJ.go("learning/course/" + c.id); }); }, "primary") : null);
    var list = h("div", { class: "dj-card" }, "加载中…");
    fill(el, head, tabs("learning/courses"), list);
    var page = await DJ.api("GET", API + "/courses" + DJ.qs({ page_size: 100 }));
    fill(list, DJ.table([
      { key: "title", title: "课程", render: function (c) { return h("a", { href: "#/learning/course/" + c.id }, c.title); } },
      { key: "topics", title: "主题", render: function (c) { return c.topics.join("、"); } },
      { key: "credit_hours", title: "学时", render: function (c) { return c.credit_hours || "按时长折算"; } },
      { key: "lessons", title: "课时", render: function (c) { return c.lessons.length; } },
      { key: "org_id", title: "范围", render: function (c) { var o = c.org_id && DJ.orgById(c.org_id); return c.org_id ? (o ? o.name : "上级组织") : "全局"; } },
      { key: "status", title: "状态", render: function (c) { return DJ.badge(STATUS[c.status][0], STATUS[c.status][1]); } },
    ], page.items, { empty: "暂无课程" }));
  }

  async function courseForm(course, done) {
    var topics = await topicOptions();
    var fields = [
      { name: "title", label: "课程名称", required: true },
      { name: "topics", label: "主题", type: "checks", options: topics, required: true },
      { name: "credit_hours", label: "完成后学时（0 表示按认证时长折算）", type: "number", value: 1 },
      { name: "summary", label: "简介", type: "textarea", rows: 3 },
      { name: "org_types", label: "面向的组织类型（不选为全部）", type: "checks", options: ORG_TYPES },
    ];
    if (!course) {
      var orgs = DJ.orgs.map(function (o) { return { value: o.id, label: "\u3000".repeat(o.level) + o.name }; });
      if (DJ.isSuper()) orgs.unshift({ value: "", label: "全局课程（所有组织可见）" });
      fields.splice(1, 0, { name: "org_id", label: "所属组织（下级组织可见）", type: "select", options: orgs, value: DJ.isSuper() ? "" : DJ.currentOrgId() });
    }
    var values = course ? { title: course.title, topics: course.topics, credit_hours: course.credit_hours, summary: course.summary,
      org_types: course.audience.org_types } : {};
    return DJ.formModal(course ? "修改课程" : "新建课程", fields, async function (v) {
      var body = { title: v.title, topics: v.topics, credit_hours: v.credit_hours || 0, summary: v.summary,
        audience: { org_types: v.org_types, statuses: course ? course.audience.statuses : [], posts: course ? course.audience.posts : [] } };
      if (!course) body.org_id = v.org_id ? Number(v.org_id) : null;
      var out = await DJ.api(course ? "PATCH" : "POST", API + "/courses" + (course ? "/" + course.id : ""), body);
      done(out);
      return out;
    }, { values: values, wide: true });
  }

  async function renderCourse(el, id) {
    var course = await DJ.api("GET", API + "/courses/" + id);
    var write = DJ.canWrite();
    var head = h("div", { class: "dj-page-head" }, h("h2", null, course.title), DJ.badge(STATUS[course.status][0], STATUS[course.status][1]),
      write ? DJ.button("修改", function () { courseForm(course, function () { renderCourse(el, id); }); }) : null,
      write && course.status !== "published" ? DJ.button("发布", function () {
        act(function () { return DJ.api("POST", API + "/courses/" + id + "/publish"); }, "已发布").then(function (c) { if (c) renderCourse(el, id); });
      }, "primary") : null,
      write && course.status === "published" ? DJ.button("下架", function () {
        DJ.confirm("下架后党员将无法继续学习该课程，确定下架？", { danger: true }).then(function (ok) {
          if (ok) act(function () { return DJ.api("POST", API + "/courses/" + id + "/archive"); }, "已下架").then(function () { renderCourse(el, id); });
        });
      }, "danger") : null);
    var info = h("div", { class: "dj-card" }, h("p", null, "主题：" + course.topics.join("、") + "　学时：" + (course.credit_hours || "按认证时长折算（45 分钟 = 1 学时）")
      + "　总时长：" + Math.round(course.total_duration_s / 60) + " 分钟"), course.summary ? h("p", { class: "dj-muted" }, course.summary) : null);
    var lessons = h("div", { class: "dj-card" });
    fill(el, head, tabs("learning/courses"), info, lessons);
    fill(lessons, h("div", { class: "dj-page-head" }, h("h3", null, "课时"),
      write ? DJ.button("添加课时", function () { lessonForm(id, null, function () { renderCourse(el, id); }); }) : null),
    DJ.table([
      { key: "seq", title: "序号" },
      { key: "title", title: "标题" },
      { key: "kind", title: "类型", render: function (l) { return KIND_LABEL[l.kind]; } },
      { key: "duration_s", title: "时长", render: function (l) { return Math.round(l.duration_s / 60) + " 分钟"; } },
      { key: "media_url", title: "媒体", render: function (l) { return l.media_url ? h("a", { href: l.media_url, target: "_blank", rel: "noopener" }, "查看") : "—"; } },
      { key: "has_quiz", title: "测验", render: function (l) { return l.has_quiz ? DJ.badge("有", "ok") : "—"; } },
      { key: "ops", title: "操作", render: function (l) {
        return write ? h("div", { class: "dj-toolbar" },
          DJ.button("编辑", function () { lessonForm(id, l, function () { renderCourse(el, id); }); }, "sm"),
          DJ.button("上传媒体", function () { uploadMedia(l, function () { renderCourse(el, id); }); }, "sm"),
          DJ.button("测验", function () { quizForm(l, function () { renderCourse(el, id); }); }, "sm"),
          DJ.button("删除", function () {
            DJ.confirm("确定删除课时“" + l.title + "”？", { danger: true }).then(function (ok) {
              if (ok) act(function () { return DJ.api("DELETE", API + "/lessons/" + l.id); }, "已删除").then(function () { renderCourse(el, id); });
            });
          }, "sm")) : null;
      } },
    ], course.lessons, { empty: "还没有课时" }));
  }

  function lessonForm(courseId, lesson, done) {
    return DJ.formModal(lesson ? "编辑课时" : "添加课时", [
      { name: "title", label: "标题", required: true },
      { name: "kind", label: "类型", type: "select", options: KINDS, value: "video" },
      { name: "minutes", label: "时长（分钟；图文为预计阅读时间，可留空按字数估算）", type: "number" },
      { name: "media_url", label: "媒体链接（或保存后上传文件）" },
      { name: "body", label: "正文（图文课时）", type: "textarea", rows: 6 },
    ], async function (v) {
      var body = { title: v.title, kind: v.kind, media_url: v.media_url, body: v.body };
      if (v.minutes) body.duration_s = Math.round(v.minutes * 60);
      var out = await DJ.api(lesson ? "PATCH" : "POST", lesson ? API + "/lessons/" + lesson.id : API + "/courses/" + courseId + "/lessons", body);
      done(out);
      return out;
    }, { values: lesson ? { title: lesson.title, kind: lesson.kind, minutes: Math.round(lesson.duration_s / 60), media_url: lesson.media_url } : {}, wide: true });
  }

  function uploadMedia(lesson, done) {
    return DJ.formModal("上传媒体：" + lesson.title, [
      { name: "file", label: "文件（MP4 / MP3 / M4A / PDF）", type: "file", accept: "video/mp4,audio/mpeg,audio/mp4,application/pdf", required: true },
    ], async function (v) {
      var data = new FormData();
      data.append("file", v.file);
      var out = await DJ.api("POST", API + "/lessons/" + lesson.id + "/media", data);
      DJ.toast("已上传", "ok");
      done(out);
      return out;
    });
  }

  /* One question per line: 题目 | 选项A；选项B；选项C | 正确选项序号（多选用逗号分隔，从 1 开始） */
  async function quizForm(lesson, done) {
    var current = await DJ.api("GET", API + "/lessons/" + lesson.id + "/quiz");
    var text = current.questions.map(function (q) {
      return q.text + " | " + q.options.join("；") + " | " + current.answers[q.id].map(function (i) { return i + 1; }).join(",");
    }).join("\n");
    return DJ.formModal("课时测验：" + lesson.title, [
      { name: "pass_mark", label: "及格分（百分制）", type: "number", value: current.pass_mark },
      { name: "questions", label: "题目（每行一题：题目 | 选项A；选项B | 答案序号，多选用逗号）", type: "textarea", rows: 8, value: text,
        help: "例：党的最高领导机关是？ | 全国代表大会和中央委员会；中央政治局 | 1" },
    ], async function (v) {
      var questions = v.questions.split("\n").map(function (s) { return s.trim(); }).filter(Boolean).map(function (line) {
        var parts = line.split("|").map(function (s) { return s.trim(); });
        var answer = (parts[2] || "").split(/[,，]/).filter(Boolean).map(function (n) { return Number(n) - 1; });
        return { text: parts[0], options: (parts[1] || "").split(/[;；]/).map(function (s) { return s.trim(); }).filter(Boolean),
          answer: answer, kind: answer.length > 1 ? "multiple" : "single" };
      });
      var out = questions.length
        ? await DJ.api("PUT", API + "/lessons/" + lesson.id + "/quiz", { pass_mark: v.pass_mark || 60, questions: questions })
        : await DJ.api("DELETE", API + "/lessons/" + lesson.id + "/quiz");
      DJ.toast("测验已保存", "ok");
      done(out);
      return out || true;
    }, { wide: true });
  }

  // ---- 必学与补学 ----------------------------------------------------------------------------

  async function renderTasks(el) {
    state.org = state.org || DJ.currentOrgId();
    var picker = DJ.orgPicker({ value: state.org, onChange: function (id) { state.org = id; renderTasks(el); } });
    var head = h("div", { class: "dj-page-head" }, h("h2", null, "必学与补学"), picker,
      DJ.canWrite() ? DJ.button("布置学习任务", function () { assignForm(function () { renderTasks(el); }); }, "primary") : null);
    var overdue = h("label", null, h("input", { type: "checkbox", checked: state.overdue, onchange: function (e) {
      state.overdue = e.target.checked; renderTasks(el);
    } }), " 只看逾期");
    var list = h("div", { class: "dj-card lrn-tasks" }, "加载中…");
    fill(el, head, tabs("learning/tasks"), overdue, list);
    if (!state.org) return;
    var page = await DJ.api("GET", API + "/assignments" + DJ.qs({ org_id: state.org, page_size: 200,
      overdue_only: state.overdue ? "true" : null }));
    fill(list, DJ.table([
      { key: "member_name", title: "党员" },
      { key: "kind", title: "类型", render: function (a) { return a.kind === "required" ? "必学" : "补学"; } },
      { key: "title", title: "任务" },
      // due_date is the local date the server computed (LOCAL_TIMEZONE): the H5 study page shows the same one.
      { key: "due_date", title: "截止", render: function (a) { return a.due_date || "—"; } },
      { key: "status", title: "状态", render: function (a) {
        if (a.status === "done") return DJ.badge("已完成", "ok");
        return a.overdue ? DJ.badge("已逾期", "red") : DJ.badge("待完成", "gold");
      } },
      { key: "done_note", title: "说明" },
      { key: "ops", title: "操作", render: function (a) {
        return a.status === "pending" && DJ.canWrite() ? DJ.button("确认完成", function () {
          DJ.formModal("确认完成：" + a.title, [{ name: "note", label: "说明", required: true, placeholder: "如：已观看会议录像并提交心得" }],
            function (v) { return DJ.api("POST", API + "/assignments/" + a.id + "/confirm", { note: v.note }); })
            .then(function (r) { if (r) { DJ.toast("已确认", "ok"); renderTasks(el); } });
        }, "sm") : null;
      } },
    ], page.items, { empty: state.overdue ? "没有逾期的学习任务" : "暂无学习任务" }));
  }

  async function assignForm(done) {
    var courses = await DJ.api("GET", API + "/courses" + DJ.qs({ status: "published", page_size: 200 }));
    var result = await DJ.formModal("布置学习任务", [
      { name: "kind", label: "类型", type: "select", options: [{ value: "required", label: "必学" }, { value: "makeup", label: "补学" }] },
      { name: "course_id", label: "课程", type: "select", options: [{ value: "", label: "（线下任务，不关联课程）" }].concat(
        courses.items.map(function (c) { return { value: c.id, label: c.title }; })) },
      { name: "title", label: "任务名称", required: true },
      { name: "due", label: "截止日期（补学不填为 14 天后）", type: "date" },
    ], function (v) {
      return DJ.api("POST", API + "/assignments", { org_id: state.org, kind: v.kind, title: v.title,
        course_id: v.course_id ? Number(v.course_id) : null, due_date: v.due || null });
    }, { intro: "任务布置给所选组织（含下级组织）的全体党员；关联课程的任务在党员学完课程后自动完成。" });
    if (result) { DJ.toast("已布置给 " + result.assigned + " 名党员", "ok"); done(); }
  }

  DJ.register({
    id: "learning", title: "学习管理", order: 45, description: "课程与专题、学时进度与报表、必学·补学任务",
    render: async function (el, route) {
      if (!DJ.orgs.length) await DJ.loadOrgs();
      var sub = route.rest[0];
      if (sub === "courses") return renderCourses(el);
      if (sub === "course" && route.rest[1]) return renderCourse(el, Number(route.rest[1]));
      if (sub === "tasks") return renderTasks(el);
      return renderProgress(el);
    },
  });
})();
