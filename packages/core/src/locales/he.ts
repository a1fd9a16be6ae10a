import type { LocaleModule } from '../messages/types.js';

// עברית (right to left). Gender-neutral address, as Israeli consumer sites write: plural imperative
// for what to do (בדקו, נסו שוב, השתמשו בכרטיס אחר), impersonal ניתן / לא ניתן for what can or
// cannot be done, and no "your" where the sentence works without it (הכרטיס, not הכרטיס שלך).
// For: shoppers in Israel paying by card. Israeli shoppers call their card issuer חברת האשראי
// (Isracard, Max, Cal issue most cards, not the bank), so declines point there.
// Card number: מספר כרטיס. Expiry date: תוקף (what Israeli card forms label it; תאריך תפוגה is the
// long form). Security code (CVC/CVV): קוד אבטחה (CVV), the abbreviation Israeli forms print.
// Postal code: מיקוד (no country select, like de.ts and pt-BR.ts). Expiry hint: חודש / שנה (month / year),
// spelled out, like fa (ماه / سال) and ur (ماہ / سال). Braintree's he_IL keeps "MM/YY"
// in Latin letters; swap in "MM / YY" if the shop prefers what is printed on the card.
// Checked against: braintree/braintree-web-drop-in src/translations/he_IL.js (0451fa51: "מספר כרטיס",
// "קוד אבטחת כרטיס (CVV)", "מיקוד", "MM/YY"); mozilla-l10n/firefox-l10n he/browser/browser/
// preferences/formAutofill.ftl ("מספר כרטיס", "חודש תפוגה", "מיקוד", "נא להקליד", "אמריקן אקספרס").
// Stripe lists he as an Elements locale but does not publish its strings. Adyen has no Hebrew.
// Plurals: one, two, other (CLDR); two says שתי שניות.
export default {
  locale: 'he',
  messages: {
    'card.number_incomplete': 'מספר הכרטיס לא מלא.',
    'card.number_invalid': 'נראה שמספר הכרטיס לא תקין. בדקו אותו או השתמשו בכרטיס אחר.',
    'card.expiry_incomplete': 'הזינו את תוקף הכרטיס במלואו.',
    'card.expiry_invalid': 'בדקו את התוקף שמופיע על הכרטיס.',
    'card.expired': 'תוקף הכרטיס פג. בדקו את התוקף או השתמשו בכרטיס אחר.',
    'card.cvc_incomplete': 'הזינו את קוד האבטחה (CVV) במלואו.',
    'card.cvc_invalid': 'בדקו את קוד האבטחה (CVV) או השתמשו בכרטיס אחר.',
    'card.postal_code_incomplete': 'הזינו את המיקוד במלואו.',
    'card.postal_code_invalid': 'בדקו את המיקוד.',
    'card.postal_code_mismatch': 'המיקוד לא תואם לכרטיס. בדקו אותו או השתמשו בכרטיס אחר.',
    'card.address_mismatch': 'כתובת החיוב לא תואמת לכרטיס. בדקו אותה או השתמשו בכרטיס אחר.',
    'card.type_unsupported': 'לא ניתן לשלם כאן בסוג הכרטיס הזה. השתמשו בכרטיס אחר.',
    'decline.generic': 'הכרטיס סורב. השתמשו בכרטיס אחר או פנו לחברת האשראי.',
    'decline.insufficient_funds': 'אין בכרטיס יתרה מספיקה. השתמשו בכרטיס אחר.',
    'decline.use_other_card': 'לא ניתן להשתמש בכרטיס הזה לתשלום הזה. השתמשו בכרטיס אחר.',
    'decline.contact_issuer': 'חברת האשראי סירבה לתשלום. פנו אליה או השתמשו בכרטיס אחר.',
    'decline.limit_reached': 'הכרטיס הגיע למגבלה. השתמשו בכרטיס אחר או פנו לחברת האשראי.',
    'decline.duplicate': 'נראה שהתשלום הזה כבר בוצע. בדקו את הדוא״ל או את פירוט החיובים לפני ניסיון נוסף.',
    'decline.card_present_only': 'לא ניתן להשתמש בכרטיס הזה לתשלום באינטרנט. השתמשו בכרטיס אחר.',
    'decline.test_card': 'זהו כרטיס בדיקה. שלמו בכרטיס אמיתי.',
    'decline.try_again': 'לא הצלחנו לעבד את הכרטיס. נסו שוב או השתמשו בכרטיס אחר.',
    'decline.authenticate': 'חברת האשראי מבקשת לאשר את התשלום הזה.',
    'advice.do_not_try_again': 'לא ניתן להשתמש בכרטיס הזה לתשלום הזה. השתמשו בכרטיס אחר.',
    'advice.try_again_later': 'חברת האשראי לא הצליחה לאשר את התשלום כרגע. נסו שוב מאוחר יותר או השתמשו בכרטיס אחר.',
    'advice.confirm_card_data': 'בדקו את פרטי הכרטיס או השתמשו בכרטיס אחר.',
    'amount.too_small': 'סכום ההזמנה נמוך מהמינימום לתשלום בכרטיס.',
    'amount.below_minimum': 'סכום ההזמנה נמוך מהמינימום לתשלום בכרטיס, שהוא {minimum, money}.',
    'amount.too_large': 'סכום ההזמנה גבוה מהמקסימום לתשלום בכרטיס.',
    'amount.invalid': 'לא ניתן לשלם את הסכום הזה בכרטיס. פנו לחנות.',
    'email.invalid': 'הזינו כתובת דוא״ל תקינה.',
    'email.account_exists': 'כבר יש חשבון עם כתובת הדוא״ל הזו. התחברו או השתמשו בכתובת אחרת.',
    'address.unsupported': 'לא ניתן לקבל תשלום עבור הכתובת הזו. בדקו את כתובת החיוב.',
    'shipping.failed': 'לא הצלחנו לחשב משלוח לכתובת הזו. בדקו את הכתובת.',
    'value.missing': '{field, select, form {חסרים כמה פרטים. בדקו את הטופס ונסו שוב.} other {מלאו את השדה הזה.}}',
    'value.invalid': '{field, select, form {נראה שחלק מהפרטים לא תקינים. בדקו את הטופס ונסו שוב.} other {בדקו את השדה הזה.}}',
    'order.coupon_expired': 'תוקף קוד ההנחה פג. הסירו אותו כדי להמשיך.',
    'order.out_of_stock': 'פריט מההזמנה כבר לא זמין. בדקו את ההזמנה.',
    'order.failed': 'לא הצלחנו ליצור את ההזמנה. בדקו את הפרטים ונסו שוב.',
    'order.tax_id_invalid': 'בדקו את מספר העוסק או הח״פ.',
    'order.limit_reached': 'הגעתם למגבלה של הרכישה הזו. פנו לחנות.',
    'payment.method_unavailable': 'אמצעי התשלום הזה לא זמין כרגע. בחרו אמצעי אחר.',
    'payment.bank_account_invalid': 'בדקו את פרטי חשבון הבנק.',
    'payment.unconfirmed': 'עדיין לא הצלחנו לאשר את התשלום. אל תשלמו שוב עד שנאשר אותו.',
    'shop.unavailable': 'לא הצלחנו להשלים את התשלום. נסו שוב מאוחר יותר או פנו לחנות.',
    'session.expired': 'פג הזמן להשלמת התשלום. רעננו את הדף ונסו שוב.',
    'service.busy':
      'יותר מדי ניסיונות בזמן קצר. {seconds, plural, =0 {ניתן לנסות שוב עכשיו.} one {נסו שוב בעוד שנייה אחת.} two {נסו שוב בעוד שתי שניות.} other {נסו שוב בעוד # שניות.}}',
    'service.in_progress': 'התשלום עדיין בעיבוד. המתינו רגע לפני שתנסו שוב.',
    'service.error': 'משהו השתבש אצלנו. נסו שוב בעוד רגע.',
    'service.external': 'שירות שאנחנו נעזרים בו לא מגיב. נסו שוב בעוד רגע.',
    'service.try_again': 'לא הצלחנו להשלים את ההזמנה כרגע. נסו שוב.',
    'network.offline': 'אין חיבור. בדקו את החיבור לאינטרנט ונסו שוב.',
    'network.timeout': 'החיבור לקח יותר מדי זמן. בדקו את החיבור ונסו שוב.',
    aborted: 'התשלום בוטל.',
    unknown: 'משהו השתבש. נסו שוב, או פנו לחנות אם זה חוזר על עצמו.',
    'ui.label.card_number': 'מספר כרטיס',
    'ui.label.expiry': 'תוקף',
    'ui.label.cvc': 'קוד אבטחה (CVV)',
    'ui.label.postal_code': 'מיקוד',
    'ui.hint.expiry': 'חודש / שנה',
    'ui.hint.cvc': '3 הספרות האחרונות בגב הכרטיס, או 4 בחזית כרטיס אמריקן אקספרס',
    'ui.error_prefix': 'שגיאה:',
    'ui.summary_heading': 'יש בעיה',
    'ui.submitting': 'התשלום בעיבוד…',
    'ui.retrying': 'עדיין מנסים להתחבר לשירות התשלומים…',
    'ui.cooldown':
      '{seconds, plural, one {ניתן לנסות שוב בעוד שנייה אחת.} two {ניתן לנסות שוב בעוד שתי שניות.} other {ניתן לנסות שוב בעוד # שניות.}}',
    'ui.ready_again': 'ניתן לנסות שוב עכשיו.',
    'ui.try_again': 'לנסות שוב',
  },
} as const satisfies LocaleModule;
