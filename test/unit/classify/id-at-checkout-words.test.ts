// Words and one rule fix found by test/fixtures/id-at-checkout (checkout, ticketing, customs and
// courier pages that ask for a person's or a company's number): each case read otherwise before.
import { describe, expect, it } from 'vitest';
import { classify, fieldsOf, inCheckout, kindsOf } from './probe-page.ts';

const box = (id: string, caption: string, attrs = '') => `<div><label for="${id}">${caption}</label><input id="${id}" name="${id}" ${attrs}></div>`;
const radios = (name: string, legend: string, options: string[]) =>
  `<fieldset><legend>${legend}</legend>${options.map((o, i) => `<label><input type="radio" name="${name}" value="${i}"> ${o}</label>`).join('')}</fieldset>`;

describe('numbers couriers and customs ask for', () => {
  const cases: [string, string, string][] = [
    ['en', 'EORI number', 'company-registration-number'],
    ['pl', 'Numer EORI', 'company-registration-number'],
    ['en', 'Import Export Code (IEC)', 'company-registration-number'],
    ['en', 'Air waybill number', 'reference-number'],
    ['es-CL', 'N° de seguimiento del courier', 'reference-number'],
    ['es-DO', 'RNC', 'vat-number'],
    ['el', 'Αριθμός αποστολής', 'reference-number'],
    ['pt-PT', 'Número do objeto', 'reference-number'],
    ['ro', 'Număr AWB', 'reference-number'],
    ['uk', 'Номер накладної', 'reference-number'],
    ['ar', 'رقم الشحنة', 'reference-number'],
    ['es-MX', 'Número de guía', 'reference-number'],
  ];
  for (const [lang, caption, type] of cases) {
    it(`${lang}: "${caption}" is ${type}`, () => {
      expect(inCheckout(lang, caption).fieldType).toBe(type);
    });
  }
});

describe('Spanish-speaking checkouts', () => {
  it('es-AR: "Condición frente al IVA" (consumidor final, monotributista…) is the buyer’s tax status, no tax number', () => {
    const f = classify('es-AR', [{ caption: 'Nombre', name: 'nombre' }, { caption: 'Condición frente al IVA', name: 'iva_condition', options: ['Consumidor final', 'Monotributista', 'Responsable inscripto'] }, { caption: 'CUIT', name: 'cuit' }], 'Continuar');
    expect(f[1]!.fieldType).toBe('account-type');
  });
  it('es-CR: "Otras señas", the Costa Rican address’s directions, is the street address', () => {
    expect(fieldsOf('es-CR', `<form>${box('prov', 'Provincia')}${box('dist', 'Distrito')}${box('os', 'Otras señas')}<button>Continuar</button></form>`)[2]!.fieldType).toBe('street-address');
  });
});

describe('declarations and files at checkout', () => {
  it('it: "Dichiaro di avere almeno 18 anni", the age declaration a wine shop asks, is a consent box', () => {
    const f = fieldsOf('it', `<form>${box('email', 'Indirizzo email', 'type="email"')}<label><input type="checkbox" name="m18"> Dichiaro di avere almeno 18 anni</label><button>Effettua ordine</button></form>`);
    expect(f[1]!.fieldType).toBe('consent');
  });
  it('es-CL: "Factura o comprobante de compra" uploaded for customs is a file proving no identity', () => {
    const f = fieldsOf('es-CL', `<form>${box('rut', 'RUT del destinatario')}${box('factura', 'Factura o comprobante de compra', 'type="file"')}<button>Enviar datos</button></form>`);
    expect(f[1]!.fieldType).toBe('attachment');
  });
});

