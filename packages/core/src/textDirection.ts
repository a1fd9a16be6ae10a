/** Text direction of a locale tag, for `dir` on the checkout's root. */
export const textDirection = (locale: string): 'ltr' | 'rtl' => (/^(ar|he|fa|ur)(?:[-_]|$)/i.test(locale) ? 'rtl' : 'ltr');
