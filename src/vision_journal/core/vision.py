"""The vision: every save keeps a revision, so its history can be read back."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from vision_journal.core.db.models import StakeholderRow, VisionRevisionRow, VisionSphereRow
from vision_journal.core.errors import NotFoundError
from vision_journal.core.records import (
    Commitment,
    Sphere,
    SphereVision,
    Stakeholder,
    Vision,
    VisionPurpose,
    VisionRevision,
)


def _sphere_vision(row: VisionSphereRow | None, people: list[StakeholderRow]) -> SphereVision:
    if row is None:
        return SphereVision()
    return SphereVision(
        purposes=frozenset(VisionPurpose(p) for p in row.purposes.split(",") if p),
        purpose_statement=row.purpose_statement,
        values=row.values_text,
        horizon=row.horizon,
        privacy=Commitment(row.privacy_commitment, row.privacy_note),
        data_security=Commitment(row.security_commitment, row.security_note),
        bias=Commitment(row.bias_commitment, row.bias_note),
        stakeholders=tuple(
            Stakeholder(p.name, p.what_to_share, p.concerns, p.answers) for p in people
        ),
    )


def revision_record(row: VisionRevisionRow) -> VisionRevision:
    """The frozen record of a vision revision."""
    spheres = {s.sphere: s for s in row.spheres}
    people = {sphere: [p for p in row.stakeholders if p.sphere is sphere] for sphere in Sphere}
    return VisionRevision(
        id=row.id,
        saved_at=row.saved_at,
        vision=Vision(
            personal=_sphere_vision(spheres.get(Sphere.PERSONAL), people[Sphere.PERSONAL]),
            professional=_sphere_vision(
                spheres.get(Sphere.PROFESSIONAL), people[Sphere.PROFESSIONAL]
            ),
        ),
    )


def _revisions() -> Select[VisionRevisionRow]:
    return select(VisionRevisionRow).options(
        selectinload(VisionRevisionRow.spheres), selectinload(VisionRevisionRow.stakeholders)
    )


def current_revision(session: Session) -> VisionRevision | None:
    """The newest revision, or None before the first save."""
    row = session.scalars(
        _revisions().order_by(VisionRevisionRow.saved_at.desc(), VisionRevisionRow.id.desc())
    ).first()
    return None if row is None else revision_record(row)


def list_revisions(session: Session) -> list[tuple[int, dt.datetime]]:
    """Ids and save times of every revision, newest first."""
    rows = session.execute(
        select(VisionRevisionRow.id, VisionRevisionRow.saved_at).order_by(
            VisionRevisionRow.saved_at.desc(), VisionRevisionRow.id.desc()
        )
    )
    return [(row_id, saved_at) for row_id, saved_at in rows]


def get_revision(session: Session, revision_id: int) -> VisionRevision:
    """One revision by id."""
    row = session.scalars(_revisions().where(VisionRevisionRow.id == revision_id)).first()
    if row is None:
        raise NotFoundError(f"vision revision {revision_id}")
    return revision_record(row)


def save_vision(
    session: Session, vision: Vision, now: dt.datetime, revision_id: int | None = None
) -> VisionRevision:
    """Keep `vision` as a new revision (nothing is overwritten); `revision_id` restores one."""
    row = VisionRevisionRow(id=revision_id, saved_at=now)
    for sphere in Sphere:
        part = vision.sphere(sphere)
        row.spheres.append(
            VisionSphereRow(
                sphere=sphere,
                purposes=",".join(sorted(p.value for p in part.purposes)),
                purpose_statement=part.purpose_statement,
                values_text=part.values,
                horizon=part.horizon,
                privacy_commitment=part.privacy.commitment,
                privacy_note=part.privacy.note,
                security_commitment=part.data_security.commitment,
                security_note=part.data_security.note,
                bias_commitment=part.bias.commitment,
                bias_note=part.bias.note,
            )
        )
        for position, person in enumerate(part.stakeholders):
            row.stakeholders.append(
                StakeholderRow(
                    sphere=sphere,
                    position=position,
                    name=person.name.strip(),
                    what_to_share=person.what_to_share,
                    concerns=person.concerns,
                    answers=person.answers,
                )
            )
    session.add(row)
    session.flush()
    return revision_record(row)


def vision_to_dict(value: Vision) -> dict[str, object]:
    """The vision as plain JSON-ready data (for drafts and the data export)."""

    def commitment(item: Commitment) -> dict[str, str]:
        return {"commitment": item.commitment, "note": item.note}

    def part(item: SphereVision) -> dict[str, object]:
        return {
            "purposes": sorted(p.value for p in item.purposes),
            "purpose_statement": item.purpose_statement,
            "values": item.values,
            "horizon": item.horizon,
            "privacy": commitment(item.privacy),
            "data_security": commitment(item.data_security),
            "bias": commitment(item.bias),
            "stakeholders": [
                {
                    "name": s.name,
                    "what_to_share": s.what_to_share,
                    "concerns": s.concerns,
                    "answers": s.answers,
                }
                for s in item.stakeholders
            ],
        }

    return {sphere.value: part(value.sphere(sphere)) for sphere in Sphere}


def vision_from_dict(data: object) -> Vision:
    """A vision from `vision_to_dict` data; raises ValueError for anything else."""
    if not isinstance(data, dict):
        raise ValueError("a vision must be an object")

    def text(item: dict[str, object], key: str) -> str:
        value = item.get(key, "")
        if not isinstance(value, str):
            raise ValueError(f"{key} must be text")
        return value

    def commitment(item: object) -> Commitment:
        if not isinstance(item, dict):
            raise ValueError("a commitment must be an object")
        return Commitment(text(item, "commitment"), text(item, "note"))

    def part(item: object) -> SphereVision:
        if item is None:
            return SphereVision()
        if not isinstance(item, dict):
            raise ValueError("a sphere's vision must be an object")
        people = item.get("stakeholders", [])
        purposes = item.get("purposes", [])
        if not isinstance(people, list) or not isinstance(purposes, list):
            raise ValueError("stakeholders and purposes must be lists")
        return SphereVision(
            purposes=frozenset(VisionPurpose(p) for p in purposes),
            purpose_statement=text(item, "purpose_statement"),
            values=text(item, "values"),
            horizon=text(item, "horizon"),
            privacy=commitment(item.get("privacy", {})),
            data_security=commitment(item.get("data_security", {})),
            bias=commitment(item.get("bias", {})),
            stakeholders=tuple(
                Stakeholder(
                    text(p, "name"),
                    text(p, "what_to_share"),
                    text(p, "concerns"),
                    text(p, "answers"),
                )
                for p in people
                if isinstance(p, dict)
            ),
        )

    return Vision(
        personal=part(data.get(Sphere.PERSONAL.value)),
        professional=part(data.get(Sphere.PROFESSIONAL.value)),
    )
