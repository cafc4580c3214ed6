// Words the phone-first pages (test/fixtures/phone-first) showed missing, each probed on a small
// page of its own: a form that texts a link to the app checks no phone (ru).
import { describe, expect, it } from 'vitest';
import { kindsOf } from './probe-page.ts';

describe('phone-first words', () => {
  it('ru: a phone box that texts the app\'s download link (button "Получить ссылку") is no phone check, though its action says sms', () => {
    const body = `<section><h2>Скачайте приложение</h2><p>Введите номер — отправим ссылку на скачивание в SMS.</p><form class="app-link" action="/app/sms" method="post"><span>+7</span><input type="tel" name="phone" inputmode="numeric" placeholder="(___) ___-__-__"><button type="submit">Получить ссылку</button></form></section>`;
    expect(kindsOf('ru', body)).toEqual(['other']);
  });
});
