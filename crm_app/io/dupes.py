"""Likely duplicates among customers an import created and the customers already there (offered for merge)."""
from __future__ import annotations

from sqlalchemy import select

from crm_app.db.models import Customer
from crm_app.domain.normalize import fold
from crm_app.io.writer import chunks

MAX_PER_CUSTOMER = 3
MAX_TOTAL = 1000
HIDDEN = ("merged", "erased")


def same_name_candidates(ctx, names: dict[int, tuple[int, str]], created: set[int]):
    """Existing customers whose folded name equals the name of a created one: (row, new id, existing id)."""
    from crm_app.io.importer import MergeCandidate

    by_key: dict[str, list[int]] = {}
    for cid, (_row, name) in names.items():
        key = fold(name)
        if key:
            by_key.setdefault(key, []).append(cid)
    out: list[MergeCandidate] = []
    per: dict[int, int] = {}
    keys = sorted(by_key)
    for part in chunks(keys):
        stmt = (select(Customer.id, Customer.search_name)
                .where(Customer.search_name.in_(part), Customer.status.notin_(HIDDEN)).order_by(Customer.id))
        for eid, key in ctx.session.execute(stmt):
            if eid in created:
                continue
            for cid in by_key.get(key, ()):
                if per.get(cid, 0) >= MAX_PER_CUSTOMER:
                    continue
                per[cid] = per.get(cid, 0) + 1
                out.append(MergeCandidate(names[cid][0], cid if cid > 0 else None, eid, "same name", names[cid][1]))
                if len(out) >= MAX_TOTAL:
                    return out
    return out
