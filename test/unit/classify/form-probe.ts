// A probe of whole pages (HTML → extract → classify) of the form kinds issue 19's held-out errors are
// about, written once per language from one vocabulary table: newsletter, contact, comment, password
// recovery and guest checkout forms must not read as signup; a login stays a login; email-first
// sign-ups, a later step of a multi-step sign-up and a bare email + password "Sign up" must.
import { parseHtml } from '../../../src/cli/parse-html.ts';
import { classifyPage } from '../../../src/core/classify/index.ts';
import type { FormKind } from '../../../src/core/report.ts';
import { extractPage } from '../../../src/dom/extract.ts';
import { resolveSelector } from '../../../src/dom/selector.ts';

export interface Words {
  name: string;
  email: string;
  message: string;
  comment: string;
  website: string;
  newsletterHeading: string;
  subscribe: string;
  contactHeading: string;
  send: string;
  postComment: string;
  forgotHeading: string;
  resetButton: string;
  address: string;
  city: string;
  zip: string;
  card: string;
  expiry: string;
  cvc: string;
  placeOrder: string;
  checkoutHeading: string;
  loginHeading: string;
  logIn: string;
  password: string;
  continue: string;
  getStarted: string;
  createAccount: string;
  signUp: string;
  phone: string;
  company: string;
  step: string;
  firstName: string;
  lastName: string;
  signupPath: string;
  shop: string;
  /** The word a newsletter box's button uses where it shares the sign-up verb (en "Sign up", fr "S'inscrire", pt "Cadastrar"). */
  joinEmails: string;
  forgotLink: string;
  agree: string;
  search: string;
  sendMessage: string;
  /** "Sign up for free": a free product's account. */
  signUpFree: string;
  /** The verb an event's form shares with account creation ("Register", "Anmelden", "报名"). */
  register: string;
  webinarHeading: string;
  /** The URL path of an event's page ("/events/summit"). */
  eventPath: string;
  /** The title of an event's registration page ("Summit 2026 registration"). */
  eventTitle: string;
  waitlistHeading: string;
  /** "Join" on a waiting list's button. */
  join: string;
  /** "Request a demo", as a heading and on the button. */
  demoHeading: string;
  quoteHeading: string;
  trialHeading: string;
  /** "Create your account to register for the conference": an event page's account form. */
  conferenceAccount: string;
  /** The URL path of a job opening ("/careers/senior-engineer"). */
  jobPath: string;
  /** A job application's heading ("Apply for this job", "Offre d’emploi : développeur"). */
  jobHeading: string;
  /** The caption of a résumé upload ("Resume/CV", "Lebenslauf", "履歴書"). */
  resume: string;
  /** A job application's button ("Apply now", "Jetzt bewerben", "応募する"). */
  applyNow: string;
  volunteerHeading: string;
}

