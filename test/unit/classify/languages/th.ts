// Thai: the fields a signup and a checkout ask, and the form-kind probe's words.
import type { LanguageProbe } from './types.ts';

export const PROBE: LanguageProbe = {
  lang: 'th',
  captions: [
    ['ชื่อจริง', 'name', 'signup'],
    ['นามสกุล', 'name', 'signup'],
    ['ชื่อ-นามสกุล', 'name', 'checkout'],
    ['อีเมล', 'email', 'signup'],
    ['เบอร์โทรศัพท์มือถือ', 'phone', 'signup'],
    ['ที่อยู่', 'address', 'checkout'],
    ['ตำบล/แขวง', 'address', 'checkout'],
    ['อำเภอ/เขต', 'address', 'checkout'],
    ['จังหวัด', 'address', 'checkout'],
    ['รหัสไปรษณีย์', 'address', 'checkout'],
    ['วันเกิด', 'date-of-birth', 'signup'],
    ['หมายเลขบัตรเครดิต', 'payment', 'checkout'],
    ['วันหมดอายุ', 'payment', 'checkout'],
    ['ชื่อบริษัท', 'organization', 'signup'],
    ['เลขบัตรประชาชน', 'government-id', 'signup'],
    ['หนังสือเดินทาง', 'government-id', 'signup'],
    ['ชื่อผู้ใช้', 'credentials', 'signup'],
  ],
  words: {
    name: 'ชื่อ', email: 'อีเมล', message: 'ข้อความ', comment: 'ความคิดเห็น', website: 'เว็บไซต์',
    newsletterHeading: 'สมัครรับข่าวสาร', subscribe: 'สมัครรับข่าวสาร', contactHeading: 'ติดต่อเรา', send: 'ส่ง',
    postComment: 'แสดงความคิดเห็น', forgotHeading: 'ลืมรหัสผ่าน?', resetButton: 'รีเซ็ตรหัสผ่าน',
    address: 'ที่อยู่', city: 'อำเภอ/เขต', zip: 'รหัสไปรษณีย์', card: 'หมายเลขบัตร', expiry: 'วันหมดอายุ', cvc: 'CVV',
    placeOrder: 'สั่งซื้อ', checkoutHeading: 'ชำระเงิน', loginHeading: 'เข้าสู่ระบบ', logIn: 'เข้าสู่ระบบ', password: 'รหัสผ่าน',
    continue: 'ดำเนินการต่อ', getStarted: 'เริ่มต้นใช้งาน', createAccount: 'สร้างบัญชี', signUp: 'สมัครสมาชิก',
    phone: 'เบอร์โทรศัพท์', company: 'บริษัท', step: 'ขั้นตอนที่ 2 จาก 3', firstName: 'ชื่อจริง', lastName: 'นามสกุล',
    signupPath: '/register', shop: 'เมล็ดกาแฟคั่วสด', joinEmails: 'สมัคร',
    forgotLink: 'ลืมรหัสผ่าน?', agree: 'ฉันยอมรับนโยบายความเป็นส่วนตัว', search: 'ค้นหา', sendMessage: 'ส่งข้อความ', signUpFree: 'สมัครฟรี', register: 'ลงทะเบียน', webinarHeading: 'ลงทะเบียนสัมมนาออนไลน์', eventPath: '/events/summit-2026', eventTitle: 'ลงทะเบียนงานสัมมนา 2026', waitlistHeading: 'ลงชื่อรอ', join: 'เข้าร่วม', demoHeading: 'ขอเดโม', quoteHeading: 'ขอใบเสนอราคา', trialHeading: 'ทดลองใช้ฟรี', conferenceAccount: 'สร้างบัญชีเพื่อลงทะเบียนงานสัมมนา', jobPath: '/careers/developer', jobHeading: 'สมัครงานตำแหน่งนักพัฒนา', resume: 'เรซูเม่', applyNow: 'สมัครงานเลย', volunteerHeading: 'ร่วมเป็นอาสาสมัคร',
  },
};
