// The demo page's own words (the shop's, not the kit's: the kit words only its errors, labels
// and hints). Short, for the ten locales of the kit.
export const LOCALES = [
  ['en-US', 'English (US)', 'US'],
  ['en-GB', 'English (UK)', 'GB'],
  ['de-DE', 'Deutsch', 'DE'],
  ['fr-FR', 'Français', 'FR'],
  ['es-ES', 'Español', 'ES'],
  ['it-IT', 'Italiano', 'IT'],
  ['nl-NL', 'Nederlands', 'NL'],
  ['pt-BR', 'Português (Brasil)', 'BR'],
  ['ja-JP', '日本語', 'JP'],
  ['pl-PL', 'Polski', 'PL'],
  ['ar-EG', 'العربية', 'EG'],
] as const;

export const COUNTRIES = ['US', 'GB', 'CA', 'DE', 'FR', 'ES', 'IT', 'NL', 'BR', 'JP', 'PL', 'EG'] as const;

interface PageText {
  checkout: string;
  order: string;
  item: string;
  total: string;
  contact: string;
  email: string;
  payment: string;
  name: string;
  country: string;
  pay: string;
  paid: string;
  paidBody: string;
  again: string;
}

const en: PageText = {
  checkout: 'Checkout',
  order: 'Your order',
  item: 'Merino scarf × 2',
  total: 'Total',
  contact: 'Contact',
  email: 'Email',
  payment: 'Payment',
  name: 'Name on card',
  country: 'Country or region',
  pay: 'Pay',
  paid: 'Payment received',
  paidBody: 'Thank you. Your payment reference is',
  again: 'New payment',
};

const TEXT: Record<string, PageText> = {
  en,
  de: {
    checkout: 'Kasse',
    order: 'Ihre Bestellung',
    item: 'Merino-Schal × 2',
    total: 'Gesamt',
    contact: 'Kontakt',
    email: 'E-Mail',
    payment: 'Zahlung',
    name: 'Name auf der Karte',
    country: 'Land oder Region',
    pay: 'Bezahlen',
    paid: 'Zahlung erhalten',
    paidBody: 'Vielen Dank. Ihre Zahlungsreferenz ist',
    again: 'Neue Zahlung',
  },
  fr: {
    checkout: 'Paiement',
    order: 'Votre commande',
    item: 'Écharpe mérinos × 2',
    total: 'Total',
    contact: 'Contact',
    email: 'E-mail',
    payment: 'Paiement',
    name: 'Nom sur la carte',
    country: 'Pays ou région',
    pay: 'Payer',
    paid: 'Paiement reçu',
    paidBody: 'Merci. Votre référence de paiement est',
    again: 'Nouveau paiement',
  },
  es: {
    checkout: 'Pago',
    order: 'Tu pedido',
    item: 'Bufanda de merino × 2',
    total: 'Total',
    contact: 'Contacto',
    email: 'Correo electrónico',
    payment: 'Pago',
    name: 'Nombre en la tarjeta',
    country: 'País o región',
    pay: 'Pagar',
    paid: 'Pago recibido',
    paidBody: 'Gracias. Tu referencia de pago es',
    again: 'Nuevo pago',
  },
  it: {
    checkout: 'Cassa',
    order: 'Il tuo ordine',
    item: 'Sciarpa in merino × 2',
    total: 'Totale',
    contact: 'Contatto',
    email: 'Email',
    payment: 'Pagamento',
    name: 'Nome sulla carta',
    country: 'Paese o regione',
    pay: 'Paga',
    paid: 'Pagamento ricevuto',
    paidBody: 'Grazie. Il riferimento del pagamento è',
    again: 'Nuovo pagamento',
  },
  nl: {
    checkout: 'Afrekenen',
    order: 'Je bestelling',
    item: 'Merino sjaal × 2',
    total: 'Totaal',
    contact: 'Contact',
    email: 'E-mail',
    payment: 'Betaling',
    name: 'Naam op de kaart',
    country: 'Land of regio',
    pay: 'Betalen',
    paid: 'Betaling ontvangen',
    paidBody: 'Bedankt. Je betalingskenmerk is',
    again: 'Nieuwe betaling',
  },
  pt: {
    checkout: 'Finalizar compra',
    order: 'Seu pedido',
    item: 'Cachecol de merino × 2',
    total: 'Total',
    contact: 'Contato',
    email: 'E-mail',
    payment: 'Pagamento',
    name: 'Nome no cartão',
    country: 'País ou região',
    pay: 'Pagar',
    paid: 'Pagamento recebido',
    paidBody: 'Obrigado. A referência do seu pagamento é',
    again: 'Novo pagamento',
  },
  ja: {
    checkout: 'お支払い',
    order: 'ご注文内容',
    item: 'メリノマフラー × 2',
    total: '合計',
    contact: '連絡先',
    email: 'メールアドレス',
    payment: 'お支払い方法',
    name: 'カード名義',
    country: '国または地域',
    pay: '支払う',
    paid: 'お支払いが完了しました',
    paidBody: 'ありがとうございます。お支払い番号：',
    again: '新しいお支払い',
  },
  pl: {
    checkout: 'Kasa',
    order: 'Twoje zamówienie',
    item: 'Szal z merynosa × 2',
    total: 'Razem',
    contact: 'Kontakt',
    email: 'E-mail',
    payment: 'Płatność',
    name: 'Imię i nazwisko na karcie',
    country: 'Kraj lub region',
    pay: 'Zapłać',
    paid: 'Płatność przyjęta',
    paidBody: 'Dziękujemy. Numer referencyjny płatności:',
    again: 'Nowa płatność',
  },
  ar: {
    checkout: 'الدفع',
    order: 'طلبك',
    item: 'وشاح صوف ميرينو × 2',
    total: 'الإجمالي',
    contact: 'التواصل',
    email: 'البريد الإلكتروني',
    payment: 'الدفع',
    name: 'الاسم على البطاقة',
    country: 'البلد أو المنطقة',
    pay: 'ادفع',
    paid: 'تم استلام الدفعة',
    paidBody: 'شكرًا لك. مرجع الدفع هو',
    again: 'دفعة جديدة',
  },
};

/** The page's words for a locale tag (language only; English when missing). */
export const pageText = (locale: string): PageText => TEXT[locale.split('-')[0] ?? 'en'] ?? en;
