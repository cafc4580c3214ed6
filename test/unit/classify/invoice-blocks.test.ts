// What the invoice-details fixture pages showed, as small probes: whose number an invoice or billing
// block asks for (a tax-ID type picker, a person's CCCD), which boxes are no number at all (a
// multi-line address "as on the NPWP", a purchase-order number, a trade licence is a company's), and
// the words of the person-or-company choice around them.
import { describe, expect, it } from 'vitest';
import { fieldsOf, inCheckout } from './probe-page.ts';

const box = (id: string, caption: string, attrs = '') => `<div><label for="${id}">${caption}</label><input id="${id}" name="${id}" type="text"${attrs}></div>`;
const person = box('first', 'First name') + box('last', 'Last name') + box('street', 'Street address') + box('city', 'City');

describe('tax-id-type: a list of kinds of company tax number', () => {
  const picker = (options: string[]) =>
    `<div><label for="kind">Tax ID</label><select id="kind" name="kind">${options.map((o) => `<option>${o}</option>`).join('')}</select><input id="value" name="value" type="text" placeholder="DE123456789"></div>`;
  it('makes the box after it the company’s number, and the picker too', () => {
    const fields = fieldsOf('en', `<form>${person}${picker(['EU VAT', 'GB VAT', 'US EIN', 'AU ABN'])}<button>Subscribe</button></form>`);
    expect(fields[5]!.fieldType).toBe('vat-number');
    expect(fields[5]!.evidence).toContain('after a list of company tax numbers');
    expect(fields[4]!.category).toBe('tax-id');
  });
  it('leaves a list of a person’s documents, and a plain tax box, to the other rules', () => {
    const documents = fieldsOf('en', `<form>${person}${picker(['DNI', 'CPF', 'Passport'])}<button>Continue</button></form>`);
    expect(documents[5]!.category).not.toBe('tax-id');
    const plain = fieldsOf('en', `<form>${person}${box('value', 'Tax ID')}<button>Continue</button></form>`);
    expect(plain[4]!.category).toBe('government-id');
  });
});

describe('a multi-line box takes no identity or tax number', () => {
  it('“Alamat sesuai NPWP” in a textarea is the address the number is filed at', () => {
    const area = fieldsOf('id', `<form>${box('npwp', 'NPWP Perusahaan')}<div><label for="alamat_npwp">Alamat sesuai NPWP</label><textarea id="alamat_npwp" name="faktur[alamat_npwp]"></textarea></div><button>Simpan</button></form>`);
    expect(area[1]!.fieldType).toBe('street-address');
    expect(area[0]!.category, 'the one-line box beside it is still the number').toBe('tax-id');
  });
});

describe('department: a caption naming only a department decides', () => {
  it('“部署名” with the developer’s name “department” is the department, not a region', () => {
    const fields = fieldsOf('ja', `<form>${box('receipt_name', '宛名')}${box('department', '部署名')}<button>確認する</button></form>`);
    expect(fields[1]!.fieldType).toBe('organization-title');
  });
});

describe('words of invoice and billing blocks', () => {
  it('a Vietnamese “Số CCCD” is the person’s identity number, though a personal tax code is named beside it', () => {
    expect(inCheckout('vi', 'Số CCCD / Mã số thuế cá nhân').fieldType).toBe('national-id');
  });
  it('a trade licence is a company’s registration, not a driving licence', () => {
    expect(inCheckout('en', 'Trade licence number').fieldType).toBe('company-registration-number');
  });
  it('a purchase-order number is a reference, not a house number', () => {
    expect(inCheckout('en', 'Purchase order (PO) number').fieldType).toBe('reference-number');
  });
  it('Swedish “Fakturareferens” is a reference', () => {
    expect(inCheckout('sv', 'Fakturareferens').fieldType).toBe('reference-number');
  });
  it('Cafe24’s “주문하시는 분” and “받으시는 분” are the orderer’s and the recipient’s names', () => {
    const fields = fieldsOf('ko', `<form><table><tr><th>주문하시는 분</th><td><input name="oname" type="text"></td></tr><tr><th>받으시는 분</th><td><input name="rname" type="text"></td></tr><tr><th>주소</th><td><input name="raddr1" type="text"></td></tr></table><button>결제하기</button></form>`);
    expect(fields[0]!.category).toBe('name');
    expect(fields[1]!.category).toBe('name');
  });
  it('a checkbox “I’m purchasing as a business” and radios “Persona física / Persona moral” choose the kind of customer', () => {
    const toggle = fieldsOf('en', `<form>${box('email', 'Email', ' type="email"')}<div><input id="biz" name="biz" type="checkbox"><label for="biz">I'm purchasing as a business</label></div>${box('company', 'Business name')}<button>Subscribe</button></form>`);
    expect(toggle[1]!.fieldType).toBe('account-type');
    const radios = fieldsOf('es', `<form><label><input type="radio" name="tipo" value="F"> Persona física</label><label><input type="radio" name="tipo" value="M"> Persona moral</label>${box('rfc', 'RFC')}<button>Generar factura</button></form>`);
    expect(radios[0]!.fieldType).toBe('account-type');
    expect(radios[1]!.fieldType).toBe('account-type');
  });
});

