"""Supervision (督查 and 党建观察员): inspection teams, inspections, findings with re-checks, observers."""
