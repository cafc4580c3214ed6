// Vocabulary for recognising what a <select>'s option list is: countries, months, states and
// provinces, salutations, genders, card brands, languages. Facts (names), kept as data; each list is
// a "|"-separated string so it stays compact and easy to review.

/** Month names, full and abbreviated, in every lexicon language (nominative and genitive where they differ). */
export const MONTH_NAMES = [
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec',
  'januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|jänner|jan|feb|mär|apr|jun|jul|aug|sep|okt|nov|dez',
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|avr|juil|sept|oct|déc',
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|abr|ago|dic',
  'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|gen|mag|giu|lug|set|ott',
  'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|fev|mai|out|dez',
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|mrt|okt',
  'styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru',
  'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december',
  'ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık',
  'январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|янв|фев|мар|апр|июн|июл|авг|сен|окт|ноя|дек',
  'січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|листопад|грудень|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня',
  'يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول',
  '1月|2月|3月|4月|5月|6月|7月|8月|9月|10月|11月|12月|一月|二月|三月|四月|五月|六月|七月|八月|九月|十月|十一月|十二月',
  '1월|2월|3월|4월|5월|6월|7월|8월|9월|10월|11월|12월',
  // Hungarian, Finnish (and its partitive), Danish, Indonesian, Czech and Slovak (and their genitives),
  // Romanian, Greek (and its genitive), Bulgarian, Serbian in both scripts.
  'január|február|március|április|május|június|július|augusztus|szeptember|október|november|december|febr|márc|ápr|máj|jún|júl|szept',
  'tammikuu|helmikuu|maaliskuu|huhtikuu|toukokuu|kesäkuu|heinäkuu|elokuu|syyskuu|lokakuu|marraskuu|joulukuu',
  'tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta',
  'marts|maret|agustus|desember',
  'leden|únor|březen|duben|květen|červen|červenec|srpen|září|říjen|listopad|prosinec|ledna|února|března|dubna|května|června|července|srpna|října|listopadu|prosince',
  'marec|apríl|jún|júl|januára|februára|marca|apríla|mája|júna|júla|augusta|septembra|októbra|novembra|decembra',
  'ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie',
  'ιανουάριος|φεβρουάριος|μάρτιος|απρίλιος|μάιος|ιούνιος|ιούλιος|αύγουστος|σεπτέμβριος|οκτώβριος|νοέμβριος|δεκέμβριος',
  'ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|νοεμβρίου|δεκεμβρίου',
  'януари|февруари|април|юни|юли|септември|октомври|ноември|декември',
  'avgust|septembar|oktobar|novembar|decembar|јануар|фебруар|мај|јун|јул|септембар|октобар|новембар|децембар',
  // Vietnamese, numbered and named
  'tháng 1|tháng 2|tháng 3|tháng 4|tháng 5|tháng 6|tháng 7|tháng 8|tháng 9|tháng 10|tháng 11|tháng 12|tháng 01|tháng 02|tháng 03|tháng 04|tháng 05|tháng 06|tháng 07|tháng 08|tháng 09|tháng một|tháng hai|tháng ba|tháng tư|tháng năm|tháng sáu|tháng bảy|tháng tám|tháng chín|tháng mười|tháng mười một|tháng mười hai|tháng giêng|tháng chạp',
  // Hebrew and Thai, full and abbreviated
  'ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר',
  'มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ม.ค.|ก.พ.|มี.ค.|เม.ย.|พ.ค.|มิ.ย.|ก.ค.|ส.ค.|ก.ย.|ต.ค.|พ.ย.|ธ.ค.',
  // Persian: the solar months Iran and Afghanistan use, then the Gregorian ones
  'فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|ژانویه|فوریه|مارس|آوریل|مه|ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر',
].join('|');