describe('whose tax number: the company’s block and the person’s number elsewhere in the form', () => {
  it('a “NIT” the developer and the block call the company’s is the company’s tax number, though it tallies as the company', () => {
    const fields = fieldsOf(
      'es',
      `<form><fieldset><legend>Datos personales</legend>${box('first', 'Nombres')}${box('last', 'Apellidos')}</fieldset><fieldset><legend>Datos de la empresa</legend>${box('client-company-name', 'Razón social')}${box('client-company-document', 'NIT (sin dígito de verificación)')}</fieldset><button>Ir a la entrega</button></form>`,
    );
    expect(fields[3]!.category).toBe('tax-id');
  });
  it('a caption naming the company and the number (“Nama Perusahaan sesuai NPWP”) still asks the company’s name', () => {
    const fields = fieldsOf('id', `<form>${box('npwp', 'NPWP Perusahaan')}${box('nama_perusahaan', 'Nama Perusahaan sesuai NPWP')}<button>Simpan</button></form>`);
    expect(fields[1]!.fieldType).toBe('organization');
  });
  it('the buyer’s DNI among their details makes the “RUC” beside a company’s name in the invoice block the company’s', () => {
    const buyer = (dni: boolean) => `<fieldset><legend>Datos del comprador</legend>${box('nombres', 'Nombres')}${box('apellidos', 'Apellidos')}${dni ? box('dni', 'DNI') : ''}</fieldset>`;
    const invoice = `<fieldset><legend>Comprobante de pago</legend>${box('ruc', 'RUC')}${box('razon', 'Razón social')}${box('dir', 'Dirección fiscal')}</fieldset>`;
    const withDni = fieldsOf('es', `<form>${buyer(true)}${invoice}<button>Ir a pagar</button></form>`);
    expect(withDni[2]!.category).toBe('government-id');
    expect(withDni[3]!.category).toBe('tax-id');
    const without = fieldsOf('es', `<form>${buyer(false)}${invoice}<button>Ir a pagar</button></form>`);
    expect(without[2]!.category, 'one company field is not enough: a person with a RUC may buy').toBe('government-id');
  });
});

describe('more words of business registrations', () => {
  it('a GST registration number and a resale certificate number are a company’s tax numbers', () => {
    expect(inCheckout('en', 'GST Registration No. (if registered)').fieldType).toBe('vat-number');
    expect(inCheckout('en', 'Sales tax exemption / resale certificate number').fieldType).toBe('vat-number');
  });
  it('Korean 종목 and Spanish “Tipo de negocio” ask the line of business', () => {
    expect(inCheckout('ko', '종목').fieldType).toBe('industry');
    const fields = fieldsOf('es', `<form>${box('razon', 'Razón social')}<div><label for="act">Tipo de negocio</label><select id="act" name="act"><option>Bar / cafetería</option><option>Restaurante</option><option>Hotel</option></select></div><button>Solicitar alta</button></form>`);
    expect(fields[1]!.fieldType).toBe('industry');
  });
});

describe('both variants of a person-or-company switch in the page', () => {
  const form = (hidden: boolean) =>
    `<form>${box('first', 'Nome')}${box('last', 'Cognome')}<label><input type="radio" name="kind" value="p" checked> Privato</label><label><input type="radio" name="kind" value="a"> Azienda</label>${box('cf', 'Codice fiscale')}<div${hidden ? ' hidden' : ''}>${box('company', 'Ragione sociale')}${box('piva', 'Partita IVA')}${box('pec', 'PEC', ' type="email"')}</div><button>Continua</button></form>`;
  it('the shown box is the person’s while the company block is hidden; the hidden block is the other variant', () => {
    const fields = fieldsOf('it', form(true));
    expect(fields[4]!.fieldType).toBe('personal-tax-id');
    expect(fields[6]!.fieldType, 'the company’s own number keeps its name').toBe('vat-number');
  });
  it('with the company block shown the same box reads as the company’s (the form asks for one)', () => {
    expect(fieldsOf('it', form(false))[4]!.category).toBe('tax-id');
  });
});

describe('an “Add VAT number” toggle offers a business’s invoice', () => {
  it('makes the plain “Tax number” after it the company’s', () => {
    const body = (toggle: boolean) =>
      `<form>${box('email', 'Email address', ' type="email"')}${box('postcode', 'Postcode')}${toggle ? '<div><input type="checkbox" id="add_vat" name="add_vat"><label for="add_vat">Add VAT number</label></div>' : ''}${box('business_name', 'Business name')}${box('tax_number', 'Tax number')}<button>Continue</button></form>`;
    expect(fieldsOf('en', body(true)).at(-1)!.fieldType).toBe('vat-number');
    expect(fieldsOf('en', body(false)).at(-1)!.category, 'one company field is not enough').toBe('government-id');
  });
});

describe('a company’s tax certificate is no identity document', () => {
  it('Mexico’s “Constancia de Situación Fiscal” upload is an attachment', () => {
    const fields = fieldsOf('es', `<form>${box('razon', 'Razón social')}<div><label for="c">Constancia de Situación Fiscal (PDF)</label><input id="c" name="constancia" type="file" accept=".pdf"></div><button>Enviar solicitud</button></form>`);
    expect(fields[1]!.fieldType).toBe('attachment');
  });
});

describe('number-of-company: a number named with its company owner after “of”', () => {
  it('asks the company’s number, in Italian, Portuguese and French', () => {
    expect(inCheckout('it', "Codice fiscale dell'azienda").category).toBe('tax-id');
    expect(inCheckout('pt', 'CNPJ da empresa').fieldType).toBe('vat-number');
    expect(inCheckout('fr', 'Numéro SIREN de la société').fieldType).toBe('company-registration-number');
  });
  it('leaves a caption that names no number (“Ragione sociale dell’azienda”) the company’s name', () => {
    expect(inCheckout('it', "Ragione sociale dell'azienda").fieldType).toBe('organization');
  });
});
