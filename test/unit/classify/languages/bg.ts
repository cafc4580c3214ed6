// Bulgarian: the fields a signup and a checkout ask, and the form-kind probe's words.
import type { LanguageProbe } from './types.ts';

export const PROBE: LanguageProbe = {
  lang: 'bg',
  captions: [
    ['Име', 'name', 'signup'],
    ['Фамилия', 'name', 'signup'],
    ['Име и фамилия', 'name', 'checkout'],
    ['Имейл адрес', 'email', 'signup'],
    ['Телефон', 'phone', 'signup'],
    ['Мобилен телефон', 'phone', 'checkout'],
    ['Улица и номер', 'address', 'checkout'],
    ['Пощенски код', 'address', 'checkout'],
    ['Град', 'address', 'checkout'],
    ['Област', 'address', 'checkout'],
    ['Държава', 'address', 'checkout'],
    ['Дата на раждане', 'date-of-birth', 'signup'],
    ['Номер на картата', 'payment', 'checkout'],
    ['Валидна до', 'payment', 'checkout'],
    ['Име на фирмата', 'organization', 'signup'],
    ['Длъжност', 'organization', 'signup'],
    ['ДДС номер', 'tax-id', 'checkout'],
    ['Номер на лична карта', 'government-id', 'signup'],
    ['Номер на паспорта', 'government-id', 'signup'],
    ['Потребителско име', 'credentials', 'signup'],
  ],
  words: {
    name: 'Име', email: 'Имейл адрес', message: 'Съобщение', comment: 'Коментар', website: 'Уебсайт',
    newsletterHeading: 'Абонирайте се за бюлетина', subscribe: 'Абонирай се', contactHeading: 'Свържете се с нас', send: 'Изпрати',
    postComment: 'Публикувай коментар', forgotHeading: 'Забравена парола?', resetButton: 'Възстанови паролата',
    address: 'Улица и номер', city: 'Град', zip: 'Пощенски код', card: 'Номер на картата', expiry: 'Валидна до', cvc: 'Код за сигурност',
    placeOrder: 'Завърши поръчката', checkoutHeading: 'Каса', loginHeading: 'Вход', logIn: 'Влез', password: 'Парола',
    continue: 'Продължи', getStarted: 'Започнете', createAccount: 'Създай акаунт', signUp: 'Регистрация',
    phone: 'Телефон', company: 'Фирма', step: 'Стъпка 2 от 3', firstName: 'Име', lastName: 'Фамилия',
    signupPath: '/register', shop: 'Прясно кафе на зърна', joinEmails: 'Абонирай се',
    forgotLink: 'Забравена парола?', agree: 'Съгласен съм с политиката за поверителност', search: 'Търсене', sendMessage: 'Изпрати съобщение', signUpFree: 'Безплатна регистрация', register: 'Регистрирай се', webinarHeading: 'Регистрация за уебинара', eventPath: '/events/konferencia-2026', eventTitle: 'Регистрация за събитието 2026', waitlistHeading: 'Запиши се в списъка с чакащи', join: 'Присъедини се', demoHeading: 'Заявете демо', quoteHeading: 'Поискайте оферта', trialHeading: 'Опитайте безплатно', conferenceAccount: 'Създайте акаунт, за да се регистрирате за конференцията', jobPath: '/careers/developer', jobHeading: 'Свободни позиции', resume: 'Автобиография', applyNow: 'Кандидатствай', volunteerHeading: 'Стани доброволец',
  },
};
