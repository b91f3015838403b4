// The demo personas as the login page lists them in mock mode: who each one is and
// what they demonstrate.
import { DEMO_EMAILS, DEMO_PASSWORD } from './demo-seed';

export interface Persona {
  key: keyof typeof DEMO_EMAILS;
  name: string;
  company: string;
  email: string;
  password: string;
  demonstrates: string;
  demonstratesDe: string;
}

const persona = (
  key: keyof typeof DEMO_EMAILS,
  name: string,
  company: string,
  [demonstrates, demonstratesDe]: [string, string],
): Persona => ({
  key,
  name,
  company,
  email: DEMO_EMAILS[key],
  password: DEMO_PASSWORD,
  demonstrates,
  demonstratesDe,
});

export const PERSONAS: Persona[] = [
  persona('anna', 'Anna Keller', 'Northwind Supplies GmbH', [
    'Owner: shares her carts with colleagues',
    'Besitzerin: teilt ihre Warenkörbe mit Kollegen',
  ]),
  persona('ben', 'Ben Ortiz', 'Northwind Supplies GmbH', [
    'Full-access and read-only recipient',
    'Empfänger mit Vollzugriff und nur lesend',
  ]),
  persona('chloe', 'Chloe Nguyen', 'Northwind Supplies GmbH', [
    'Read-only recipient; may not see the colleague list',
    'Empfängerin, nur lesend; darf die Kollegenliste nicht sehen',
  ]),
  persona('eva', 'Eva Fischer', 'Northwind and Summit Tools', [
    'Works for two companies and can switch',
    'Arbeitet für zwei Unternehmen und kann wechseln',
  ]),
  persona('frank', 'Frank Meyer', 'Summit Tools AG', [
    'Owner in another company',
    'Besitzer in einem anderen Unternehmen',
  ]),
  persona('gina', 'Gina Rossi', 'Summit Tools AG', [
    'Full-access recipient in another company',
    'Empfängerin mit Vollzugriff in einem anderen Unternehmen',
  ]),
  persona('david', 'David Brandt', 'Northwind Supplies GmbH', [
    'Inactive company account',
    'Inaktives Firmenkonto',
  ]),
  persona('hugo', 'Hugo Lang', 'No company', [
    'A customer without a company account',
    'Ein Kunde ohne Firmenkonto',
  ]),
];
