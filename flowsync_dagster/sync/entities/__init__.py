"""One module per Officeflow entity, and the list of them.

An entity module declares everything particular to its tables: each table
(``EntityTable``: the row its step stages, key, description, personal
columns), the checks, the switch, and the ``write`` function of its step
(``SyncAsset``). The asset specs, the SQL tables, the staging layouts and the
store's list of tables are derived from those declarations. Adding a listing:
its module here, its entry in ``ENTITIES``, its data in the simulator, its
pages in docs/warehouse.md.

Importing this package declares every table; the store refuses to use its
list of tables before (``store.entity.entity_tables``).
"""

from __future__ import annotations

from flowsync_dagster.store.entity import all_declared
from flowsync_dagster.sync.entities.departments import DEPARTMENTS
from flowsync_dagster.sync.entities.identities import IDENTITIES
from flowsync_dagster.sync.entities.openids import OPENIDS
from flowsync_dagster.sync.entities.posts import POSTS
from flowsync_dagster.sync.entities.tags import TAG_GROUPS, TAGS
from flowsync_dagster.sync.entities.users import USERS
from flowsync_dagster.sync.entities.workflow import WORKFLOW
from flowsync_dagster.sync.step import SyncAsset

# every step; a run takes them in the order of the asset graph (their deps)
ENTITIES: tuple[SyncAsset, ...] = (DEPARTMENTS, IDENTITIES, USERS, POSTS, TAG_GROUPS, TAGS,
                                   OPENIDS, WORKFLOW)
ENTITY_TABLES: tuple[str, ...] = tuple(t for asset in ENTITIES for t in asset.tables)

all_declared(ENTITY_TABLES)
