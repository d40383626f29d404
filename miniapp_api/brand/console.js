/* 组织品牌 page: every brand of the subtree side by side, and editing one (一组织一品牌). */
(function () {
  "use strict";
  var h = DJ.h;

  function fill(el) {
    DJ.clear(el);
    Array.prototype.slice.call(arguments, 1).flat(2).forEach(function (c) { if (c !== null && c !== undefined && c !== false) el.append(c); });
    return el;
  }

  async function edit(card, after) {
    var current = null;
    if (card.has_brand) current = await DJ.api("GET", "/api/v1/brands/" + card.org_id);
    var values = current ? { name: current.name, slogan: current.slogan, story: current.story, is_published: current.is_published,
      projects: current.projects.map(function (p) { return String(p.id); }) } : { is_published: true, projects: [] };
    var mine = await DJ.api("GET", "/api/v1/projects" + DJ.qs({ org_id: card.org_id, page_size: 200 }));
    var linkable = mine.items.filter(function (p) { return p.org_id === card.org_id && ["approved", "in_progress", "evaluated", "closed"].indexOf(p.stage) >= 0; });
    return DJ.formModal("品牌 · " + card.org_name, [
      { name: "name", label: "品牌名称", required: true },
      { name: "slogan", label: "品牌口号" },
      { name: "story", label: "品牌故事", type: "textarea", rows: 6 },
      { name: "photo", label: "添加照片（JPG/PNG/WEBP）", type: "file", accept: "image/*" },
      { name: "projects", label: "关联项目", type: "checks", options: linkable.map(function (p) { return { value: String(p.id), label: p.title }; }) },
      { name: "is_published", label: "公开展示", type: "checkbox" },
    ], async function (v) {
      var photos = current ? current.photos.map(function (p) { return p.token; }) : [];
      if (v.photo) {
        var form = new FormData();
        form.append("org_id", String(card.org_id));
        form.append("file", v.photo);
        photos.push((await DJ.api("POST", "/api/v1/evidence", form)).token);
      }
      var out = await DJ.api("PUT", "/api/v1/brands/" + card.org_id, { name: v.name, slogan: v.slogan, story: v.story, photos: photos,
        project_ids: v.projects.map(Number), is_published: v.is_published });
      DJ.toast("品牌已保存", "ok");
      after();
      return out;
    }, { values: values, wide: true });
  }

  DJ.register({
    id: "brand", title: "组织品牌", order: 46, description: "一组织一品牌：辖区品牌并排比较、编辑、公开页",
    render: async function (el) {
      var state = { org_id: DJ.currentOrgId() };
      var grid = h("div", { class: "dj-brands" });
      Object.assign(grid.style, { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(220px, 1fr))", gap: "12px" });
      var picker = DJ.orgPicker({ onChange: function (id) { state.org_id = id; load().catch(DJ.fail); } });
      async function load() {
        var page = await DJ.api("GET", "/api/v1/brands" + DJ.qs({ org_id: state.org_id, page_size: 200 }));
        fill(grid, page.items.map(function (c) {
          var cover = c.cover_url ? h("img", { src: c.cover_url, alt: c.name }) : null;
          if (cover) Object.assign(cover.style, { width: "100%", aspectRatio: "4/3", objectFit: "cover", borderRadius: "6px" });
          return h("div", { class: "dj-card dj-brand-card", dataset: { org: c.org_id } }, cover,
            h("div", { class: "dj-muted" }, c.org_name),
            h("strong", null, c.has_brand ? c.name : "尚未建立品牌"),
            c.slogan ? h("p", null, c.slogan) : null,
            h("p", { class: "dj-muted" }, "项目 " + c.projects + " · 示范岗 " + c.service_points + " · 评价 " + c.ratings +
              (c.average !== null ? "（均分 " + c.average + "）" : "") + " · 红旗 " + (c.red_flags || "暂无")),
            h("div", null, c.has_brand && c.is_published ? h("a", { href: "/brand/" + c.org_id, target: "_blank", rel: "noopener" }, "公开页") : null, " ",
              DJ.canWrite() ? DJ.button(c.has_brand ? "编辑" : "建立品牌", function () { edit(c, function () { load().catch(DJ.fail); }).catch(DJ.fail); }) : null));
        }));
      }
      fill(el, h("h2", null, "组织品牌"), h("div", { class: "dj-toolbar" }, picker), grid);
      await load();
    },
  });
})();
