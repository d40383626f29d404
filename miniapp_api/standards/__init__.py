"""标准化建设: a checklist per org kind, self-assessed by each org with evidence and confirmed by its parent."""
