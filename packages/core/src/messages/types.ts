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

/** A key a shop may override: a message key, or a per-code key (`code.<code>`, `decline.<decline_code>`) that wins over it. */
export type OverrideKey = MessageKey | `code.${ErrorCode}` | `decline.${DeclineCode}`;

/** Per-locale replacements, e.g. `{ en: { 'decline.generic': '…' }, de: { … } }`. Unknown keys are a type error. */
export type MessageOverrides = Readonly<Record<string, Partial<Record<OverrideKey, string>>>>;
