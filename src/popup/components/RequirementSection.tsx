// "Listed by the proposed rule": every requirement, always, with what this flow showed for it.
import type { RequirementGroup } from '../../core/present/view-model.ts';
import { useT } from '../i18n.ts';
import { FieldList } from './FieldList.tsx';
import { WhyDetails } from './WhyDetails.tsx';

function Requirement({ group }: { group: RequirementGroup }) {
  const t = useT();
  const r = group.requirement;
  const id = `req-${r.id}`;
  const seen = group.fields.length + group.vendors.length;
  return (
    <section class={`item ${group.answered ? 'answered' : 'unanswered'}`} aria-labelledby={id} data-requirement={r.id}>
      <h3 id={id}>
        <span>{r.title}</span>
        {seen > 0 && <span class="count">{t('fieldCount', seen)}</span>}
      </h3>
      {r.loggedByProvider && <p class="note">{t('loggedByProvider')}</p>}
      <FieldList fields={group.fields} vendors={group.vendors} />
      {!group.answered && <p class="muted">{t('notSeenYet')}</p>}
      <WhyDetails why={r.why} wording={r.wording} citation={r.citation} grade={r.grade} />
    </section>
  );
}

export function RequirementSection({ groups }: { groups: readonly RequirementGroup[] }) {
  const t = useT();
  return (
    <section class="group" aria-labelledby="sec-required" data-section="required">
      <h2 id="sec-required">{t('sectionRequired')}</h2>
      <p class="intro">{t('sectionRequiredIntro')}</p>
      {groups.map((g) => (
        <Requirement key={g.requirement.id} group={g} />
      ))}
    </section>
  );
}
