"""The network's central data (issue 15): places as one tree (``nodes``), municipalities
and communities (``places``), organisations and the savings groups of a community
(``organisations``), the duties logins hold (``duties``; ``access`` answers every read and
write), households and persons (``households``, ``persons``, ``person_values``) with their
lawful basis and consents (``consent``), the log of every read of personal data
(``reads``), masking for lists (``masking``), counts and profiles (``profile``), search
(``search``). Every door calls the operations below in the caller's transaction; write
operations take the moment ``at`` (read it outside a writer-thread lambda).
"""

from thungngoen.community.consent import (
    Consent,
    active_kinds,
    consents_of,
    record_consent,
    withdraw_consent,
)
from thungngoen.community.duties import (
    Duties,
    Duty,
    duties_of,
    end_duty,
    get_duty,
    grant_duty,
    list_duties,
)
from thungngoen.community.households import (
    Household,
    create_household,
    get_household,
    list_households,
    update_household,
)
from thungngoen.community.masking import mask_national_id, mask_phone
from thungngoen.community.nodes import (
    ROOT,
    Node,
    Step,
    communities_under,
    community_scope,
    is_under,
    node_path,
    parse_node,
)
from thungngoen.community.organisations import (
    Organisation,
    create_organisation,
    get_organisation,
    link_savings_group,
    list_organisations,
    savings_groups_of,
    update_organisation,
)
from thungngoen.community.person_values import SENSITIVE, Basis, national_id_digest
from thungngoen.community.persons import (
    Person,
    add_person,
    get_person,
    persons_of,
    update_person,
)
from thungngoen.community.places import (
    Community,
    Municipality,
    create_community,
    create_municipality,
    get_community,
    get_municipality,
    list_communities,
    list_municipalities,
    update_community,
)
from thungngoen.community.profile import (
    PROFILE_SECTIONS,
    CommunityProfile,
    CommunityRow,
    ProfileSection,
    community_profile,
    community_rows,
)
from thungngoen.community.reads import (
    PersonalRead,
    PersonDetail,
    log_personal_reads,
    read_person,
    reads_of,
)
from thungngoen.community.relocation.sections import relocation_section, shops_section
from thungngoen.community.rounds import profile as _deprivation_section  # noqa: F401
from thungngoen.community.rounds.deprivation import (
    DeprivationCounts,
    Thresholds,
    current_thresholds,
    deprived_households,
    set_thresholds,
)
from thungngoen.community.rounds.records import (
    RoundRecord,
    household_history,
    submit_round_record,
)
from thungngoen.community.rounds.rounds import Round, create_round, get_round, list_rounds
from thungngoen.community.search import Hit, search

PROFILE_SECTIONS.extend((shops_section, relocation_section))

__all__ = [
    "PROFILE_SECTIONS",
    "ROOT",
    "SENSITIVE",
    "Basis",
    "Community",
    "CommunityProfile",
    "CommunityRow",
    "Consent",
    "DeprivationCounts",
    "Duties",
    "Duty",
    "Hit",
    "Household",
    "Municipality",
    "Node",
    "Organisation",
    "Person",
    "PersonDetail",
    "PersonalRead",
    "ProfileSection",
    "Round",
    "RoundRecord",
    "Step",
    "Thresholds",
    "active_kinds",
    "add_person",
    "communities_under",
    "community_profile",
    "community_rows",
    "community_scope",
    "consents_of",
    "create_community",
    "create_household",
    "create_municipality",
    "create_organisation",
    "create_round",
    "current_thresholds",
    "deprived_households",
    "duties_of",
    "end_duty",
    "get_community",
    "get_duty",
    "get_household",
    "get_municipality",
    "get_organisation",
    "get_person",
    "get_round",
    "grant_duty",
    "household_history",
    "is_under",
    "link_savings_group",
    "list_communities",
    "list_duties",
    "list_households",
    "list_municipalities",
    "list_organisations",
    "list_rounds",
    "log_personal_reads",
    "mask_national_id",
    "mask_phone",
    "national_id_digest",
    "node_path",
    "parse_node",
    "persons_of",
    "read_person",
    "reads_of",
    "record_consent",
    "savings_groups_of",
    "search",
    "set_thresholds",
    "submit_round_record",
    "update_community",
    "update_household",
    "update_organisation",
    "update_person",
    "withdraw_consent",
]
