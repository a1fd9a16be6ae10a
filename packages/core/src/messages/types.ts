import type { DeclineCode, ErrorCode } from '../catalog.js';
import type { messages } from '../locales/en.js';

/** Every shopper message key; English has them all. */
export type MessageKey = keyof typeof messages;

/** A locale's messages: any subset of the English keys (missing ones fall back). */
export interface LocaleCatalog {
  /** BCP 47 tag this catalog is for, e.g. `de` or `pt-BR`. */
  readonly locale: string;
  readonly messages: Partial<Record<MessageKey, string>>;
}

/** A complete locale module, as the kit ships them: every English key, checked by the compiler. */
export interface LocaleModule {
  readonly locale: string;
  readonly messages: Readonly<Record<MessageKey, string>>;
}

/**
 * A regional module over a complete one, as the kit ships fr-CA over fr: only the texts the
 * region words otherwise, in the same register. The parent is loaded with it (`loadLocale`) and
 * answers every other key; the build and the parity tests check the parent is a shipped module.
 */
export interface RegionalLocaleModule {
  readonly locale: string;
  /** The complete module this one sits over, e.g. `fr`. */
  readonly parent: string;
  readonly messages: Readonly<Partial<Record<MessageKey, string>>>;
}

/** A key a shop may override: a message key, or a per-code key (`code.<code>`, `decline.<decline_code>`) that wins over it. */
export type OverrideKey = MessageKey | `code.${ErrorCode}` | `decline.${DeclineCode}`;

/** Per-locale replacements, e.g. `{ en: { 'decline.generic': '…' }, de: { … } }`. Unknown keys are a type error. */
export type MessageOverrides = Readonly<Record<string, Partial<Record<OverrideKey, string>>>>;
