import type { LocaleModule } from '../messages/types.js';

// اردو (right to left). Formal register: «آپ» and the polite imperative (جانچ لیں، دوبارہ کوشش کریں،
// کوئی اور کارڈ استعمال کریں). Urdu verbs agree with the speaker's gender, so wherever the shopper
// would be the subject of a verb ("you can", "you have reached") the text is impersonal instead
// (دوبارہ کوشش کی جا سکتی ہے): the imperative is the same for everyone. Urdu full stop ۔ throughout.
// Numbers in the text are written as words; counts come through placeholders only.
// For: Urdu-reading shoppers in Pakistan (and Urdu speakers elsewhere) paying by card.
// Card number: کارڈ نمبر. Expiry date: میعاد ختم ہونے کی تاریخ (in messages: کارڈ کی میعاد).
// Security code (CVC/CVV): حفاظتی کوڈ (CVV), CVV being what Pakistani banks print and say.
// Postal code: پوسٹل کوڈ (no country select, like de.ts and pt-BR.ts). Expiry hint: ماہ / سال
// (month / year in full words; Urdu has no letter abbreviation like MM/YY in common use).
// Everyday loanwords already written in Urdu script are kept (کارڈ، بینک، آرڈر، ای میل، انٹرنیٹ،
// فارم، سیکنڈ); English ones with a plain Urdu word are not (بل کا پتہ, not بلنگ; کھاتہ, not اکاؤنٹ).
// Checked against: mozilla-l10n/firefox-l10n ur/browser/browser/preferences/formAutofill.ftl
// ("کارڈ کا نمبر"، "اختتامی مہینہ"، "اختتامی سال"، "پوسٹل کوڈ"، "بل کا پتہ"). Stripe, Adyen and
// Braintree ship no Urdu card form, so there was no provider wording to compare with.
// Plurals: one, other (CLDR); سیکنڈ is the same after 1 and after 5.
export default {
  locale: 'ur',
  messages: {
    'card.number_incomplete': 'کارڈ نمبر نامکمل ہے۔',
    'card.number_invalid': 'یہ کارڈ نمبر درست معلوم نہیں ہوتا۔ اسے جانچ لیں یا کوئی اور کارڈ استعمال کریں۔',
    'card.expiry_incomplete': 'کارڈ کی میعاد ختم ہونے کی پوری تاریخ درج کریں۔',
    'card.expiry_invalid': 'کارڈ پر میعاد ختم ہونے کی تاریخ جانچ لیں۔',
    'card.expired': 'اس کارڈ کی میعاد ختم ہو چکی ہے۔ تاریخ جانچ لیں یا کوئی اور کارڈ استعمال کریں۔',
    'card.cvc_incomplete': 'کارڈ کا پورا حفاظتی کوڈ (CVV) درج کریں۔',
    'card.cvc_invalid': 'حفاظتی کوڈ (CVV) جانچ لیں یا کوئی اور کارڈ استعمال کریں۔',
    'card.postal_code_incomplete': 'اپنا پورا پوسٹل کوڈ درج کریں۔',
    'card.postal_code_invalid': 'اپنا پوسٹل کوڈ جانچ لیں۔',
    'card.postal_code_mismatch': 'پوسٹل کوڈ آپ کے کارڈ سے میل نہیں کھاتا۔ اسے جانچ لیں یا کوئی اور کارڈ استعمال کریں۔',
    'card.address_mismatch': 'بل کا پتہ آپ کے کارڈ سے میل نہیں کھاتا۔ اسے جانچ لیں یا کوئی اور کارڈ استعمال کریں۔',
    'card.type_unsupported': 'اس قسم کا کارڈ یہاں قبول نہیں کیا جاتا۔ کوئی اور کارڈ استعمال کریں۔',
    'decline.generic': 'آپ کا کارڈ مسترد ہو گیا۔ کوئی اور کارڈ استعمال کریں یا اپنے بینک سے رابطہ کریں۔',
    'decline.insufficient_funds': 'آپ کے کارڈ میں کافی رقم نہیں ہے۔ کوئی اور کارڈ استعمال کریں۔',
    'decline.use_other_card': 'یہ کارڈ اس ادائیگی کے لیے استعمال نہیں ہو سکتا۔ کوئی اور کارڈ استعمال کریں۔',
    'decline.contact_issuer': 'آپ کے بینک نے یہ ادائیگی مسترد کر دی۔ اپنے بینک سے رابطہ کریں یا کوئی اور کارڈ استعمال کریں۔',
    'decline.limit_reached': 'یہ کارڈ اپنی حد تک پہنچ گیا ہے۔ کوئی اور کارڈ استعمال کریں یا اپنے بینک سے رابطہ کریں۔',
    'decline.duplicate': 'لگتا ہے یہ ادائیگی پہلے ہو چکی ہے۔ دوبارہ کوشش سے پہلے اپنی ای میل یا بینک کھاتے کی تفصیل دیکھ لیں۔',
    'decline.card_present_only': 'یہ کارڈ انٹرنیٹ پر ادائیگی کے لیے استعمال نہیں ہو سکتا۔ کوئی اور کارڈ استعمال کریں۔',
    'decline.test_card': 'یہ آزمائشی کارڈ ہے۔ ادائیگی کے لیے اصل کارڈ استعمال کریں۔',
    'decline.try_again': 'ہم آپ کے کارڈ سے ادائیگی مکمل نہیں کر سکے۔ دوبارہ کوشش کریں یا کوئی اور کارڈ استعمال کریں۔',
    'decline.authenticate': 'آپ کا بینک چاہتا ہے کہ آپ اس ادائیگی کی تصدیق کریں۔',
    'advice.do_not_try_again': 'یہ کارڈ اس ادائیگی کے لیے استعمال نہیں ہو سکتا۔ کوئی اور کارڈ استعمال کریں۔',
    'advice.try_again_later': 'آپ کا بینک ابھی ادائیگی منظور نہیں کر سکا۔ کچھ دیر بعد دوبارہ کوشش کریں یا کوئی اور کارڈ استعمال کریں۔',
    'advice.confirm_card_data': 'اپنے کارڈ کی تفصیلات جانچ لیں یا کوئی اور کارڈ استعمال کریں۔',
    'amount.too_small': 'آرڈر کی کل رقم کارڈ سے ادائیگی کی کم از کم حد سے کم ہے۔',
    'amount.below_minimum': 'آرڈر کی کل رقم کارڈ سے ادائیگی کی کم از کم حد {minimum, money} سے کم ہے۔',
    'amount.too_large': 'آرڈر کی کل رقم کارڈ سے ادائیگی کی بالائی حد سے زیادہ ہے۔',
    'amount.invalid': 'یہ رقم کارڈ سے ادا نہیں کی جا سکتی۔ دکان سے رابطہ کریں۔',
    'email.invalid': 'درست ای میل پتہ درج کریں۔',
    'email.account_exists': 'اس ای میل سے ایک کھاتہ پہلے سے موجود ہے۔ اس میں داخل ہوں یا کوئی اور ای میل استعمال کریں۔',
    'address.unsupported': 'ہم اس پتے کے لیے ادائیگی قبول نہیں کر سکتے۔ اپنا بل کا پتہ جانچ لیں۔',
    'shipping.failed': 'ہم اس پتے پر ترسیل کا خرچ معلوم نہیں کر سکے۔ پتہ جانچ لیں۔',
    'value.missing': '{field, select, form {کچھ تفصیلات باقی ہیں۔ فارم جانچ لیں اور دوبارہ کوشش کریں۔} other {یہ خانہ پُر کریں۔}}',
    'value.invalid':
      '{field, select, form {کچھ تفصیلات درست معلوم نہیں ہوتیں۔ فارم جانچ لیں اور دوبارہ کوشش کریں۔} other {یہ خانہ جانچ لیں۔}}',
    'order.coupon_expired': 'اس رعایتی کوڈ کی میعاد ختم ہو چکی ہے۔ آگے بڑھنے کے لیے اسے ہٹا دیں۔',
    'order.out_of_stock': 'آپ کے آرڈر کی ایک چیز اب دستیاب نہیں۔ اپنا آرڈر دیکھ لیں۔',
    'order.failed': 'ہم آپ کا آرڈر نہیں بنا سکے۔ تفصیلات جانچ لیں اور دوبارہ کوشش کریں۔',
    'order.tax_id_invalid': 'اپنا ٹیکس نمبر (NTN) جانچ لیں۔',
    'order.limit_reached': 'اس خریداری کی حد پوری ہو چکی ہے۔ دکان سے رابطہ کریں۔',
    'payment.method_unavailable': 'ادائیگی کا یہ طریقہ ابھی دستیاب نہیں۔ کوئی اور طریقہ منتخب کریں۔',
    'payment.bank_account_invalid': 'اپنے بینک کھاتے کی تفصیلات جانچ لیں۔',
    'payment.unconfirmed': 'ہم ابھی آپ کی ادائیگی کی تصدیق نہیں کر سکے۔ تصدیق ہونے تک دوبارہ ادائیگی نہ کریں۔',
    'shop.unavailable': 'ہم ادائیگی مکمل نہیں کر سکے۔ کچھ دیر بعد دوبارہ کوشش کریں یا دکان سے رابطہ کریں۔',
    'session.expired': 'ادائیگی کا وقت ختم ہو گیا ہے۔ صفحہ تازہ کریں اور دوبارہ کوشش کریں۔',
    'service.busy':
      'کم وقت میں بہت زیادہ کوششیں ہوئیں۔ {seconds, plural, =0 {اب دوبارہ کوشش کی جا سکتی ہے۔} one {# سیکنڈ بعد دوبارہ کوشش کریں۔} other {# سیکنڈ بعد دوبارہ کوشش کریں۔}}',
    'service.in_progress': 'آپ کی ادائیگی پر ابھی کارروائی جاری ہے۔ دوبارہ کوشش سے پہلے کچھ دیر انتظار کریں۔',
    'service.error': 'ہماری طرف کوئی خرابی ہو گئی۔ ذرا دیر بعد دوبارہ کوشش کریں۔',
    'service.external': 'جس نظام پر ہمارا انحصار ہے وہ جواب نہیں دے رہا۔ ذرا دیر بعد دوبارہ کوشش کریں۔',
    'service.try_again': 'ہم ابھی آپ کا آرڈر مکمل نہیں کر سکے۔ دوبارہ کوشش کریں۔',
    'network.offline': 'رابطہ نہیں ہو سکا۔ اپنا انٹرنیٹ جانچ لیں اور دوبارہ کوشش کریں۔',
    'network.timeout': 'رابطے میں بہت دیر لگ گئی۔ اپنا انٹرنیٹ جانچ لیں اور دوبارہ کوشش کریں۔',
    aborted: 'ادائیگی منسوخ کر دی گئی۔',
    unknown: 'کوئی خرابی ہو گئی۔ دوبارہ کوشش کریں، یا مسئلہ برقرار رہے تو دکان سے رابطہ کریں۔',
    'ui.label.card_number': 'کارڈ نمبر',
    'ui.label.expiry': 'میعاد ختم ہونے کی تاریخ',
    'ui.label.cvc': 'حفاظتی کوڈ (CVV)',
    'ui.label.postal_code': 'پوسٹل کوڈ',
    'ui.hint.expiry': 'ماہ / سال',
    'ui.hint.cvc': 'کارڈ کی پشت پر آخری تین ہندسے، یا Amex کارڈ کے سامنے چار ہندسے',
    'ui.error_prefix': 'خرابی:',
    'ui.summary_heading': 'ایک مسئلہ ہے',
    'ui.submitting': 'آپ کی ادائیگی پر کارروائی ہو رہی ہے…',
    'ui.retrying': 'ادائیگی کے نظام سے رابطے کی کوشش جاری ہے…',
    'ui.cooldown': '{seconds, plural, one {# سیکنڈ بعد دوبارہ کوشش کی جا سکے گی۔} other {# سیکنڈ بعد دوبارہ کوشش کی جا سکے گی۔}}',
    'ui.ready_again': 'اب دوبارہ کوشش کی جا سکتی ہے۔',
    'ui.try_again': 'دوبارہ کوشش کریں',
  },
} as const satisfies LocaleModule;
