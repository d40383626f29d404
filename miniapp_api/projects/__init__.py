"""党建项目制 (PDCA): 立项申报 → 审批 → 过程督导 → 绩效评估 → 改进, the claim pool (认领制) and 书记领办 projects."""
