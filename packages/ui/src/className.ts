/** A part's `className`: a string, or a function of the part's state (like React Aria's). */
export type ClassName<State> = string | ((state: State) => string | undefined) | undefined;

/** The stable class of a part followed by the shop's own. */
export const partClass = <State>(stable: string, className: ClassName<State>, state: State): string => {
  const own = typeof className === 'function' ? className(state) : className;
  return own ? `${stable} ${own}` : stable;
};

/** A data attribute that is present only when true (`data-invalid=""`), else absent. */
export const flag = (on: boolean): '' | undefined => (on ? '' : undefined);
