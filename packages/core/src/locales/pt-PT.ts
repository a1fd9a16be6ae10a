import type { LocaleModule } from '../messages/types.js';

// Português (Portugal). Formal register without "você": third-person imperative and "o seu", as
// Portuguese banks and shops write (Verifique, Utilize, Introduza, Contacte). European words only:
// encomenda (not pedido), morada (not endereço), ligação (not conexão), aceite, contacte, NIF,
// "a processar" (not "processando"), "tentar novamente" (not "de novo").
// For: shoppers in Portugal paying by card.
// Card number: número do cartão. Expiry date: data de validade. Security code (CVC/CVV): código de
// segurança. Postal code: código postal (no country select, like de.ts and pt-BR.ts). Expiry hint: MM / AA.
// Checked against: Adyen/adyen-web packages/server/translations/pt-PT.json (183fa6f8: "Data de
// validade", "Frente do cartão no formato MM/AA", "Código de segurança", "Código postal",
// "Introduza…", "3 dígitos no verso do cartão"); braintree/braintree-web-drop-in
// src/translations/pt_PT.js (0451fa51: "Número do cartão", "MM/AA", "Tente novamente").
// `many` (CLDR: a million and up) says "de segundos" (um milhão de segundos).
export default {
  locale: 'pt-PT',
  messages: {
    'card.number_incomplete': 'O número do cartão está incompleto.',
    'card.number_invalid': 'Este número de cartão não parece correto. Verifique-o ou utilize outro cartão.',
    'card.expiry_incomplete': 'Introduza a data de validade completa do cartão.',
    'card.expiry_invalid': 'Verifique a data de validade do seu cartão.',
    'card.expired': 'Este cartão expirou. Verifique a data de validade ou utilize outro cartão.',
    'card.cvc_incomplete': 'Introduza o código de segurança completo do cartão.',
    'card.cvc_invalid': 'Verifique o código de segurança ou utilize outro cartão.',
    'card.postal_code_incomplete': 'Introduza o código postal completo.',
    'card.postal_code_invalid': 'Verifique o código postal.',
    'card.postal_code_mismatch': 'O código postal não corresponde ao seu cartão. Verifique-o ou utilize outro cartão.',
    'card.address_mismatch': 'A morada de faturação não corresponde ao seu cartão. Verifique-a ou utilize outro cartão.',
    'card.type_unsupported': 'Este tipo de cartão não é aceite aqui. Utilize outro cartão.',
    'decline.generic': 'O seu cartão foi recusado. Utilize outro cartão ou contacte o seu banco.',
    'decline.insufficient_funds': 'O seu cartão não tem saldo suficiente. Utilize outro cartão.',
    'decline.use_other_card': 'Este cartão não pode ser utilizado neste pagamento. Utilize outro cartão.',
    'decline.contact_issuer': 'O seu banco recusou este pagamento. Contacte o seu banco ou utilize outro cartão.',
    'decline.limit_reached': 'Este cartão atingiu um limite. Utilize outro cartão ou contacte o seu banco.',
    'decline.duplicate': 'Parece que este pagamento já foi efetuado. Verifique o seu e-mail ou extrato bancário antes de tentar novamente.',
    'decline.card_present_only': 'Este cartão não pode ser utilizado em compras pela Internet. Utilize outro cartão.',
    'decline.test_card': 'Este é um cartão de teste. Pague com um cartão real.',
    'decline.try_again': 'Não foi possível processar o seu cartão. Tente novamente ou utilize outro cartão.',
    'decline.authenticate': 'O seu banco pede que confirme este pagamento.',
    'advice.do_not_try_again': 'Este cartão não pode ser utilizado neste pagamento. Utilize outro cartão.',
    'advice.try_again_later': 'O seu banco não conseguiu aprovar o pagamento neste momento. Tente mais tarde ou utilize outro cartão.',
    'advice.confirm_card_data': 'Verifique os dados do cartão ou utilize outro cartão.',
    'amount.too_small': 'O total da encomenda está abaixo do mínimo para pagamento com cartão.',
    'amount.below_minimum': 'O total da encomenda está abaixo do mínimo de {minimum, money} para pagamento com cartão.',
    'amount.too_large': 'O total da encomenda está acima do máximo para pagamento com cartão.',
    'amount.invalid': 'Este montante não pode ser pago com cartão. Contacte a loja.',
    'email.invalid': 'Introduza um endereço de e-mail válido.',
    'email.account_exists': 'Já existe uma conta com este e-mail. Inicie sessão ou utilize outro e-mail.',
    'address.unsupported': 'Não podemos aceitar pagamentos para esta morada. Verifique a morada de faturação.',
    'shipping.failed': 'Não foi possível calcular o envio para esta morada. Verifique a morada.',
    'value.missing': '{field, select, form {Faltam alguns dados. Verifique o formulário e tente novamente.} other {Preencha este campo.}}',
    'value.invalid':
      '{field, select, form {Alguns dados parecem incorretos. Verifique o formulário e tente novamente.} other {Verifique este campo.}}',
    'order.coupon_expired': 'Este código de desconto expirou. Remova-o para continuar.',
    'order.out_of_stock': 'Um artigo da sua encomenda já não está disponível. Reveja a encomenda.',
    'order.failed': 'Não foi possível criar a sua encomenda. Verifique os dados e tente novamente.',
    'order.tax_id_invalid': 'Verifique o seu NIF.',
    'order.limit_reached': 'Atingiu o limite para esta compra. Contacte a loja.',
    'payment.method_unavailable': 'Este método de pagamento não está disponível neste momento. Escolha outro.',
    'payment.bank_account_invalid': 'Verifique os dados da sua conta bancária.',
    'payment.unconfirmed': 'Ainda não conseguimos confirmar o seu pagamento. Não pague novamente até o confirmarmos.',
    'shop.unavailable': 'Não foi possível concluir o pagamento. Tente mais tarde ou contacte a loja.',
    'session.expired': 'Esta sessão de pagamento expirou. Atualize a página e tente novamente.',
    'service.busy':
      'Demasiadas tentativas em pouco tempo. {seconds, plural, =0 {Já pode tentar novamente.} one {Tente novamente daqui a # segundo.} many {Tente novamente daqui a # de segundos.} other {Tente novamente daqui a # segundos.}}',
    'service.in_progress': 'O seu pagamento ainda está a ser processado. Aguarde um momento antes de tentar novamente.',
    'service.error': 'Ocorreu um erro do nosso lado. Tente novamente dentro de momentos.',
    'service.external': 'Um serviço de que dependemos não está a responder. Tente novamente dentro de momentos.',
    'service.try_again': 'Não foi possível concluir a sua encomenda neste momento. Tente novamente.',
    'network.offline': 'Sem ligação. Verifique a sua ligação à Internet e tente novamente.',
    'network.timeout': 'A ligação demorou demasiado. Verifique a sua ligação e tente novamente.',
    aborted: 'O pagamento foi cancelado.',
    unknown: 'Ocorreu um erro. Tente novamente ou contacte a loja se o problema persistir.',
    'ui.label.card_number': 'Número do cartão',
    'ui.label.expiry': 'Data de validade',
    'ui.label.cvc': 'Código de segurança',
    'ui.label.postal_code': 'Código postal',
    'ui.hint.expiry': 'MM / AA',
    'ui.hint.cvc': 'Os 3 últimos dígitos no verso, ou 4 na frente de um cartão Amex',
    'ui.error_prefix': 'Erro:',
    'ui.summary_heading': 'Existe um problema',
    'ui.submitting': 'A processar o seu pagamento…',
    'ui.retrying': 'Ainda a tentar contactar o serviço de pagamento…',
    'ui.cooldown':
      '{seconds, plural, one {Pode tentar novamente daqui a # segundo.} many {Pode tentar novamente daqui a # de segundos.} other {Pode tentar novamente daqui a # segundos.}}',
    'ui.ready_again': 'Já pode tentar novamente.',
    'ui.try_again': 'Tentar novamente',
  },
} as const satisfies LocaleModule;