/** Country names in English and the most common own-language names, as select options show them. */
export const COUNTRY_NAMES = [
  'afghanistan|aland islands|åland islands|albania|algeria|american samoa|andorra|angola|anguilla|antarctica|antigua and barbuda|argentina|armenia|aruba|australia|austria|azerbaijan',
  'bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bermuda|bhutan|bolivia|bosnia and herzegovina|botswana|bouvet island|brazil|british indian ocean territory|british virgin islands|brunei|brunei darussalam|bulgaria|burkina faso|burundi',
  'cambodia|cameroon|canada|cape verde|cabo verde|cayman islands|central african republic|chad|chile|china|christmas island|cocos islands|colombia|comoros|congo|cook islands|costa rica|cote d ivoire|côte d ivoire|ivory coast|croatia|cuba|curacao|curaçao|cyprus|czech republic|czechia',
  'denmark|djibouti|dominica|dominican republic|ecuador|egypt|el salvador|equatorial guinea|eritrea|estonia|eswatini|ethiopia|falkland islands|faroe islands|fiji|finland|france|french guiana|french polynesia|french southern territories',
  'gabon|gambia|georgia|germany|ghana|gibraltar|greece|greenland|grenada|guadeloupe|guam|guatemala|guernsey|guinea|guinea bissau|guyana|haiti|honduras|hong kong|hungary',
  'iceland|india|indonesia|iran|iraq|ireland|isle of man|israel|italy|jamaica|japan|jersey|jordan|kazakhstan|kenya|kiribati|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg',
  'macao|macau|madagascar|malawi|malaysia|maldives|mali|malta|marshall islands|martinique|mauritania|mauritius|mayotte|mexico|micronesia|moldova|monaco|mongolia|montenegro|montserrat|morocco|mozambique|myanmar',
  'namibia|nauru|nepal|netherlands|new caledonia|new zealand|nicaragua|niger|nigeria|niue|norfolk island|north korea|north macedonia|northern mariana islands|norway|oman',
  'pakistan|palau|palestine|panama|papua new guinea|paraguay|peru|philippines|pitcairn|poland|portugal|puerto rico|qatar|reunion|réunion|romania|russia|russian federation|rwanda',
  'saint barthelemy|saint helena|saint kitts and nevis|saint lucia|saint martin|saint pierre and miquelon|saint vincent and the grenadines|samoa|san marino|sao tome and principe|saudi arabia|senegal|serbia|seychelles|sierra leone|singapore|sint maarten|slovakia|slovenia|solomon islands|somalia|south africa|south korea|korea|south sudan|spain|sri lanka|sudan|suriname|svalbard and jan mayen|sweden|switzerland|syria',
  'taiwan|tajikistan|tanzania|thailand|timor leste|togo|tokelau|tonga|trinidad and tobago|tunisia|turkey|türkiye|turkmenistan|turks and caicos islands|tuvalu|uganda|ukraine|united arab emirates|united kingdom|great britain|united states|united states of america|usa|uruguay|uzbekistan',
  'vanuatu|vatican city|holy see|venezuela|vietnam|viet nam|wallis and futuna|western sahara|yemen|zambia|zimbabwe',
  // own-language names, typically listed first or throughout localised lists
  'deutschland|österreich|schweiz|frankreich|italien|spanien|niederlande|belgien|polen|dänemark|schweden|vereinigte staaten|vereinigtes königreich|ägypten|albanien|algerien|argentinien|australien|belgique|bulgarien|brasilien',
  'allemagne|autriche|suisse|espagne|italie|belgique|pays bas|royaume uni|états unis|etats unis|afrique du sud|algérie|maroc|tunisie|canada|luxembourg|albanie|andorre|arabie saoudite|argentine|australie|brésil',
  'alemania|españa|estados unidos|francia|italia|reino unido|méxico|argentina|chile|colombia|perú|brasil|alemanha|espanha|estados unidos|frança|itália|reino unido|suíça|suiza|bélgica|holanda|países bajos|paises bajos',
  'italia|germania|francia|spagna|svizzera|regno unito|stati uniti|paesi bassi|nederland|duitsland|frankrijk|belgië|verenigd koninkrijk|verenigde staten|polska|niemcy|francja|wielka brytania|stany zjednoczone|sverige|tyskland|norge|danmark|suomi|finland',
  'türkiye|almanya|fransa|ingiltere|amerika birleşik devletleri|россия|российская федерация|украина|беларусь|казахстан|германия|франция|сша|україна|польща|німеччина|франція',
  'السعودية|المملكة العربية السعودية|الإمارات العربية المتحدة|الامارات العربية المتحدة|مصر|الكويت|قطر|البحرين|عمان|الأردن|المغرب|الجزائر|تونس|العراق|لبنان',
  // Hungarian, Finnish, Danish, Indonesian, Czech, Slovak, Romanian, Greek, Bulgarian, Serbian (both scripts)
  'magyarország|ausztria|németország|szlovákia|horvátország|szerbia|szlovénia|csehország|lengyelország|olaszország|franciaország|spanyolország|hollandia|egyesült királyság|egyesült államok|svájc|ukrajna',
  'suomi|ruotsi|norja|tanska|viro|saksa|ranska|espanja|alankomaat|iso britannia|yhdysvallat|venäjä|puola|itävalta|sveitsi|islanti',
  'danmark|sverige|norge|tyskland|frankrig|holland|nederlandene|storbritannien|færøerne|grønland|østrig',
  'singapura|amerika serikat|inggris|jepang|tiongkok|korea selatan|belanda|jerman|prancis|arab saudi|filipina',
  'česko|česká republika|slovensko|německo|rakousko|polsko|maďarsko|francie|itálie|španělsko|nizozemsko|belgie|velká británie|spojené státy|švýcarsko|rusko',
  'rakúsko|nemecko|poľsko|francúzsko|taliansko|španielsko|holandsko|veľká británia|spojené štáty|švajčiarsko',
  'românia|republica moldova|franța|spania|ungaria|marea britanie|regatul unit|statele unite|olanda|belgia|grecia|polonia',
  'ελλάδα|κύπρος|γερμανία|γαλλία|ιταλία|ισπανία|ηνωμένο βασίλειο|ηνωμένες πολιτείες|βουλγαρία|ρουμανία|αλβανία|τουρκία|αυστρία|βέλγιο|ολλανδία|κάτω χώρες',
  'българия|румъния|гърция|сърбия|северна македония|турция|германия|франция|италия|испания|великобритания|обединено кралство|сащ|австрия',
  'srbija|crna gora|bosna i hercegovina|hrvatska|slovenija|severna makedonija|nemačka|austrija|mađarska|rumunija|bugarska|francuska|italija|švajcarska',
  'србија|црна гора|босна и херцеговина|хрватска|словенија|северна македонија|немачка|аустрија|мађарска|румунија|бугарска',
  'ایران|افغانستان|تاجیکستان|آمریکا|ایالات متحده آمریکا|آلمان|فرانسه|انگلستان|بریتانیا|ترکیه|عراق|امارات متحده عربی|کانادا|استرالیا|چین|ژاپن|روسیه|هند|پاکستان|ایتالیا|اسپانیا|هلند|سوئد|سوئیس|ارمنستان|آذربایجان',
  'việt nam|hoa kỳ|trung quốc|nhật bản|hàn quốc|đài loan|thái lan|lào|campuchia|ấn độ|pháp|đức|nga|vương quốc anh|tây ban nha|hà lan|thụy sĩ|thụy điển|đan mạch|na uy|ba lan|bồ đào nha|malaysia|singapore|indonesia|philippines',
  '日本|中国|中國|韓国|アメリカ|アメリカ合衆国|台湾|台灣|香港|美国|美國|英国|英國|德国|德國|法国|法國|大韓民国|대한민국|한국|미국|일본|중국',
  // Hebrew and Thai
  'ישראל|ארצות הברית|בריטניה|צרפת|גרמניה|רוסיה|אוקראינה|קנדה|אוסטרליה|ספרד|איטליה|הולנד|יוון|קפריסין|תאילנד',
  'ไทย|ประเทศไทย|สหรัฐอเมริกา|สหราชอาณาจักร|ญี่ปุ่น|จีน|เกาหลีใต้|สิงคโปร์|มาเลเซีย|ลาว|กัมพูชา|เวียดนาม|พม่า|ฝรั่งเศส|เยอรมนี|ออสเตรเลีย',
].join('|');

