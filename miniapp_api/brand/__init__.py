"""一组织一品牌: each org's brand profile, its public H5 page and the committee's side-by-side view."""
