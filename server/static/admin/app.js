/* 党建云管理后台：shell of the static console (no build step, no framework).
 *
 * Contract for page files (server/static/admin/pages/<domain>.js, loaded after this file):
 *   DJ.register({id, title, order, render: async (el, route) => {...}, roles?: ["superadmin"]})
 *   DJ.api(method, path, body?)  → parsed JSON (null on 204); throws Error{status, code, details}
 *   DJ.h(tag, attrs, ...children), DJ.table(columns, rows), DJ.toast(msg, kind?),
 *   DJ.download(path, filename?), DJ.orgPicker(opts?), DJ.chart.bar / DJ.chart.line, DJ.user,
 *   DJ.fmtTime, DJ.fmtDate, DJ.confirm, DJ.modal, DJ.formModal, DJ.pager, DJ.qs, DJ.errorText,
 *   DJ.widget({id, title, order, render}) for a card on the home page.
 */
(function () {
  "use strict";

  var KEY_ACCESS = "dj.access", KEY_REFRESH = "dj.refresh", KEY_USER = "dj.user", KEY_ORG = "dj.org";
  var ROLE_LABELS = { superadmin: "超级管理员", org_admin: "组织管理员", staff: "工作人员", member: "党员", citizen: "群众" };
  var pages = {};
  var started = false;
  var refreshing = null;

  var DJ = (window.DJ = {
    version: "1",
    user: null,
    orgs: [],      // flat list of visible orgs in tree order: {id, name, depth, level, kind, kind_label, ...}
    orgTree: [],   // roots as returned by GET /api/v1/orgs/tree
    route: { id: "", rest: [], params: {} },
    roleLabels: ROLE_LABELS,
  });

  // ---- DOM helpers ----------------------------------------------------------------------

  function h(tag, attrs) {
    var el = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === "class" || k === "className") el.className = v;
        else if (k === "style" && typeof v === "object") Object.assign(el.style, v);
        else if (k === "dataset") Object.assign(el.dataset, v);
        else if (k.slice(0, 2) === "on" && typeof v === "function") el.addEventListener(k.slice(2).toLowerCase(), v);
        else if (k === "value" || k === "checked" || k === "selected" || k === "disabled" || k === "hidden") el[k] = v;
        else if (k === "html") throw new Error("DJ.h: raw HTML is not allowed");
        else el.setAttribute(k, v === true ? "" : String(v));
      });
    }
    append(el, Array.prototype.slice.call(arguments, 2));
    return el;
  }

  function append(el, children) {
    children.forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      if (Array.isArray(c)) append(el, c);
      else if (c instanceof Node) el.appendChild(c);
      else el.appendChild(document.createTextNode(String(c)));
    });
  }

  function clear(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
    return el;
  }

  DJ.h = h;
  DJ.clear = clear;

  // ---- formatting -----------------------------------------------------------------------

  function pad(n) { return n < 10 ? "0" + n : String(n); }

  /* Dates and times are shown in the server's zone (DJ.cal.timezone, LOCAL_TIMEZONE), never the browser's:
     a secretary abroad and the server must agree on which day a meeting or a rating belongs to. */
  DJ.cal = null;  // GET /api/v1/calendar, loaded at sign-in: {timezone, now, today, year, month, quarter, last_30_days}
  var partsFormatters = {};
  function zoneParts(d) {
    var tz = (DJ.cal && DJ.cal.timezone) || "Asia/Shanghai";
    var f = partsFormatters[tz] || (partsFormatters[tz] = new Intl.DateTimeFormat("en-CA", {
      timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }));
    var out = {};
    f.formatToParts(d).forEach(function (p) { out[p.type] = p.value; });
    return out;
  }
  DJ.fmtTime = function (iso) {
    if (!iso) return "";
    var d = new Date(iso);
    if (isNaN(d.getTime())) return String(iso);
    var p = zoneParts(d);
    return p.year + "-" + p.month + "-" + p.day + " " + p.hour + ":" + p.minute;
  };
  /* A local date and wall-clock time in the server's zone → an ISO instant with that zone's offset. */
  DJ.zoned = function (day, time) {
    var guess = new Date(day + "T" + (time || "00:00") + ":00Z");
    var p = zoneParts(guess);
    var shown = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute);
    return new Date(guess.getTime() - (shown - guess.getTime())).toISOString();
  };
  DJ.loadCalendar = async function () { DJ.cal = await DJ.api("GET", "/api/v1/calendar"); return DJ.cal; };
  DJ.fmtDate = function (iso) {
    if (!iso) return "";
    if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
    return DJ.fmtTime(iso).slice(0, 10);
  };
  DJ.qs = function (params) {
    var parts = [];
    Object.keys(params || {}).forEach(function (k) {
      var v = params[k];
      if (v === null || v === undefined || v === "" || v === false) return;
      parts.push(encodeURIComponent(k) + "=" + encodeURIComponent(v));
    });
    return parts.length ? "?" + parts.join("&") : "";
  };

  // ---- session & API --------------------------------------------------------------------

  function store(tokens) {
    sessionStorage.setItem(KEY_ACCESS, tokens.access_token);
    sessionStorage.setItem(KEY_REFRESH, tokens.refresh_token);
    if (tokens.user) {
      sessionStorage.setItem(KEY_USER, JSON.stringify(tokens.user));
      DJ.user = tokens.user;
    }
  }

  function dropSession() {
    [KEY_ACCESS, KEY_REFRESH, KEY_USER].forEach(function (k) { sessionStorage.removeItem(k); });
    DJ.user = null;
    DJ.orgs = [];
    DJ.orgTree = [];
  }

  function apiError(status, payload, fallback) {
    var e = (payload && payload.error) || {};
    var err = new Error(e.message || fallback || "请求失败（" + status + "）");
    err.status = status;
    err.code = e.code || (status ? "http_" + status : "network");
    err.details = e.details || {};
    return err;
  }

  async function readError(res) {
    var payload = null;
    try { payload = await res.json(); } catch (_) { /* not JSON */ }
    return apiError(res.status, payload);
  }

  async function rawFetch(method, path, body) {
    var headers = { Accept: "application/json" };
    var token = sessionStorage.getItem(KEY_ACCESS);
    if (token) headers.Authorization = "Bearer " + token;
    var init = { method: method.toUpperCase(), headers: headers };
    if (body !== undefined && body !== null) {
      if (body instanceof FormData || body instanceof Blob) init.body = body;
      else { headers["Content-Type"] = "application/json"; init.body = JSON.stringify(body); }
    }
    try {
      return await fetch(path, init);
    } catch (_) {
      throw apiError(0, null, "无法连接服务器，请检查网络后重试");
    }
  }

  function refreshTokens() {
    if (!refreshing) {
      var rt = sessionStorage.getItem(KEY_REFRESH);
      refreshing = (async function () {
        if (!rt) return false;
        var res = await rawFetch("POST", "/api/v1/auth/refresh", { refresh_token: rt });
        if (!res.ok) return false;
        store(await res.json());
        return true;
      })().catch(function () { return false; }).finally(function () { refreshing = null; });
    }
    return refreshing;
  }

  /* One request with the session's token; on an expired token refresh once and retry. */
  async function send(method, path, body) {
    var res = await rawFetch(method, path, body);
    if (res.status !== 401 || path.indexOf("/api/v1/auth/") === 0) return res;
    var err = await readError(res.clone());
    if (err.code === "auth.token_expired" && (await refreshTokens())) {
      res = await rawFetch(method, path, body);
      if (res.status !== 401) return res;
    }
    dropSession();
    if (started) showLogin("登录已过期，请重新登录");
    return res;
  }

  DJ.api = async function (method, path, body) {
    var res = await send(method, path, body);
    if (!res.ok) throw await readError(res);
    if (res.status === 204) return null;
    var ctype = res.headers.get("Content-Type") || "";
    if (ctype.indexOf("json") >= 0) return res.json();
    return res.text();
  };

  function filenameOf(res, fallback) {
    var cd = res.headers.get("Content-Disposition") || "";
    var star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
    if (star) { try { return decodeURIComponent(star[1]); } catch (_) { /* keep looking */ } }
    var plain = /filename="?([^";]+)"?/i.exec(cd);
    return plain ? plain[1] : fallback || "download";
  }

  DJ.download = async function (path, filename) {
    var res = await send("GET", path);
    if (!res.ok) throw await readError(res);
    var blob = await res.blob();
    var url = URL.createObjectURL(blob);
    var a = h("a", { href: url, download: filename || filenameOf(res), style: "display:none" });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  };

  var FIELD_TYPES = {
    missing: "为必填项", string_too_short: "不能为空", string_too_long: "内容过长", too_long: "数量过多",
    enum: "取值无效", int_parsing: "须为整数", float_parsing: "须为数字", bool_parsing: "须为是/否",
    date_from_datetime_parsing: "日期格式不正确", date_parsing: "日期格式不正确", datetime_parsing: "时间格式不正确",
    greater_than_equal: "数值过小", less_than_equal: "数值过大", url_parsing: "网址格式不正确",
  };

  /* Chinese text for one field error of a validation_error. */
  /* The server's message names the field by its label ("手机号：…"); next to the field the label is dropped. */
  DJ.fieldErrorText = function (f) {
    if (f.type === "value_error") {
      var text = String(f.message || "").replace(/^Value error,\s*/, "");
      return f.label && text.indexOf(f.label + "：") === 0 ? text.slice(f.label.length + 1) : text;
    }
    return FIELD_TYPES[f.type] || "格式不正确";
  };

  /* A user-facing Chinese message for any error thrown by DJ.api. */
  DJ.errorText = function (err) {
    if (!err) return "操作失败";
    if (err.code === "validation_error" && err.details && err.details.fields && err.details.fields.length) {
      return "提交的数据有误：" + err.details.fields.map(function (f) {
        return (f.field ? f.field + " " : "") + DJ.fieldErrorText(f);
      }).join("；");
    }
    if (err.status === 429 && err.details && err.details.retry_after) {
      return (err.message || "操作过于频繁") + "（" + err.details.retry_after + " 秒后可重试）";
    }
    return err.message || "操作失败";
  };

  // ---- feedback: toast, modal, confirm, forms -------------------------------------------

  DJ.toast = function (msg, kind) {
    var box = document.getElementById("dj-toasts");
    if (!box) { box = h("div", { id: "dj-toasts", class: "dj-toasts", role: "status", "aria-live": "polite" }); document.body.appendChild(box); }
    var t = h("div", { class: "dj-toast" + (kind ? " dj-toast-" + kind : "") }, msg);
    box.appendChild(t);
    setTimeout(function () { t.classList.add("dj-toast-out"); }, kind === "error" ? 4500 : 2500);
    setTimeout(function () { t.remove(); }, kind === "error" ? 5000 : 3000);
    return t;
  };
  DJ.fail = function (err) { DJ.toast(DJ.errorText(err), "error"); };

  /* DJ.modal(title, content, {actions: [{text, primary, danger, onClick(m) → false keeps it open}], wide})
     returns {el, body, error(msg), close(), closed: Promise}. */
  DJ.modal = function (title, content, opts) {
    opts = opts || {};
    var done;
    var closed = new Promise(function (r) { done = r; });
    var errBox = h("div", { class: "dj-modal-error", role: "alert", hidden: true });
    var body = h("div", { class: "dj-modal-body" }, content);
    var foot = h("div", { class: "dj-modal-foot" });
    var box = h("div", { class: "dj-modal" + (opts.wide ? " dj-modal-wide" : ""), role: "dialog", "aria-modal": "true", "aria-label": title },
      h("div", { class: "dj-modal-head" }, h("h3", null, title),
        h("button", { type: "button", class: "dj-icon-btn", "aria-label": "关闭", onclick: function () { m.close(); } }, "×")),
      body, errBox, foot);
    var back = h("div", { class: "dj-modal-back", onclick: function (e) { if (e.target === back && !opts.sticky) m.close(); } }, box);
    function onKey(e) { if (e.key === "Escape") m.close(); }
    var m = {
      el: box, body: body,
      closed: closed,
      error: function (msg) { errBox.textContent = msg || ""; errBox.hidden = !msg; },
      close: function (value) {
        if (!back.parentNode) return;
        back.remove();
        document.removeEventListener("keydown", onKey);
        done(value);
      },
    };
    (opts.actions || [{ text: "关闭" }]).forEach(function (a) {
      var btn = h("button", { type: "button", class: "dj-btn" + (a.primary ? " dj-btn-primary" : "") + (a.danger ? " dj-btn-danger" : "") }, a.text);
      btn.addEventListener("click", async function () {
        if (!a.onClick) return m.close();
        btn.disabled = true;
        try {
          var keep = await a.onClick(m);
          if (keep !== false) m.close(keep);
        } catch (err) {
          m.error(DJ.errorText(err));
        } finally {
          btn.disabled = false;
        }
      });
      foot.appendChild(btn);
    });
    document.addEventListener("keydown", onKey);
    document.body.appendChild(back);
    var first = box.querySelector("input,select,textarea");
    if (first) first.focus();
    return m;
  };

  DJ.confirm = function (msg, opts) {
    opts = opts || {};
    var answer = false;
    var m = DJ.modal(opts.title || "请确认", h("p", null, msg), {
      actions: [
        { text: "取消" },
        { text: opts.okText || "确定", primary: !opts.danger, danger: !!opts.danger, onClick: function () { answer = true; } },
      ],
    });
    return m.closed.then(function () { return answer; });
  };

  /* A form from field specs: {name, label, type: text|number|date|select|textarea|checkbox|checks|file|password,
     options: [{value, label}] | [string], required, value, placeholder, help}. form.values() reads it back. */
  DJ.form = function (fields, values) {
    values = values || {};
    var form = h("form", { class: "dj-form", novalidate: true, onsubmit: function (e) { e.preventDefault(); } });
    var inputs = {};
    fields.forEach(function (f) {
      var v = values[f.name] !== undefined ? values[f.name] : f.value;
      var id = "f-" + f.name + "-" + Math.random().toString(36).slice(2, 7);
      var input;
      var opts = (f.options || []).map(function (o) { return typeof o === "object" ? o : { value: o, label: o }; });
      if (f.type === "select") {
        input = h("select", { id: id, name: f.name }, opts.map(function (o) {
          return h("option", { value: o.value, selected: String(o.value) === String(v) }, o.label);
        }));
      } else if (f.type === "textarea") {
        input = h("textarea", { id: id, name: f.name, rows: f.rows || 4, placeholder: f.placeholder }, v || "");
      } else if (f.type === "checks") {
        var chosen = v || [];
        input = h("div", { class: "dj-checks", id: id }, opts.map(function (o) {
          return h("label", null, h("input", { type: "checkbox", value: o.value, checked: chosen.indexOf(o.value) >= 0 }), " ", o.label);
        }));
      } else if (f.type === "checkbox") {
        input = h("input", { id: id, name: f.name, type: "checkbox", checked: !!v });
      } else {
        input = h("input", { id: id, name: f.name, type: f.type || "text", value: v === undefined || v === null ? "" : v,
          placeholder: f.placeholder, accept: f.accept, autocomplete: f.autocomplete || "off", required: !!f.required });
      }
      inputs[f.name] = input;
      form.appendChild(h("div", { class: "dj-field", dataset: { field: f.name } },
        h("label", { for: id }, f.label, f.required ? h("span", { class: "dj-req" }, " *") : null),
        input, f.help ? h("div", { class: "dj-help" }, f.help) : null, h("div", { class: "dj-field-error" })));
    });
    form.values = function () {
      var out = {};
      fields.forEach(function (f) {
        var input = inputs[f.name];
        if (f.type === "checks") out[f.name] = Array.prototype.filter.call(input.querySelectorAll("input"), function (c) { return c.checked; }).map(function (c) { return c.value; });
        else if (f.type === "checkbox") out[f.name] = input.checked;
        else if (f.type === "file") out[f.name] = input.files && input.files[0] ? input.files[0] : null;
        else if (f.type === "number") out[f.name] = input.value === "" ? null : Number(input.value);
        else out[f.name] = input.value.trim();
      });
      return out;
    };
    form.showErrors = function (err) {
      Array.prototype.forEach.call(form.querySelectorAll(".dj-field-error"), function (e) { e.textContent = ""; });
      var shown = false;
      ((err && err.details && err.details.fields) || []).forEach(function (fe) {
        var name = String(fe.field || "").split(".")[0];
        var box = form.querySelector('[data-field="' + name + '"] .dj-field-error');
        if (box) { box.textContent = DJ.fieldErrorText(fe); shown = true; }
      });
      return shown;
    };
    form.inputs = inputs;
    return form;
  };

  /* Resolves with onSubmit's result, or null when cancelled. Required fields are checked here;
     API validation errors are shown next to their fields. */
  DJ.formModal = function (title, fields, onSubmit, opts) {
    opts = opts || {};
    var form = DJ.form(fields, opts.values);
    var result = null;
    var m = DJ.modal(title, [opts.intro ? h("p", { class: "dj-muted" }, opts.intro) : null, form], {
      wide: opts.wide,
      sticky: true,
      actions: [{ text: "取消" }, {
        text: opts.okText || "保存", primary: true, onClick: async function (modal) {
          var values = form.values();
          var missing = fields.filter(function (f) { return f.required && (values[f.name] === "" || values[f.name] === null); });
          if (missing.length) { modal.error("请填写：" + missing.map(function (f) { return f.label; }).join("、")); return false; }
          modal.error("");
          try {
            result = await onSubmit(values, modal);
          } catch (err) {
            form.showErrors(err);
            throw err;
          }
          return result === false ? false : undefined;
        },
      }],
    });
    form.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && e.target.tagName === "INPUT") { e.preventDefault(); m.el.querySelector(".dj-btn-primary").click(); }
    });
    return m.closed.then(function () { return result; });
  };

  // ---- tables, pagers -------------------------------------------------------------------

  /* columns: [{key, title, render?(row, index) → node|string, class?}] */
  DJ.table = function (columns, rows, opts) {
    opts = opts || {};
    var head = h("tr", null, columns.map(function (c) { return h("th", { class: c.class }, c.title); }));
    var body = h("tbody");
    if (!rows || !rows.length) {
      body.appendChild(h("tr", null, h("td", { colspan: columns.length, class: "dj-empty" }, opts.empty || "暂无数据")));
    } else {
      rows.forEach(function (row, i) {
        body.appendChild(h("tr", { dataset: row && row.id !== undefined ? { id: row.id } : null }, columns.map(function (c) {
          var v = c.render ? c.render(row, i) : row[c.key];
          return h("td", { class: c.class, "data-label": c.title }, v === null || v === undefined ? "" : v);
        })));
      });
    }
    return h("div", { class: "dj-table-wrap" }, h("table", { class: "dj-table" }, h("thead", null, head), body));
  };

  /* A pager for page_response lists: DJ.pager({page, page_size, total}, onPage(n)). */
  DJ.pager = function (p, onPage) {
    var pages = Math.max(1, Math.ceil((p.total || 0) / (p.page_size || 20)));
    return h("div", { class: "dj-pager" },
      h("span", { class: "dj-muted" }, "共 " + (p.total || 0) + " 条，第 " + p.page + "/" + pages + " 页"),
      h("button", { type: "button", class: "dj-btn dj-btn-sm", disabled: p.page <= 1, onclick: function () { onPage(p.page - 1); } }, "上一页"),
      h("button", { type: "button", class: "dj-btn dj-btn-sm", disabled: p.page >= pages, onclick: function () { onPage(p.page + 1); } }, "下一页"));
  };

  DJ.badge = function (text, kind) { return h("span", { class: "dj-badge" + (kind ? " dj-badge-" + kind : "") }, text); };
  DJ.button = function (text, onClick, kind) {
    return h("button", { type: "button", class: "dj-btn" + (kind ? " dj-btn-" + kind : ""), onclick: onClick }, text);
  };

  // ---- organisations --------------------------------------------------------------------

  DJ.loadOrgs = async function () {
    var tree = await DJ.api("GET", "/api/v1/orgs/tree");
    var flat = [];
    (function walk(nodes, level) {
      nodes.forEach(function (n) {
        flat.push(Object.assign({}, n, { level: level, children: undefined }));
        walk(n.children || [], level + 1);
      });
    })(tree.roots, 0);
    DJ.orgTree = tree.roots;
    DJ.orgs = flat;
    return tree.roots;
  };
  DJ.orgById = function (id) {
    id = Number(id);
    for (var i = 0; i < DJ.orgs.length; i++) if (DJ.orgs[i].id === id) return DJ.orgs[i];
    return null;
  };
  DJ.currentOrgId = function () {
    var saved = Number(sessionStorage.getItem(KEY_ORG));
    if (saved && DJ.orgById(saved)) return saved;
    return DJ.orgs.length ? DJ.orgs[0].id : null;
  };

  /* A <select> of the orgs the user may see (value = org id), remembering the last choice.
     opts: {value, onChange(id), all: "全部组织" (adds an empty option), kinds: ["branch", ...]} */
  DJ.orgPicker = function (opts) {
    opts = opts || {};
    var list = DJ.orgs.filter(function (o) { return !opts.kinds || opts.kinds.indexOf(o.kind) >= 0; });
    var value = opts.value !== undefined ? opts.value : opts.all ? "" : DJ.currentOrgId();
    var sel = h("select", { class: "dj-org-picker", "aria-label": "选择组织" },
      opts.all ? h("option", { value: "" }, opts.all) : null,
      list.map(function (o) {
        return h("option", { value: o.id, selected: String(o.id) === String(value) }, "\u3000".repeat(o.level) + o.name);
      }));
    sel.addEventListener("change", function () {
      if (sel.value) sessionStorage.setItem(KEY_ORG, sel.value);
      if (opts.onChange) opts.onChange(sel.value ? Number(sel.value) : null);
    });
    sel.ready = Promise.resolve(sel);
    return sel;
  };

  // ---- charts (small SVG) ---------------------------------------------------------------

  var SVG = "http://www.w3.org/2000/svg";
  var PALETTE = ["#c8161d", "#e6a23c", "#409eff", "#67c23a", "#909399", "#8e44ad"];
  function s(tag, attrs, text) {
    var el = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (text !== undefined) el.textContent = String(text);
    return el;
  }
  function niceMax(v) {
    if (!(v > 0)) return 1;
    var p = Math.pow(10, Math.floor(Math.log10(v)));
    var steps = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < steps.length; i++) if (steps[i] * p >= v) return steps[i] * p;
    return 10 * p;
  }
  function frame(el, labels, max, opts) {
    var W = opts.width || 600, H = opts.height || 220, L = 40, R = 12, T = opts.title ? 28 : 12, B = 34;
    var svg = s("svg", { viewBox: "0 0 " + W + " " + H, class: "dj-chart", role: "img", "aria-label": opts.title || "图表" });
    if (opts.title) svg.appendChild(s("text", { x: L, y: 16, class: "dj-chart-title" }, opts.title));
    var top = niceMax(max);
    for (var i = 0; i <= 4; i++) {
      var y = T + (H - T - B) * (1 - i / 4);
      svg.appendChild(s("line", { x1: L, x2: W - R, y1: y, y2: y, class: "dj-chart-grid" }));
      var tick = top * i / 4;
      svg.appendChild(s("text", { x: L - 6, y: y + 4, "text-anchor": "end", class: "dj-chart-axis" }, Number.isInteger(tick) ? tick : tick.toFixed(1)));
    }
    var slot = (W - L - R) / Math.max(1, labels.length);
    var every = Math.ceil(labels.length / Math.max(1, Math.floor((W - L - R) / 48)));
    labels.forEach(function (lab, i) {
      if (i % every) return;
      var text = String(lab);
      svg.appendChild(s("text", { x: L + slot * (i + 0.5), y: H - B + 16, "text-anchor": "middle", class: "dj-chart-axis" }, text.length > 6 ? text.slice(0, 6) + "…" : text));
    });
    clear(el).appendChild(svg);
    return { svg: svg, x: function (i) { return L + slot * (i + 0.5); }, y: function (v) { return T + (H - T - B) * (1 - v / top); },
      slot: slot, base: H - B, W: W, L: L, T: T };
  }

  DJ.chart = {
    /* bar(el, labels, values, {title, color, unit, height}) */
    bar: function (el, labels, values, opts) {
      opts = opts || {};
      var f = frame(el, labels, Math.max.apply(null, values.concat([0])), opts);
      values.forEach(function (v, i) {
        var bw = Math.min(40, f.slot * 0.6), y = f.y(v || 0);
        var rect = s("rect", { x: f.x(i) - bw / 2, y: y, width: bw, height: Math.max(0, f.base - y), rx: 2, fill: opts.color || PALETTE[0] });
        rect.appendChild(s("title", {}, labels[i] + "：" + v + (opts.unit || "")));
        f.svg.appendChild(rect);
        if (labels.length <= 16) f.svg.appendChild(s("text", { x: f.x(i), y: y - 4, "text-anchor": "middle", class: "dj-chart-value" }, v));
      });
      return f.svg;
    },
    /* line(el, labels, series, opts): series = [numbers] or [{name, values, color}] */
    line: function (el, labels, series, opts) {
      opts = opts || {};
      if (series.length && typeof series[0] === "number") series = [{ name: opts.name || "", values: series }];
      var all = [0];
      series.forEach(function (sr) { all = all.concat(sr.values.filter(function (v) { return v !== null && v !== undefined; })); });
      var f = frame(el, labels, Math.max.apply(null, all), opts);
      series.forEach(function (sr, k) {
        var color = sr.color || PALETTE[k % PALETTE.length];
        var pts = sr.values.map(function (v, i) { return v === null || v === undefined ? null : [f.x(i), f.y(v)]; }).filter(Boolean);
        f.svg.appendChild(s("polyline", { points: pts.map(function (p) { return p.join(","); }).join(" "), fill: "none", stroke: color, "stroke-width": 2 }));
        sr.values.forEach(function (v, i) {
          if (v === null || v === undefined) return;
          var c = s("circle", { cx: f.x(i), cy: f.y(v), r: 3, fill: color });
          c.appendChild(s("title", {}, (sr.name ? sr.name + " " : "") + labels[i] + "：" + v + (opts.unit || "")));
          f.svg.appendChild(c);
        });
        if (sr.name) {
          var lx = f.W - 12 - (series.length - k) * 90;
          f.svg.appendChild(s("rect", { x: lx, y: f.T - 10, width: 10, height: 10, fill: color }));
          f.svg.appendChild(s("text", { x: lx + 14, y: f.T - 1, class: "dj-chart-axis" }, sr.name));
        }
      });
      return f.svg;
    },
  };

  // ---- pages & routing ------------------------------------------------------------------

  DJ.register = function (page) {
    if (!page || !page.id || typeof page.render !== "function") throw new Error("DJ.register: id and render are required");
    pages[page.id] = Object.assign({ title: page.id, order: 100 }, page);
    if (started && DJ.user) { renderNav(); }
  };
  DJ.pages = function () {
    return Object.keys(pages).map(function (k) { return pages[k]; }).filter(allowed).sort(function (a, b) { return a.order - b.order || (a.id < b.id ? -1 : 1); });
  };
  function allowed(p) { return !p.roles || (DJ.user && p.roles.indexOf(DJ.user.role) >= 0); }
  DJ.isSuper = function () { return !!DJ.user && DJ.user.role === "superadmin"; };
  DJ.canWrite = function () { return !!DJ.user && (DJ.user.role === "superadmin" || DJ.user.role === "org_admin"); };

  function parseHash() {
    var raw = (location.hash || "").replace(/^#\/?/, "");
    var q = raw.indexOf("?");
    var pathPart = q >= 0 ? raw.slice(0, q) : raw;
    var params = {};
    if (q >= 0) raw.slice(q + 1).split("&").forEach(function (kv) {
      if (!kv) return;
      var i = kv.indexOf("=");
      params[decodeURIComponent(i >= 0 ? kv.slice(0, i) : kv)] = i >= 0 ? decodeURIComponent(kv.slice(i + 1)) : "";
    });
    var segs = pathPart.split("/").filter(Boolean).map(decodeURIComponent);
    return { id: segs[0] || "home", rest: segs.slice(1), params: params };
  }

  /* DJ.go("orgs", {org: 3}) or DJ.go("#/orgs?org=3") */
  DJ.go = function (target, params) {
    var hash = target.charAt(0) === "#" ? target : "#/" + target + DJ.qs(params);
    if (location.hash === hash) route(); else location.hash = hash;
  };

  var navEl, contentEl, renderSeq = 0;

  function renderNav() {
    if (!navEl) return;
    var current = parseHash().id;
    clear(navEl).appendChild(h("ul", null, DJ.pages().map(function (p) {
      return h("li", null, h("a", { href: "#/" + p.id, class: p.id === current ? "active" : null, dataset: { page: p.id } }, p.title));
    })));
  }

  async function route() {
    if (!DJ.user) return showLogin();
    var r = parseHash();
    DJ.route = r;
    var page = pages[r.id];
    document.body.classList.remove("dj-nav-open");
    renderNav();
    var seq = ++renderSeq;
    var el = h("div", { class: "dj-page", dataset: { page: r.id } });
    clear(contentEl).appendChild(el);
    if (!page) {
      el.appendChild(h("div", { class: "dj-card dj-notice" }, h("h2", null, "页面不存在"), h("p", null, "您访问的页面不存在或尚未启用。"), h("a", { href: "#/home" }, "返回首页")));
      return;
    }
    if (!allowed(page)) {
      el.appendChild(h("div", { class: "dj-card dj-notice" }, h("h2", null, "无权访问"), h("p", null, "您的账号无权查看“" + page.title + "”。")));
      return;
    }
    document.title = page.title + " · 党建云管理后台";
    el.appendChild(h("div", { class: "dj-loading" }, "加载中…"));
    try {
      var loading = el.firstChild;
      var wrote = page.render(el, r);
      if (wrote && typeof wrote.then === "function") await wrote;
      if (loading.parentNode === el) loading.remove();
    } catch (err) {
      if (seq !== renderSeq) return;
      console.warn("page " + r.id + " failed:", err);
      clear(el).appendChild(h("div", { class: "dj-card dj-notice dj-notice-error", role: "alert" },
        h("h2", null, page.title), h("p", null, "页面加载失败：" + DJ.errorText(err)),
        h("button", { type: "button", class: "dj-btn", onclick: route }, "重试")));
    }
  }
  DJ.refresh = route;

  // ---- login & layout -------------------------------------------------------------------

  var LOGIN_ERRORS = {
    "auth.bad_credentials": "用户名或密码错误",
    "auth.user_disabled": "账号已停用，请联系上级管理员",
    "auth.login_rate_limited": "登录尝试过于频繁，请稍后再试",
    validation_error: "请输入用户名和密码",
    network: "无法连接服务器，请检查网络后重试",
  };

  function loginErrorText(err) {
    var text = LOGIN_ERRORS[err.code] || err.message || "登录失败，请稍后再试";
    if (err.code === "auth.login_rate_limited" && err.details && err.details.retry_after) {
      text = "登录尝试过于频繁，请 " + err.details.retry_after + " 秒后再试";
    }
    return text;
  }

  function showLogin(notice) {
    var root = document.getElementById("app");
    navEl = contentEl = null;
    document.title = "登录 · 党建云管理后台";
    var msg = h("div", { class: "dj-login-error", role: "alert", hidden: !notice }, notice || "");
    var user = h("input", { name: "username", id: "login-username", autocomplete: "username", required: true, placeholder: "请输入用户名" });
    var pass = h("input", { name: "password", id: "login-password", type: "password", autocomplete: "current-password", required: true, placeholder: "请输入密码" });
    var btn = h("button", { type: "submit", class: "dj-btn dj-btn-primary dj-btn-block" }, "登 录");
    var form = h("form", { class: "dj-login-form", novalidate: true, onsubmit: async function (e) {
      e.preventDefault();
      msg.hidden = true;
      if (!user.value.trim() || !pass.value) { msg.textContent = "请输入用户名和密码"; msg.hidden = false; return; }
      btn.disabled = true;
      btn.textContent = "登录中…";
      try {
        var out = await DJ.api("POST", "/api/v1/auth/login", { username: user.value.trim(), password: pass.value });
        store(out);
        await enter();
      } catch (err) {
        msg.textContent = loginErrorText(err);
        msg.hidden = false;
        pass.value = "";
        pass.focus();
      } finally {
        btn.disabled = false;
        btn.textContent = "登 录";
      }
    } },
      h("div", { class: "dj-field" }, h("label", { for: "login-username" }, "用户名"), user),
      h("div", { class: "dj-field" }, h("label", { for: "login-password" }, "密码"), pass),
      msg, btn);
    clear(root).appendChild(h("div", { class: "dj-login" },
      h("div", { class: "dj-login-card" },
        h("div", { class: "dj-login-brand" }, h("span", { class: "dj-logo", "aria-hidden": "true" }, "党"), h("div", null, h("h1", null, "党建云"), h("p", null, "基层党建管理后台"))),
        form,
        h("p", { class: "dj-login-foot" }, "仅限组织管理员和工作人员登录"))));
    user.focus();
  }

  function logout() {
    dropSession();
    sessionStorage.removeItem(KEY_ORG);
    location.hash = "#/home";
    showLogin();
  }
  DJ.logout = logout;

  function renderLayout() {
    var root = document.getElementById("app");
    var u = DJ.user;
    navEl = h("nav", { class: "dj-nav", "aria-label": "主导航" });
    contentEl = h("main", { class: "dj-main", id: "dj-content" });
    clear(root).appendChild(h("div", { class: "dj-shell" },
      h("header", { class: "dj-header" },
        h("button", { type: "button", class: "dj-icon-btn dj-menu-btn", "aria-label": "菜单", onclick: function () { document.body.classList.toggle("dj-nav-open"); } }, "☰"),
        h("a", { class: "dj-brand", href: "#/home" }, h("span", { class: "dj-logo", "aria-hidden": "true" }, "党"), h("span", null, "党建云", h("span", { class: "dj-brand-text" }, "管理后台"))),
        h("div", { class: "dj-spacer" }),
        h("div", { class: "dj-userbox" },
          h("span", { class: "dj-user-name" }, u.display_name || u.username || "管理员"),
          h("span", { class: "dj-badge dj-badge-role" }, ROLE_LABELS[u.role] || u.role),
          u.org_name ? h("span", { class: "dj-user-org dj-muted" }, u.org_name) : null,
          h("button", { type: "button", class: "dj-btn dj-btn-sm dj-logout", onclick: logout }, "退出"))),
      h("div", { class: "dj-body" }, navEl, h("div", { class: "dj-nav-mask", onclick: function () { document.body.classList.remove("dj-nav-open"); } }), contentEl)));
  }

  /* After login or on reload with a stored session: check the session, load orgs, draw the shell. */
  async function enter() {
    try {
      DJ.user = await DJ.api("GET", "/api/v1/me");
      sessionStorage.setItem(KEY_USER, JSON.stringify(DJ.user));
      await DJ.loadOrgs();
      await DJ.loadCalendar();
    } catch (err) {
      if (!DJ.user || err.status === 401) { dropSession(); return showLogin(err.status === 401 ? "登录已过期，请重新登录" : loginErrorText(err)); }
      DJ.toast("组织数据加载失败：" + DJ.errorText(err), "error");
    }
    if (!DJ.user) return showLogin();
    renderLayout();
    await route();
  }

  // ---- home page ------------------------------------------------------------------------

  function subtreeCount(node) {
    return (node.member_count || 0) + (node.children || []).reduce(function (n, c) { return n + subtreeCount(c); }, 0);
  }

  DJ.register({
    id: "home", title: "首页", order: 0,
    render: function (el) {
      var u = DJ.user;
      var members = DJ.orgTree.reduce(function (n, r) { return n + subtreeCount(r); }, 0);
      var branches = DJ.orgs.filter(function (o) { return o.kind === "branch"; }).length;
      var hour = DJ.cal ? Number(DJ.fmtTime(DJ.cal.now).slice(11, 13)) : 9;
      var greet = hour < 11 ? "上午好" : hour < 13 ? "中午好" : hour < 18 ? "下午好" : "晚上好";
      el.appendChild(h("div", { class: "dj-welcome dj-card" },
        h("h2", null, greet + "，" + (u.display_name || u.username || "") ),
        h("p", { class: "dj-muted" }, (ROLE_LABELS[u.role] || u.role) + (u.org_name ? " · " + u.org_name : " · 全部组织"))));
      el.appendChild(h("div", { class: "dj-stats" },
        stat("组织", DJ.orgs.length), stat("党支部", branches), stat("党员", members)));
      renderWidgets(el);
      var links = DJ.pages().filter(function (p) { return p.id !== "home"; });
      el.appendChild(h("h3", { class: "dj-section-title" }, "快捷入口"));
      el.appendChild(h("div", { class: "dj-quick" }, links.map(function (p) {
        return h("a", { class: "dj-quick-link dj-card", href: "#/" + p.id }, h("strong", null, p.title), p.description ? h("span", { class: "dj-muted" }, p.description) : null);
      })));
    },
  });

  /* Home-page cards from other domains: DJ.widget({id, title, order, roles?, render: async (el) => {...}}).
     Each renders into its own card; a failing widget shows a note and never breaks the page. */
  var widgets = {};
  DJ.widget = function (w) {
    if (!w || !w.id || typeof w.render !== "function") throw new Error("DJ.widget: id and render are required");
    widgets[w.id] = Object.assign({ order: 100 }, w);
  };

  function renderWidgets(el) {
    var list = Object.keys(widgets).map(function (k) { return widgets[k]; }).filter(allowed)
      .sort(function (a, b) { return a.order - b.order; });
    if (!list.length) return;
    var grid = h("div", { class: "dj-widgets" });
    el.appendChild(grid);
    list.forEach(function (w) {
      var body = h("div", { class: "dj-widget-body" });
      grid.appendChild(h("section", { class: "dj-card dj-widget", dataset: { widget: w.id } }, w.title ? h("h3", null, w.title) : null, body));
      Promise.resolve().then(function () { return w.render(body); }).catch(function (err) {
        console.warn("widget " + w.id + " failed:", err);
        DJ.clear(body).appendChild(h("p", { class: "dj-muted" }, "加载失败：" + DJ.errorText(err)));
      });
    });
  }

  function stat(label, value) {
    return h("div", { class: "dj-card dj-stat" }, h("div", { class: "dj-stat-value" }, String(value)), h("div", { class: "dj-muted" }, label));
  }

  // ---- start ----------------------------------------------------------------------------

  document.addEventListener("DOMContentLoaded", function () {
    started = true;
    window.addEventListener("hashchange", function () { if (DJ.user && contentEl) route(); });
    try { DJ.user = JSON.parse(sessionStorage.getItem(KEY_USER) || "null"); } catch (_) { DJ.user = null; }
    if (sessionStorage.getItem(KEY_ACCESS)) enter(); else { DJ.user = null; showLogin(); }
  });
})();