/** States, provinces, regions and prefectures of countries whose forms ask for them. */
export const REGION_NAMES = [
  // United States
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|district of columbia|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|armed forces americas|armed forces europe|armed forces pacific',
  // Canada, Australia
  'alberta|british columbia|manitoba|new brunswick|newfoundland and labrador|nova scotia|ontario|prince edward island|quebec|québec|saskatchewan|northwest territories|nunavut|yukon|australian capital territory|new south wales|northern territory|queensland|south australia|tasmania|victoria|western australia',
  // Germany, Austria, Switzerland
  'baden württemberg|bayern|berlin|brandenburg|bremen|hamburg|hessen|mecklenburg vorpommern|niedersachsen|nordrhein westfalen|rheinland pfalz|saarland|sachsen|sachsen anhalt|schleswig holstein|thüringen|burgenland|kärnten|niederösterreich|oberösterreich|salzburg|steiermark|tirol|vorarlberg|wien|zürich|bern|luzern|aargau|basel stadt|genève|vaud|ticino',
  // Spain, Italy, France
  'a coruña|álava|albacete|alicante|almería|asturias|ávila|badajoz|barcelona|burgos|cáceres|cádiz|cantabria|castellón|ciudad real|córdoba|cuenca|girona|granada|guadalajara|guipúzcoa|huelva|huesca|islas baleares|jaén|la rioja|las palmas|león|lleida|lugo|madrid|málaga|murcia|navarra|ourense|palencia|pontevedra|salamanca|santa cruz de tenerife|segovia|sevilla|soria|tarragona|teruel|toledo|valencia|valladolid|vizcaya|zamora|zaragoza',
  'agrigento|alessandria|ancona|arezzo|bari|bergamo|bologna|bolzano|brescia|cagliari|catania|como|cosenza|firenze|genova|milano|modena|napoli|padova|palermo|parma|perugia|pisa|roma|salerno|torino|trento|trieste|udine|venezia|verona|abruzzo|basilicata|calabria|campania|emilia romagna|lazio|liguria|lombardia|marche|molise|piemonte|puglia|sardegna|sicilia|toscana|umbria|veneto',
  'auvergne rhône alpes|bourgogne franche comté|bretagne|centre val de loire|corse|grand est|hauts de france|île de france|normandie|nouvelle aquitaine|occitanie|pays de la loire|provence alpes côte d azur|ain|aisne|allier|ardèche|ardennes|ariège|aube|aude|aveyron|bouches du rhône|calvados',
  // Mexico, Brazil, Argentina
  'aguascalientes|baja california|baja california sur|campeche|chiapas|chihuahua|coahuila|colima|ciudad de méxico|durango|guanajuato|guerrero|hidalgo|jalisco|estado de méxico|michoacán|morelos|nayarit|nuevo león|oaxaca|puebla|querétaro|quintana roo|san luis potosí|sinaloa|sonora|tabasco|tamaulipas|tlaxcala|veracruz|yucatán|zacatecas',
  'acre|alagoas|amapá|amazonas|bahia|ceará|distrito federal|espírito santo|goiás|maranhão|mato grosso|mato grosso do sul|minas gerais|pará|paraíba|paraná|pernambuco|piauí|rio de janeiro|rio grande do norte|rio grande do sul|rondônia|roraima|santa catarina|são paulo|sergipe|tocantins|buenos aires|catamarca|chaco|chubut|corrientes|entre ríos|formosa|jujuy|la pampa|mendoza|misiones|neuquén|río negro|salta|san juan|san luis|santa cruz|santa fe|santiago del estero|tierra del fuego|tucumán',
  // India
  'andhra pradesh|arunachal pradesh|assam|bihar|chhattisgarh|goa|gujarat|haryana|himachal pradesh|jharkhand|karnataka|kerala|madhya pradesh|maharashtra|manipur|meghalaya|mizoram|nagaland|odisha|punjab|rajasthan|sikkim|tamil nadu|telangana|tripura|uttar pradesh|uttarakhand|west bengal|delhi',
  // Japan, China
  '北海道|青森県|岩手県|宮城県|秋田県|山形県|福島県|茨城県|栃木県|群馬県|埼玉県|千葉県|東京都|神奈川県|新潟県|富山県|石川県|福井県|山梨県|長野県|岐阜県|静岡県|愛知県|三重県|滋賀県|京都府|大阪府|兵庫県|奈良県|和歌山県|鳥取県|島根県|岡山県|広島県|山口県|徳島県|香川県|愛媛県|高知県|福岡県|佐賀県|長崎県|熊本県|大分県|宮崎県|鹿児島県|沖縄県',
  '北京市|天津市|上海市|重庆市|河北省|山西省|辽宁省|吉林省|黑龙江省|江苏省|浙江省|安徽省|福建省|江西省|山东省|河南省|湖北省|湖南省|广东省|海南省|四川省|贵州省|云南省|陕西省|甘肃省|青海省|台湾省|内蒙古自治区|广西壮族自治区|西藏自治区|宁夏回族自治区|新疆维吾尔自治区|香港特别行政区|澳门特别行政区',
  // UAE, Saudi regions, Turkey (a few large provinces)
  'abu dhabi|dubai|sharjah|ajman|umm al quwain|ras al khaimah|fujairah|riyadh|makkah|madinah|eastern province|istanbul|ankara|izmir|bursa|antalya|adana|konya',
].join('|');

