/**
 * The payment words each shipped locale uses on its card form, as that market's card forms
 * already name them: the reference a reviewer checks a translation against, and that the
 * core's tests hold every locale module to (labels and the expiry hint word for word, the
 * postal code's name per country where it depends on the country). `source` says where a term
 * was checked; "unreviewed" until a native speaker has reviewed it.
 */
export interface Terminology {
  readonly cardNumber: string;
  readonly expiry: string;
  readonly securityCode: string;
  /** The postal code's name by country (`other` for the rest). */
  readonly postalCode: Readonly<Record<string, string>>;
  /** Month then year, in the language's letters. */
  readonly expiryHint: string;
  readonly source: string;
}

const BRAINTREE = 'braintree-web-drop-in src/translations';
const ADYEN = 'adyen-web packages/server/translations';
const FIREFOX = 'Firefox formAutofill.ftl';

export const terminology: Readonly<Record<string, Terminology>> = {
  en: {
    cardNumber: 'Card number',
    expiry: 'Expiry date',
    securityCode: 'Security code',
    // As each country's post names it: USPS (ZIP Code, also in its territories), Royal Mail and
    // Australia Post (postcode), India Post (PIN code), Ireland's Eircode, Canada Post (postal code).
    postalCode: {
      US: 'ZIP code',
      PR: 'ZIP code',
      GU: 'ZIP code',
      VI: 'ZIP code',
      GB: 'Postcode',
      JE: 'Postcode',
      AU: 'Postcode',
      NZ: 'Postcode',
      MY: 'Postcode',
      IN: 'PIN code',
      IE: 'Eircode',
      CA: 'Postal code',
      other: 'Postal code',
    },
    expiryHint: 'MM / YY',
    source: 'the kit’s source text',
  },
  de: {
    cardNumber: 'Kartennummer',
    expiry: 'Ablaufdatum',
    securityCode: 'Prüfnummer (CVC)',
    postalCode: { other: 'PLZ' },
    expiryHint: 'MM / JJ',
    source: 'unreviewed',
  },
  fr: {
    cardNumber: 'Numéro de carte',
    expiry: 'Date d’expiration',
    securityCode: 'Code de sécurité',
    postalCode: { other: 'Code postal' },
    expiryHint: 'MM / AA',
    source: 'unreviewed',
  },
  'fr-CA': {
    cardNumber: 'Numéro de carte',
    expiry: 'Date d’expiration',
    securityCode: 'Code de sécurité',
    postalCode: { other: 'Code postal' },
    expiryHint: 'MM / AA',
    source: `${BRAINTREE}/fr_CA.js (1ac54fa0); unreviewed`,
  },
  es: {
    cardNumber: 'Número de tarjeta',
    expiry: 'Fecha de caducidad',
    securityCode: 'Código de seguridad',
    postalCode: { other: 'Código postal' },
    expiryHint: 'MM / AA',
    source: 'unreviewed',
  },
  'es-419': {
    cardNumber: 'Número de tarjeta',
    expiry: 'Fecha de vencimiento',
    securityCode: 'Código de seguridad',
    postalCode: { other: 'Código postal' },
    expiryHint: 'MM / AA',
    source: `${BRAINTREE}/es_XC.js, ${ADYEN}/es-US.json; unreviewed`,
  },
  it: {
    cardNumber: 'Numero della carta',
    expiry: 'Data di scadenza',
    securityCode: 'Codice di sicurezza',
    postalCode: { CH: 'NPA', other: 'CAP' },
    expiryHint: 'MM / AA',
    source: 'unreviewed',
  },
  nl: {
    cardNumber: 'Kaartnummer',
    expiry: 'Vervaldatum',
    securityCode: 'Beveiligingscode',
    postalCode: { other: 'Postcode' },
    expiryHint: 'MM / JJ',
    source: 'unreviewed',
  },
  'pt-BR': {
    cardNumber: 'Número do cartão',
    expiry: 'Validade',
    securityCode: 'Código de segurança',
    postalCode: { other: 'CEP' },
    expiryHint: 'MM / AA',
    source: 'unreviewed',
  },
  'pt-PT': {
    cardNumber: 'Número do cartão',
    expiry: 'Data de validade',
    securityCode: 'Código de segurança',
    postalCode: { other: 'Código postal' },
    expiryHint: 'MM / AA',
    source: `${BRAINTREE}/pt_PT.js, ${ADYEN}/pt-PT.json; unreviewed`,
  },
  ja: {
    cardNumber: 'カード番号',
    expiry: '有効期限',
    securityCode: 'セキュリティコード',
    postalCode: { other: '郵便番号' },
    expiryHint: '月 / 年',
    source: 'unreviewed',
  },
  pl: {
    cardNumber: 'Numer karty',
    expiry: 'Data ważności',
    securityCode: 'Kod bezpieczeństwa',
    postalCode: { other: 'Kod pocztowy' },
    expiryHint: 'MM / RR',
    source: 'unreviewed',
  },
  sv: {
    cardNumber: 'Kortnummer',
    expiry: 'Utgångsdatum',
    securityCode: 'Säkerhetskod',
    postalCode: { other: 'Postnummer' },
    expiryHint: 'MM / ÅÅ',
    source: `${BRAINTREE}/sv_SE.js (661d3b85), ${ADYEN}/sv-SE.json (0f149d02); unreviewed`,
  },
  fi: {
    cardNumber: 'Kortin numero',
    expiry: 'Viimeinen voimassaolopäivä',
    securityCode: 'Turvakoodi',
    postalCode: { other: 'Postinumero' },
    expiryHint: 'KK / VV',
    source: `${BRAINTREE}/fi_FI.js (0dc9ec6e), ${ADYEN}/fi-FI.json (57d8d63f); unreviewed`,
  },
  da: {
    cardNumber: 'Kortnummer',
    expiry: 'Udløbsdato',
    securityCode: 'Sikkerhedskode',
    postalCode: { other: 'Postnummer' },
    expiryHint: 'MM / ÅÅ',
    source: `${BRAINTREE}/da_DK.js (0451fa51), ${ADYEN}/da-DK.json (183fa6f8); unreviewed`,
  },
  nb: {
    cardNumber: 'Kortnummer',
    expiry: 'Utløpsdato',
    securityCode: 'Sikkerhetskode',
    postalCode: { other: 'Postnummer' },
    expiryHint: 'MM / ÅÅ',
    source: `${BRAINTREE}/no_NO.js (0451fa51), ${ADYEN}/no-NO.json (183fa6f8); unreviewed`,
  },
  ca: {
    cardNumber: 'Número de targeta',
    expiry: 'Data de caducitat',
    securityCode: 'Codi de seguretat',
    postalCode: { other: 'Codi postal' },
    expiryHint: 'MM / AA',
    source: `${ADYEN}/ca-ES.json (183fa6f8); unreviewed`,
  },
  ro: {
    cardNumber: 'Număr card',
    expiry: 'Data expirării',
    securityCode: 'Cod de securitate',
    postalCode: { other: 'Cod poștal' },
    expiryHint: 'LL / AA',
    source: `${ADYEN}/ro-RO.json (183fa6f8), ${BRAINTREE}/ro_RO.js (e0fd39cc, unmerged PR #407); unreviewed`,
  },
  ar: {
    cardNumber: 'رقم البطاقة',
    expiry: 'تاريخ الانتهاء',
    securityCode: 'رمز الأمان',
    postalCode: { other: 'الرمز البريدي' },
    expiryHint: 'شهر / سنة',
    source: 'unreviewed',
  },
  he: {
    cardNumber: 'מספר כרטיס',
    expiry: 'תוקף',
    securityCode: 'קוד אבטחה (CVV)',
    postalCode: { other: 'מיקוד' },
    expiryHint: 'חודש / שנה',
    source: `${BRAINTREE}/he_IL.js, ${FIREFOX} (he); unreviewed`,
  },
  fa: {
    cardNumber: 'شمارهٔ کارت',
    expiry: 'تاریخ انقضا',
    securityCode: 'کد امنیتی (CVV)',
    postalCode: { other: 'کد پستی' },
    expiryHint: 'ماه / سال',
    source: `${FIREFOX} (fa); unreviewed`,
  },
  ur: {
    cardNumber: 'کارڈ نمبر',
    expiry: 'میعاد ختم ہونے کی تاریخ',
    securityCode: 'حفاظتی کوڈ (CVV)',
    postalCode: { other: 'پوسٹل کوڈ' },
    expiryHint: 'ماہ / سال',
    source: `${FIREFOX} (ur); unreviewed`,
  },
};
