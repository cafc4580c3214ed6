// "Why is this asked?": the plain explanation, the source's own words, the citation and how sure it is.
import type { Grade } from '../../core/present/catalog-view.ts';
import { gradeKey } from '../../core/present/labels.ts';
import { useT } from '../i18n.ts';
import { Disclosure } from './Disclosure.tsx';

export function Citation({ citation, grade }: { citation: string; grade: Grade }) {
  const t = useT();
  return (
    <p class="citation">
      <span class="k">{t('citation')}:</span> <cite>{citation}</cite>{' '}
      <span class={`grade grade-${grade}`}>
        ({t('gradeLabel')}: {t(gradeKey(grade))})
      </span>
    </p>
  );
}

export function WhyDetails(props: { why: string; wording?: string | undefined; citation: string; grade: Grade }) {
  const t = useT();
  return (
    <Disclosure class="why" summary={t('whyHeading')}>
      <p>{props.why}</p>
      {props.wording && (
        <blockquote>
          <span class="k">{t('sourceWording')}:</span> “{props.wording}”
        </blockquote>
      )}
      <Citation citation={props.citation} grade={props.grade} />
    </Disclosure>
  );
}
