import type { LocaleModule } from '../messages/types.js';

// Español (Latinoamérica). Usted throughout, as banks and large shops in Mexico, Colombia, Chile,
// Argentina and Peru address shoppers at checkout; plain Latin-American payment words, no Spain-only
// terms (vencimiento, not caducidad; monto, not importe; estado de cuenta, not extracto).
// For: shoppers anywhere in Latin America (and Spanish-speaking shoppers in the US) paying by card.
// Card number: número de tarjeta. Expiry date: fecha de vencimiento. Security code (CVC/CVV):
// código de seguridad. Postal code: código postal, one term for every country (no country select,
// like de.ts and pt-BR.ts). Expiry hint: MM / AA.
// Checked against: braintree/braintree-web-drop-in src/translations/es_XC.js (0451fa51: "Número de
// tarjeta", "Fecha de vencimiento", "MM/AA", "Código postal", "Ingrese…", "Inténtelo de nuevo");
// Adyen/adyen-web packages/server/translations/es-US.json (2e246abd: "Código de seguridad",
// "Código postal", "MM/AA"). Stripe lists es-419 as an Elements locale but does not publish its strings.
// `many` (CLDR: a million and up) says "de segundos", as Spanish does after millón.
export default {
  locale: 'es-419',
  messages: {
    'card.number_incomplete': 'El número de tarjeta está incompleto.',
    'card.number_invalid': 'Este número de tarjeta no parece correcto. Revíselo o use otra tarjeta.',
    'card.expiry_incomplete': 'Ingrese la fecha de vencimiento completa de la tarjeta.',
    'card.expiry_invalid': 'Revise la fecha de vencimiento de su tarjeta.',
    'card.expired': 'Esta tarjeta está vencida. Revise la fecha de vencimiento o use otra tarjeta.',
    'card.cvc_incomplete': 'Ingrese el código de seguridad completo de su tarjeta.',
    'card.cvc_invalid': 'Revise el código de seguridad o use otra tarjeta.',
    'card.postal_code_incomplete': 'Ingrese su código postal completo.',
    'card.postal_code_invalid': 'Revise su código postal.',
    'card.postal_code_mismatch': 'El código postal no coincide con su tarjeta. Revíselo o use otra tarjeta.',
    'card.address_mismatch': 'La dirección de facturación no coincide con su tarjeta. Revísela o use otra tarjeta.',
    'card.type_unsupported': 'Este tipo de tarjeta no se acepta aquí. Use otra tarjeta.',
    'decline.generic': 'Su tarjeta fue rechazada. Use otra tarjeta o comuníquese con su banco.',
    'decline.insufficient_funds': 'Su tarjeta no tiene fondos suficientes. Use otra tarjeta.',
    'decline.use_other_card': 'Esta tarjeta no se puede usar para este pago. Use otra tarjeta.',
    'decline.contact_issuer': 'Su banco rechazó este pago. Comuníquese con su banco o use otra tarjeta.',
    'decline.limit_reached': 'Esta tarjeta alcanzó su límite. Use otra tarjeta o comuníquese con su banco.',
    'decline.duplicate': 'Parece que este pago ya se realizó. Revise su correo o su estado de cuenta antes de volver a intentarlo.',
    'decline.card_present_only': 'Esta tarjeta no se puede usar para compras en línea. Use otra tarjeta.',
    'decline.test_card': 'Esta es una tarjeta de prueba. Pague con una tarjeta real.',
    'decline.try_again': 'No pudimos procesar su tarjeta. Vuelva a intentarlo o use otra tarjeta.',
    'decline.authenticate': 'Su banco necesita que confirme este pago.',
    'advice.do_not_try_again': 'Esta tarjeta no se puede usar para este pago. Use otra tarjeta.',
    'advice.try_again_later': 'Su banco no pudo aprobar el pago en este momento. Inténtelo más tarde o use otra tarjeta.',
    'advice.confirm_card_data': 'Revise los datos de su tarjeta o use otra tarjeta.',
    'amount.too_small': 'El total del pedido es menor que el mínimo para pagar con tarjeta.',
    'amount.below_minimum': 'El total del pedido es menor que el mínimo de {minimum, money} para pagar con tarjeta.',
    'amount.too_large': 'El total del pedido supera el máximo para pagar con tarjeta.',
    'amount.invalid': 'Este monto no se puede pagar con tarjeta. Comuníquese con la tienda.',
    'email.invalid': 'Ingrese un correo electrónico válido.',
    'email.account_exists': 'Ya existe una cuenta con este correo. Inicie sesión o use otro correo.',
    'address.unsupported': 'No podemos aceptar pagos para esta dirección. Revise su dirección de facturación.',
    'shipping.failed': 'No pudimos calcular el envío a esta dirección. Revise la dirección.',
    'value.missing':
      '{field, select, form {Faltan algunos datos. Revise el formulario y vuelva a intentarlo.} other {Complete este campo.}}',
    'value.invalid':
      '{field, select, form {Algunos datos no parecen correctos. Revise el formulario y vuelva a intentarlo.} other {Revise este campo.}}',
    'order.coupon_expired': 'Este código de descuento venció. Elimínelo para continuar.',
    'order.out_of_stock': 'Un producto de su pedido ya no está disponible. Revise su pedido.',
    'order.failed': 'No pudimos crear su pedido. Revise los datos y vuelva a intentarlo.',
    'order.tax_id_invalid': 'Revise su número de identificación fiscal.',
    'order.limit_reached': 'Alcanzó el límite para esta compra. Comuníquese con la tienda.',
    'payment.method_unavailable': 'Este medio de pago no está disponible en este momento. Elija otro.',
    'payment.bank_account_invalid': 'Revise los datos de su cuenta bancaria.',
    'payment.unconfirmed': 'Aún no pudimos confirmar su pago. No vuelva a pagar hasta que lo confirmemos.',
    'shop.unavailable': 'No pudimos completar el pago. Inténtelo más tarde o comuníquese con la tienda.',
    'session.expired': 'Esta sesión de pago venció. Actualice la página y vuelva a intentarlo.',
    'service.busy':
      'Demasiados intentos en poco tiempo. {seconds, plural, =0 {Ya puede volver a intentarlo.} one {Vuelva a intentarlo en # segundo.} many {Vuelva a intentarlo en # de segundos.} other {Vuelva a intentarlo en # segundos.}}',
    'service.in_progress': 'Su pago aún se está procesando. Espere un momento antes de volver a intentarlo.',
    'service.error': 'Algo falló de nuestro lado. Vuelva a intentarlo en un momento.',
    'service.external': 'Un servicio del que dependemos no responde. Vuelva a intentarlo en un momento.',
    'service.try_again': 'No pudimos completar su pedido en este momento. Vuelva a intentarlo.',
    'network.offline': 'No hay conexión. Revise su conexión a internet y vuelva a intentarlo.',
    'network.timeout': 'La conexión tardó demasiado. Revise su conexión y vuelva a intentarlo.',
    aborted: 'El pago se canceló.',
    unknown: 'Algo falló. Vuelva a intentarlo o comuníquese con la tienda si el problema continúa.',
    'ui.label.card_number': 'Número de tarjeta',
    'ui.label.expiry': 'Fecha de vencimiento',
    'ui.label.cvc': 'Código de seguridad',
    'ui.label.postal_code': 'Código postal',
    'ui.hint.expiry': 'MM / AA',
    'ui.hint.cvc': 'Los 3 últimos dígitos del reverso, o 4 en el frente de una Amex',
    'ui.error_prefix': 'Error:',
    'ui.summary_heading': 'Hay un problema',
    'ui.submitting': 'Procesando su pago…',
    'ui.retrying': 'Seguimos intentando conectar con el servicio de pago…',
    'ui.cooldown':
      '{seconds, plural, one {Podrá volver a intentarlo en # segundo.} many {Podrá volver a intentarlo en # de segundos.} other {Podrá volver a intentarlo en # segundos.}}',
    'ui.ready_again': 'Ya puede volver a intentarlo.',
    'ui.try_again': 'Volver a intentar',
  },
} as const satisfies LocaleModule;