describe('a person-or-company choice', () => {
  it('en-GB: "A private individual / A VAT-registered business", a courier’s importer choice, is the account type', () => {
    const f = fieldsOf('en-GB', `<form>${radios('imp', 'Who is importing these goods?', ['A private individual', 'A VAT-registered business'])}${box('name', 'Importer’s full name')}<button>Pay</button></form>`);
    expect(f[0]!.fieldType).toBe('account-type');
  });
  it('el: a receipt or an invoice ("Απόδειξη / Τιμολόγιο"), the Greek checkout’s private-or-business choice, is the account type', () => {
    const f = fieldsOf('el', `<form>${box('email', 'Email', 'type="email"')}${radios('inv', 'Παραστατικό', ['Απόδειξη', 'Τιμολόγιο'])}<button>Ολοκλήρωση παραγγελίας</button></form>`);
    expect(f[1]!.fieldType).toBe('account-type');
  });
  it('es-DO: "Factura de consumo / Crédito fiscal (empresas)", the Dominican fiscal receipt’s kinds, is the account type', () => {
    const f = fieldsOf('es-DO', `<form>${box('correo', 'Correo electrónico', 'type="email"')}${radios('ncf', 'Comprobante fiscal', ['Factura de consumo', 'Crédito fiscal (empresas)'])}<button>Realizar pedido</button></form>`);
    expect(f[1]!.fieldType).toBe('account-type');
  });
  it('es-CO: "Persona natural / Persona jurídica" is the account type', () => {
    const f = fieldsOf('es-CO', `<form>${radios('tp', '¿Para quién es la factura?', ['Persona natural', 'Persona jurídica'])}${box('doc', 'Número de documento')}<button>Guardar</button></form>`);
    expect(f[0]!.fieldType).toBe('account-type');
  });
  it('kk: "Жеке тұлға / Заңды тұлға" (a private person, a legal entity) is the account type', () => {
    const f = fieldsOf('kk', `<form>${radios('bt', 'Сатып алушы', ['Жеке тұлға', 'Заңды тұлға немесе ЖК'])}${box('iin', 'ЖСН (ИИН)')}<button>Тапсырыс беру</button></form>`);
    expect(f[0]!.fieldType).toBe('account-type');
  });
});

describe('a caption naming a person’s number over a shop platform’s company name', () => {
  it('pt-BR: "CPF/CNPJ" in Magento’s taxvat with a CPF mask, on a person’s signup, is the CPF', () => {
    const body = `<form>${box('firstname', 'Nome')}${box('taxvat', 'CPF/CNPJ', 'placeholder="000.000.000-00" maxlength="18"')}${box('email', 'E-mail', 'type="email"')}${box('password', 'Senha', 'type="password"')}<button>Criar conta</button></form>`;
    expect(fieldsOf('pt-BR', body)[1]!.fieldType).toBe('national-id');
  });
});


describe('customs pages', () => {
  it('ru-KZ: "ИИН получателя" (the recipient’s ИИН) is the ИИН, not the recipient’s name', () => {
    const f = fieldsOf('ru-KZ', `<form>${box('fio', 'ФИО получателя')}${box('recipientIin', 'ИИН получателя', 'maxlength="12"')}${box('phone', 'Телефон', 'type="tel"')}<button>Перейти к оплате</button></form>`);
    expect(f[1]!.category).toBe('government-id');
  });
  it('el: a person’s "ΑΦΜ παραλήπτη" beside an uploaded purchase invoice stays the person’s: an invoice held is no tax invoice claimed', () => {
    const f = fieldsOf('el', `<form>${box('onoma', 'Ονοματεπώνυμο παραλήπτη')}${box('afm', 'ΑΦΜ παραλήπτη', 'maxlength="9"')}${box('email', 'Email', 'type="email"')}${box('inv', 'Τιμολόγιο ή απόδειξη αγοράς (PDF)', 'type="file"')}<button>Υποβολή</button></form>`);
    expect(f[1]!.category).toBe('government-id');
    expect(f[3]!.fieldType).toBe('attachment');
  });
  it('pt-PT: "Declaro que as informações prestadas são verdadeiras" is a consent box', () => {
    const f = fieldsOf('pt-PT', `<form>${box('nif', 'NIF do destinatário')}<label><input type="checkbox" name="d"> Declaro que as informações prestadas são verdadeiras</label><button>Continuar</button></form>`);
    expect(f[1]!.fieldType).toBe('consent');
  });
});

describe('a courier’s parcel-tracking box is a look-up', () => {
  const cases: [string, string, string][] = [
    ['en', 'Tracking number', 'Track'],
    ['pl', 'Numer przesyłki', 'Śledź'],
    ['el', 'Αριθμός αποστολής', 'Εντοπισμός'],
    ['ar', 'رقم الشحنة', 'تتبع'],
  ];
  for (const [lang, caption, button] of cases) {
    it(`${lang}: "${caption}" with "${button}" is a search form`, () => {
      expect(kindsOf(lang, `<form action="/t" method="get">${box('n', caption)}<button type="submit">${button}</button></form>`)).toEqual(['search']);
    });
  }
});
