import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../src/core/classify/index.ts';
import { classifyForm, field, form, labelled, page, select } from './factory.ts';

const email = () => labelled('Email', { type: 'email' });
const password = (label = 'Password') => labelled(label, { type: 'password' });

describe('form kind', () => {
  it('two passwords and personal data: signup', () => {
    expect(classifyForm([labelled('First name'), email(), password(), password('Confirm password')]).kind).toBe('signup');
  });

  it('one password with an account-creation button: signup, in several languages', () => {
    for (const button of ['Create account', 'Konto erstellen', 'Créer un compte', 'Crear cuenta', 'Registrati', 'Зарегистрироваться', '会員登録', '注册', '회원가입']) {
      expect(classifyForm([email(), password()], { buttons: [button] }).kind, button).toBe('signup');
    }
  });

  it('an email and a password chosen twice is an account being made in any language, even one without a lexicon', () => {
    // Vietnamese, Thai and Persian: no word of the captions or the button is known.
    const cases: [string, string, string][] = [
      ['Mật khẩu', 'Nhập lại mật khẩu', 'Đăng ký'],
      ['รหัสผ่าน', 'ยืนยันรหัสผ่าน', 'สมัครสมาชิก'],
      ['رمز عبور', 'تکرار رمز عبور', 'ثبت نام'],
    ];
    for (const [pw, again, button] of cases) {
      expect(classifyForm([email(), password(pw), password(again)], { buttons: [button], submitButtons: 1 }).kind, button).toBe('signup');
    }
  });

  it('a hidden decoy password before the real one is no show/hide twin: the real box still asks for a new password', () => {
    const decoy = [labelled('Username'), email(), labelled('Password', { type: 'password', visible: false }), labelled('Password', { type: 'password', autocomplete: 'new-password' })];
    expect(classifyForm(decoy, { buttons: [] }).kind).toBe('signup');
  });

  it('a booking form (check-in, check-out, guests) asks no birth date and makes no account', () => {
    const dates = [labelled('Check-in', { type: 'date' }), labelled('Check-out', { type: 'date' }), select('Guests', ['1', '2', '3'])];
    expect(classifyForm(dates, { buttons: ['Check availability'], submitButtons: 1 }).kind).not.toBe('signup');
  });

  it('an email box whose own heading says both "sign in" and "create an account" is the first step of a sign-up', () => {
    for (const [heading, button] of [
      ['Sign in or create an account', 'Continue'],
      ['Log in or create an account', 'Continue'],
      ['Anmelden oder registrieren', 'Weiter'],
      ['Connectez-vous ou créez un compte', 'Continuer'],
    ] as const) {
      expect(classifyForm([email()], { heading, buttons: [button], submitButtons: 1 }).kind, heading).toBe('signup');
    }
  });

  it('on a page at /login titled "Log in", a shared "Log in or sign up" entry is still the first step of a sign-up', () => {
    for (const heading of ['Log in or sign up', 'Sign in or create an account']) {
      const page = { url: 'https://example.test/login', title: 'Log in', headings: [heading] };
      expect(classifyForm([email()], { heading, buttons: ['Continue'], submitButtons: 1 }, page).kind, heading).toBe('signup');
    }
  });

  it('"Verify email address" on a form that asks an email and no code names the check to come: AWS\'s first step is a sign-up', () => {
    const fields = [labelled('Root user email address', { type: 'email', name: 'emailAddress' }), labelled('AWS account name', { name: 'accountName' })];
    const page = { url: 'https://example.test/billing/signup', title: 'Sign up for AWS', headings: ['Sign up for AWS'] };
    expect(classifyForm(fields, { buttons: ['Verify email address'], submitButtons: 1 }, page).kind).toBe('signup');
    // A number the site checks against a register is a step of the account, not a code's check.
    const bvn = [labelled('Bank Verification Number (BVN)', { name: 'bvn', inputmode: 'numeric', maxLength: 11 })];
    expect(classifyForm(bvn, { heading: "Let's verify your BVN", buttons: ['Verify'], submitButtons: 1 }, page).kind).not.toBe('verification');
    // The code that check sends is a verification.
    expect(classifyForm([labelled('Verification code', { name: 'code' })], { buttons: ['Verify'], submitButtons: 1 }, page).kind).toBe('verification');
  });

  it('an account\'s name beside an email is no contact detail: the form names a new account, it subscribes to nothing', () => {
    const fields = [labelled('Email', { type: 'email' }), labelled('Workspace name', { name: 'workspace' })];
    expect(classifyForm(fields, { buttons: ['Sign up'], submitButtons: 1 }).kind).toBe('signup');
  });

  it('a sign-in step stays a sign-in: a "Create account" button beside its "Next", or a visible password under the two words', () => {
    expect(classifyForm([email()], { heading: 'Sign in', buttons: ['Next', 'Create account'], submitButtons: 1 }).kind).toBe('login');
    expect(classifyForm([email(), password()], { heading: 'Log in or sign up', buttons: ['Log in'], submitButtons: 1 }).kind).toBe('login');
  });

  it('autocomplete=new-password on the only password: signup', () => {
    expect(classifyForm([email(), field({ type: 'password', autocomplete: 'new-password' })], { buttons: ['Continue'] }).kind).toBe('signup');
  });

  it('an identifier and one password: login, also when the button says so in another language', () => {
    expect(classifyForm([labelled('Username'), password()]).kind).toBe('login');
    expect(classifyForm([email(), password()], { buttons: ['Anmelden'] }).kind).toBe('login');
    expect(classifyForm([email(), password()], { buttons: ['Se connecter'] }).kind).toBe('login');
  });

  it('Azerbaijani form words: "Daxil ol" signs in, "Qeydiyyatdan keçin" makes an account', () => {
    const fields = () => [labelled('Mobil nömrə', { type: 'tel' }), labelled('Şifrə', { type: 'password' }), labelled('Əlaqə nömrəsi', { type: 'tel' })];
    expect(classifyForm(fields(), { buttons: ['DAXİL OL'] }).kind).toBe('login');
    expect(classifyForm([labelled('İstifadəçi adı'), labelled('Şifrə', { type: 'password' })], { buttons: ['Qeydiyyatdan keçin'], submitButtons: 1 }).kind).toBe('signup');
  });

  it('Azerbaijani: "Pulsuz sınaq" (free trial) on an email box starts an account; "Abunə ol" subscribes', () => {
    const email = () => [labelled('Ad'), labelled('E-poçt', { type: 'email' })];
    expect(classifyForm(email(), { buttons: ['Pulsuz sınaq'], submitButtons: 1 }).kind).toBe('signup');
    expect(classifyForm(email(), { buttons: ['Abunə ol'], submitButtons: 1 }).kind).toBe('newsletter');
  });

  it('third-party sign-in buttons do not decide: "Sign up" + "Sign in with Google" is signup', () => {
    expect(classifyForm([email(), password()], { buttons: ['Sign up', 'Sign in with Google'] }).kind).toBe('signup');
  });

  it('the submit button names the form; a mode-switch button beside it weighs little, in several languages', () => {
    const cases: [string, string, string][] = [
      ['Log In', 'Sign Up', 'login'],
      ['Anmelden', 'Registrieren', 'login'],
      ['Se connecter', "S'inscrire", 'login'],
      ['Iniciar sesión', 'Registrarse', 'login'],
      ['Войти', 'Регистрация', 'login'],
      ['ログイン', '新規登録', 'login'],
      ['Sign up', 'Log in', 'signup'],
      ['Konto erstellen', 'Anmelden', 'signup'],
      ['Crear cuenta', 'Iniciar sesión', 'signup'],
    ];
    for (const [submit, other, kind] of cases) {
      expect(classifyForm([email(), password()], { buttons: [submit, other], submitButtons: 1 }).kind, `${submit} / ${other}`).toBe(kind);
    }
    // Without the distinction (an older report, or no submit button at all) both count alike: order does not matter.
    for (const submitButtons of [0, undefined]) {
      const kinds = [['Sign Up', 'Log In'], ['Log In', 'Sign Up']].map((buttons) => classifyForm([labelled('Name'), email(), password()], { buttons, submitButtons }).kind);
      expect(kinds[0]).toBe(kinds[1]);
    }
  });

  it("reads the developer's name for a form (id, name, class) when its texts say little", () => {
    // A user name and a name, no password: fields that say little about the flow.
    const fields = () => [labelled('Username'), labelled('Name')];
    const kindWith = (names: string) => classifyForm(fields(), { buttons: ['Submit'], submitButtons: 1, names }).kind;
    expect(kindWith('')).toBe('other');
    expect(kindWith('registration-form')).toBe('signup');
    expect(kindWith('signupForm box')).toBe('signup');
    expect(kindWith('loginForm form-horizontal')).toBe('login');
    // What the fields and buttons say outweighs the name.
    expect(classifyForm([email(), password()], { buttons: ['Submit'], submitButtons: 1, names: 'registration-form' }).kind).toBe('login');
    expect(classifyForm(fields(), { buttons: ['Create account'], submitButtons: 1, names: 'login-form' }).kind).toBe('signup');
  });

  it('current + new + confirm password: a change-password form (profile), not a signup', () => {
    expect(classifyForm([password('Current password'), password('New password'), password('Confirm new password')]).kind).toBe('profile');
  });

  it('setting a new password after a reset link (no identifier): not a signup', () => {
    expect(classifyForm([password('New password'), password('Repeat new password')], { buttons: ['Set password'] }).kind).not.toBe('signup');
  });

  it('card fields: checkout, unless it is clearly an account creation', () => {
    expect(classifyForm([labelled('Card number'), labelled('Expiry date'), labelled('CVC')], { buttons: ['Pay now'] }).kind).toBe('checkout');
  });

  it('payment words on a form with a password and no card or address field: an account being made (paid sign-up), not a checkout', () => {
    const fields = () => [email(), field({ type: 'password', autocomplete: 'new-password' })];
    for (const pay of ['Pay $1 now and finish', 'Jetzt bezahlen', 'Payer maintenant', 'Pagar ahora', 'Paga ora', 'Оплатить']) {
      expect(classifyForm(fields(), { buttons: [pay], submitButtons: 1 }).kind, pay).toBe('signup');
    }
    // With the card fields in the same form it is a checkout that also makes an account.
    const withCard = [...fields(), labelled('Card number'), labelled('Expiry date'), labelled('CVC')];
    expect(classifyForm(withCard, { buttons: ['Pay now'], submitButtons: 1 }).kind).toBe('checkout');
  });

  it('a code alone: verification', () => {
    expect(classifyForm([labelled('Verification code')], { buttons: ['Verify'] }).kind).toBe('verification');
    expect(classifyForm([labelled('SMS code')]).kind).toBe('verification');
  });

  it('a document upload: identity verification', () => {
    const kind = classifyForm([field({ type: 'file', accept: 'image/*', labels: ['Front of your ID card'] }), field({ type: 'file', labels: ['Selfie'] })], {
      heading: 'Verify your identity',
    }).kind;
    expect(kind).toBe('identity-verification');
  });

  it('a single email with subscribe: newsletter; "Sign up" on a lone email field is a newsletter too', () => {
    expect(classifyForm([email()], { buttons: ['Subscribe'] }).kind).toBe('newsletter');
    expect(classifyForm([email()], { buttons: ['Sign up'] }).kind).toBe('newsletter');
  });

  it('a lone search box: search', () => {
    expect(classifyForm([field({ type: 'search', name: 'q' })]).kind).toBe('search');
  });

  it('an address book entry without passwords: profile', () => {
    const kind = classifyForm([labelled('First name'), labelled('Last name'), labelled('Street'), labelled('City'), labelled('Postcode')], { buttons: ['Save address'] }).kind;
    expect(kind).toBe('profile');
  });

  it('page URL words count: /registrieren with one password is a signup', () => {
    expect(classifyForm([email(), password()], {}, { url: 'https://shop.example/de/konto/registrieren' }).kind).toBe('signup');
    expect(classifyForm([email(), password()], {}, { url: 'https://shop.example/account/login' }).kind).toBe('login');
  });

  it('"Already have an account?" beside the fields marks a signup; "No account yet?" a login', () => {
    expect(classifyForm([email(), password()], { buttons: ['Continue'] }).kind).toBe('login');
    expect(classifyForm([email(), labelled('Password', { type: 'password', nearbyText: 'Already have an account? Sign in' })], { buttons: ['Continue'] }).kind).toBe('signup');
    expect(classifyForm([labelled('E-Mail', { type: 'email', nearbyText: 'Noch kein Konto? Jetzt registrieren' }), password()], { buttons: ['Weiter'] }).kind).toBe('login');
    // As the heading of the box, the question titles the login form itself.
    expect(classifyForm([labelled('Username'), password()], { heading: 'Already have an account?' }).kind).toBe('login');
  });

  it('a confirm-password box (in several languages) makes a signup; two plain password boxes alone do not', () => {
    for (const confirm of ['Confirm password', 'Passwort wiederholen', 'Confirmez le mot de passe', 'Repetir contraseña', 'Повторите пароль', 'パスワード（確認）']) {
      expect(classifyForm([labelled('Username'), password(), password(confirm)], { buttons: ['OK'] }).kind, confirm).toBe('signup');
    }
    // A show/hide pair or a template's copy: same caption twice, nothing says "confirm".
    expect(classifyForm([labelled('Username'), password('Contrasenya'), password('Contrasenya')], { buttons: ['OK'] }).kind).not.toBe('signup');
  });

  it('a hidden second password box does not make the visible one a confirmation pair', () => {
    const hidden = field({ type: 'password', labels: ['Password'], visible: false });
    expect(classifyForm([email(), password(), hidden], { buttons: ['Go'] }).kind).not.toBe('signup');
  });

  it('a text box captioned "Password" beside a password box is its twin (show-password copy, placeholder decoy), not a confirmation pair', () => {
    for (const [caption, user] of [
      ['Password', 'User name'],
      ['Passwort', 'Benutzername'],
      ['Mot de passe', "Nom d'utilisateur"],
      ['Contraseña', 'Usuario'],
      ['Пароль', 'Имя пользователя'],
    ]) {
      // The caption sits on the text twin; the real box asks the browser not to autofill (autocomplete=new-password).
      const fields = [labelled(user!), labelled(caption!), field({ type: 'password', autocomplete: 'new-password' })];
      expect(classifyForm(fields, { buttons: ['Submit'], submitButtons: 1, names: 'login-form' }).kind, caption).toBe('login');
    }
    // A plain text box saying "confirm" next to a password box is still a second password.
    const confirm = [labelled('Email', { type: 'email' }), password(), labelled('Confirm password')];
    expect(classifyForm(confirm, { buttons: ['Submit'], submitButtons: 1 }).kind).toBe('signup');
  });

  it('"Remember me" / "Angemeldet bleiben" on a checkbox beside one password: login', () => {
    const base = [labelled('Email', { type: 'email' }), labelled('Name'), password()];
    expect(classifyForm(base, { buttons: ['Continue'] }).kind).not.toBe('login');
    expect(classifyForm([...base, labelled('Remember me', { type: 'checkbox' })], { buttons: ['Continue'] }).kind).toBe('login');
    expect(classifyForm([...base, labelled('Angemeldet bleiben', { type: 'checkbox' })], { buttons: ['Weiter'] }).kind).toBe('login');
  });

  it('"Forgot password?" beside the password box: login, even when a rules hint under the box reads like a new password', () => {
    const phone = () => field({ type: 'text', id: 'phone' });
    const hinted = (nearbyText: string) => field({ type: 'password', id: 'password', nearbyText, ariaDescribedBy: 'The password should contain at least 8 characters, uppercase and lowercase letters and a number' });
    expect(classifyForm([phone(), hinted('Password')]).kind).toBe('signup');
    for (const forgot of ['Password Forgot password?', 'Passwort vergessen?', 'Mot de passe oublié ?', '¿Olvidaste tu contraseña?']) {
      expect(classifyForm([phone(), hinted(forgot)]).kind, forgot).toBe('login');
    }
    // autocomplete=new-password is the site's own word and still makes the account.
    expect(classifyForm([email(), field({ type: 'password', autocomplete: 'new-password', nearbyText: 'Forgot password?' })]).kind).toBe('signup');
  });

  it('a calling-code picker is part of the phone number, not one more thing asked: code + phone + password signs in', () => {
    const code = select('', ['+1', '+44', '+49', '+86', '+91']);
    expect(classifyForm([code, labelled('Phone number', { type: 'tel' }), password()], { buttons: ['Continue'], submitButtons: 1 }).kind).toBe('login');
    // A name beside them is a second thing about the person: an account being made.
    expect(classifyForm([labelled('Full name'), code, labelled('Phone number', { type: 'tel' }), password()], { buttons: ['Continue'], submitButtons: 1 }).kind).toBe('signup');
  });

  it('a password with an email and an address (more than one identifier): signup', () => {
    expect(classifyForm([labelled('Your member name'), password(), email(), labelled('Street address')], { buttons: ['Continue'] }).kind).toBe('signup');
    // A phone number next to the email is the other way to sign in, not a second fact.
    expect(classifyForm([labelled('Phone number', { type: 'tel' }), email(), password()], { buttons: ['Continue'] }).kind).not.toBe('signup');
  });

  it('a lone email box: newsletter only when something says so, not with a bare "Continue"', () => {
    expect(classifyForm([email()], { buttons: ['Get our newsletter'] }).kind).toBe('newsletter');
    expect(classifyForm([email()], { buttons: ['Continue'] }).kind).not.toBe('signup');
  });

  it('a lone email box whose submit says "Continue"/"Next" is the first step of a sign-in, in several languages', () => {
    for (const next of ['Continue', 'Next', 'Weiter', 'Continuer', 'Continuar', 'Avanti', 'Volgende', 'Dalej', 'Fortsätt', 'Devam', 'Далее', 'Далі', 'متابعة', '次へ', '下一步', '다음']) {
      expect(classifyForm([email()], { buttons: [next], submitButtons: 1 }).kind, next).toBe('login');
    }
    // Newsletter words still make it a newsletter; account-creation words a signup.
    expect(classifyForm([labelled('Email', { type: 'email', nearbyText: 'Subscribe to our newsletter' })], { buttons: ['Continue'], submitButtons: 1 }).kind).toBe('newsletter');
    expect(classifyForm([email()], { buttons: ['Continue'], submitButtons: 1, heading: 'Create your account' }).kind).toBe('signup');
    // A "Next" that does not submit the form (a carousel arrow beside a "Subscribe" submit) is no step of it.
    expect(classifyForm([email()], { buttons: ['Subscribe', 'Next'], submitButtons: 1 }).kind).toBe('newsletter');
    // A second field (a name) makes it a contact form, not an email-first sign-in.
    expect(classifyForm([labelled('Name'), email()], { buttons: ['Continue'], submitButtons: 1 }).kind).not.toBe('login');
  });

  it('with no button known to submit, a "Next"/"Continue" button is the form\'s own action and "Create account" beside it a way out', () => {
    for (const [next, create] of [
      ['Next', 'Create account'],
      ['Weiter', 'Konto erstellen'],
      ['Suivant', 'Créer un compte'],
      ['Далее', 'Создать аккаунт'],
    ]) {
      expect(classifyForm([email()], { buttons: [next!, create!], submitButtons: 0 }).kind, next).toBe('login');
      expect(classifyForm([email()], { buttons: [create!], submitButtons: 0 }).kind, create).toBe('signup');
    }
  });

  it('trial words on a lone email box start an account (signup); a bare "Sign up" there stays a newsletter', () => {
    for (const trial of ['Start free trial', 'Get started', 'Kostenlos testen', 'Essai gratuit', 'Prueba gratis', 'Prova gratis', 'Wypróbuj za darmo', 'Попробовать бесплатно', '無料トライアル', '免费试用', '무료 체험']) {
      expect(classifyForm([email()], { buttons: [trial], submitButtons: 1 }).kind, trial).toBe('signup');
    }
    expect(classifyForm([email()], { buttons: ['Sign up'], submitButtons: 1 }).kind).toBe('newsletter');
  });

  it('a short heading names the form; a long tagline that mentions registration does not make a sign-in form a signup', () => {
    const fields = () => [labelled('Username'), password()];
    for (const [short, tagline] of [
      ['Registration', 'Website hosting, server rental, domain name registration and support around the clock'],
      ['Registrierung', 'Webhosting, Server mieten, Registrierung von Domainnamen und Support rund um die Uhr'],
      ['Реєстрація', 'Український хостинг сайтів, оренда серверів, реєстрація доменних імен та підтримка'],
    ]) {
      expect(classifyForm(fields(), { buttons: ['OK'], submitButtons: 1, heading: short! }).kind, short).toBe('signup');
      expect(classifyForm(fields(), { buttons: ['OK'], submitButtons: 1, heading: tagline! }).kind, tagline).toBe('login');
    }
  });

  it('"Sign up" on a name and an email alone is a newsletter; on more than contact details (no password yet) a signup', () => {
    for (const button of ['Sign up', 'Regístrate', 'Iscriviti']) {
      expect(classifyForm([labelled('First name'), labelled('Last name'), email()], { buttons: [button], submitButtons: 1 }).kind, button).toBe('newsletter');
      const more = [labelled('First name'), labelled('Last name'), email(), labelled('Phone', { type: 'tel' }), labelled('Company')];
      expect(classifyForm(more, { buttons: [button], submitButtons: 1 }).kind, button).toBe('signup');
    }
  });

  it('a name and an email whose button says "Next" start an account, in several languages; with newsletter words they subscribe', () => {
    const contact = () => [labelled('Name'), email()];
    for (const next of ['Next', 'Weiter', 'Suivant', 'Siguiente', '次へ']) expect(classifyForm(contact(), { buttons: [next] }).kind, next).toBe('signup');
    expect(classifyForm(contact(), { buttons: ['Subscribe'] }).kind).toBe('newsletter');
    expect(classifyForm([labelled('Name'), labelled('Email for our weekly newsletter', { type: 'email' })], { buttons: ['Next'] }).kind).toBe('newsletter');
    // An email alone with "Next" is the first step of a sign-in.
    expect(classifyForm([email()], { buttons: ['Next'] }).kind).toBe('login');
  });

  it('a form with nothing recognisable is other', () => {
    expect(classifyForm([field({ name: 'xq1' }), select('', ['a', 'b'])]).kind).toBe('other');
  });

  it('classifies each form of a page on its own', () => {
    const analysis = classifyPage(page([form([labelled('Search')], { buttons: ['Search'] }), form([email(), password(), password('Repeat password')], { buttons: ['Register'] })]));
    expect(analysis.forms.map((f) => f.kind)).toEqual(['search', 'signup']);
  });
});

