// Form rule task:document-verification-words: "Verify" words around a form that asks for an identity
// document are verifying the person (identity verification), not a one-time code.
import { describe, expect, it } from 'vitest';
import { DOCUMENT_CHECK_RULE } from '../../../src/core/classify/form-rules/document-check.ts';
import { classifyForm, field, labelled, select } from './factory.ts';

const upload = (label: string) => field({ type: 'file', labels: [label] });

describe('task:document-verification-words', () => {
  it('a document list, its number and an upload under "Verifizierung" / "인증" is identity verification', () => {
    const de = classifyForm(
      [select('Dokumenttyp', ['Personalausweis', 'Reisepass', 'Führerschein']), labelled('Ausweisnummer'), upload('Scan des Ausweises (Vorder- und Rückseite)')],
      { heading: 'Verifizierung', buttons: ['Dokumente einreichen'], submitButtons: 1 },
      { url: 'https://cloud.example/kunde/verifizierung', title: 'Verifizierung Ihres Kundenkontos', lang: 'de' },
    );
    expect(de.kind, 'de').toBe('identity-verification');
    const ko = classifyForm([labelled('상호(법인명)'), labelled('사업자등록번호'), labelled('대표자명'), upload('사업자등록증 사본')], { heading: '사업자 정보 인증', buttons: ['인증 요청'], submitButtons: 1 }, { title: '사업자 인증', lang: 'ko' });
    expect(ko.kind, 'ko').toBe('identity-verification');
  });

  it('leaves a code form under the same words a verification', () => {
    const form = classifyForm([labelled('Verification code')], { heading: 'Verify your email', buttons: ['Verify'], submitButtons: 1 });
    expect(form.kind).toBe('verification');
  });

  it('its value is the verification words, only with a document (an upload, or its issuer or dates) in the form', () => {
    const facts = (documents: number, documentDetails = 0) => ({ documents, documentDetails, cue: () => 3 }) as unknown as Parameters<typeof DOCUMENT_CHECK_RULE.value>[0];
    expect(DOCUMENT_CHECK_RULE.value(facts(1))).toBe(3);
    expect(DOCUMENT_CHECK_RULE.value(facts(0, 1))).toBe(3);
    expect(DOCUMENT_CHECK_RULE.value(facts(0))).toBe(0);
  });

  it('a licence number with its issuing state and expiry under "Verify your identity" is identity verification, not a code', () => {
    const form = classifyForm(
      [select('State of issue', ['NSW', 'VIC', 'QLD', 'WA', 'SA']), labelled('Licence number'), labelled('Expiry date', { placeholder: 'DD/MM/YYYY' })],
      { heading: 'Verify your identity', buttons: ['Verify'], submitButtons: 1 },
      { url: 'https://exchange.example/verify/documents', title: 'Verify your identity' },
    );
    expect(form.kind).toBe('identity-verification');
  });
});
