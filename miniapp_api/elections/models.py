"""Tortoise models of 换届: terms of an org's committee, elections, candidates, the voter roll and secret ballots.

A ballot row has no voter, no time and no order beyond its id: the voter roll only records *that* a voter has
voted (党章 第十一条: 无记名投票)."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class TermStatus(StrEnum):
    CURRENT = "current"
    ENDED = "ended"


class ElectionStatus(StrEnum):
    DRAFT = "draft"  # candidates set, attendance being taken
    OPEN = "open"  # voting
    CLOSED = "closed"  # counted


class ElectionTerm(Model):
    """One term of an org's committee (or of a branch without a committee: its secretary)."""

    id = fields.IntField(primary_key=True)
    org: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Organization", related_name="terms", on_delete=fields.RESTRICT
    )
    org_id: int
    started_on = fields.DateField()
    years = fields.IntField()
    ends_on = fields.DateField()
    status = fields.CharEnumField(TermStatus, max_length=10, default=TermStatus.CURRENT)
    election_id = fields.IntField(null=True)  # the election that started it, if held on the platform
    note = fields.CharField(max_length=200, default="")
    created_by_user_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "election_term"
        indexes = (("org_id", "status"),)


class Election(Model):
    id = fields.IntField(primary_key=True)
    org: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Organization", related_name="elections", on_delete=fields.RESTRICT
    )
    org_id: int
    title = fields.CharField(max_length=100)
    seats = fields.IntField()
    status = fields.CharEnumField(ElectionStatus, max_length=10, default=ElectionStatus.DRAFT)
    expected = fields.IntField(default=0)  # 应到: voters on the roll
    present = fields.IntField(default=0)  # 实到 when voting opened
    result: fields.Field[dict] = fields.JSONField(default=dict)
    created_by_user_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    opened_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "election"


class ElectionCandidate(Model):
    id = fields.IntField(primary_key=True)
    election: fields.ForeignKeyRelation[Election] = fields.ForeignKeyField(
        "models.Election", related_name="candidates", on_delete=fields.CASCADE
    )
    election_id: int
    member: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Member", related_name="candidacies", on_delete=fields.RESTRICT
    )
    member_id: int
    post = fields.CharField(max_length=20, default="委员")  # the post taken if elected
    votes = fields.IntField(default=0)  # filled when counted

    class Meta:
        table = "election_candidate"
        unique_together = (("election", "member"),)


class ElectionVoter(Model):
    """A voter on the roll (正式党员 only, 党章 第七条). ``has_voted`` never says what or when."""

    id = fields.IntField(primary_key=True)
    election: fields.ForeignKeyRelation[Election] = fields.ForeignKeyField(
        "models.Election", related_name="voters", on_delete=fields.CASCADE
    )
    election_id: int
    member: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Member", related_name="votes_cast", on_delete=fields.RESTRICT
    )
    member_id: int
    is_present = fields.BooleanField(default=False)
    has_voted = fields.BooleanField(default=False)

    class Meta:
        table = "election_voter"
        unique_together = (("election", "member"),)


class ElectionBallot(Model):
    """One secret ballot: the candidate ids chosen (an empty list is a blank ballot)."""

    # A random key, not a serial: a serial would keep the order of voting, which request logs could tie to voters.
    id = fields.UUIDField(primary_key=True)
    election: fields.ForeignKeyRelation[Election] = fields.ForeignKeyField(
        "models.Election", related_name="ballots", on_delete=fields.CASCADE
    )
    election_id: int
    choices: fields.Field[list] = fields.JSONField(default=list)

    class Meta:
        table = "election_ballot"