describe('form kind is read once, before the context rules', () => {
  const load = async () => ({
    ...(await import('../../../src/core/classify/field.ts')),
    ...(await import('../../../src/core/classify/form-kind.ts')),
    ...(await import('../../../src/core/classify/index.ts')),
    ...(await import('../../../src/core/classify/terms.ts')),
  });

  it('reads the words of a URL, not the addresses it passes along (a redirect target names another page)', async () => {
    const { pageCues } = await load();
    const { C } = await import('../../../src/core/classify/terms.ts');
    const at = (url: string) => pageCues(page([], { url }));
    for (const url of [
      'https://shop.example/signup?returnUrl=%2Faccount%2Flogin',
      'https://id.example/join?continue=https%3A%2F%2Fid.example%2Fsignin%3Fx%3D1&hl=en',
      'https://id.example/join?next=https://id.example/login',
    ]) {
      expect(at(url)[C['cue:signup']]!, url).toBeGreaterThan(0);
      expect(at(url)[C['cue:login']]!, url).toBe(0);
    }
    // A value that is a word, not an address, still counts ("route=account/login", "?mode=login").
    expect(at('https://shop.example/index.php?route=account/login')[C['cue:login']]!).toBeGreaterThan(0);
    expect(at('https://id.example/auth?mode=login')[C['cue:login']]!).toBeGreaterThan(0);
  });

  it("the context rules use the kind but cannot feed it back: a signup's password becomes new after the kind is read", async () => {
    const { scoreField, scorePage, formCues, detectFormKind, pageCues, T } = await load();
    const features = form([labelled('Email', { type: 'email' }), labelled('Password', { type: 'password' })], { buttons: ['Sign up'], submitButtons: 1 });
    const around = pageCues(page([features]));
    const passOne = features.fields.map((f, i) => scoreField(f, i));
    const { kind, fields } = scorePage(page([features]))[0]!;
    expect(kind).toBe(detectFormKind(passOne, formCues(features, around, passOne)));
    expect(kind).toBe('signup');
    expect(fields[1]!.top).toBe(T['new-password']); // the context rule ran after the kind
    expect(passOne[1]!.top).toBe(T['current-password']);
  });
});
