"""Evidence files (证明材料): uploads that other domains attach to reports, checklists, findings and files."""
