"""组织关系转接: moving a member between branches (inside the platform) or out of it (介绍信)."""
