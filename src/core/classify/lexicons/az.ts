// Azerbaijani field and form vocabulary (Latin script). Close to Turkish, but its own spelling
// ("şifrə", "daxil ol", "qeydiyyat"), which the Turkish lexicon does not match. Words that fold to
// a Turkish word with another meaning ("ünvan" → "unvan", a title in Turkish) appear only inside
// longer phrases.
import type { Lexicon } from './types.ts';

export const az: Lexicon = {
  lang: 'az',
  terms: {
    name: ['ad soyad', 'adı soyadı', 'tam ad', 'adınız və soyadınız'],
    'given-name': ['adınız'],
    'family-name': ['soyad', 'soyadı', 'soyadınız'],
    'additional-name': ['ata adı', 'atasının adı'],
    email: ['e poçt', 'e poçt ünvanı', 'elektron poçt', 'elektron poçt ünvanı'],
    tel: ['telefon nömrəsi', 'mobil nömrə', 'mobil telefon', 'əlaqə nömrəsi', 'telefon nömrəniz'],
    'street-address': ['küçə', 'yaşayış ünvanı', 'çatdırılma ünvanı', 'faktiki ünvan', 'ünvanınız'],
    'postal-code': ['poçt indeksi', 'poçt kodu'],
    country: ['ölkə'],
    'address-level2': ['şəhər'],
    'cc-name': ['kart sahibi', 'kart sahibinin adı'],
    'cc-number': ['kart nömrəsi', 'kartın nömrəsi'],
    'cc-exp': ['bitmə tarixi', 'etibarlılıq müddəti', 'kartın bitmə tarixi'],
    'cc-csc': ['təhlükəsizlik kodu'],
    bday: ['doğum tarixi', 'doğum tarixiniz'],
    'place-of-birth': ['doğum yeri'],
    'national-id': ['fin kod', 'fin kodu', 'fərdi identifikasiya nömrəsi', 'şəxsiyyət vəsiqəsinin nömrəsi', 'şəxsiyyət vəsiqəsi'],
    nationality: ['vətəndaşlıq', 'milliyyət'],
    organization: ['şirkət', 'şirkətin adı', 'təşkilat', 'təşkilatın adı', 'müəssisə'],
    username: ['istifadəçi adı', 'istifadəçi'],
    'current-password': ['şifrə', 'parol', 'şifrəniz', 'cari şifrə'],
    'new-password': ['yeni şifrə', 'şifrəni təkrarlayın', 'şifrənin təkrarı', 'şifrəni təsdiqləyin', 'yeni parol'],
    'one-time-code': ['təsdiq kodu', 'təsdiqləmə kodu', 'birdəfəlik kod', 'birdəfəlik şifrə'],
    consent: ['razıyam', 'qəbul edirəm', 'istifadə qaydaları', 'məxfilik siyasəti'],
    'cue:confirm': ['təkrar', 'təkrarlayın', 'təsdiqləyin'],
    'cue:new': ['yeni'],
    'cue:current': ['cari', 'köhnə'],
    'cue:code': ['kod', 'kodu'],
    'cue:next-step': ['davam et', 'davam edin', 'növbəti'],
    'cue:create-account': ['qeydiyyat', 'qeydiyyatdan keç', 'qeydiyyatdan keçin', 'hesab yarat', 'hesab yaradın', 'yeni hesab'],
    'cue:login': ['daxil ol', 'daxil olun', 'sistemə daxil ol', 'şifrəni unutmusunuz', 'məni xatırla'],
    'cue:reset': ['şifrəni unutmusunuz', 'şifrəni bərpa et', 'şifrənin bərpası'],
    'cue:search': ['axtar', 'axtarış'],
    'cue:checkout': ['ödə', 'ödəniş et', 'sifarişi tamamla', 'səbət'],
    'cue:has-account': ['artıq hesabınız var', 'hesabınız var'],
    'cue:no-account': ['hesabınız yoxdur'],
    'cue:verification': ['təsdiqlə', 'kodu yenidən göndər'],
  },
};
