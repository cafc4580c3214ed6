// The fields seen for one requirement or category: the label as the page shows it, the step, and
// whether the form marks it required; vendor frames (Stripe, Jumio, …) as their own lines.
import type { FieldView, VendorView } from '../../core/present/view-model.ts';
import { requiredText, stepText, vendorText } from '../../core/present/labels.ts';
import { useT } from '../i18n.ts';

function FieldItem({ field }: { field: FieldView }) {
  const t = useT();
  return (
    <li class="field" data-field-type={field.fieldType} data-required={field.required}>
      <span class="label">{field.labelShown ? `“${field.label}”` : field.label}</span>
      {!field.labelShown && <span class="muted"> ({t('noVisibleLabel')})</span>}{' '}
      <span class="meta">
        {stepText(t, field)} · <span class={field.required ? 'req' : 'opt'}>{requiredText(t, field)}</span>
        {field.frameOrigin && <> · {t('inFrame', field.frameOrigin)}</>}
      </span>
    </li>
  );
}

export function FieldList({ fields, vendors = [] }: { fields: readonly FieldView[]; vendors?: readonly VendorView[] }) {
  const t = useT();
  if (!fields.length && !vendors.length) return null;
  return (
    <ul class="fields">
      {fields.map((f) => (
        <FieldItem key={f.key} field={f} />
      ))}
      {vendors.map((v) => (
        <li key={`${v.vendorId}-${v.role}`} class="field vendor" data-vendor={v.vendorId}>
          <span class="label">{vendorText(t, v)}</span>{' '}
          <span class="meta">
            {t('stepLabel', v.step)} · {t(v.via === 'frame' ? 'vendorViaFrame' : 'vendorViaScript', v.origin)}
          </span>
        </li>
      ))}
    </ul>
  );
}
