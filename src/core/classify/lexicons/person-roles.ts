// The people a business form asks about by their role: whose number a caption names when it says
// "Codice fiscale del legale rappresentante" or "Director's date of birth". Folded as normalizeText
// folds them; matched as whole words inside a caption (rules/tax-owner.ts).
export const PERSON_ROLES: readonly string[] = [
  // en
  'legal representative', 'authorised representative', 'authorized representative', 'director', 'directors', 'beneficial owner', 'ultimate beneficial owner', 'ubo', 'proprietor', 'sole proprietor', 'shareholder', 'signatory', 'account holder', 'guarantor',
  // it, es, pt, fr, de, nl, pl
  'legale rappresentante', 'rappresentante legale', 'titolare', 'amministratore', 'representante legal', 'administrador', 'apoderado', 'titular', 'sócio', 'socio', 'représentant légal', 'gérant', 'dirigeant',
  'gesetzlicher vertreter', 'gesetzlichen vertreters', 'geschäftsführer', 'geschäftsführers', 'inhaber', 'inhabers', 'wirtschaftlich berechtigter', 'bestuurder', 'vertegenwoordiger', 'właściciel', 'właściciela', 'reprezentant', 'prezes',
  // ru, tr, ar, zh, ja, ko
  'руководитель', 'руководителя', 'директор', 'директора', 'представитель', 'представителя', 'yetkili', 'temsilci', 'الممثل القانوني', 'المفوض بالتوقيع', '法定代表人', '法人代表', '負責人', '代表者', '대표자', '법정대리인',
];
