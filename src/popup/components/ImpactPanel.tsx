// Privacy impact: the score, its level, the formula one click away (every weight and why), and what
// the provider's documentation says compared with what this flow showed.
import { CATEGORY_WEIGHTS, type ImpactScore } from '../../core/score/index.ts';
import { categoryKey, documentedSentences, levelKey } from '../../core/present/labels.ts';
import type { PopupView } from '../../core/present/view-model.ts';
import { useT } from '../i18n.ts';
import { Disclosure } from './Disclosure.tsx';

function Formula({ impact }: { impact: ImpactScore }) {
  const t = useT();
  const here = new Map(impact.contributions.map((c) => [c.category, c.points]));
  const rows = [...CATEGORY_WEIGHTS].filter((w) => w.weight > 0).sort((a, b) => b.weight - a.weight);
  return (
    <Disclosure class="formula" summary={t('impactFormulaToggle')}>
      <p>{t('impactFormula', impact.maxPoints)}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('impactColCategory')}</th>
            <th scope="col">{t('impactColWeight')}</th>
            <th scope="col">{t('impactColHere')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((w) => (
            <tr key={w.category} class={here.has(w.category) ? 'seen' : ''}>
              <th scope="row">
                {t(categoryKey(w.category))}
                <span class="why-weight">{w.why}</span>
              </th>
              <td>{w.weight}</td>
              <td>{here.get(w.category) ?? '–'}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={3}>{t('impactTotal', [impact.points, impact.maxPoints])}</td>
          </tr>
        </tfoot>
      </table>
    </Disclosure>
  );
}

function Documented({ view }: { view: PopupView }) {
  const t = useT();
  const d = view.documented;
  return (
    <div class="documented" data-testid="documented">
      <h3>{t('documentedHeading')}</h3>
      {d ? (
        <>
          <ul>
            {documentedSentences(t, d).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {d.sources.length > 0 && (
            <p class="muted sources">
              {t('documentedSources')}: {d.sources.join('; ')}
            </p>
          )}
        </>
      ) : (
        <p class="muted">{t('noDocumentation')}</p>
      )}
    </div>
  );
}

export function ImpactPanel({ view }: { view: PopupView }) {
  const t = useT();
  const { impact } = view;
  return (
    <section class="group impact" aria-labelledby="sec-impact" data-section="impact">
      <h2 id="sec-impact">{t('sectionImpact')}</h2>
      <p class={`score level-${impact.level}`} data-score={impact.score}>
        <strong>{t('impactScore', impact.score)}</strong> · <span>{t(levelKey(impact.level))}</span>
      </p>
      <div class={`bar level-${impact.level}`} aria-hidden="true">
        <span style={{ width: `${impact.score}%` }} />
        <i style={{ left: `${view.minimumScore}%` }} />
      </div>
      <p class="muted">{t('impactMinimum', view.minimumScore)}</p>
      <Formula impact={impact} />
      {view.provider && <Documented view={view} />}
    </section>
  );
}
