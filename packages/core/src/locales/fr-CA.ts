import type { RegionalLocaleModule } from '../messages/types.js';

// Français (Canada), over fr: the same vouvoiement as fr.ts, so only the words Canadian French
// uses otherwise are written here, and fr.ts answers every other key (fr-CA → fr → en).
// "Communiquez avec" for "contactez" (the Office québécois de la langue française counts
// « contacter quelqu'un » as an anglicism; Canadian banks and shops write « communiquer avec »),
// "courriel" for "e-mail" (OQLF, the Government of Canada's Termium), "relevé de compte" for
// "relevé bancaire" (how Canadian card issuers name the statement).
// Card words are fr.ts's: numéro de carte, date d'expiration, code de sécurité, code postal,
// MM / AA, as Braintree's fr_CA card form also names them (braintree-web-drop-in
// src/translations/fr_CA.js at 1ac54fa0: "Numéro de carte", "Date d'expiration", "MM/AA", "Code postal").
// For: shoppers in Quebec and French-speaking Canada.
export default {
  locale: 'fr-CA',
  parent: 'fr',
  messages: {
    'decline.generic': 'Votre carte a été refusée. Utilisez une autre carte ou communiquez avec votre banque.',
    'decline.contact_issuer': 'Votre banque a refusé ce paiement. Communiquez avec votre banque ou utilisez une autre carte.',
    'decline.limit_reached': 'Cette carte a atteint sa limite. Utilisez une autre carte ou communiquez avec votre banque.',
    'decline.duplicate': 'Ce paiement semble déjà effectué. Vérifiez vos courriels ou votre relevé de compte avant de réessayer.',
    'amount.invalid': 'Ce montant ne peut pas être payé par carte. Communiquez avec la boutique.',
    'email.invalid': 'Saisissez une adresse courriel valide.',
    'email.account_exists': 'Un compte existe déjà avec ce courriel. Connectez-vous ou utilisez un autre courriel.',
    'order.limit_reached': 'Vous avez atteint la limite pour cet achat. Communiquez avec la boutique.',
    'shop.unavailable': 'Le paiement n’a pas pu aboutir. Réessayez plus tard ou communiquez avec la boutique.',
    unknown: 'Un problème est survenu. Réessayez, ou communiquez avec la boutique si cela se reproduit.',
  },
} as const satisfies RegionalLocaleModule;
