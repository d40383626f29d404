"""Which orgs' knowledge documents, feedback and unanswered questions a console user sees and manages.

A document belongs to the uploading org's subtree (a superadmin's upload is global). A console user sees the
global documents and their own subtree's, and an admin changes or deletes only their subtree's; feedback and
unanswered questions are seen by the admins of the asker's org's subtree (one without an org: the superadmin).
The org tree comes through the kernel's hooks (bot never imports miniapp_api).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from server.core.appkeys import ORG_SUBTREE
from server.core.auth import Principal
from server.core.errors import Forbidden


class KnowledgeOutOfScope(Forbidden):
    code = "knowledge.out_of_scope"
    message = "只能管理本组织及下级组织的知识库内容"


class NoOrgForUpload(Forbidden):
    code = "knowledge.no_org"
    message = "账号未关联组织，不能上传知识库文件"


@dataclass(frozen=True, slots=True)
class KbScope:
    """`manage`: org ids whose records may be changed and whose feedback is seen (None: all, the superadmin);
    `see`: org ids whose documents are seen besides the global ones; `home`: the org an upload belongs to."""

    manage: frozenset[int] | None
    see: frozenset[int] | None
    home: int | None

    @property
    def everything(self) -> bool:
        return self.manage is None

    def may_manage(self, org_id: int | None) -> bool:
        return self.manage is None or (org_id is not None and org_id in self.manage)

    def may_see(self, org_id: int | None) -> bool:
        return self.see is None or org_id is None or org_id in self.see

    def check_manage(self, org_id: int | None) -> None:
        if not self.may_manage(org_id):
            raise KnowledgeOutOfScope()

    def check_see(self, org_id: int | None) -> None:
        if not self.may_see(org_id):
            raise KnowledgeOutOfScope()

    def upload_org(self) -> int | None:
        if self.manage is not None and self.home is None:
            raise NoOrgForUpload()
        return self.home


async def kb_scope(app: Mapping[Any, Any], principal: Principal) -> KbScope:
    """The scope of a console user (`app` is request.config_dict)."""
    if principal.is_superadmin:
        return KbScope(None, None, None)
    if principal.org_id is None:
        return KbScope(frozenset(), frozenset(), None)
    subtree_of = app.get(ORG_SUBTREE)
    subtree = frozenset({principal.org_id, *(await subtree_of(principal.org_id) if subtree_of else ())})
    return KbScope(subtree, subtree, principal.org_id)
