/* 法规知识库 (documents, upload, versions, status), 法规问答 (chat test with citations and 👍/👎)
   and 问答反馈 (feedback and abstained questions) pages of the admin console. */
(function () {
  "use strict";
  var h = DJ.h;

  /* Replace el's children; arrays are flattened, null/false skipped. */
  function fill(el) {
    DJ.clear(el);
    Array.prototype.slice.call(arguments, 1).flat(2).forEach(function (c) { if (c !== null && c !== undefined && c !== false) el.append(c); });
    return el;
  }

  var STATUSES = ["现行有效", "已修订", "已废止"];
  var VISIBILITIES = [{ value: "公开", label: "公开（所有人可查）" }, { value: "内部", label: "内部（仅党员、工作人员）" }];
  var OUTCOME_LABEL = { added: "已新增", new_version: "已作为新版本导入，原版本标记为已修订", unchanged: "内容与现行版本相同，未作改动" };
  var KIND_LABEL = { extractive: "条文摘录", llm: "模型生成", metadata: "知识库信息", abstained: "拒答" };
  var REASON_LABEL = {
    no_hits: "未检索到条文", unknown_regulation: "问及未收录的法规", unknown_term: "问及知识库中没有的事项",
    quantity_not_stated: "条文未规定所问的数量或期限", beyond_party_rules: "问及党内法规以外的机关或事项", weak_evidence: "条文与问题不够对应",
    citation_unverified: "引用未通过核验", model_abstained: "模型判断无依据", not_in_knowledge_base: "知识库中无此内容", ok: "已回答",
  };
  var API = "/api/v1/knowledge/documents";

  function statusBadge(s) { return DJ.badge(s, s === "现行有效" ? "ok" : s === "已废止" ? "red" : "gold"); }
  function warningText(w) { return (w.message || w.code || "") + (w.line ? "（第" + w.line + "行）" : ""); }
  function warningList(warnings) {
    if (!warnings || !warnings.length) return h("p", { class: "dj-muted kb-no-warnings" }, "解析无警告。");
    return h("ul", { class: "kb-warnings" }, warnings.map(function (w) { return h("li", null, "⚠ " + warningText(w)); }));
  }

  // ---- 法规知识库 ------------------------------------------------------------------------

  function uploadDocument(done) {
    return DJ.formModal("上传法规文件", [
      { name: "file", label: "文件", type: "file", required: true, accept: ".txt,.md,.docx,.pdf,.html,.htm",
        help: "支持 txt、md、docx、pdf、html；与现行文件同名且内容有变化时，作为新版本导入。" },
      { name: "visibility", label: "可见范围", type: "select", options: VISIBILITIES, value: "公开" },
      { name: "title", label: "标题", placeholder: "不填则取文件第一行" },
      { name: "doc_number", label: "文号", placeholder: "如：中办发〔2018〕1号，可不填" },
      { name: "issuer", label: "发文机关", placeholder: "可不填" },
      { name: "effective_date", label: "施行日期", type: "date" },
    ], async function (v, modal) {
      var form = new FormData();
      form.append("file", v.file);
      ["visibility", "title", "doc_number", "issuer", "effective_date"].forEach(function (k) { if (v[k]) form.append(k, v[k]); });
      try {
        var out = await DJ.api("POST", API, form);
      } catch (err) {
        var ws = (err.details && err.details.warnings) || [];
        if (ws.length) { modal.error(DJ.errorText(err) + "：" + ws.map(warningText).join("；")); return false; }
        throw err;
      }
      done();
      showUploadResult(out);
      return out;
    }, { okText: "上传" });
  }

  function showUploadResult(out) {
    var d = out.document;
    DJ.modal("上传结果", h("div", { class: "kb-upload-result" },
      h("p", null, h("strong", null, "《" + d.title + "》"), " 第" + d.version + "版 · " + out.article_count + " 条"),
      h("p", { class: "kb-outcome" }, OUTCOME_LABEL[out.outcome] || out.outcome),
      h("h4", null, "解析警告"), warningList(out.warnings),
      (out.notices || []).length ? [h("h4", null, "可能已被取代"), noticeList(out.notices)] : null), { wide: true });
  }

  function noticeList(notices) {
    return h("ul", { class: "kb-notices" }, notices.map(function (n) { return h("li", null, "⚠ " + n.message); }));
  }

  async function renderNotices(el) {
    try {
      var data = await DJ.api("GET", "/api/v1/knowledge/notices");
      fill(el, data.items.length ? [h("strong", null, "可能已有新版本的文件（" + data.items.length + "）"), noticeList(data.items)] : null);
      el.hidden = !data.items.length;
    } catch (e) { el.hidden = true; }
  }

  async function showDetail(id) {
    var d = await DJ.api("GET", API + "/" + id);
    DJ.modal("《" + d.title + "》第" + d.version + "版", h("div", { class: "kb-detail" },
      h("p", { class: "dj-muted" }, [d.doc_number, d.issuer, d.effective_date ? d.effective_date + " 施行" : "", d.status, d.visibility, "来源文件 " + d.source_name].filter(Boolean).join(" · ")),
      h("h4", null, "解析警告"), warningList(d.warnings),
      h("h4", null, "条文（" + d.article_count + " 条）"),
      h("div", { class: "kb-articles" }, d.articles.map(function (a) {
        return h("div", { class: "kb-article", dataset: { number: a.number } },
          a.headings && a.headings.length ? h("div", { class: "dj-muted" }, a.headings.join(" › ")) : null,
          h("p", { style: { whiteSpace: "pre-wrap", margin: "4px 0 12px" } }, h("strong", null, a.number ? a.label + "　" : ""), a.text));
      }))), { wide: true });
  }

  async function showVersions(doc, done) {
    var body = h("div");
    async function load() {
      var data = await DJ.api("GET", API + "/" + doc.id + "/versions");
      fill(body, DJ.table([
        { key: "version", title: "版本", render: function (v) { return "第" + v.version + "版"; } },
        { key: "status", title: "状态", render: function (v) { return statusBadge(v.status); } },
        { key: "article_count", title: "条数" },
        { key: "source_name", title: "来源文件" },
        { key: "created_at", title: "导入时间", render: function (v) { return DJ.fmtTime(v.created_at); } },
        { key: "ops", title: "操作", render: function (v) {
          return h("span", { class: "dj-toolbar" }, DJ.button("条文", function () { showDetail(v.id).catch(DJ.fail); }, "sm"),
            DJ.canWrite() ? DJ.button("删除", function () { removeDocument(v, function () { load().catch(DJ.fail); done(); }); }, "danger") : null);
        } },
      ], data.items));
    }
    DJ.modal("版本历史 · 《" + doc.title + "》", body, { wide: true });
    await load();
  }

  function editDocument(doc, done) {
    return DJ.formModal("修改 · 《" + doc.title + "》第" + doc.version + "版", [
      { name: "status", label: "状态", type: "select", options: STATUSES, value: doc.status, help: "已修订、已废止的文件不再用于回答（问及旧版时除外）。" },
      { name: "visibility", label: "可见范围", type: "select", options: VISIBILITIES, value: doc.visibility },
      { name: "doc_number", label: "文号", value: doc.doc_number },
      { name: "issuer", label: "发文机关", value: doc.issuer },
      { name: "effective_date", label: "施行日期", type: "date", value: doc.effective_date || "" },
    ], async function (v) {
      var body = { status: v.status, visibility: v.visibility, doc_number: v.doc_number, issuer: v.issuer };
      if (v.effective_date) body.effective_date = v.effective_date;
      var out = await DJ.api("PATCH", API + "/" + doc.id, body);
      DJ.toast("已保存，索引已更新", "ok");
      done();
      return out;
    });
  }

  async function removeDocument(doc, done) {
    var note = doc.status === "现行有效" ? "删除现行版本后，上一版本（如有）恢复为现行有效。" : "";
    if (!(await DJ.confirm("确定删除《" + doc.title + "》第" + doc.version + "版？" + note, { danger: true, okText: "删除" }))) return;
    try {
      await DJ.api("DELETE", API + "/" + doc.id);
      DJ.toast("已删除", "ok");
      done();
    } catch (e) { DJ.fail(e); }
  }

  async function renderDocuments(box, state) {
    function reload() { renderDocuments(box, state).catch(DJ.fail); }
    var seq = (state.seq = (state.seq || 0) + 1);
    var data = await DJ.api("GET", API + DJ.qs({ q: state.q, status: state.status, all_versions: state.all ? "true" : "", page: state.page, page_size: 20 }));
    if (seq !== state.seq) return;  // a later search (the user kept typing) has started: its answer wins
    var cols = [
      { key: "title", title: "标题", render: function (d) { return h("button", { type: "button", class: "dj-btn dj-btn-link kb-title", onclick: function () { showDetail(d.id).catch(DJ.fail); } }, "《" + d.title + "》"); } },
      { key: "doc_number", title: "文号", render: function (d) { return d.doc_number || "—"; } },
      { key: "status", title: "状态", render: function (d) { return statusBadge(d.status); } },
      { key: "visibility", title: "可见范围", render: function (d) { return DJ.badge(d.visibility, d.visibility === "内部" ? "gold" : null); } },
      { key: "version", title: "版本", render: function (d) { return "第" + d.version + "版"; } },
      { key: "article_count", title: "条数" },
      { key: "warnings", title: "解析警告", render: function (d) {
        var n = (d.warnings || []).length;
        return n ? h("button", { type: "button", class: "dj-btn dj-btn-sm kb-warn-btn", onclick: function () { DJ.modal("解析警告 · 《" + d.title + "》", warningList(d.warnings)); } }, "⚠ " + n) : "无";
      } },
      { key: "ops", title: "操作", render: function (d) {
        return h("span", { class: "dj-toolbar" },
          DJ.button("版本", function () { showVersions(d, reload).catch(DJ.fail); }, "sm"),
          DJ.canWrite() ? DJ.button("修改", function () { editDocument(d, reload); }, "sm") : null,
          DJ.canWrite() ? DJ.button("删除", function () { removeDocument(d, reload); }, "danger") : null);
      } },
    ];
    fill(box, DJ.table(cols, data.items, { empty: state.q ? "没有标题或文号含“" + state.q + "”的文件" : "知识库还没有文件，请上传党内法规文件。" }),
      DJ.pager(data, function (p) { state.page = p; reload(); }));
  }

  async function renderIndexStatus(el) {
    try {
      var s = await DJ.api("GET", "/api/v1/knowledge/status");
      fill(el, "检索索引：" + s.documents + " 个文件版本，" + s.articles + " 条" + (s.built_at ? "，更新于 " + DJ.fmtTime(s.built_at) : ""));
    } catch (e) { fill(el, "检索索引状态未知"); }
  }

  DJ.register({
    id: "knowledge", title: "法规知识库", order: 60, description: "党内法规文件、版本与解析警告",
    render: async function (el) {
      var state = { q: "", status: "", all: false, page: 1 };
      var box = h("div", { class: "dj-card", id: "kb-documents" });
      var indexStatus = h("p", { class: "dj-muted kb-index" });
      var notices = h("div", { class: "dj-card kb-notice-box", id: "kb-notices", hidden: true });
      function reload() { state.page = 1; renderDocuments(box, state).catch(DJ.fail); renderIndexStatus(indexStatus); renderNotices(notices); }
      // Searches while typing, 300 ms after the last key; Enter or leaving the box searches at once.
      var timer = null;
      function searchNow() { clearTimeout(timer); if (search.value.trim() === state.q) return; state.q = search.value.trim(); reload(); }
      var search = h("input", { type: "search", id: "kb-search", placeholder: "标题或文号", "aria-label": "搜索", onchange: searchNow,
        oninput: function () { clearTimeout(timer); timer = setTimeout(searchNow, 300); } });
      var status = h("select", { "aria-label": "状态", onchange: function () { state.status = status.value; reload(); } },
        h("option", { value: "" }, "现行与已废止"), STATUSES.map(function (s) { return h("option", { value: s }, s); }));
      var all = h("input", { type: "checkbox", onchange: function () { state.all = all.checked; reload(); } });
      el.append(
        h("div", { class: "dj-page-head" }, h("h2", null, "法规知识库"),
          DJ.canWrite() ? DJ.button("上传文件", function () { uploadDocument(reload); }, "primary") : null,
          h("a", { class: "dj-btn", href: "#/bot" }, "问答测试")),
        indexStatus,
        notices,
        h("div", { class: "dj-toolbar" }, search, status, h("label", null, all, " 含历史版本")),
        box);
      renderIndexStatus(indexStatus);
      renderNotices(notices);
      await renderDocuments(box, state);
    },
  });

  // ---- 法规问答 --------------------------------------------------------------------------

  function citationView(c) {
    return h("div", { class: "kb-citation", dataset: { articleId: c.article_id } },
      h("div", null, h("strong", null, (c.marker ? "[" + c.marker + "] " : "") + "《" + c.document + "》" + c.article)),
      h("blockquote", { style: { whiteSpace: "pre-wrap", margin: "4px 0 8px", paddingLeft: "10px", borderLeft: "3px solid #c8161d" } }, c.text));
  }

  function feedbackBar(a) {
    var bar = h("div", { class: "dj-toolbar kb-feedback" });
    async function send(helpful) {
      var reason = "";
      if (!helpful) {
        var v = await DJ.formModal("这个回答有什么问题？", [
          { name: "reason", label: "原因", type: "textarea", placeholder: "如：引用条文不对、没有回答问题（可不填）" },
        ], function (values) { return values; }, { okText: "提交" });
        if (v === null) return;
        reason = v.reason;
      }
      try {
        await DJ.api("POST", "/api/v1/bot/feedback", { question: a.question, helpful: helpful, reason: reason, answer: a.answer.slice(0, 20000),
          conversation_id: a.conversation_id || "", citations: a.citations.map(function (c) { return c.article_id; }).slice(0, 20) });
        fill(bar, h("span", { class: "dj-muted" }, "已反馈" + (helpful ? " 👍" : " 👎") + "，谢谢！"));
      } catch (e) { DJ.fail(e); }
    }
    bar.append(h("span", { class: "dj-muted" }, "回答有帮助吗？"),
      h("button", { type: "button", class: "dj-btn dj-btn-sm", "aria-label": "有帮助", onclick: function () { send(true); } }, "👍 有帮助"),
      h("button", { type: "button", class: "dj-btn dj-btn-sm", "aria-label": "没帮助", onclick: function () { send(false); } }, "👎 没帮助"));
    return bar;
  }

  function answerView(a) {
    return h("div", { class: "dj-card kb-answer" + (a.abstained ? " kb-abstained" : ""), dataset: { abstained: String(a.abstained) } },
      h("div", { class: "kb-question" }, h("strong", null, "问："), a.question),
      h("div", { class: "kb-badges" }, a.abstained ? DJ.badge("拒答：" + (REASON_LABEL[a.reason] || a.reason), "red") : DJ.badge(KIND_LABEL[a.kind] || a.kind, "ok"),
        " ", h("span", { class: "dj-muted" }, "证据覆盖 " + Number(a.confidence || 0).toFixed(2)),
        a.query && a.query !== a.question ? h("span", { class: "dj-muted" }, " · 理解为：" + a.query) : null),
      h("p", { class: "kb-answer-text", style: { whiteSpace: "pre-wrap" } }, a.answer),
      a.citations.length ? h("div", { class: "kb-citations" }, h("h4", null, "引用条文（已核验）"), a.citations.map(citationView)) : null,
      feedbackBar(a));
  }

  DJ.register({
    id: "bot", title: "法规问答", order: 61, description: "测试问答效果：引用条文、拒答与反馈",
    render: function (el) {
      var conversation = null;
      var log = h("div", { class: "kb-chat-log" });
      var input = h("textarea", { rows: 2, id: "kb-question", style: { width: "100%", boxSizing: "border-box" }, placeholder: "如：支委会多久开一次？（追问可直接说“那预备党员呢？”）", "aria-label": "问题" });
      var askBtn = h("button", { type: "submit", class: "dj-btn dj-btn-primary" }, "提问");
      var form = h("form", { class: "kb-ask", onsubmit: async function (e) {
        e.preventDefault();
        var q = input.value.trim();
        if (!q) return;
        askBtn.disabled = true;
        askBtn.textContent = "回答中…";
        try {
          var a = await DJ.api("POST", "/api/v1/bot/ask", conversation ? { question: q, conversation_id: conversation } : { question: q });
          conversation = a.conversation_id;
          log.prepend(answerView(a));
          input.value = "";
        } catch (err) { DJ.fail(err); } finally {
          askBtn.disabled = false;
          askBtn.textContent = "提问";
        }
      } }, input, h("div", { class: "dj-toolbar" }, askBtn,
        DJ.button("新对话", function () { conversation = null; DJ.clear(log); input.focus(); })));
      input.addEventListener("keydown", function (e) { if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); } });
      el.append(h("div", { class: "dj-page-head" }, h("h2", null, "法规问答"), h("a", { class: "dj-btn", href: "#/bot-feedback" }, "反馈与未答问题")),
        h("div", { class: "dj-card" }, h("p", { class: "dj-muted" }, "回答只引用知识库中现行有效的条文；找不到依据时如实说明。"), form), log);
      input.focus();
    },
  });

  // ---- 问答反馈 --------------------------------------------------------------------------

  async function renderFeedback(box, state) {
    function reload() { renderFeedback(box, state).catch(DJ.fail); }
    var data = await DJ.api("GET", "/api/v1/bot/feedback" + DJ.qs({ helpful: state.helpful, page: state.page, page_size: 20 }));
    fill(box, DJ.table([
      { key: "created_at", title: "时间", render: function (f) { return DJ.fmtTime(f.created_at); } },
      { key: "question", title: "问题" },
      { key: "helpful", title: "评价", render: function (f) { return f.helpful ? DJ.badge("👍 有帮助", "ok") : DJ.badge("👎 没帮助", "red"); } },
      { key: "reason", title: "原因", render: function (f) { return f.reason || "—"; } },
      { key: "citations", title: "引用数", render: function (f) { return String(f.citations.length); } },
    ], data.items, { empty: "暂无反馈" }), DJ.pager(data, function (p) { state.page = p; reload(); }));
  }

  async function renderUnanswered(box, state) {
    function reload() { renderUnanswered(box, state).catch(DJ.fail); }
    var data = await DJ.api("GET", "/api/v1/bot/unanswered" + DJ.qs({ resolved: state.resolved, page: state.page, page_size: 20 }));
    fill(box, DJ.table([
      { key: "created_at", title: "时间", render: function (u) { return DJ.fmtTime(u.created_at); } },
      { key: "question", title: "问题" },
      { key: "reason", title: "拒答原因", render: function (u) { return REASON_LABEL[u.reason] || u.reason; } },
      { key: "confidence", title: "证据覆盖", render: function (u) { return Number(u.confidence).toFixed(2); } },
      { key: "resolved", title: "处理", render: function (u) {
        if (u.resolved) return DJ.badge("已处理", "ok");
        return DJ.canWrite() ? DJ.button("标记已处理", async function () {
          try { await DJ.api("POST", "/api/v1/bot/unanswered/" + u.id + "/resolve"); DJ.toast("已标记", "ok"); reload(); } catch (e) { DJ.fail(e); }
        }, "sm") : DJ.badge("待处理", "gold");
      } },
    ], data.items, { empty: "暂无未回答的问题" }), DJ.pager(data, function (p) { state.page = p; reload(); }));
  }

  function filterSelect(label, options, onChange) {
    var sel = h("select", { "aria-label": label, onchange: function () { onChange(sel.value); } },
      options.map(function (o) { return h("option", { value: o[0] }, o[1]); }));
    return sel;
  }

  DJ.register({
    id: "bot-feedback", title: "问答反馈", order: 62, description: "用户反馈与未能回答的问题",
    render: async function (el) {
      var fb = { helpful: "", page: 1 }, un = { resolved: "false", page: 1 };
      var fbBox = h("div", { id: "kb-feedback-list" }), unBox = h("div", { id: "kb-unanswered-list" });
      el.append(h("div", { class: "dj-page-head" }, h("h2", null, "问答反馈")),
        h("section", { class: "dj-card" }, h("div", { class: "dj-toolbar" }, h("h3", null, "未能回答的问题"),
          filterSelect("处理状态", [["false", "待处理"], ["true", "已处理"], ["", "全部"]], function (v) { un.resolved = v; un.page = 1; renderUnanswered(unBox, un).catch(DJ.fail); })),
          h("p", { class: "dj-muted" }, "这些问题在知识库中找不到依据，可据此补充法规文件。"), unBox),
        h("section", { class: "dj-card" }, h("div", { class: "dj-toolbar" }, h("h3", null, "用户反馈"),
          filterSelect("评价", [["", "全部"], ["false", "👎 没帮助"], ["true", "👍 有帮助"]], function (v) { fb.helpful = v; fb.page = 1; renderFeedback(fbBox, fb).catch(DJ.fail); })),
          fbBox));
      await Promise.all([renderUnanswered(unBox, un), renderFeedback(fbBox, fb)]);
    },
  });
})();
