// /permission-groups and /permission-groups/:groupId: what each level lets a colleague do.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { isGlueError } from '../../lib/json-api/glue-error';
import { QueryError } from '../../ui/query-error';
import { PERMISSION_TEXT, type PermissionGroup } from './permission-group-model';
import { permissionGroupQueries } from './permission-group-queries';

function GroupCard({ group, headingLevel }: { group: PermissionGroup; headingLevel: 1 | 2 }) {
  const text = PERMISSION_TEXT[group.name];
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <article className="card" aria-labelledby={`group-${group.id}`}>
      <Heading id={`group-${group.id}`}>
        {headingLevel === 2 ? (
          <Link to={`/permission-groups/${group.id}`}>{text.label}</Link>
        ) : (
          text.label
        )}
        {group.isDefault && <span className="badge badge-default">Default</span>}
      </Heading>
      <p>{text.description}</p>
      <p className="muted">
        Glue name <code>{group.name}</code>, id {group.id}
      </p>
    </article>
  );
}

export function PermissionGroupsPage() {
  const groups = useQuery(permissionGroupQueries.list());
  return (
    <section aria-labelledby="groups-title" className="stack">
      <h1 id="groups-title">Permission groups</h1>
      <p>When you share a cart, you choose one of these levels for each colleague.</p>
      {groups.isPending && <p role="status">Loading permission groups…</p>}
      {groups.isError && (
        <QueryError
          error={groups.error}
          onRetry={() => {
            void groups.refetch();
          }}
        />
      )}
      {groups.data?.map((group) => (
        <GroupCard key={group.id} group={group} headingLevel={2} />
      ))}
    </section>
  );
}

export function PermissionGroupPage() {
  const { groupId = '' } = useParams();
  const group = useQuery(permissionGroupQueries.detail(groupId));
  return (
    <div className="stack">
      <p>
        <Link to="/permission-groups">← All permission groups</Link>
      </p>
      {group.isPending && <p role="status">Loading the permission group…</p>}
      {group.isError &&
        (isGlueError(group.error, '2501') ? (
          <section className="card narrow" aria-labelledby="group-missing">
            <h1 id="group-missing">Permission group not found</h1>
            <p>There is no permission group with this id.</p>
          </section>
        ) : (
          <QueryError
            error={group.error}
            onRetry={() => {
              void group.refetch();
            }}
          />
        ))}
      {group.data && <GroupCard group={group.data} headingLevel={1} />}
    </div>
  );
}
