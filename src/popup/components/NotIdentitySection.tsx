// Credentials and other fields: shown for completeness, collapsed, since they are not identity data.
import { categoryKey } from '../../core/present/labels.ts';
import type { NotIdentityGroup } from '../../core/present/view-model.ts';
import { useT } from '../i18n.ts';
import { Disclosure } from './Disclosure.tsx';
import { FieldList } from './FieldList.tsx';

export function NotIdentitySection({ groups }: { groups: readonly NotIdentityGroup[] }) {
  const t = useT();
  if (!groups.length) return null;
  const count = groups.reduce((n, g) => n + g.fields.length + g.vendors.length, 0);
  return (
    <Disclosure class="group not-identity" data-section="not-identity" summary={<h2>{t('sectionNotIdentity', count)}</h2>}>
      {groups.map((g) => (
        <section key={g.category} class="item" aria-labelledby={`other-${g.category}`} data-category={g.category}>
          <h3 id={`other-${g.category}`}>{t(categoryKey(g.category))}</h3>
          <FieldList fields={g.fields} vendors={g.vendors} />
        </section>
      ))}
    </Disclosure>
  );
}
