"""Tortoise models of party-building projects: the project, its indicators, dependencies, milestones and notes."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class Stage(StrEnum):
    POOL = "pool"  # published by a committee, waiting for a branch to claim it (认领制)
    PROPOSED = "proposed"  # 立项申报, waiting for the parent
    RETURNED = "returned"  # sent back by the parent with a reason
    APPROVED = "approved"  # 立项
    IN_PROGRESS = "in_progress"  # 过程督导: milestones being recorded
    EVALUATED = "evaluated"  # 绩效评估 done
    CLOSED = "closed"  # 改进: lessons written, cycle finished


STAGE_LABELS = {
    Stage.POOL: "待认领",
    Stage.PROPOSED: "待审批",
    Stage.RETURNED: "已退回",
    Stage.APPROVED: "已立项",
    Stage.IN_PROGRESS: "实施督导",
    Stage.EVALUATED: "已评估",
    Stage.CLOSED: "已结项",
}


class Project(Model):
    """One project. `org` owns and runs it; `supervisor_org` (the parent, or the publishing committee of a
    claimed project) approves, supervises and evaluates it."""

    id = fields.IntField(primary_key=True)
    org: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Organization", related_name="projects", on_delete=fields.RESTRICT
    )
    org_id: int
    supervisor_org: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Organization", related_name="supervised_projects", null=True, on_delete=fields.RESTRICT
    )
    supervisor_org_id: int | None
    title = fields.CharField(max_length=100)
    goal = fields.TextField()
    measures: fields.Field[list[str]] = fields.JSONField(default=list)
    budget = fields.DecimalField(max_digits=12, decimal_places=2, default=0)
    period_start = fields.DateField()
    period_end = fields.DateField()
    stage = fields.CharEnumField(Stage, max_length=12, default=Stage.PROPOSED)
    leader_member_id = fields.IntField(null=True)  # 领办人 (a member of the org)
    leader_name = fields.CharField(max_length=50, default="")
    is_secretary_led = fields.BooleanField(default=False)  # 书记领办: the leader held 书记 when proposed
    is_claimed = fields.BooleanField(default=False)  # came from the pool
    previous_id = fields.IntField(null=True)  # the closed project whose lessons this cycle carries
    carried_lessons = fields.TextField(default="")
    return_reason = fields.CharField(max_length=500, default="")
    score = fields.FloatField(null=True)
    grade = fields.CharField(max_length=12, default="")
    evaluation_comment = fields.TextField(default="")
    lessons = fields.TextField(default="")
    created_by_user_id = fields.IntField(null=True)
    created_at = fields.DatetimeField()
    claimed_at = fields.DatetimeField(null=True)
    approved_at = fields.DatetimeField(null=True)
    evaluated_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "project"
        indexes = (("org_id", "stage"), ("leader_member_id",))


class ProjectIndicator(Model):
    """A measurable target of a project; `actual` and `score` are filled at evaluation."""

    id = fields.IntField(primary_key=True)
    project: fields.ForeignKeyRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="indicators", on_delete=fields.CASCADE
    )
    project_id: int
    position = fields.SmallIntField(default=0)
    name = fields.CharField(max_length=100)
    unit = fields.CharField(max_length=20, default="")
    target = fields.FloatField()
    weight = fields.FloatField(default=1)
    higher_is_better = fields.BooleanField(default=True)
    actual = fields.FloatField(null=True)
    score = fields.FloatField(null=True)

    class Meta:
        table = "project_indicator"


class ProjectDependency(Model):
    """`project` depends on `depends_on` (it needs the other's result first); the graph is kept acyclic."""

    id = fields.IntField(primary_key=True)
    project: fields.ForeignKeyRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="dependencies", on_delete=fields.CASCADE
    )
    project_id: int
    depends_on: fields.ForeignKeyRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="dependents", on_delete=fields.RESTRICT
    )
    depends_on_id: int

    class Meta:
        table = "project_dependency"
        unique_together = (("project", "depends_on"),)


class ProjectMilestone(Model):
    """A step of 过程督导 recorded by the owner, with evidence files (tokens of the evidence domain)."""

    id = fields.IntField(primary_key=True)
    project: fields.ForeignKeyRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="milestones", on_delete=fields.CASCADE
    )
    project_id: int
    title = fields.CharField(max_length=100)
    note = fields.TextField(default="")
    done_on = fields.DateField()
    evidence: fields.Field[list[str]] = fields.JSONField(default=list)
    created_by_user_id = fields.IntField(null=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "project_milestone"


class ProjectNote(Model):
    """A supervision note (督导意见) written by the parent."""

    id = fields.IntField(primary_key=True)
    project: fields.ForeignKeyRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="notes", on_delete=fields.CASCADE
    )
    project_id: int
    note = fields.TextField()
    author_org_id = fields.IntField()
    created_by_user_id = fields.IntField(null=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "project_note"
