// The general causes behind the 2015–16 platform pages' misses (platform-forms-2015.test.ts), each
// checked on a small page of its own: fax numbers, a shown name, names of things, the given name
// beside the family name across a middle-name box, Korean and Czech profile words, and Discuz!'s
// security question.
import { describe, expect, it } from 'vitest';
import { classify, fieldsOf, inSignup } from './probe-page.ts';

const row = (id: string, caption: string, type = 'text') => `<p><label for="${id}">${caption}</label><input id="${id}" name="${id}" type="${type}"></p>`;

describe('a fax number is a telephone number', () => {
  const captions: [string, string][] = [
    ['en', 'Fax Number:'],
    ['de', 'Telefaxnummer:'],
    ['ru', 'Факс'],
  ];
  for (const [lang, caption] of captions) it(`${lang}: "${caption}"`, () => expect(inSignup(lang, caption).fieldType).toBe('tel'));
});

describe('a shown name is the user name', () => {
  it('de: "Angezeigter Name" (VirtueMart) is no person\'s name', () => expect(inSignup('de', 'Angezeigter Name *').fieldType).toBe('username'));
});

describe("a thing's name is no person's name", () => {
  const captions: [string, string][] = [
    ['en', 'Tank size & name:'],
    ['pl', 'Nazwa pasieki'],
  ];
  for (const [lang, caption] of captions) it(`${lang}: "${caption}"`, () => expect(inSignup(lang, caption).category).not.toBe('name'));
});

describe('the name beside the family name is the given one, a middle-name box between them', () => {
  it('it: "Nome", "Secondo nome/iniziale", "Cognome" (Magento 1)', () => {
    const [first, middle, last] = classify('it', [{ caption: 'Nome' }, { caption: 'Secondo nome/iniziale' }, { caption: 'Cognome' }, { caption: 'Indirizzo email', type: 'email' }], 'Registrati');
    expect([first!.fieldType, middle!.fieldType, last!.fieldType]).toEqual(['given-name', 'additional-name', 'family-name']);
  });
  it('a lone "Nome" before an e-mail box stays the whole name', () => {
    const [first] = fieldsOf('it', `<form>${row('f1', 'Nome')}${row('f2', 'Indirizzo email', 'email')}<button>Invia</button></form>`);
    expect(first!.fieldType).toBe('name');
  });
});

describe('Korean and Czech words of forum profiles', () => {
  it('ko: "사는 지역" (where you live) over a list of provinces is the province', () => {
    const [, region] = classify('ko', [{ caption: '닉네임' }, { caption: '사는 지역', options: ['서울', '경기', '강원', '부산'] }], '가입 완료');
    expect(region!.fieldType).toBe('address-level1');
  });
  it('ko: "운영진의 소식 및 정모 안내 메일 받기" is the opt-in', () => expect(inSignup('ko', '운영진의 소식 및 정모 안내 메일 받기', { type: 'checkbox' }).fieldType).toBe('marketing-opt-in'));
  it('ko: "캠핑 장비 / 텐트 이름" is no person\'s name', () => expect(inSignup('ko', '캠핑 장비 / 텐트 이름').category).not.toBe('name'));
  it('cs: "Klub / kroužek" is the organization', () => expect(inSignup('cs', 'Klub / kroužek').fieldType).toBe('organization'));
});

describe("Discuz!'s security question", () => {
  it('zh: "安全提问" over a list of questions, then "答案", are the security question and its answer', () => {
    const [, question, answer] = classify('zh', [{ caption: '用户名' }, { caption: '安全提问:', options: ['母亲的名字', '爷爷的名字', '父亲出生的城市'] }, { caption: '答案:' }], '登录');
    expect([question!.fieldType, answer!.fieldType]).toEqual(['security-question', 'security-question']);
  });
});
