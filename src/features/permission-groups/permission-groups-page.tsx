// /permission-groups and /permission-groups/:groupId: what each level lets a colleague do.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/i18n-context';
import { isGlueError } from '../../lib/json-api/glue-error';
import { QueryView } from '../../ui/query-view';
import { SectionBoundary } from '../../ui/section-boundary';
import { PERMISSION_TEXT, type PermissionGroup } from './permission-group-model';
import { permissionGroupQueries } from './permission-group-queries';

function GroupCard({ group, headingLevel }: { group: PermissionGroup; headingLevel: 1 | 2 }) {
  const { t } = useI18n();
  const text = PERMISSION_TEXT[group.name];
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <article className="card" aria-labelledby={`group-${group.id}`}>
      <Heading id={`group-${group.id}`}>
        {headingLevel === 2 ? (
          <Link to={`/permission-groups/${group.id}`}>{t(text.label)}</Link>
        ) : (
          t(text.label)
        )}
        {group.isDefault && <span className="badge badge-default">{t('carts.default')}</span>}
      </Heading>
      <p>{t(text.description)}</p>
      <p className="muted">{t('groups.glueName', { name: group.name, id: group.id })}</p>
    </article>
  );
}

export function PermissionGroupsPage() {
  const groups = useQuery(permissionGroupQueries.list());
  const { t } = useI18n();
  return (
    <section aria-labelledby="groups-title" className="stack">
      <h1 id="groups-title">{t('groups.title')}</h1>
      <p>{t('groups.intro')}</p>
      <SectionBoundary name={t('groups.title')}>
        <QueryView query={groups} pending={<p role="status">{t('groups.loading')}</p>}>
          {(all) => all.map((group) => <GroupCard key={group.id} group={group} headingLevel={2} />)}
        </QueryView>
      </SectionBoundary>
    </section>
  );
}

export function PermissionGroupPage() {
  const { groupId = '' } = useParams();
  const group = useQuery(permissionGroupQueries.detail(groupId));
  const { t } = useI18n();
  return (
    <div className="stack">
      <p>
        <Link to="/permission-groups">{t('groups.back')}</Link>
      </p>
      <QueryView
        query={group}
        pending={<p role="status">{t('groups.loadingOne')}</p>}
        failed={(error) =>
          isGlueError(error, '2501') ? (
            <section className="card narrow" aria-labelledby="group-missing">
              <h1 id="group-missing">{t('groups.notFoundTitle')}</h1>
              <p>{t('groups.notFoundText')}</p>
            </section>
          ) : undefined
        }
      >
        {(one) => <GroupCard group={one} headingLevel={1} />}
      </QueryView>
    </div>
  );
}
