// Hebrew: the fields a signup and a checkout ask, and the form-kind probe's words.
import type { LanguageProbe } from './types.ts';

export const PROBE: LanguageProbe = {
  lang: 'he',
  captions: [
    ['שם פרטי', 'name', 'signup'],
    ['שם משפחה', 'name', 'signup'],
    ['שם מלא', 'name', 'checkout'],
    ['דואר אלקטרוני', 'email', 'signup'],
    ['טלפון נייד', 'phone', 'signup'],
    ['רחוב', 'address', 'checkout'],
    ['מספר בית', 'address', 'checkout'],
    ['עיר', 'address', 'checkout'],
    ['מיקוד', 'address', 'checkout'],
    ['מדינה', 'address', 'checkout'],
    ['תאריך לידה', 'date-of-birth', 'signup'],
    ['מספר כרטיס אשראי', 'payment', 'checkout'],
    ['תוקף', 'payment', 'checkout'],
    ['שם החברה', 'organization', 'signup'],
    ['תעודת זהות', 'government-id', 'signup'],
    ['מספר דרכון', 'government-id', 'signup'],
    ['ח.פ.', 'tax-id', 'checkout'],
    ['שם משתמש', 'credentials', 'signup'],
  ],
  words: {
    name: 'שם', email: 'אימייל', message: 'הודעה', comment: 'תגובה', website: 'אתר',
    newsletterHeading: 'הרשמה לניוזלטר', subscribe: 'הרשמה', contactHeading: 'צור קשר', send: 'שליחה',
    postComment: 'שלח תגובה', forgotHeading: 'שכחת סיסמה?', resetButton: 'שלח קישור לאיפוס',
    address: 'כתובת', city: 'עיר', zip: 'מיקוד', card: 'מספר כרטיס', expiry: 'תוקף', cvc: 'CVV',
    placeOrder: 'בצע הזמנה', checkoutHeading: 'קופה', loginHeading: 'התחברות', logIn: 'התחבר', password: 'סיסמה',
    continue: 'המשך', getStarted: 'התחילו עכשיו', createAccount: 'יצירת חשבון', signUp: 'הרשמה',
    phone: 'טלפון', company: 'חברה', step: 'שלב 2 מתוך 3', firstName: 'שם פרטי', lastName: 'שם משפחה',
    signupPath: '/register', shop: 'פולי קפה טריים', joinEmails: 'הרשמה',
    forgotLink: 'שכחת סיסמה?', agree: 'אני מסכים למדיניות הפרטיות', search: 'חיפוש', sendMessage: 'שלח הודעה', signUpFree: 'הרשמה חינם', register: 'הרשמה', webinarHeading: 'הרשמה לוובינר', eventPath: '/events/kenes-2026', eventTitle: 'הרשמה לכנס 2026', waitlistHeading: 'הצטרפו לרשימת ההמתנה', join: 'הצטרפו', demoHeading: 'בקשת הדגמה', quoteHeading: 'בקשת הצעת מחיר', trialHeading: 'התחילו ניסיון חינם', conferenceAccount: 'צרו חשבון כדי להירשם לכנס', jobPath: '/careers/developer', jobHeading: 'הגשת מועמדות למשרה', resume: 'קורות חיים', applyNow: 'הגישו מועמדות', volunteerHeading: 'התנדבו איתנו',
  },
};
