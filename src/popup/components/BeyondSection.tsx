// "Beyond the proposal's listed minimum": what this flow asks that the proposal does not list, and
// which rule (if any) does ask for it.
import { categoryKey } from '../../core/present/labels.ts';
import type { BeyondGroup } from '../../core/present/view-model.ts';
import { useT } from '../i18n.ts';
import { Disclosure } from './Disclosure.tsx';
import { FieldList } from './FieldList.tsx';
import { Citation } from './WhyDetails.tsx';

function Beyond({ group }: { group: BeyondGroup }) {
  const t = useT();
  const id = `beyond-${group.category}`;
  return (
    <section class="item beyond" aria-labelledby={id} data-category={group.category}>
      <h3 id={id}>
        <span>{t(categoryKey(group.category))}</span>
        <span class="count">{t('fieldCount', group.fields.length + group.vendors.length)}</span>
      </h3>
      <FieldList fields={group.fields} vendors={group.vendors} />
      {group.askedBy.length ? (
        <p class="asked-by">
          <span class="k">{t('askedBy')}:</span> {group.askedBy.map((a) => a.regimeName).join(t('listSeparator'))}
        </p>
      ) : (
        <p class="asked-by no-rule">{t('noRuleAsks')}</p>
      )}
      {(group.askedBy.length > 0 || group.note) && (
        <Disclosure class="why" summary={t('whyHeading')}>
          {group.note && <p>{group.note}</p>}
          <ul class="asked-by-list">
            {group.askedBy.map((a) => (
              <li key={a.regimeId}>
                <strong>{a.regimeName}</strong>: {a.note}
                {a.basisNote && <p class="basis-note">{a.basisNote}</p>}
                {a.citation && a.grade && <Citation citation={a.citation} grade={a.grade} />}
              </li>
            ))}
          </ul>
        </Disclosure>
      )}
    </section>
  );
}

export function BeyondSection({ groups }: { groups: readonly BeyondGroup[] }) {
  const t = useT();
  return (
    <section class="group" aria-labelledby="sec-beyond" data-section="beyond">
      <h2 id="sec-beyond">{t('sectionBeyond')}</h2>
      {groups.length ? <p class="intro">{t('sectionBeyondIntro')}</p> : <p class="muted">{t('beyondNone')}</p>}
      {groups.map((g) => (
        <Beyond key={g.category} group={g} />
      ))}
    </section>
  );
}