/** Salutations (honorific prefixes) as radio labels or select options. */
export const HONORIFICS =
  'mr|mrs|ms|miss|mx|dr|prof|mr.|mrs.|herr|frau|divers|m|mme|mlle|monsieur|madame|mademoiselle|sr|sra|srta|señor|señora|sig|sig ra|signor|signora|dhr|mevr|de heer|mevrouw|pan|pani|bay|bayan|господин|госпожа|г н|г жа|пан|пані|السيد|السيدة|様|先生|女士|씨';

/** Gender / sex as option texts. */
export const SEXES =
  'male|female|man|woman|men|women|other|non binary|prefer not to say|männlich|weiblich|divers|homme|femme|hombre|mujer|masculino|femenino|uomo|donna|maschio|femmina|vrouw|mężczyzna|kobieta|kvinna|erkek|kadın|мужской|женский|мужчина|женщина|чоловіча|жіноча|чоловік|жінка|ذكر|أنثى|男性|女性|男|女|남성|여성|남자|여자|nam|nữ|مرد|زن|آقا|خانم';

export const CARD_BRANDS =
  'visa|mastercard|master card|american express|amex|discover|diners club|diners|jcb|maestro|unionpay|china unionpay|carte bancaire|cartes bancaires|mir|мир|elo|hipercard|rupay|troy|dankort|bancontact|visa electron';

