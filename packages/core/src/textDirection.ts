import { localeChain } from './messages/localeChain.js';

/** Text direction of a locale tag, for `dir` on the checkout's root: that of the first right-to-left language in its chain (`iw-IL` → he). */
export const textDirection = (locale: string): 'ltr' | 'rtl' =>
  localeChain(locale).some((tag) => /^(ar|he|fa|ur)(?:-|$)/.test(tag)) ? 'rtl' : 'ltr';
