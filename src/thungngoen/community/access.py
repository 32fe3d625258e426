"""Who may do what with the network's data. Every route, page and command asks here, in
the same transaction as the work, before it reads or writes.

Duties (``duties``) are held by logins and granted by the operator or a coordinator:

- the public (no login) and any login read places, communities with their counts and
  profiles, and organisations — never a household or a person;
- a **network coordinator** reads and writes everything and grants duties;
- an **organisation editor** edits their organisation;
- a **data collector** reads and writes the households and persons of the communities
  assigned to them; a **community leader** those of their community, and edits the
  community's record;
- the **operator** (SK) creates places and organisations and grants duties, but reads
  no person without a duty of its own (personal data only for those who need it);
- the **auditor** reads everything, persons included (each read logged), and changes
  nothing;
- a person reads the log of reads of their own record, through the wallet login their
  record is linked to.
"""

from sqlalchemy import Connection

from thungngoen import wallet
from thungngoen.auth.errors import Forbidden
from thungngoen.auth.users import User
from thungngoen.community.duties import Duties, duties_of
from thungngoen.community.errors import OutsideAssignment
from thungngoen.community.households import Household, get_household
from thungngoen.community.nodes import Node
from thungngoen.community.persons import Person, get_person

NO_DUTIES = Duties()


def duties(connection: Connection, user: User | None) -> Duties:
    return NO_DUTIES if user is None else duties_of(connection, user.id)


def _login(user: User | None) -> User:
    if user is None:
        raise Forbidden("log in first")
    return user


def require_granter(connection: Connection, user: User | None) -> None:
    """Granting and ending duties: the operator or a coordinator."""
    login = _login(user)
    if login.role != "operator" and not duties(connection, login).coordinator:
        raise Forbidden("duties are granted by the operator or a network coordinator")


def require_place_editor(connection: Connection, user: User | None) -> None:
    """Creating municipalities, communities and organisations; linking savings groups."""
    require_granter(connection, user)


def require_community_editor(connection: Connection, user: User | None, community_id: int) -> None:
    login = _login(user)
    held = duties(connection, login)
    if login.role == "operator" or held.coordinator or community_id in held.leads:
        return
    if held.leads:
        raise OutsideAssignment("a leader edits their own community only")
    raise Forbidden("a community is edited by its leader, a coordinator or the operator")


def require_organisation_editor(
    connection: Connection, user: User | None, organisation_id: int
) -> None:
    login = _login(user)
    held = duties(connection, login)
    if login.role == "operator" or held.coordinator or organisation_id in held.organisations:
        return
    raise Forbidden("an organisation is edited by its editor, a coordinator or the operator")


def people_scope(connection: Connection, user: User | None) -> frozenset[int] | None:
    """The communities whose households and persons ``user`` reads: ``None`` for all."""
    if user is None:
        return frozenset()
    held = duties(connection, user)
    if held.coordinator or user.role == "auditor":
        return None
    return held.communities


def require_people_reader(connection: Connection, user: User | None, community_id: int) -> None:
    scope = people_scope(connection, _login(user))
    if scope is None or community_id in scope:
        return
    if scope:
        raise OutsideAssignment("this community is not among those assigned to you")
    raise Forbidden("households and persons are read by those with a duty in the community")


def require_people_writer(connection: Connection, user: User | None, community_id: int) -> None:
    login = _login(user)
    held = duties(connection, login)
    if held.coordinator or community_id in held.communities:
        return
    if held.communities:
        raise OutsideAssignment("this community is not among those assigned to you")
    raise Forbidden("households and persons are written by a collector, a leader or a coordinator")


def require_household_reader(
    connection: Connection, user: User | None, household_id: int
) -> Household:
    household = get_household(connection, household_id)
    require_people_reader(connection, user, household.community_id)
    return household


def require_household_writer(
    connection: Connection, user: User | None, household_id: int
) -> Household:
    household = get_household(connection, household_id)
    require_people_writer(connection, user, household.community_id)
    return household


def require_person_reader(connection: Connection, user: User | None, person_id: int) -> Person:
    person = get_person(connection, person_id)
    require_household_reader(connection, user, person.household_id)
    return person


def require_person_writer(connection: Connection, user: User | None, person_id: int) -> Person:
    person = get_person(connection, person_id)
    require_household_writer(connection, user, person.household_id)
    return person


def require_node_reader(connection: Connection, user: User | None, node: Node) -> Node:
    """Places are open to all; a household's or a person's node only to their readers (a
    path or a scope names the household's community and house number)."""
    if node.level == "household":
        require_household_reader(connection, user, int(node.key))
    elif node.level == "person":
        require_person_reader(connection, user, int(node.key))
    return node


def is_the_person(connection: Connection, user: User | None, person: Person) -> bool:
    """``user`` is the wallet login the person's record is linked to."""
    if user is None or person.wallet_member_id is None:
        return False
    return wallet.get_member(connection, person.wallet_member_id).user_id == user.id


def require_read_log_reader(connection: Connection, user: User | None, person_id: int) -> Person:
    """Who read a person's data: a coordinator, the auditor, or the person."""
    person = get_person(connection, person_id)
    login = _login(user)
    if login.role == "auditor" or duties(connection, login).coordinator:
        return person
    if is_the_person(connection, login, person):
        return person
    raise Forbidden("the log of reads is for the person, a coordinator and the auditor")


def require_relocation_reader(connection: Connection, user: User | None, community_id: int) -> None:
    """Relocation requests name a household: read by its community's readers (a
    coordinator, the auditor, the community's leader and collectors)."""
    require_people_reader(connection, user, community_id)


def require_relocation_registrar(
    connection: Connection, user: User | None, community_id: int
) -> None:
    """Registering a request, or withdrawing it: a coordinator or the community's leader."""
    login = _login(user)
    held = duties(connection, login)
    if held.coordinator or community_id in held.leads:
        return
    if held.leads:
        raise OutsideAssignment("a leader registers the requests of their own community")
    raise Forbidden("relocation requests are registered by the community's leader or a coordinator")


def require_relocation_decider(connection: Connection, user: User | None) -> None:
    """Verifying, proposing, recording CODI's approval and the move: a coordinator only."""
    if not duties(connection, _login(user)).coordinator:
        raise Forbidden("only a network coordinator verifies, proposes and approves requests")


def require_proposal_reader(connection: Connection, user: User | None) -> None:
    """A proposal lists households of many communities: a coordinator or the auditor."""
    login = _login(user)
    if login.role != "auditor" and not duties(connection, login).coordinator:
        raise Forbidden("proposals to CODI are read by a coordinator and the auditor")


def require_round_manager(connection: Connection, user: User | None) -> User:
    """Survey rounds, their questions and the deprivation thresholds: a coordinator."""
    login = _login(user)
    if not duties(connection, login).coordinator:
        raise Forbidden("survey rounds and thresholds are managed by a network coordinator")
    return login
