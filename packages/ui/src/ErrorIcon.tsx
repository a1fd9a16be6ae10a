/** The error mark beside every error message: a shape as well as a colour, hidden from screen readers (the text says it). */
export function ErrorIcon() {
  return (
    <svg className="ce-Icon" data-part="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="9" fill="currentColor" />
      <path d="M10 5v6" stroke="var(--ce-color-bg, #fff)" strokeWidth="2" strokeLinecap="round" />
      <circle cx="10" cy="14.5" r="1.25" fill="var(--ce-color-bg, #fff)" />
    </svg>
  );
}
