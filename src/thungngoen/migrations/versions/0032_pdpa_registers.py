"""PDPA registers: versioned privacy notices (consents reference them), data-subject
requests with their 30-day deadline, and personal-data breaches with the 72-hour clock

Revision ID: 0032
Revises: 0031
"""

from collections.abc import Sequence
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0032"
down_revision: str | None = "0031"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FIRST = "2026-1"
TEXT_TH = (
    "มูลนิธิและเครือข่ายพลเมืองสงขลาเก็บข้อมูลครัวเรือนและสมาชิกครัวเรือน"
    " (ชื่อ วันเกิด เพศ ความสัมพันธ์ เลขประจำตัวประชาชนในรูปที่ถอดกลับไม่ได้ โทรศัพท์"
    " อาชีพ การศึกษา และความเปราะบาง) เพื่อวางแผนและช่วยเหลือชุมชน"
    " ข้อมูลสุขภาพและความพิการเก็บเฉพาะเมื่อท่านยินยอมโดยชัดแจ้ง (มาตรา 26)"
    " ผู้อ่านข้อมูลมีเฉพาะผู้ที่มีหน้าที่ในชุมชนของท่าน ทุกการอ่านถูกบันทึก"
    " ท่านขอดูบันทึกผู้อ่าน ขอสำเนา แก้ไข ลบ คัดค้าน หรือระงับการใช้ข้อมูล"
    " และถอนความยินยอมได้ทุกเมื่อ เราตอบคำขอภายใน 30 วัน"
)
TEXT_EN = (
    "The foundation and the Songkhla citizens' network keep data on households and their"
    " members (name, birth date, sex, relation, the national ID as an irreversible digest,"
    " phone, occupation, education and vulnerability) to plan and help the communities."
    " Health and disability data are kept only with your explicit consent (section 26)."
    " Only those with a duty in your community read your data, and every read is logged."
    " You may see who read it, ask for a copy, correction, erasure, objection or"
    " restriction, and withdraw your consent at any time. We answer within 30 days."
)
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    notices = op.create_table(
        "community_privacy_notices",
        sa.Column("version", sa.String(length=20), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("text_th", sa.Text(), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("published_by", sa.String(length=80), nullable=False),
        sa.Column("published_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_community_privacy_notices")),
    )
    # The versions consents were taken under before notices were versioned, so every
    # consent references a notice: the first notice's text stands for them.
    known = {FIRST} | {
        str(v)
        for v in op.get_bind()
        .execute(sa.text("SELECT DISTINCT notice_version FROM community_consents"))
        .scalars()
    }
    at = datetime(2026, 6, 1, tzinfo=UTC)
    op.bulk_insert(
        notices,
        [
            {
                "version": version,
                "effective_on": date(2026, 6, 1),
                "text_th": TEXT_TH,
                "text_en": TEXT_EN,
                "published_by": "migration",
                "published_at": at,
            }
            for version in sorted(known)
        ],
    )
    with op.batch_alter_table("community_consents", schema=None) as batch_op:
        batch_op.create_foreign_key(
            batch_op.f("fk_community_consents_notice_version_community_privacy_notices"),
            "community_privacy_notices",
            ["notice_version"],
            ["version"],
        )
    op.create_table(
        "community_subject_requests",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("person_id", ID, nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("detail", sa.String(length=1000), nullable=False),
        sa.Column("received_at", UtcDateTime(), nullable=False),
        sa.Column("received_by", sa.String(length=80), nullable=False),
        sa.Column("due_at", UtcDateTime(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.String(length=1000), nullable=False),
        sa.Column("closed_at", UtcDateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=80), nullable=True),
        sa.CheckConstraint(
            "kind IN ('access', 'correction', 'erasure', 'objection', 'restriction')",
            name=op.f("ck_community_subject_requests_kind"),
        ),
        sa.CheckConstraint(
            "status IN ('received', 'in_progress', 'done', 'refused')",
            name=op.f("ck_community_subject_requests_status"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["community_persons.id"],
            name=op.f("fk_community_subject_requests_person_id_community_persons"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_subject_requests")),
    )
    op.create_index(
        "ix_community_subject_requests_person", "community_subject_requests", ["person_id"]
    )
    op.create_index(
        "ix_community_subject_requests_open", "community_subject_requests", ["status", "due_at"]
    )
    op.create_table(
        "community_breaches",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("discovered_at", UtcDateTime(), nullable=False),
        sa.Column("description", sa.String(length=2000), nullable=False),
        sa.Column("data_affected", sa.String(length=1000), nullable=False),
        sa.Column("people_affected", sa.Integer(), nullable=False),
        sa.Column("risk", sa.String(length=4), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.Column("office_notified_at", UtcDateTime(), nullable=True),
        sa.Column("people_notified_at", UtcDateTime(), nullable=True),
        sa.CheckConstraint("risk IN ('low', 'high')", name=op.f("ck_community_breaches_risk")),
        sa.CheckConstraint(
            "people_affected >= 0", name=op.f("ck_community_breaches_people_affected")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_breaches")),
    )


def downgrade() -> None:
    op.drop_table("community_breaches")
    op.drop_index("ix_community_subject_requests_open", "community_subject_requests")
    op.drop_index("ix_community_subject_requests_person", "community_subject_requests")
    op.drop_table("community_subject_requests")
    with op.batch_alter_table("community_consents", schema=None) as batch_op:
        batch_op.drop_constraint(
            "fk_community_consents_notice_version_community_privacy_notices", type_="foreignkey"
        )
    op.drop_table("community_privacy_notices")
