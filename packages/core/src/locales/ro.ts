import type { LocaleModule } from '../messages/types.js';

// Română. Formal address (dumneavoastră, the second-person plural imperative: "Verificați",
// "Folosiți"), as Romanian shops and card forms use at checkout; ș and ț with the comma below.
// Cod poștal in every country.
// Card-form words checked against adyen-web packages/server/translations/ro-RO.json (183fa6f8,
// last changed in bfe98987): Număr card, Data expirării, Cod de securitate, Cod poștal, and the
// expiry as LL/AA (lună / an), the CVC on the "spatele cardului", Amex's on the "partea din față".
// braintree-web-drop-in ships no Romanian (src/translations at 0451fa51); its ro_RO.js is only in
// unmerged pull requests, e.g. e0fd39cc (#407): Număr Card, Data de Expirare, CVV, LL/AA, Cod Poștal.
// Three plural forms: one; few (0, 2–19, fractions: "2 secunde"); other (20 and up take "de":
// "20 de secunde").
export default {
  locale: 'ro',
  messages: {
    'card.number_incomplete': 'Numărul cardului este incomplet.',
    'card.number_invalid': 'Numărul cardului nu pare corect. Verificați-l sau folosiți alt card.',
    'card.expiry_incomplete': 'Introduceți data de expirare completă a cardului.',
    'card.expiry_invalid': 'Verificați data de expirare de pe card.',
    'card.expired': 'Acest card a expirat. Verificați data de expirare sau folosiți alt card.',
    'card.cvc_incomplete': 'Introduceți codul de securitate complet de pe card.',
    'card.cvc_invalid': 'Verificați codul de securitate sau folosiți alt card.',
    'card.postal_code_incomplete': 'Introduceți codul poștal complet.',
    'card.postal_code_invalid': 'Verificați codul poștal.',
    'card.postal_code_mismatch': 'Codul poștal nu corespunde cardului. Verificați-l sau folosiți alt card.',
    'card.address_mismatch': 'Adresa de facturare nu corespunde cardului. Verificați-o sau folosiți alt card.',
    'card.type_unsupported': 'Acest tip de card nu este acceptat aici. Folosiți alt card.',
    'decline.generic': 'Cardul a fost refuzat. Folosiți alt card sau contactați banca.',
    'decline.insufficient_funds': 'Pe card nu sunt suficiente fonduri. Folosiți alt card.',
    'decline.use_other_card': 'Acest card nu poate fi folosit pentru această plată. Folosiți alt card.',
    'decline.contact_issuer': 'Banca a refuzat această plată. Contactați banca sau folosiți alt card.',
    'decline.limit_reached': 'Acest card a atins o limită. Folosiți alt card sau contactați banca.',
    'decline.duplicate':
      'Se pare că ați efectuat deja această plată. Verificați e-mailul sau extrasul de cont înainte de a încerca din nou.',
    'decline.card_present_only': 'Acest card nu poate fi folosit pentru plăți online. Folosiți alt card.',
    'decline.test_card': 'Acesta este un card de test. Plătiți cu un card real.',
    'decline.try_again': 'Nu am putut procesa cardul. Încercați din nou sau folosiți alt card.',
    'decline.authenticate': 'Banca vă cere să confirmați această plată.',
    'advice.do_not_try_again': 'Acest card nu poate fi folosit pentru această plată. Folosiți alt card.',
    'advice.try_again_later': 'Banca nu a putut aproba plata în acest moment. Încercați din nou mai târziu sau folosiți alt card.',
    'advice.confirm_card_data': 'Verificați datele cardului sau folosiți alt card.',
    'amount.too_small': 'Totalul comenzii este sub suma minimă pentru plata cu cardul.',
    'amount.below_minimum': 'Totalul comenzii este sub suma minimă de {minimum, money} pentru plata cu cardul.',
    'amount.too_large': 'Totalul comenzii depășește suma maximă pentru plata cu cardul.',
    'amount.invalid': 'Această sumă nu poate fi plătită cu cardul. Contactați magazinul.',
    'email.invalid': 'Introduceți o adresă de e-mail validă.',
    'email.account_exists': 'Există deja un cont cu această adresă de e-mail. Conectați-vă sau folosiți altă adresă de e-mail.',
    'address.unsupported': 'Nu putem accepta plăți pentru această adresă. Verificați adresa de facturare.',
    'shipping.failed': 'Nu am putut calcula livrarea la această adresă. Verificați adresa.',
    'value.missing':
      '{field, select, form {Lipsesc unele date. Verificați formularul și încercați din nou.} other {Completați acest câmp.}}',
    'value.invalid':
      '{field, select, form {Unele date nu par corecte. Verificați formularul și încercați din nou.} other {Verificați acest câmp.}}',
    'order.coupon_expired': 'Acest cod de reducere a expirat. Eliminați-l pentru a continua.',
    'order.out_of_stock': 'Un produs din comandă nu mai este disponibil. Verificați comanda.',
    'order.failed': 'Nu am putut crea comanda. Verificați datele și încercați din nou.',
    'order.tax_id_invalid': 'Verificați codul de identificare fiscală.',
    'order.limit_reached': 'Ați atins limita pentru această achiziție. Contactați magazinul pentru ajutor.',
    'payment.method_unavailable': 'Această metodă de plată nu este disponibilă momentan. Alegeți alta.',
    'payment.bank_account_invalid': 'Verificați datele contului bancar.',
    'payment.unconfirmed': 'Nu am putut confirma încă plata. Nu plătiți din nou până nu o confirmăm.',
    'shop.unavailable': 'Nu am putut finaliza plata. Încercați din nou mai târziu sau contactați magazinul.',
    'session.expired': 'Această sesiune de plată a expirat. Reîncărcați pagina și încercați din nou.',
    'service.busy':
      'Prea multe încercări într-un timp scurt. {seconds, plural, =0 {Puteți încerca din nou acum.} one {Încercați din nou peste # secundă.} few {Încercați din nou peste # secunde.} other {Încercați din nou peste # de secunde.}}',
    'service.in_progress': 'Plata este încă în curs de procesare. Așteptați puțin înainte de a încerca din nou.',
    'service.error': 'A apărut o problemă la noi. Încercați din nou în câteva momente.',
    'service.external': 'Un serviciu de care depindem nu răspunde. Încercați din nou în câteva momente.',
    'service.try_again': 'Nu am putut finaliza comanda în acest moment. Încercați din nou.',
    'network.offline': 'Nu ne-am putut conecta. Verificați conexiunea la internet și încercați din nou.',
    'network.timeout': 'Conexiunea a durat prea mult. Verificați conexiunea și încercați din nou.',
    aborted: 'Plata a fost anulată.',
    unknown: 'Ceva nu a funcționat. Încercați din nou sau contactați magazinul dacă problema persistă.',
    'ui.label.card_number': 'Număr card',
    'ui.label.expiry': 'Data expirării',
    'ui.label.cvc': 'Cod de securitate',
    'ui.label.postal_code': 'Cod poștal',
    'ui.hint.expiry': 'LL / AA',
    'ui.hint.cvc': 'Ultimele 3 cifre de pe spatele cardului sau 4 cifre de pe partea din față a unui card Amex',
    'ui.error_prefix': 'Eroare:',
    'ui.summary_heading': 'A apărut o problemă',
    'ui.submitting': 'Se procesează plata…',
    'ui.retrying': 'Încercăm în continuare să ne conectăm la serviciul de plată…',
    'ui.cooldown':
      '{seconds, plural, one {Puteți încerca din nou peste # secundă.} few {Puteți încerca din nou peste # secunde.} other {Puteți încerca din nou peste # de secunde.}}',
    'ui.ready_again': 'Puteți încerca din nou acum.',
    'ui.try_again': 'Încercați din nou',
  },
} as const satisfies LocaleModule;