export const WORDS: Record<string, Words> = {
  en: {
    name: 'Name', email: 'Email', message: 'Message', comment: 'Comment', website: 'Website',
    newsletterHeading: 'Newsletter', subscribe: 'Subscribe', contactHeading: 'Contact us', send: 'Send',
    postComment: 'Post Comment', forgotHeading: 'Forgot your password?', resetButton: 'Send reset link',
    address: 'Address', city: 'City', zip: 'Postal code', card: 'Card number', expiry: 'Expiration date', cvc: 'Security code',
    placeOrder: 'Place order', checkoutHeading: 'Checkout', loginHeading: 'Sign in', logIn: 'Log in', password: 'Password',
    continue: 'Continue', getStarted: 'Get started', createAccount: 'Create your account', signUp: 'Sign up',
    phone: 'Phone number', company: 'Company', step: 'Step 2 of 3', firstName: 'First name', lastName: 'Last name',
    signupPath: '/signup', shop: 'Fresh coffee beans', joinEmails: 'Sign up',
    forgotLink: 'Forgot password?', agree: 'I agree to the privacy policy', search: 'Search', sendMessage: 'Send message', signUpFree: 'Sign up for free', register: 'Register', webinarHeading: 'Register for the webinar', eventPath: '/events/summit', eventTitle: 'Summit 2026 registration', waitlistHeading: 'Join the waitlist', join: 'Join', demoHeading: 'Request a demo', quoteHeading: 'Get a quote', trialHeading: 'Start your free trial', conferenceAccount: 'Create your account to register for the conference', jobPath: '/careers/senior-engineer', jobHeading: 'Apply for this job', resume: 'Resume/CV', applyNow: 'Apply now', volunteerHeading: 'Volunteer with us',
  },
  de: {
    name: 'Name', email: 'E-Mail-Adresse', message: 'Ihre Nachricht', comment: 'Kommentar', website: 'Website',
    newsletterHeading: 'Newsletter abonnieren', subscribe: 'Abonnieren', contactHeading: 'Kontakt', send: 'Absenden',
    postComment: 'Kommentar abschicken', forgotHeading: 'Passwort vergessen?', resetButton: 'Link senden',
    address: 'Straße und Hausnummer', city: 'Ort', zip: 'PLZ', card: 'Kartennummer', expiry: 'Ablaufdatum', cvc: 'Prüfnummer',
    placeOrder: 'Jetzt kaufen', checkoutHeading: 'Kasse', loginHeading: 'Anmelden', logIn: 'Anmelden', password: 'Passwort',
    continue: 'Weiter', getStarted: 'Jetzt starten', createAccount: 'Konto erstellen', signUp: 'Registrieren',
    phone: 'Telefonnummer', company: 'Firma', step: 'Schritt 2 von 3', firstName: 'Vorname', lastName: 'Nachname',
    signupPath: '/registrieren', shop: 'Frische Kaffeebohnen', joinEmails: 'Eintragen',
    forgotLink: 'Passwort vergessen?', agree: 'Ich stimme der Datenschutzerklärung zu', search: 'Suchen', sendMessage: 'Nachricht senden', signUpFree: 'Kostenlos anmelden', register: 'Jetzt registrieren', webinarHeading: 'Zum Webinar anmelden', eventPath: '/veranstaltungen/gipfel-2026', eventTitle: 'Anmeldung zur Konferenz 2026', waitlistHeading: 'Auf die Warteliste', join: 'Eintragen', demoHeading: 'Demo anfordern', quoteHeading: 'Angebot anfordern', trialHeading: 'Jetzt kostenlos testen', conferenceAccount: 'Konto erstellen und zur Konferenz anmelden', jobPath: '/karriere/entwickler', jobHeading: 'Online-Bewerbung', resume: 'Lebenslauf', applyNow: 'Jetzt bewerben', volunteerHeading: 'Ehrenamtlich mitarbeiten',
  },
  fr: {
    name: 'Nom', email: 'Adresse e-mail', message: 'Votre message', comment: 'Commentaire', website: 'Site web',
    newsletterHeading: 'Inscrivez-vous à notre newsletter', subscribe: "S'abonner", contactHeading: 'Contactez-nous', send: 'Envoyer',
    postComment: 'Laisser un commentaire', forgotHeading: 'Mot de passe oublié ?', resetButton: 'Envoyer le lien',
    address: 'Adresse', city: 'Ville', zip: 'Code postal', card: 'Numéro de carte', expiry: "Date d'expiration", cvc: 'Cryptogramme',
    placeOrder: 'Payer', checkoutHeading: 'Paiement', loginHeading: 'Connexion', logIn: 'Se connecter', password: 'Mot de passe',
    continue: 'Continuer', getStarted: 'Commencer', createAccount: 'Créer un compte', signUp: "S'inscrire",
    phone: 'Téléphone', company: 'Société', step: 'Étape 2 sur 3', firstName: 'Prénom', lastName: 'Nom de famille',
    signupPath: '/inscription', shop: 'Café frais', joinEmails: "S'inscrire",
    forgotLink: 'Mot de passe oublié ?', agree: "J'accepte la politique de confidentialité", search: 'Rechercher', sendMessage: 'Envoyer le message', signUpFree: "S'inscrire gratuitement", register: "S'inscrire", webinarHeading: 'Inscrivez-vous au webinaire', eventPath: '/evenements/sommet-2026', eventTitle: 'Inscription à la conférence 2026', waitlistHeading: "Rejoignez la liste d'attente", join: 'Rejoindre', demoHeading: 'Demander une démo', quoteHeading: 'Obtenir un devis', trialHeading: 'Commencez votre essai gratuit', conferenceAccount: 'Créez votre compte pour vous inscrire à la conférence', jobPath: '/emploi/developpeur', jobHeading: 'Offre d’emploi : développeur', resume: 'CV', applyNow: 'Postuler', volunteerHeading: 'Devenir bénévole',
  },
  es: {
    name: 'Nombre', email: 'Correo electrónico', message: 'Mensaje', comment: 'Comentario', website: 'Sitio web',
    newsletterHeading: 'Suscríbete a nuestro boletín', subscribe: 'Suscribirse', contactHeading: 'Contáctanos', send: 'Enviar',
    postComment: 'Publicar comentario', forgotHeading: '¿Olvidaste tu contraseña?', resetButton: 'Enviar enlace',
    address: 'Dirección', city: 'Ciudad', zip: 'Código postal', card: 'Número de tarjeta', expiry: 'Fecha de caducidad', cvc: 'CVV',
    placeOrder: 'Realizar pedido', checkoutHeading: 'Finalizar compra', loginHeading: 'Iniciar sesión', logIn: 'Iniciar sesión', password: 'Contraseña',
    continue: 'Continuar', getStarted: 'Empezar', createAccount: 'Crear cuenta', signUp: 'Registrarse',
    phone: 'Teléfono', company: 'Empresa', step: 'Paso 2 de 3', firstName: 'Nombre', lastName: 'Apellidos',
    signupPath: '/registro', shop: 'Café recién tostado', joinEmails: 'Regístrate',
    forgotLink: '¿Olvidaste tu contraseña?', agree: 'Acepto la política de privacidad', search: 'Buscar', sendMessage: 'Enviar mensaje', signUpFree: 'Regístrate gratis', register: 'Registrarse', webinarHeading: 'Regístrate al webinar', eventPath: '/eventos/cumbre-2026', eventTitle: 'Inscripción al congreso 2026', waitlistHeading: 'Únete a la lista de espera', join: 'Unirme', demoHeading: 'Solicita una demo', quoteHeading: 'Solicitar presupuesto', trialHeading: 'Comienza tu prueba gratuita', conferenceAccount: 'Crea tu cuenta para inscribirte en la conferencia', jobPath: '/empleo/desarrollador', jobHeading: 'Solicitud de empleo', resume: 'Currículum', applyNow: 'Postúlate', volunteerHeading: 'Hazte voluntario',
  },
  pt: {
    name: 'Nome', email: 'E-mail', message: 'Mensagem', comment: 'Comentário', website: 'Site',
    newsletterHeading: 'Assine nossa newsletter', subscribe: 'Assinar', contactHeading: 'Fale conosco', send: 'Enviar',
    postComment: 'Publicar comentário', forgotHeading: 'Esqueceu sua senha?', resetButton: 'Enviar link',
    address: 'Endereço', city: 'Cidade', zip: 'CEP', card: 'Número do cartão', expiry: 'Validade', cvc: 'CVV',
    placeOrder: 'Finalizar pedido', checkoutHeading: 'Finalizar compra', loginHeading: 'Entrar', logIn: 'Entrar', password: 'Senha',
    continue: 'Continuar', getStarted: 'Começar', createAccount: 'Criar conta', signUp: 'Cadastrar',
    phone: 'Telefone', company: 'Empresa', step: 'Etapa 2 de 3', firstName: 'Nome', lastName: 'Sobrenome',
    signupPath: '/cadastro', shop: 'Café fresco', joinEmails: 'Cadastrar',
    forgotLink: 'Esqueceu sua senha?', agree: 'Concordo com a política de privacidade', search: 'Buscar', sendMessage: 'Enviar mensagem', signUpFree: 'Cadastre-se grátis', register: 'Inscrever-se', webinarHeading: 'Inscreva-se no webinar', eventPath: '/eventos/cupula-2026', eventTitle: 'Inscrição na conferência 2026', waitlistHeading: 'Entre na lista de espera', join: 'Inscrever', demoHeading: 'Solicitar demonstração', quoteHeading: 'Solicitar orçamento', trialHeading: 'Comece seu teste grátis', conferenceAccount: 'Crie sua conta para se inscrever na conferência', jobPath: '/vagas/desenvolvedor', jobHeading: 'Vaga de emprego: desenvolvedor', resume: 'Currículo', applyNow: 'Candidate-se', volunteerHeading: 'Seja voluntário',
  },
  ru: {
    name: 'Имя', email: 'Электронная почта', message: 'Сообщение', comment: 'Комментарий', website: 'Сайт',
    newsletterHeading: 'Подпишитесь на рассылку', subscribe: 'Подписаться', contactHeading: 'Свяжитесь с нами', send: 'Отправить',
    postComment: 'Отправить комментарий', forgotHeading: 'Забыли пароль?', resetButton: 'Отправить ссылку',
    address: 'Адрес', city: 'Город', zip: 'Почтовый индекс', card: 'Номер карты', expiry: 'Срок действия', cvc: 'CVC',
    placeOrder: 'Оформить заказ', checkoutHeading: 'Оформление заказа', loginHeading: 'Вход', logIn: 'Войти', password: 'Пароль',
    continue: 'Продолжить', getStarted: 'Начать', createAccount: 'Создать аккаунт', signUp: 'Зарегистрироваться',
    phone: 'Телефон', company: 'Компания', step: 'Шаг 2 из 3', firstName: 'Имя', lastName: 'Фамилия',
    signupPath: '/register', shop: 'Свежий кофе', joinEmails: 'Подписаться',
    forgotLink: 'Забыли пароль?', agree: 'Я согласен с политикой конфиденциальности', search: 'Поиск', sendMessage: 'Отправить сообщение', signUpFree: 'Зарегистрироваться бесплатно', register: 'Зарегистрироваться', webinarHeading: 'Регистрация на вебинар', eventPath: '/events/summit-2026', eventTitle: 'Регистрация на конференцию 2026', waitlistHeading: 'Встать в лист ожидания', join: 'Записаться', demoHeading: 'Запросить демо', quoteHeading: 'Запросить коммерческое предложение', trialHeading: 'Бесплатный пробный период', conferenceAccount: 'Создайте аккаунт для участия в конференции', jobPath: '/vakansii/razrabotchik', jobHeading: 'Отклик на вакансию', resume: 'Резюме', applyNow: 'Откликнуться', volunteerHeading: 'Стать волонтёром',
  },
  zh: {
    name: '姓名', email: '电子邮箱', message: '留言内容', comment: '评论', website: '网站',
    newsletterHeading: '订阅我们的新闻通讯', subscribe: '订阅', contactHeading: '联系我们', send: '提交',
    postComment: '发表评论', forgotHeading: '忘记密码', resetButton: '发送重置链接',
    address: '地址', city: '城市', zip: '邮政编码', card: '卡号', expiry: '有效期', cvc: '安全码',
    placeOrder: '提交订单', checkoutHeading: '结算', loginHeading: '登录', logIn: '登录', password: '密码',
    continue: '继续', getStarted: '开始使用', createAccount: '创建账户', signUp: '注册',
    phone: '手机号码', company: '公司名称', step: '第 2 步，共 3 步', firstName: '名', lastName: '姓',
    signupPath: '/register', shop: '新鲜咖啡豆', joinEmails: '订阅',
    forgotLink: '忘记密码？', agree: '我同意隐私政策', search: '搜索', sendMessage: '发送消息', signUpFree: '免费注册', register: '立即报名', webinarHeading: '网络研讨会报名', eventPath: '/events/summit-2026', eventTitle: '2026 峰会报名', waitlistHeading: '加入候补名单', join: '加入', demoHeading: '预约演示', quoteHeading: '获取报价', trialHeading: '开始免费试用', conferenceAccount: '创建账户以报名参加大会', jobPath: '/careers/engineer', jobHeading: '职位申请', resume: '简历', applyNow: '立即申请', volunteerHeading: '成为志愿者',
  },
  ja: {
    name: 'お名前', email: 'メールアドレス', message: 'お問い合わせ内容', comment: 'コメント', website: 'ウェブサイト',
    newsletterHeading: 'メールマガジン登録', subscribe: '購読する', contactHeading: 'お問い合わせ', send: '送信',
    postComment: 'コメントを送信', forgotHeading: 'パスワードをお忘れですか', resetButton: '再設定メールを送信',
    address: '住所', city: '市区町村', zip: '郵便番号', card: 'カード番号', expiry: '有効期限', cvc: 'セキュリティコード',
    placeOrder: '注文を確定する', checkoutHeading: 'ご購入手続き', loginHeading: 'ログイン', logIn: 'ログイン', password: 'パスワード',
    continue: '次へ', getStarted: '始める', createAccount: 'アカウント作成', signUp: '新規登録',
    phone: '電話番号', company: '会社名', step: 'ステップ 2/3', firstName: '名', lastName: '姓',
    signupPath: '/signup', shop: '新鮮なコーヒー豆', joinEmails: '登録する',
    forgotLink: 'パスワードをお忘れですか？', agree: 'プライバシーポリシーに同意する', search: '検索', sendMessage: 'メッセージを送信', signUpFree: '無料会員登録', register: '申し込む', webinarHeading: 'ウェビナー参加申込', eventPath: '/events/summit-2026', eventTitle: 'サミット2026 参加登録', waitlistHeading: 'キャンセル待ちに登録', join: '登録する', demoHeading: 'デモを申し込む', quoteHeading: 'お見積もり依頼', trialHeading: '無料トライアルを開始', conferenceAccount: 'カンファレンス参加のためのアカウント作成', jobPath: '/saiyo/engineer', jobHeading: '募集要項', resume: '履歴書', applyNow: '応募する', volunteerHeading: 'ボランティア募集',
  },
  ko: {
    name: '이름', email: '이메일', message: '메시지', comment: '댓글', website: '웹사이트',
    newsletterHeading: '뉴스레터 구독', subscribe: '구독하기', contactHeading: '문의하기', send: '보내기',
    postComment: '댓글 등록', forgotHeading: '비밀번호를 잊으셨나요?', resetButton: '재설정 링크 보내기',
    address: '주소', city: '도시', zip: '우편번호', card: '카드 번호', expiry: '유효기간', cvc: 'CVC',
    placeOrder: '주문하기', checkoutHeading: '결제', loginHeading: '로그인', logIn: '로그인', password: '비밀번호',
    continue: '계속', getStarted: '시작하기', createAccount: '계정 만들기', signUp: '회원가입',
    phone: '전화번호', company: '회사명', step: '2/3단계', firstName: '이름', lastName: '성',
    signupPath: '/join', shop: '신선한 커피', joinEmails: '신청하기',
    forgotLink: '비밀번호를 잊으셨나요?', agree: '개인정보처리방침에 동의합니다', search: '검색', sendMessage: '메시지 보내기', signUpFree: '무료 회원가입', register: '신청하기', webinarHeading: '웨비나 참가 신청', eventPath: '/events/summit-2026', eventTitle: '2026 서밋 참가 신청', waitlistHeading: '대기자 명단 등록', join: '등록하기', demoHeading: '데모 신청', quoteHeading: '견적 요청', trialHeading: '무료 체험 시작', conferenceAccount: '컨퍼런스 참가를 위한 계정 만들기', jobPath: '/careers/engineer', jobHeading: '입사지원', resume: '이력서', applyNow: '지원하기', volunteerHeading: '자원봉사 신청',
  },
  tr: {
    name: 'Ad Soyad', email: 'E-posta', message: 'Mesajınız', comment: 'Yorum', website: 'Web sitesi',
    newsletterHeading: 'Bültenimize abone olun', subscribe: 'Abone ol', contactHeading: 'Bize ulaşın', send: 'Gönder',
    postComment: 'Yorum gönder', forgotHeading: 'Şifrenizi mi unuttunuz?', resetButton: 'Sıfırlama bağlantısı gönder',
    address: 'Adres', city: 'Şehir', zip: 'Posta kodu', card: 'Kart numarası', expiry: 'Son kullanma tarihi', cvc: 'CVV',
    placeOrder: 'Siparişi tamamla', checkoutHeading: 'Ödeme', loginHeading: 'Giriş', logIn: 'Giriş yap', password: 'Şifre',
    continue: 'Devam', getStarted: 'Başlayın', createAccount: 'Hesap oluştur', signUp: 'Kayıt ol',
    phone: 'Telefon', company: 'Şirket', step: 'Adım 2 / 3', firstName: 'Ad', lastName: 'Soyad',
    signupPath: '/kayit', shop: 'Taze kahve', joinEmails: 'Kaydol',
    forgotLink: 'Şifremi unuttum', agree: 'Gizlilik politikasını kabul ediyorum', search: 'Ara', sendMessage: 'Mesaj gönder', signUpFree: 'Ücretsiz kaydol', register: 'Kayıt ol', webinarHeading: 'Webinara kayıt olun', eventPath: '/etkinlikler/zirve-2026', eventTitle: 'Zirve 2026 kayıt', waitlistHeading: 'Bekleme listesine katılın', join: 'Katıl', demoHeading: 'Demo talep et', quoteHeading: 'Fiyat teklifi al', trialHeading: 'Ücretsiz deneme başlat', conferenceAccount: 'Konferansa kayıt olmak için hesap oluştur', jobPath: '/kariyer/yazilimci', jobHeading: 'İş başvurusu', resume: 'Özgeçmiş', applyNow: 'Hemen başvur', volunteerHeading: 'Gönüllü ol',
  },
  pl: {
    name: 'Imię i nazwisko', email: 'Adres e-mail', message: 'Wiadomość', comment: 'Komentarz', website: 'Strona internetowa',
    newsletterHeading: 'Zapisz się do newslettera', subscribe: 'Zapisz się', contactHeading: 'Kontakt', send: 'Wyślij',
    postComment: 'Opublikuj komentarz', forgotHeading: 'Nie pamiętasz hasła?', resetButton: 'Wyślij link',
    address: 'Adres', city: 'Miasto', zip: 'Kod pocztowy', card: 'Numer karty', expiry: 'Data ważności', cvc: 'CVV',
    placeOrder: 'Zamawiam i płacę', checkoutHeading: 'Kasa', loginHeading: 'Logowanie', logIn: 'Zaloguj się', password: 'Hasło',
    continue: 'Dalej', getStarted: 'Rozpocznij', createAccount: 'Załóż konto', signUp: 'Zarejestruj się',
    phone: 'Telefon', company: 'Firma', step: 'Krok 2 z 3', firstName: 'Imię', lastName: 'Nazwisko',
    signupPath: '/rejestracja', shop: 'Świeża kawa', joinEmails: 'Zapisz się',
    forgotLink: 'Nie pamiętasz hasła?', agree: 'Akceptuję politykę prywatności', search: 'Szukaj', sendMessage: 'Wyślij wiadomość', signUpFree: 'Zarejestruj się za darmo', register: 'Zarejestruj się', webinarHeading: 'Zapisz się na webinar', eventPath: '/wydarzenia/szczyt-2026', eventTitle: 'Rejestracja na konferencję 2026', waitlistHeading: 'Dołącz do listy oczekujących', join: 'Dołącz', demoHeading: 'Umów demo', quoteHeading: 'Poproś o wycenę', trialHeading: 'Rozpocznij darmowy okres próbny', conferenceAccount: 'Załóż konto, aby zarejestrować się na konferencję', jobPath: '/kariera/programista', jobHeading: 'Oferta pracy: programista', resume: 'CV', applyNow: 'Aplikuj', volunteerHeading: 'Zostań wolontariuszem',
  },
  it: {
    name: 'Nome', email: 'Indirizzo email', message: 'Messaggio', comment: 'Commento', website: 'Sito web', newsletterHeading: 'Iscriviti alla nostra newsletter', subscribe: 'Iscriviti', contactHeading: 'Contattaci', send: 'Invia', postComment: 'Pubblica il commento', forgotHeading: 'Hai dimenticato la password?', resetButton: 'Invia link di reimpostazione', address: 'Indirizzo', city: 'Città', zip: 'CAP', card: 'Numero della carta', expiry: 'Data di scadenza', cvc: 'CVV', placeOrder: 'Conferma ordine', checkoutHeading: 'Cassa', loginHeading: 'Accedi', logIn: 'Accedi', password: 'Password', continue: 'Continua', getStarted: 'Inizia ora', createAccount: 'Crea un account', signUp: 'Registrati', phone: 'Telefono', company: 'Azienda', step: 'Passo 2 di 3', firstName: 'Nome', lastName: 'Cognome', signupPath: '/registrazione', shop: 'Caffè fresco', joinEmails: 'Iscriviti', forgotLink: 'Password dimenticata?', agree: "Accetto l'informativa sulla privacy", search: 'Cerca', sendMessage: 'Invia messaggio', signUpFree: 'Registrati gratis', register: 'Registrati', webinarHeading: 'Iscriviti al webinar', eventPath: '/eventi/summit-2026', eventTitle: 'Iscrizione al convegno 2026', waitlistHeading: "Iscriviti alla lista d'attesa", join: 'Iscriviti', demoHeading: 'Richiedi una demo', quoteHeading: 'Richiedi un preventivo', trialHeading: 'Inizia la prova gratuita', conferenceAccount: 'Crea il tuo account per iscriverti alla conferenza', jobPath: '/lavora-con-noi/sviluppatore', jobHeading: 'Candidatura: sviluppatore', resume: 'Curriculum', applyNow: 'Candidati', volunteerHeading: 'Diventa volontario',
  },
  nl: {
    name: 'Naam', email: 'E-mailadres', message: 'Bericht', comment: 'Reactie', website: 'Website', newsletterHeading: 'Schrijf je in voor onze nieuwsbrief', subscribe: 'Inschrijven', contactHeading: 'Neem contact op', send: 'Verzenden', postComment: 'Reactie plaatsen', forgotHeading: 'Wachtwoord vergeten?', resetButton: 'Link versturen', address: 'Adres', city: 'Plaats', zip: 'Postcode', card: 'Kaartnummer', expiry: 'Vervaldatum', cvc: 'CVC', placeOrder: 'Bestelling plaatsen', checkoutHeading: 'Afrekenen', loginHeading: 'Inloggen', logIn: 'Inloggen', password: 'Wachtwoord', continue: 'Doorgaan', getStarted: 'Aan de slag', createAccount: 'Account aanmaken', signUp: 'Registreren', phone: 'Telefoonnummer', company: 'Bedrijf', step: 'Stap 2 van 3', firstName: 'Voornaam', lastName: 'Achternaam', signupPath: '/registreren', shop: 'Verse koffie', joinEmails: 'Inschrijven', forgotLink: 'Wachtwoord vergeten?', agree: 'Ik ga akkoord met het privacybeleid', search: 'Zoeken', sendMessage: 'Bericht versturen', signUpFree: 'Gratis aanmelden', register: 'Aanmelden', webinarHeading: 'Aanmelden voor het webinar', eventPath: '/evenementen/top-2026', eventTitle: 'Inschrijving congres 2026', waitlistHeading: 'Zet je op de wachtlijst', join: 'Aanmelden', demoHeading: 'Demo aanvragen', quoteHeading: 'Vraag een offerte aan', trialHeading: 'Probeer gratis', conferenceAccount: 'Maak een account aan om je aan te melden voor de conferentie', jobPath: '/vacatures/ontwikkelaar', jobHeading: 'Vacature: ontwikkelaar', resume: 'CV', applyNow: 'Solliciteer nu', volunteerHeading: 'Word vrijwilliger',
  },
  sv: {
    name: 'Namn', email: 'E-postadress', message: 'Meddelande', comment: 'Kommentar', website: 'Webbplats', newsletterHeading: 'Prenumerera på vårt nyhetsbrev', subscribe: 'Prenumerera', contactHeading: 'Kontakta oss', send: 'Skicka', postComment: 'Skicka kommentar', forgotHeading: 'Glömt ditt lösenord?', resetButton: 'Skicka länk', address: 'Adress', city: 'Ort', zip: 'Postnummer', card: 'Kortnummer', expiry: 'Utgångsdatum', cvc: 'CVC', placeOrder: 'Slutför köp', checkoutHeading: 'Kassa', loginHeading: 'Logga in', logIn: 'Logga in', password: 'Lösenord', continue: 'Fortsätt', getStarted: 'Kom igång', createAccount: 'Skapa konto', signUp: 'Registrera dig', phone: 'Telefonnummer', company: 'Företag', step: 'Steg 2 av 3', firstName: 'Förnamn', lastName: 'Efternamn', signupPath: '/registrera', shop: 'Färskt kaffe', joinEmails: 'Prenumerera', forgotLink: 'Glömt lösenordet?', agree: 'Jag godkänner integritetspolicyn', search: 'Sök', sendMessage: 'Skicka meddelande', signUpFree: 'Registrera dig gratis', register: 'Anmäl dig', webinarHeading: 'Anmäl dig till webbinariet', eventPath: '/evenemang/toppmote-2026', eventTitle: 'Anmälan till konferens 2026', waitlistHeading: 'Skriv upp dig på väntelistan', join: 'Gå med', demoHeading: 'Boka en demo', quoteHeading: 'Begär offert', trialHeading: 'Prova gratis', conferenceAccount: 'Skapa ett konto för att anmäla dig till konferensen', jobPath: '/lediga-jobb/utvecklare', jobHeading: 'Lediga tjänster', resume: 'CV', applyNow: 'Sök jobbet', volunteerHeading: 'Bli volontär',
  },
  uk: {
    name: 'Ім’я', email: 'Електронна пошта', message: 'Повідомлення', comment: 'Коментар', website: 'Сайт', newsletterHeading: 'Підпишіться на розсилку', subscribe: 'Підписатися', contactHeading: 'Зв’яжіться з нами', send: 'Надіслати', postComment: 'Надіслати коментар', forgotHeading: 'Забули пароль?', resetButton: 'Надіслати посилання', address: 'Адреса', city: 'Місто', zip: 'Поштовий індекс', card: 'Номер картки', expiry: 'Термін дії', cvc: 'CVV', placeOrder: 'Оформити замовлення', checkoutHeading: 'Оформлення замовлення', loginHeading: 'Вхід', logIn: 'Увійти', password: 'Пароль', continue: 'Продовжити', getStarted: 'Почати', createAccount: 'Створити акаунт', signUp: 'Зареєструватися', phone: 'Телефон', company: 'Компанія', step: 'Крок 2 з 3', firstName: 'Ім’я', lastName: 'Прізвище', signupPath: '/register', shop: 'Свіжа кава', joinEmails: 'Підписатися', forgotLink: 'Забули пароль?', agree: 'Я погоджуюся з політикою конфіденційності', search: 'Пошук', sendMessage: 'Надіслати повідомлення', signUpFree: 'Зареєструватися безкоштовно', register: 'Зареєструватися', webinarHeading: 'Реєстрація на вебінар', eventPath: '/events/summit-2026', eventTitle: 'Реєстрація на конференцію 2026', waitlistHeading: 'Приєднатися до списку очікування', join: 'Приєднатися', demoHeading: 'Замовити демо', quoteHeading: 'Отримати комерційну пропозицію', trialHeading: 'Спробувати безкоштовно', conferenceAccount: 'Створіть обліковий запис для участі в конференції', jobPath: '/vakansii/rozrobnyk', jobHeading: 'Вакансія: розробник', resume: 'Резюме', applyNow: 'Відгукнутися', volunteerHeading: 'Стати волонтером',
  },
  ar: {
    name: 'الاسم', email: 'البريد الإلكتروني', message: 'رسالتك', comment: 'التعليق', website: 'الموقع الإلكتروني', newsletterHeading: 'اشترك في النشرة الإخبارية', subscribe: 'اشترك', contactHeading: 'اتصل بنا', send: 'إرسال', postComment: 'نشر التعليق', forgotHeading: 'هل نسيت كلمة المرور؟', resetButton: 'إرسال رابط إعادة التعيين', address: 'العنوان', city: 'المدينة', zip: 'الرمز البريدي', card: 'رقم البطاقة', expiry: 'تاريخ الانتهاء', cvc: 'رمز الأمان', placeOrder: 'تأكيد الطلب', checkoutHeading: 'إتمام الشراء', loginHeading: 'تسجيل الدخول', logIn: 'تسجيل الدخول', password: 'كلمة المرور', continue: 'متابعة', getStarted: 'ابدأ الآن', createAccount: 'إنشاء حساب', signUp: 'التسجيل', phone: 'رقم الهاتف', company: 'الشركة', step: 'الخطوة 2 من 3', firstName: 'الاسم الأول', lastName: 'اسم العائلة', signupPath: '/register', shop: 'قهوة طازجة', joinEmails: 'اشترك', forgotLink: 'نسيت كلمة المرور؟', agree: 'أوافق على سياسة الخصوصية', search: 'بحث', sendMessage: 'إرسال الرسالة', signUpFree: 'سجل مجانا', register: 'سجل الآن', webinarHeading: 'سجل في الندوة', eventPath: '/events/summit-2026', eventTitle: 'التسجيل في مؤتمر 2026', waitlistHeading: 'انضم إلى قائمة الانتظار', join: 'انضم', demoHeading: 'اطلب عرضا توضيحيا', quoteHeading: 'اطلب عرض سعر', trialHeading: 'تجربة مجانية لمدة 30 يوما', conferenceAccount: 'أنشئ حسابك للتسجيل في المؤتمر', jobPath: '/careers/developer', jobHeading: 'طلب توظيف', resume: 'السيرة الذاتية', applyNow: 'قدم الآن', volunteerHeading: 'كن متطوعا',
  },
  az: {
    name: 'Ad', email: 'E-poçt', message: 'Mesajınız', comment: 'Şərh', website: 'Veb sayt', newsletterHeading: 'Bülletenə abunə olun', subscribe: 'Abunə ol', contactHeading: 'Bizimlə əlaqə', send: 'Göndər', postComment: 'Şərh göndər', forgotHeading: 'Şifrəni unutmusunuz?', resetButton: 'Bərpa linkini göndər', address: 'Küçə ünvanı', city: 'Şəhər', zip: 'Poçt indeksi', card: 'Kart nömrəsi', expiry: 'Bitmə tarixi', cvc: 'CVV', placeOrder: 'Sifarişi tamamla', checkoutHeading: 'Ödəniş', loginHeading: 'Daxil ol', logIn: 'Daxil ol', password: 'Şifrə', continue: 'Davam et', getStarted: 'Başla', createAccount: 'Hesab yarat', signUp: 'Qeydiyyatdan keç', phone: 'Telefon nömrəsi', company: 'Şirkət', step: 'Addım 2 / 3', firstName: 'Ad', lastName: 'Soyad', signupPath: '/qeydiyyat', shop: 'Təzə qəhvə', joinEmails: 'Abunə ol', forgotLink: 'Şifrəni unutmusunuz?', agree: 'Məxfilik siyasətini qəbul edirəm', search: 'Axtar', sendMessage: 'Mesaj göndər', signUpFree: 'Pulsuz qeydiyyat', register: 'Qeydiyyatdan keç', webinarHeading: 'Vebinara qeydiyyat', eventPath: '/events/summit-2026', eventTitle: 'Konfrans 2026 qeydiyyat', waitlistHeading: 'Gözləmə siyahısına qoşul', join: 'Qoşul', demoHeading: 'Demo sifariş et', quoteHeading: 'Qiymət təklifi alın', trialHeading: 'Pulsuz sınaq', conferenceAccount: 'Konfransa qeydiyyat üçün hesab yaradın', jobPath: '/vakansiya/proqramci', jobHeading: 'Vakansiya: proqramçı', resume: 'CV', applyNow: 'Müraciət et', volunteerHeading: 'Könüllü ol',
  },
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const input = (label: string, type = 'text', name = '') => `<label>${esc(label)} <input type="${type}" name="${name}"></label>`;
const placeholder = (text: string, type = 'text', name = '') => `<input type="${type}" name="${name}" placeholder="${esc(text)}">`;
const textarea = (label: string, name: string) => `<label>${esc(label)} <textarea name="${name}"></textarea></label>`;
const button = (text: string) => `<button type="submit">${esc(text)}</button>`;

export interface ProbePage {
  /** What the probe is ("contact form"). */
  readonly what: string;
  readonly expected: FormKind;
  readonly path: string;
  readonly title: string;
  /** Body HTML (the form of interest marked id="probe"; other forms may stand around it). */
  readonly body: string;
}

/** The probe pages for one language. */
export function probePages(w: Words): ProbePage[] {
  const main = `<h1>${esc(w.shop)}</h1><p>…</p>`;
  return [
    { what: 'footer newsletter (email + subscribe)', expected: 'newsletter', path: '/', title: w.shop, body: `${main}<footer><h3>${esc(w.newsletterHeading)}</h3><form id="probe">${placeholder(w.email, 'email', 'EMAIL')}${button(w.subscribe)}</form></footer>` },
    { what: 'footer newsletter, "Sign up" button', expected: 'newsletter', path: '/', title: w.shop, body: `${main}<footer><h3>${esc(w.newsletterHeading)}</h3><form id="probe">${placeholder(w.email, 'email', 'email')}${button(w.signUp)}</form></footer>` },
    { what: 'bare email box + "Sign up" in a footer', expected: 'newsletter', path: '/', title: w.shop, body: `${main}<footer><form id="probe">${placeholder(w.email, 'email', 'email')}${button(w.joinEmails)}</form></footer>` },
    { what: 'newsletter (name, email) under a newsletter heading, sign-up verb', expected: 'newsletter', path: '/', title: w.shop, body: `${main}<h3>${esc(w.newsletterHeading)}</h3><form id="probe">${placeholder(w.name, 'text', 'name')}${placeholder(w.email, 'email', 'email')}${button(w.joinEmails)}</form>` },
    { what: 'contact form (name, email, message)', expected: 'other', path: '/contact', title: w.contactHeading, body: `<h1>${esc(w.contactHeading)}</h1><form id="probe">${input(w.name, 'text', 'name')}${input(w.email, 'email', 'email')}${textarea(w.message, 'message')}${button(w.send)}</form>` },
    { what: 'contact form with phone, generic page', expected: 'other', path: '/', title: w.shop, body: `${main}<form id="probe">${input(w.name, 'text', 'name')}${input(w.email, 'email', 'email')}${input(w.phone, 'tel', 'phone')}${textarea(w.message, 'message')}${button(w.send)}</form>` },
    { what: 'contact form without a message box (name, email, phone, "Send message")', expected: 'other', path: '/', title: w.shop, body: `<h2>${esc(w.contactHeading)}</h2><form id="probe">${input(w.name, 'text', 'name')}${input(w.email, 'email', 'email')}${input(w.phone, 'tel', 'phone')}${button(w.sendMessage)}</form>` },
    { what: 'comment form, generic button', expected: 'other', path: '/blog/a-post', title: w.shop, body: `${main}<h3>${esc(w.comment)}</h3><form id="probe">${input(w.name, 'text', 'author')}${input(w.email, 'email', 'email')}${textarea(w.comment, 'comment')}${button(w.send)}</form>` },
    { what: 'comment form (comment, name, email, website)', expected: 'other', path: '/blog/a-post', title: w.shop, body: `${main}<h3>${esc(w.postComment)}</h3><form id="probe">${textarea(w.comment, 'comment')}${input(w.name, 'text', 'author')}${input(w.email, 'email', 'email')}${input(w.website, 'url', 'url')}${button(w.postComment)}</form>` },
    { what: 'password recovery (email + reset link)', expected: 'other', path: '/account', title: w.forgotHeading, body: `<h1>${esc(w.forgotHeading)}</h1><form id="probe">${input(w.email, 'email', 'email')}${button(w.resetButton)}</form>` },
    { what: 'password recovery, generic "send" button', expected: 'other', path: '/account', title: w.shop, body: `<h1>${esc(w.forgotHeading)}</h1><form id="probe">${input(w.email, 'email', 'email')}${button(w.send)}</form>` },
    {
      what: 'guest checkout (name, address, card)',
      expected: 'checkout',
      path: '/checkout',
      title: w.checkoutHeading,
      body: `<h1>${esc(w.checkoutHeading)}</h1><form id="probe">${input(w.firstName, 'text', 'fname')}${input(w.lastName, 'text', 'lname')}${input(w.email, 'email', 'email')}${input(w.address, 'text', 'address')}${input(w.city, 'text', 'city')}${input(w.zip, 'text', 'zip')}${input(w.card, 'text', 'cardnumber')}${input(w.expiry, 'text', 'exp')}${input(w.cvc, 'text', 'cvc')}${button(w.placeOrder)}</form>`,
    },
    {
      what: 'checkout shipping step (name, email, address, "Continue")',
      expected: 'checkout',
      path: '/checkout',
      title: w.checkoutHeading,
      body: `<h1>${esc(w.checkoutHeading)}</h1><form id="probe">${input(w.email, 'email', 'email')}${input(w.firstName, 'text', 'fname')}${input(w.lastName, 'text', 'lname')}${input(w.address, 'text', 'address')}${input(w.city, 'text', 'city')}${input(w.zip, 'text', 'zip')}${input(w.phone, 'tel', 'phone')}${button(w.continue)}</form>`,
    },
    {
      what: 'checkout offering an account on the way (address, password, "Continue" on /checkout)',
      expected: 'checkout',
      path: '/checkout',
      title: w.checkoutHeading,
      body: `<h1>${esc(w.checkoutHeading)}</h1><form id="probe">${input(w.email, 'email', 'email')}${input(w.firstName, 'text', 'fname')}${input(w.lastName, 'text', 'lname')}${input(w.address, 'text', 'address')}${input(w.city, 'text', 'city')}${input(w.zip, 'text', 'zip')}${input(w.password, 'password', 'account_password')}${button(w.continue)}</form>`,
    },
    { what: 'login (email, password)', expected: 'login', path: '/login', title: w.loginHeading, body: `<h1>${esc(w.loginHeading)}</h1><form id="probe">${input(w.email, 'email', 'email')}${input(w.password, 'password', 'password')}${button(w.logIn)}</form>` },
    { what: 'newsletter with a privacy checkbox', expected: 'newsletter', path: '/', title: w.shop, body: `${main}<footer><h3>${esc(w.newsletterHeading)}</h3><form id="probe">${placeholder(w.email, 'email', 'email')}<label><input type="checkbox" name="privacy"> ${esc(w.agree)}</label>${button(w.subscribe)}</form></footer>` },
    { what: 'search box', expected: 'search', path: '/', title: w.shop, body: `${main}<form id="probe">${placeholder(w.search, 'search', 'q')}${button(w.search)}</form>` },
    { what: 'login with "Forgot password?" and a sign-up link', expected: 'login', path: '/account', title: w.shop, body: `<h1>${esc(w.loginHeading)}</h1><form id="probe">${input(w.email, 'email', 'email')}${input(w.password, 'password', 'password')}<a href="/forgot">${esc(w.forgotLink)}</a>${button(w.logIn)}<button type="button">${esc(w.signUp)}</button></form>` },
    { what: 'email + "Sign up" on the sign-up path', expected: 'signup', path: w.signupPath, title: w.shop, body: `<form id="probe">${input(w.email, 'email', 'email')}${button(w.signUp)}</form>` },
    { what: 'email + "Sign up for free" on a home page', expected: 'signup', path: '/', title: w.shop, body: `${main}<form id="probe">${placeholder(w.email, 'email', 'email')}${button(w.signUpFree)}</form>` },
    { what: 'email-first signup on the sign-up path', expected: 'signup', path: w.signupPath, title: w.shop, body: `<form id="probe">${input(w.email, 'email', 'email')}${button(w.continue)}</form>` },
    { what: 'email-first signup under a "Create account" heading', expected: 'signup', path: '/', title: w.shop, body: `<h1>${esc(w.createAccount)}</h1><form id="probe">${input(w.email, 'email', 'email')}${button(w.continue)}</form>` },
    { what: 'email-first signup, "Get started" button', expected: 'signup', path: '/', title: w.shop, body: `<h1>${esc(w.createAccount)}</h1><form id="probe">${input(w.email, 'email', 'email')}${button(w.getStarted)}</form>` },
    {
      what: 'multi-step signup, step 2 (name, phone, company) on the sign-up path',
      expected: 'signup',
      path: `${w.signupPath}/2`,
      title: w.shop,
      body: `<form id="probe"><p>${esc(w.step)}</p>${input(w.firstName, 'text', 'first')}${input(w.lastName, 'text', 'last')}${input(w.phone, 'tel', 'phone')}${input(w.company, 'text', 'company')}${button(w.continue)}</form>`,
    },
    {
      what: 'multi-step signup, step 2 under "Create account" with a stepper',
      expected: 'signup',
      path: '/onboarding',
      title: w.shop,
      body: `<h1>${esc(w.createAccount)}</h1><form id="probe"><p>${esc(w.step)}</p>${input(w.firstName, 'text', 'first')}${input(w.lastName, 'text', 'last')}${input(w.phone, 'tel', 'phone')}${input(w.company, 'text', 'company')}${button(w.continue)}</form>`,
    },
    { what: 'signup (email, password, "Continue") on the sign-up path', expected: 'signup', path: w.signupPath, title: w.shop, body: `<form id="probe">${input(w.email, 'email', 'email')}${input(w.password, 'password', 'password')}${button(w.continue)}</form>` },
    { what: 'signup (email, password, "Continue") under "Create account"', expected: 'signup', path: '/', title: w.shop, body: `<h1>${esc(w.createAccount)}</h1><form id="probe">${input(w.email, 'email', 'email')}${input(w.password, 'password', 'password')}${button(w.continue)}</form>` },
    { what: 'signup (email, password, "Sign up")', expected: 'signup', path: '/', title: w.shop, body: `<form id="probe">${input(w.email, 'email', 'email')}${input(w.password, 'password', 'password')}${button(w.signUp)}</form>` },
    ...besideASignup(w),
    ...eventsAndLeads(w),
    ...applications(w),
  ];
}

/**
 * Job, internship and volunteer applications: their "Apply now", "Register" or "Sign up" makes no
 * account; beside them a job site's account form (with a password) must stay a signup.
 */
function applications(w: Words): ProbePage[] {
  const applicant = `${input(w.firstName, 'text', 'first')}${input(w.lastName, 'text', 'last')}${input(w.email, 'email', 'email')}${input(w.phone, 'tel', 'phone')}`;
  const resume = input(w.resume, 'file', 'attachment');
  const account = `${input(w.firstName, 'text', 'first')}${input(w.lastName, 'text', 'last')}${input(w.email, 'email', 'email')}${input(w.password, 'password', 'password')}`;
  return [
    { what: 'job application named by the page\'s path alone, "Apply now"', expected: 'other', path: w.jobPath, title: w.shop, body: `<form id="probe">${applicant}${resume}${button(w.applyNow)}</form>` },
    { what: 'job application under its heading (name, email, phone, résumé), "Apply now"', expected: 'other', path: '/', title: w.shop, body: `<h1>${esc(w.jobHeading)}</h1><form id="probe">${applicant}${resume}${button(w.applyNow)}</form>` },
    { what: 'a résumé upload on a page that says nothing of jobs, "Register"', expected: 'other', path: '/', title: w.shop, body: `<form id="probe">${applicant}${resume}${button(w.register)}</form>` },
    { what: 'volunteer application (name, email, phone), "Sign up"', expected: 'other', path: '/', title: w.shop, body: `<h1>${esc(w.volunteerHeading)}</h1><form id="probe">${applicant}${button(w.signUp)}</form>` },
    { what: 'a job site\'s account form (name, email, password) on a job page', expected: 'signup', path: w.jobPath, title: w.shop, body: `<h1>${esc(w.createAccount)}</h1><form id="probe">${account}${button(w.createAccount)}</form>` },
  ];
}

/**
 * Forms that share the account verb ("Register", "Join") but make no account: an event's
 * registration, a waiting list, a demo or quote request; and beside them the account forms that
 * must stay signups (a trial, an event page's account form with a password).
 */
function eventsAndLeads(w: Words): ProbePage[] {
  const lead = `${input(w.firstName, 'text', 'first')}${input(w.lastName, 'text', 'last')}${input(w.email, 'email', 'email')}${input(w.company, 'text', 'company')}${input(w.phone, 'tel', 'phone')}`;
  const account = `${input(w.firstName, 'text', 'first')}${input(w.lastName, 'text', 'last')}${input(w.email, 'email', 'email')}${input(w.password, 'password', 'password')}`;
  return [
    { what: 'webinar registration (name, email, company, phone), "Register" on its button', expected: 'other', path: '/', title: w.shop, body: `<h1>${esc(w.webinarHeading)}</h1><form id="probe">${lead}${button(w.register)}</form>` },
    { what: 'event registration named by the page alone (path and title), "Register" on its button', expected: 'other', path: w.eventPath, title: w.eventTitle, body: `<form id="probe">${lead}${button(w.register)}</form>` },
    { what: 'waiting list (email), "Join" on its button', expected: 'newsletter', path: '/', title: w.shop, body: `<h2>${esc(w.waitlistHeading)}</h2><form id="probe">${placeholder(w.email, 'email', 'email')}${button(w.join)}</form>` },
    { what: 'demo request (name, email, company, phone)', expected: 'other', path: '/', title: w.shop, body: `<h1>${esc(w.demoHeading)}</h1><form id="probe">${lead}${button(w.demoHeading)}</form>` },
    { what: 'quote request (name, email, company, phone), "Send"', expected: 'other', path: '/', title: w.shop, body: `<h1>${esc(w.quoteHeading)}</h1><form id="probe">${lead}${button(w.send)}</form>` },
    { what: 'free trial with a password, "Continue"', expected: 'signup', path: '/', title: w.shop, body: `<h1>${esc(w.trialHeading)}</h1><form id="probe">${account}${button(w.continue)}</form>` },
    { what: 'free trial without a password (name, email, company, phone), "Get started"', expected: 'signup', path: '/', title: w.shop, body: `<h1>${esc(w.trialHeading)}</h1><form id="probe">${lead}${button(w.getStarted)}</form>` },
    { what: 'an event page\'s account form (name, email, password), "Register"', expected: 'signup', path: w.eventPath, title: w.eventTitle, body: `<h1>${esc(w.conferenceAccount)}</h1><form id="probe">${account}${button(w.register)}</form>` },
  ];
}

/**
 * Pages with several forms: the page's own words (a /signup path, a "Create account" title) are
 * about its main form, not about the header's sign-in, search box or the footer's newsletter.
 */
function besideASignup(w: Words): ProbePage[] {
  const signup = (id = '') =>
    `<h1>${esc(w.createAccount)}</h1><form${id}>${input(w.firstName, 'text', 'first')}${input(w.lastName, 'text', 'last')}${input(w.email, 'email', 'email')}${input(w.password, 'password', 'password')}${button(w.createAccount)}</form>`;
  const headerLogin = (id: string, heading: string, action: string, go: string) =>
    `<header><form${id} action="${action}">${heading}${placeholder(w.email, 'text', 'user')}${placeholder(w.password, 'password', 'pass')}${button(go)}</form></header>`;
  const search = (id = '') => `<form${id} action="/s">${placeholder(w.search, 'search', 'q')}${button(w.search)}</form>`;
  const newsletter = (id = '', verb = w.subscribe) => `<footer><h3>${esc(w.newsletterHeading)}</h3><form${id}>${placeholder(w.email, 'email', 'nl')}${button(verb)}</form></footer>`;
  const contact = (id = '') => `<footer><h3>${esc(w.contactHeading)}</h3><form${id}>${input(w.name, 'text', 'cn')}${input(w.email, 'email', 'ce')}${textarea(w.message, 'cm')}${button(w.send)}</form></footer>`;
  const probe = ' id="probe"';
  const onSignupPage = { path: w.signupPath, title: w.createAccount };
  return [
    { what: 'sign-up page: the header sign-in ("Log in" button)', expected: 'login', ...onSignupPage, body: `${headerLogin(probe, '', '/', w.logIn)}${signup()}${newsletter()}` },
    { what: 'sign-up page: the header sign-in under its heading, button "OK"', expected: 'login', ...onSignupPage, body: `${headerLogin(probe, `<h3>${esc(w.loginHeading)}</h3>`, '/', 'OK')}${signup()}` },
    { what: 'sign-up page: the header sign-in posting to /login, button "→"', expected: 'login', ...onSignupPage, body: `${headerLogin(probe, '', '/login', '→')}${signup()}` },
    { what: 'sign-up page: the header search box', expected: 'search', ...onSignupPage, body: `${search(probe)}${headerLogin('', '', '/', w.logIn)}${signup()}` },
    { what: 'sign-up page: the footer newsletter', expected: 'newsletter', ...onSignupPage, body: `${signup()}${newsletter(probe)}` },
    { what: 'sign-up page: the footer newsletter with the sign-up verb', expected: 'newsletter', ...onSignupPage, body: `${signup()}${newsletter(probe, w.joinEmails)}` },
    { what: 'sign-up page: the footer contact form', expected: 'other', ...onSignupPage, body: `${signup()}${contact(probe)}` },
    { what: 'sign-up page: the sign-up form among the others', expected: 'signup', ...onSignupPage, body: `${search()}${headerLogin('', '', '/login', w.logIn)}${signup(probe)}${newsletter()}` },
    { what: 'checkout page: "Sign in" beside the order', expected: 'login', path: '/checkout', title: w.checkoutHeading, body: `<h1>${esc(w.checkoutHeading)}</h1>${headerLogin(probe, `<h3>${esc(w.loginHeading)}</h3>`, '/', 'OK')}` },
  ];
}

/** What the classifier reads for the probe form of `p`. */
export function probeKind(p: ProbePage): FormKind {
  const html = `<!doctype html><html><head><title>${esc(p.title)}</title></head><body>${p.body}</body></html>`;
  const doc = parseHtml(html);
  const analysis = classifyPage(extractPage(doc, `https://www.example.test${p.path}`));
  const forms = analysis.forms.filter((f) => f.selector !== null && resolveSelector(doc, f.selector)[0]?.id === 'probe');
  if (forms.length !== 1) throw new Error(`${p.what}: ${forms.length} probe forms`);
  return forms[0]!.kind;
}
