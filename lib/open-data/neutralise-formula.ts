// A text cell that begins with one of these is run as a formula by Excel, LibreOffice and
// Google Sheets (OWASP "CSV injection"). Tab and carriage return count too: some spreadsheets
// trim them and then see the formula behind.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises a text cell as OWASP recommends: a leading single quote makes spreadsheets show
 * the text as text. Only strings pass through here; numbers (negative ones too) stay numbers.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