export const LANGUAGE_NAMES =
  'english|deutsch|german|français|french|español|spanish|italiano|italian|português|portuguese|nederlands|dutch|polski|polish|svenska|swedish|türkçe|turkish|русский|russian|українська|ukrainian|العربية|arabic|日本語|japanese|中文|简体中文|繁體中文|chinese|한국어|korean|tiếng việt|vietnamese|فارسی|persian';

/** ISO 4217 codes of the currencies most select lists start with. */
export const CURRENCY_CODES = 'usd|eur|gbp|jpy|cny|chf|cad|aud|inr|brl|mxn|sek|nok|dkk|pln|try|rub|uah|aed|sar|krw|hkd|sgd|nzd|zar';

/** ISO 3166-1 alpha-2 codes (a select listing them is a country select). */
export const COUNTRY_CODES =
  'ad|ae|af|ag|ai|al|am|ao|aq|ar|as|at|au|aw|ax|az|ba|bb|bd|be|bf|bg|bh|bi|bj|bl|bm|bn|bo|bq|br|bs|bt|bv|bw|by|bz|ca|cc|cd|cf|cg|ch|ci|ck|cl|cm|cn|co|cr|cu|cv|cw|cx|cy|cz|de|dj|dk|dm|do|dz|ec|ee|eg|eh|er|es|et|fi|fj|fk|fm|fo|fr|ga|gb|gd|ge|gf|gg|gh|gi|gl|gm|gn|gp|gq|gr|gs|gt|gu|gw|gy|hk|hm|hn|hr|ht|hu|id|ie|il|im|in|io|iq|ir|is|it|je|jm|jo|jp|ke|kg|kh|ki|km|kn|kp|kr|kw|ky|kz|la|lb|lc|li|lk|lr|ls|lt|lu|lv|ly|ma|mc|md|me|mf|mg|mh|mk|ml|mm|mn|mo|mp|mq|mr|ms|mt|mu|mv|mw|mx|my|mz|na|nc|ne|nf|ng|ni|nl|no|np|nr|nu|nz|om|pa|pe|pf|pg|ph|pk|pl|pm|pn|pr|ps|pt|pw|py|qa|re|ro|rs|ru|rw|sa|sb|sc|sd|se|sg|sh|si|sj|sk|sl|sm|sn|so|sr|ss|st|sv|sx|sy|sz|tc|td|tf|tg|th|tj|tk|tl|tm|tn|to|tr|tt|tv|tw|tz|ua|ug|um|us|uy|uz|va|vc|ve|vg|vi|vn|vu|wf|ws|ye|yt|za|zm|zw|uk';

