import type { LocaleModule } from '../messages/types.js';

// فارسی (right to left). Formal register: «شما» and the polite plural imperative (بررسی کنید،
// دوباره تلاش کنید، از کارت دیگری استفاده کنید), as Iranian banks and shops write. No digits in the
// text: numbers come only through placeholders, so Intl writes them in Persian digits (۵ ثانیه).
// Persian ی and ک throughout (not Arabic ي and ك), and the zero-width non-joiner in می‌توانید etc.
// For: Persian-speaking shoppers (Iran, and Persian speakers elsewhere) paying by card.
// Card number: شمارهٔ کارت. Expiry date: تاریخ انقضا. Security code (CVC/CVV): کد امنیتی (CVV), as
// Firefox's Persian card form says; Iranian bank gateways say CVV2, left out here only because the
// text carries no digits. Postal code: کد پستی (no country select, like
// de.ts and pt-BR.ts). Expiry hint: ماه / سال (month / year, in full words: Persian has no MM/YY-style
// letter abbreviation in common use).
// Checked against: mozilla-l10n/firefox-l10n fa/browser/browser/preferences/formAutofill.ftl
// ("شمارهٔ کارت"، "ماه انقضا"، "سال انقضا"، "کد پستی"، "آدرس صورت‌حساب"، "CVV"). Stripe, Adyen and
// Braintree ship no Persian card form, so there was no provider wording to compare with.
// Plurals: one, other (CLDR); a Persian noun stays singular after a number, so both read ثانیه.
export default {
  locale: 'fa',
  messages: {
    'card.number_incomplete': 'شمارهٔ کارت کامل نیست.',
    'card.number_invalid': 'به نظر می‌رسد شمارهٔ کارت درست نیست. آن را بررسی کنید یا از کارت دیگری استفاده کنید.',
    'card.expiry_incomplete': 'تاریخ انقضای کارت را کامل وارد کنید.',
    'card.expiry_invalid': 'تاریخ انقضای روی کارت را بررسی کنید.',
    'card.expired': 'این کارت منقضی شده است. تاریخ انقضا را بررسی کنید یا از کارت دیگری استفاده کنید.',
    'card.cvc_incomplete': 'کد امنیتی (CVV) کارت را کامل وارد کنید.',
    'card.cvc_invalid': 'کد امنیتی (CVV) را بررسی کنید یا از کارت دیگری استفاده کنید.',
    'card.postal_code_incomplete': 'کد پستی را کامل وارد کنید.',
    'card.postal_code_invalid': 'کد پستی را بررسی کنید.',
    'card.postal_code_mismatch': 'کد پستی با کارت شما مطابقت ندارد. آن را بررسی کنید یا از کارت دیگری استفاده کنید.',
    'card.address_mismatch': 'آدرس صورت‌حساب با کارت شما مطابقت ندارد. آن را بررسی کنید یا از کارت دیگری استفاده کنید.',
    'card.type_unsupported': 'این نوع کارت اینجا پذیرفته نمی‌شود. از کارت دیگری استفاده کنید.',
    'decline.generic': 'کارت شما پذیرفته نشد. از کارت دیگری استفاده کنید یا با بانک خود تماس بگیرید.',
    'decline.insufficient_funds': 'موجودی کارت شما کافی نیست. از کارت دیگری استفاده کنید.',
    'decline.use_other_card': 'از این کارت نمی‌توان برای این پرداخت استفاده کرد. از کارت دیگری استفاده کنید.',
    'decline.contact_issuer': 'بانک شما این پرداخت را نپذیرفت. با بانک خود تماس بگیرید یا از کارت دیگری استفاده کنید.',
    'decline.limit_reached': 'این کارت به سقف مجاز رسیده است. از کارت دیگری استفاده کنید یا با بانک خود تماس بگیرید.',
    'decline.duplicate': 'به نظر می‌رسد این پرداخت قبلاً انجام شده است. پیش از تلاش دوباره، ایمیل یا صورت‌حساب بانکی خود را بررسی کنید.',
    'decline.card_present_only': 'از این کارت نمی‌توان برای خرید اینترنتی استفاده کرد. از کارت دیگری استفاده کنید.',
    'decline.test_card': 'این یک کارت آزمایشی است. با یک کارت واقعی پرداخت کنید.',
    'decline.try_again': 'نتوانستیم کارت شما را پردازش کنیم. دوباره تلاش کنید یا از کارت دیگری استفاده کنید.',
    'decline.authenticate': 'بانک شما درخواست کرده است که این پرداخت را تأیید کنید.',
    'advice.do_not_try_again': 'از این کارت نمی‌توان برای این پرداخت استفاده کرد. از کارت دیگری استفاده کنید.',
    'advice.try_again_later': 'بانک شما فعلاً نتوانست پرداخت را تأیید کند. بعداً دوباره تلاش کنید یا از کارت دیگری استفاده کنید.',
    'advice.confirm_card_data': 'اطلاعات کارت خود را بررسی کنید یا از کارت دیگری استفاده کنید.',
    'amount.too_small': 'مبلغ سفارش کمتر از حداقل مبلغ پرداخت با کارت است.',
    'amount.below_minimum': 'مبلغ سفارش کمتر از حداقل {minimum, money} برای پرداخت با کارت است.',
    'amount.too_large': 'مبلغ سفارش بیشتر از حداکثر مبلغ پرداخت با کارت است.',
    'amount.invalid': 'این مبلغ را نمی‌توان با کارت پرداخت کرد. با فروشگاه تماس بگیرید.',
    'email.invalid': 'یک نشانی ایمیل معتبر وارد کنید.',
    'email.account_exists': 'حسابی با این ایمیل وجود دارد. وارد حساب خود شوید یا از ایمیل دیگری استفاده کنید.',
    'address.unsupported': 'برای این آدرس نمی‌توانیم پرداخت بپذیریم. آدرس صورت‌حساب خود را بررسی کنید.',
    'shipping.failed': 'نتوانستیم هزینهٔ ارسال به این آدرس را محاسبه کنیم. آدرس را بررسی کنید.',
    'value.missing':
      '{field, select, form {برخی اطلاعات وارد نشده است. فرم را بررسی کنید و دوباره تلاش کنید.} other {این قسمت را پر کنید.}}',
    'value.invalid':
      '{field, select, form {به نظر می‌رسد برخی اطلاعات درست نیست. فرم را بررسی کنید و دوباره تلاش کنید.} other {این قسمت را بررسی کنید.}}',
    'order.coupon_expired': 'مهلت این کد تخفیف تمام شده است. برای ادامه، آن را حذف کنید.',
    'order.out_of_stock': 'یکی از کالاهای سفارش شما دیگر موجود نیست. سفارش خود را بررسی کنید.',
    'order.failed': 'نتوانستیم سفارش شما را ثبت کنیم. اطلاعات را بررسی کنید و دوباره تلاش کنید.',
    'order.tax_id_invalid': 'شناسهٔ مالیاتی خود را بررسی کنید.',
    'order.limit_reached': 'به سقف مجاز این خرید رسیده‌اید. با فروشگاه تماس بگیرید.',
    'payment.method_unavailable': 'این روش پرداخت در حال حاضر در دسترس نیست. روش دیگری را انتخاب کنید.',
    'payment.bank_account_invalid': 'اطلاعات حساب بانکی خود را بررسی کنید.',
    'payment.unconfirmed': 'هنوز نتوانسته‌ایم پرداخت شما را تأیید کنیم. تا زمان تأیید، دوباره پرداخت نکنید.',
    'shop.unavailable': 'نتوانستیم پرداخت را کامل کنیم. بعداً دوباره تلاش کنید یا با فروشگاه تماس بگیرید.',
    'session.expired': 'مهلت این پرداخت تمام شده است. صفحه را از نو بارگذاری کنید و دوباره تلاش کنید.',
    'service.busy':
      'تعداد تلاش‌ها در مدت کوتاهی زیاد بوده است. {seconds, plural, =0 {اکنون می‌توانید دوباره تلاش کنید.} one {# ثانیهٔ دیگر دوباره تلاش کنید.} other {# ثانیهٔ دیگر دوباره تلاش کنید.}}',
    'service.in_progress': 'پرداخت شما هنوز در حال پردازش است. پیش از تلاش دوباره، کمی صبر کنید.',
    'service.error': 'مشکلی از سمت ما پیش آمد. چند لحظهٔ دیگر دوباره تلاش کنید.',
    'service.external': 'یکی از سامانه‌هایی که به آن وابسته‌ایم پاسخ نمی‌دهد. چند لحظهٔ دیگر دوباره تلاش کنید.',
    'service.try_again': 'فعلاً نتوانستیم سفارش شما را نهایی کنیم. دوباره تلاش کنید.',
    'network.offline': 'اتصال برقرار نشد. اتصال اینترنت خود را بررسی کنید و دوباره تلاش کنید.',
    'network.timeout': 'اتصال بیش از حد طول کشید. اتصال خود را بررسی کنید و دوباره تلاش کنید.',
    aborted: 'پرداخت لغو شد.',
    unknown: 'مشکلی پیش آمد. دوباره تلاش کنید، یا اگر مشکل تکرار شد با فروشگاه تماس بگیرید.',
    'ui.label.card_number': 'شمارهٔ کارت',
    'ui.label.expiry': 'تاریخ انقضا',
    'ui.label.cvc': 'کد امنیتی (CVV)',
    'ui.label.postal_code': 'کد پستی',
    'ui.hint.expiry': 'ماه / سال',
    'ui.hint.cvc': 'سه رقم آخر پشت کارت، یا چهار رقم روی کارت Amex',
    'ui.error_prefix': 'خطا:',
    'ui.summary_heading': 'مشکلی وجود دارد',
    'ui.submitting': 'در حال پردازش پرداخت شما…',
    'ui.retrying': 'همچنان در تلاش برای اتصال به سامانهٔ پرداخت هستیم…',
    'ui.cooldown': '{seconds, plural, one {# ثانیهٔ دیگر می‌توانید دوباره تلاش کنید.} other {# ثانیهٔ دیگر می‌توانید دوباره تلاش کنید.}}',
    'ui.ready_again': 'اکنون می‌توانید دوباره تلاش کنید.',
    'ui.try_again': 'تلاش دوباره',
  },
} as const satisfies LocaleModule;
