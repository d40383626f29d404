"""Organisations and members: the org tree, rosters, Excel import/export, subtree scoping."""
