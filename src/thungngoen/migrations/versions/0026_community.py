"""community data: municipalities, communities, organisations, duties, households,
persons with their lawful basis and consents, and the log of reads of personal data

Revision ID: 0026
Revises: 0025
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "community_municipalities",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("amphoe_code", sa.String(length=8), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('city', 'town', 'subdistrict')", name=op.f("ck_community_municipalities_kind")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_municipalities")),
        sa.UniqueConstraint("name", name=op.f("uq_community_municipalities_name")),
    )
    op.create_table(
        "community_organisations",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("name_th", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("sector", sa.String(length=30), nullable=False),
        sa.Column("creative_economy", sa.Boolean(), nullable=False),
        sa.Column("sustainable_environment", sa.Boolean(), nullable=False),
        sa.Column("happy_society", sa.Boolean(), nullable=False),
        sa.Column("contact_name", sa.String(length=200), nullable=False),
        sa.Column("contact_phone", sa.String(length=20), nullable=False),
        sa.Column("contact_email", sa.String(length=200), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint(
            "sector IN ('civil_society', 'private', 'local_government', 'academia', 'community_organisation', 'national_agency')",
            name=op.f("ck_community_organisations_sector"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_organisations")),
        sa.UniqueConstraint("name_th", name=op.f("uq_community_organisations_name_th")),
    )
    op.create_table(
        "community_communities",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("tambon_code", sa.String(length=16), nullable=False),
        sa.Column(
            "municipality_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("leader_name", sa.String(length=200), nullable=False),
        sa.Column("latitude_e6", sa.Integer(), nullable=True),
        sa.Column("longitude_e6", sa.Integer(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('urban', 'rural', 'crowded', 'railway', 'fishing', 'other')",
            name=op.f("ck_community_communities_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["community_municipalities.id"],
            name=op.f("fk_community_communities_municipality_id_community_municipalities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_communities")),
        sa.UniqueConstraint("tambon_code", "name", name="uq_community_communities_place"),
    )
    with op.batch_alter_table("community_communities", schema=None) as batch_op:
        batch_op.create_index(
            "ix_community_communities_municipality", ["municipality_id"], unique=False
        )

    op.create_table(
        "community_municipality_tambons",
        sa.Column(
            "municipality_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("tambon_code", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["community_municipalities.id"],
            name=op.f("fk_community_municipality_tambons_municipality_id_community_municipalities"),
        ),
        sa.PrimaryKeyConstraint(
            "municipality_id", "tambon_code", name=op.f("pk_community_municipality_tambons")
        ),
    )
    op.create_table(
        "community_organisation_places",
        sa.Column(
            "organisation_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("node", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["community_organisations.id"],
            name=op.f("fk_community_organisation_places_organisation_id_community_organisations"),
        ),
        sa.PrimaryKeyConstraint(
            "organisation_id", "node", name=op.f("pk_community_organisation_places")
        ),
    )
    op.create_table(
        "community_duties",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("user_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("duty", sa.String(length=12), nullable=False),
        sa.Column(
            "organisation_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "community_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("granted_by", sa.String(length=80), nullable=False),
        sa.Column("granted_at", UtcDateTime(), nullable=False),
        sa.Column("ended_at", UtcDateTime(), nullable=True),
        sa.CheckConstraint(
            "duty IN ('coordinator', 'editor', 'collector', 'leader')",
            name=op.f("ck_community_duties_duty"),
        ),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["community_communities.id"],
            name=op.f("fk_community_duties_community_id_community_communities"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["community_organisations.id"],
            name=op.f("fk_community_duties_organisation_id_community_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["auth_users.id"], name=op.f("fk_community_duties_user_id_auth_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_duties")),
    )
    with op.batch_alter_table("community_duties", schema=None) as batch_op:
        batch_op.create_index("ix_community_duties_user", ["user_id"], unique=False)

    op.create_table(
        "community_households",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "community_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("house_number", sa.String(length=20), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("house_registration_no", sa.String(length=11), nullable=True),
        sa.Column("tenure", sa.String(length=14), nullable=False),
        sa.Column("income_month", sa.BigInteger(), nullable=False),
        sa.Column("debts", sa.BigInteger(), nullable=False),
        sa.Column("wish_to_relocate", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint(
            "tenure IN ('own', 'rent', 'railway_land', 'public_land', 'baan_mankong', 'other')",
            name=op.f("ck_community_households_tenure"),
        ),
        sa.CheckConstraint(
            "income_month >= 0 AND debts >= 0", name=op.f("ck_community_households_money")
        ),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["community_communities.id"],
            name=op.f("fk_community_households_community_id_community_communities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_households")),
    )
    with op.batch_alter_table("community_households", schema=None) as batch_op:
        batch_op.create_index(
            "ix_community_households_community", ["community_id", "house_number"], unique=False
        )

    op.create_table(
        "community_savings_links",
        sa.Column(
            "community_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "savings_group_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["community_communities.id"],
            name=op.f("fk_community_savings_links_community_id_community_communities"),
        ),
        sa.ForeignKeyConstraint(
            ["savings_group_id"],
            ["savings_groups.id"],
            name=op.f("fk_community_savings_links_savings_group_id_savings_groups"),
        ),
        sa.PrimaryKeyConstraint(
            "community_id", "savings_group_id", name=op.f("pk_community_savings_links")
        ),
    )
    op.create_table(
        "community_persons",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "household_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("sex", sa.String(length=6), nullable=False),
        sa.Column("relation", sa.String(length=12), nullable=False),
        sa.Column("national_id_digest", sa.String(length=64), nullable=True),
        sa.Column("national_id_last4", sa.String(length=4), nullable=True),
        sa.Column("phone", sa.String(length=10), nullable=True),
        sa.Column("occupation", sa.String(length=100), nullable=False),
        sa.Column("education", sa.String(length=16), nullable=False),
        sa.Column("chronic_illness", sa.Boolean(), nullable=True),
        sa.Column("disability", sa.Boolean(), nullable=True),
        sa.Column("bedridden", sa.Boolean(), nullable=True),
        sa.Column("elderly_alone", sa.Boolean(), nullable=False),
        sa.Column("child_out_of_school", sa.Boolean(), nullable=False),
        sa.Column(
            "wallet_member_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "savings_member_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("lawful_basis", sa.String(length=20), nullable=False),
        sa.Column("basis_reason", sa.String(length=300), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint(
            "education IN ('none', 'primary', 'lower_secondary', 'upper_secondary', 'vocational', 'bachelor', 'postgraduate', 'unknown')",
            name=op.f("ck_community_persons_education"),
        ),
        sa.CheckConstraint(
            "lawful_basis IN ('consent', 'research', 'vital_interest', 'contract', 'public_task', 'legitimate_interest', 'legal_duty')",
            name=op.f("ck_community_persons_lawful_basis"),
        ),
        sa.CheckConstraint(
            "relation IN ('head', 'spouse', 'child', 'parent', 'grandchild', 'sibling', 'relative', 'other')",
            name=op.f("ck_community_persons_relation"),
        ),
        sa.CheckConstraint(
            "sex IN ('female', 'male', 'other')", name=op.f("ck_community_persons_sex")
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["community_households.id"],
            name=op.f("fk_community_persons_household_id_community_households"),
        ),
        sa.ForeignKeyConstraint(
            ["savings_member_id"],
            ["savings_members.id"],
            name=op.f("fk_community_persons_savings_member_id_savings_members"),
        ),
        sa.ForeignKeyConstraint(
            ["wallet_member_id"],
            ["wallet_members.id"],
            name=op.f("fk_community_persons_wallet_member_id_wallet_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_persons")),
        sa.UniqueConstraint(
            "national_id_digest", name=op.f("uq_community_persons_national_id_digest")
        ),
    )
    with op.batch_alter_table("community_persons", schema=None) as batch_op:
        batch_op.create_index("ix_community_persons_household", ["household_id"], unique=False)
        batch_op.create_index("ix_community_persons_name", ["name"], unique=False)
        batch_op.create_index("ix_community_persons_phone", ["phone"], unique=False)

    op.create_table(
        "community_consents",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "person_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("purpose", sa.String(length=300), nullable=False),
        sa.Column("notice_version", sa.String(length=20), nullable=False),
        sa.Column("given_at", UtcDateTime(), nullable=False),
        sa.Column("taken_by", sa.String(length=80), nullable=False),
        sa.Column("withdrawn_at", UtcDateTime(), nullable=True),
        sa.Column("withdrawn_by", sa.String(length=80), nullable=True),
        sa.CheckConstraint(
            "kind IN ('general', 'sensitive')", name=op.f("ck_community_consents_kind")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["community_persons.id"],
            name=op.f("fk_community_consents_person_id_community_persons"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_consents")),
    )
    with op.batch_alter_table("community_consents", schema=None) as batch_op:
        batch_op.create_index("ix_community_consents_person", ["person_id", "kind"], unique=False)

    op.create_table(
        "community_personal_reads",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "person_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("reader", sa.String(length=80), nullable=False),
        sa.Column("what", sa.String(length=40), nullable=False),
        sa.Column("purpose", sa.String(length=200), nullable=False),
        sa.Column("read_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["community_persons.id"],
            name=op.f("fk_community_personal_reads_person_id_community_persons"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_personal_reads")),
    )
    with op.batch_alter_table("community_personal_reads", schema=None) as batch_op:
        batch_op.create_index(
            "ix_community_personal_reads_person", ["person_id", "read_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("community_personal_reads", schema=None) as batch_op:
        batch_op.drop_index("ix_community_personal_reads_person")

    op.drop_table("community_personal_reads")
    with op.batch_alter_table("community_consents", schema=None) as batch_op:
        batch_op.drop_index("ix_community_consents_person")

    op.drop_table("community_consents")
    with op.batch_alter_table("community_persons", schema=None) as batch_op:
        batch_op.drop_index("ix_community_persons_phone")
        batch_op.drop_index("ix_community_persons_name")
        batch_op.drop_index("ix_community_persons_household")

    op.drop_table("community_persons")
    op.drop_table("community_savings_links")
    with op.batch_alter_table("community_households", schema=None) as batch_op:
        batch_op.drop_index("ix_community_households_community")

    op.drop_table("community_households")
    with op.batch_alter_table("community_duties", schema=None) as batch_op:
        batch_op.drop_index("ix_community_duties_user")

    op.drop_table("community_duties")
    op.drop_table("community_organisation_places")
    op.drop_table("community_municipality_tambons")
    with op.batch_alter_table("community_communities", schema=None) as batch_op:
        batch_op.drop_index("ix_community_communities_municipality")

    op.drop_table("community_communities")
    op.drop_table("community_organisations")
    op.drop_table("community_municipalities")