/** How the first words of account-type choices read ("Personal project", "Business – for work", "个人账号"). */
export const ACCOUNT_KINDS =
  // Onboarding's "Who will be using it?": "Just me" / "My company or team", "For myself" / "For my team".
  'just me|only me|myself|for myself|for personal use|my company|my team|my organization|my organisation|my business|for my team|for my company|with my team|for work|' +
  'personal|individual|private|privately|business|trade|company|corporate|corporation|enterprise|organization|organisation|education|educational|non profit|nonprofit|government|public sector|startup|freelancer|freelance|consultant|self employed|sole trader|sole proprietor|particulier|entreprise|association|professionnel|privat|privatperson|privatkunde|geschäftlich|geschäftskunde|firma|firmenkunde|unternehmen|gewerblich|verein|empresa|particular|autónomo|autonomo|persona física|persona fisica|persona jurídica|persona juridica|pessoa física|pessoa fisica|pessoa jurídica|pessoa juridica|privato|azienda|libero professionista|zakelijk|particulier|prywatny|firmowy|osoba prywatna|przedsiębiorca|privatperson|företag|bireysel|kurumsal|şahıs|şirket|физическое лицо|юридическое лицо|индивидуальный предприниматель|частное лицо|фізична особа|юридична особа|فرد|شركة|個人|法人|个人|企业|企業|单位|單位|개인|기업|법인|사업자|cá nhân|doanh nghiệp|شخص حقیقی|شخص حقوقی|حقیقی|حقوقی|persona moral|persona natural|жеке тұлға|заңды тұлға|απόδειξη|τιμολόγιο|factura de consumo|crédito fiscal|vat registered|' +
  'ditta individuale|società|societa|associazione|ente pubblico|persona humana';

/** Articles an option may start with ("an individual", "une entreprise", "eine Firma"), read past when matching its first words. */
export const LEADING_ARTICLES = 'a|an|the|un|une|le|la|l|ein|eine|einen|el|los|las|uno|una|il|lo|o|os|as|um|uma|een|het|en|ett';

/** Identity documents a page lets people choose ("Passport / ID card / Driving licence"), in the lexicon languages. */
export const DOCUMENT_TYPES =
  'passport|id card|identity card|national id|national identity card|national id card|driving licence|driving license|drivers license|driver s license|driver s licence|driver licence|driver license|residence permit|' +
  'reisepass|personalausweis|führerschein|aufenthaltstitel|passeport|carte d identité|carte nationale d identité|permis de conduire|titre de séjour|' +
  'pasaporte|dni|documento nacional de identidad|nie|carnet de conducir|permiso de conducir|cédula|cédula de identidad|passaporto|carta d identità|patente|patente di guida|' +
  'passaporte|rg|cpf|cnh|carteira de identidade|carteira de motorista|paspoort|identiteitskaart|rijbewijs|verblijfsvergunning|paszport|dowód osobisty|prawo jazdy|' +
  'pass|id kort|nationellt id kort|körkort|pasaport|kimlik kartı|nüfus cüzdanı|ehliyet|паспорт|загранпаспорт|водительское удостоверение|вид на жительство|' +
  'закордонний паспорт|посвідчення водія|id картка|جواز السفر|جواز سفر|بطاقة الهوية|رخصة القيادة|هوية وطنية|الهوية الوطنية|إقامة|هوية مقيم|护照|身份证|居民身份证|驾驶证|港澳通行证|パスポート|運転免許証|マイナンバーカード|在留カード|' +
  '여권|주민등록증|운전면허증|외국인등록증|pasport|şəxsiyyət vəsiqəsi|sürücülük vəsiqəsi|' +
  'hộ chiếu|căn cước công dân|chứng minh nhân dân|giấy phép lái xe|bằng lái xe|کارت ملی|گذرنامه|پاسپورت|شناسنامه|گواهینامه رانندگی';

/**
 * Data-centre regions as cloud providers write them in a region picker ("US East (N. Virginia)
 * us-east-1"): AWS and Oracle codes, Google Cloud's, Azure's, and the city codes of DigitalOcean
 * and Hetzner. A list of them is the data-centre choice, not the person's state or province.
 */
export const CLOUD_REGION_CODES: readonly RegExp[] = [
  /\b[a-z]{2}(?:-gov)?-[a-z]+-\d{1,2}\b/,
  /\b(?:us|europe|asia|australia|northamerica|southamerica|me|africa)-[a-z]+\d{1,2}\b/,
  /\b(?:east|west|north|south|central|southeast|northeast|northcentral|southcentral|westcentral)(?:us|europe|asia|india|japan|uk|australia)\d?\b/,
  /\b(?:nyc|sfo|ams|fra|lon|sgp|blr|tor|syd|fsn|nbg|hel|ash|hil)\d\b/,
  // Country and city code, shown alone or in brackets after the city ("Paris (fr-par)", "nl-ams-1"): Scaleway's regions and zones.
  /^[a-z]{2}-[a-z]{3}(?:-\d)?$/,
  // A continent and a number, first in the option ("EU01 (Deutschland)", "eu02"): STACKIT's and other European clouds' regions.
  /^(?:eu|us|ap|sa|na|me|af)\d{2}\b/,
];

/**
 * Chinese clouds name their regions by the part of the country, then a number, a dash or 地区 and
 * the city ("华东1（杭州）", "华北-北京四", "华南地区（广州）"); an address picker lists provinces.
 */
export const CLOUD_REGION_NAMES: readonly RegExp[] = [
  /^(?:华东|华北|华南|华中|西南|西北|东北)(?:\s*\d|\s*[-－]|地区\s*[（(])/,
  // A continent or country code and a direction, as storage and CDN providers show them ("US West", "EU Central", "AP Southeast 1").
  /^(?:US|EU|CA|AP|UK|SA|ME|AF|APAC)\s(?:East|West|Central|North|South|Northeast|Northwest|Southeast|Southwest)(?:\s?\d)?$/,
];

/** Departments of a company as a lead form's list offers them (Sales, Finance, IT…), in the lexicon languages most such forms use. */
export const DEPARTMENT_NAMES =
  'sales|marketing|finance|accounting|operations|it|information technology|hr|human resources|engineering|legal|procurement|purchasing|customer service|customer support|support|management|executive|executive management|research|r d|product|product management|security|safety compliance|compliance|logistics|administration|vertrieb|finanzen|buchhaltung|einkauf|personal|personalwesen|geschäftsführung|recht|ventes|commercial|comptabilité|achats|ressources humaines|direction|juridique|ventas|finanzas|contabilidad|compras|recursos humanos|dirección|operaciones|vendite|amministrazione|acquisti|risorse umane|direzione|vendas|financeiro|diretoria|verkoop|financiën|inkoop|directie';
