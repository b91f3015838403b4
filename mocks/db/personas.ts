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
}

const persona = (
  key: keyof typeof DEMO_EMAILS,
  name: string,
  company: string,
  demonstrates: string,
): Persona => ({
  key,
  name,
  company,
  email: DEMO_EMAILS[key],
  password: DEMO_PASSWORD,
  demonstrates,
});

export const PERSONAS: Persona[] = [
  persona(
    'anna',
    'Anna Keller',
    'Northwind Supplies GmbH',
    'Owner: shares her carts with colleagues',
  ),
  persona('ben', 'Ben Ortiz', 'Northwind Supplies GmbH', 'Full-access and read-only recipient'),
  persona(
    'chloe',
    'Chloe Nguyen',
    'Northwind Supplies GmbH',
    'Read-only recipient; may not see the colleague list',
  ),
  persona(
    'eva',
    'Eva Fischer',
    'Northwind and Summit Tools',
    'Works for two companies and can switch',
  ),
  persona('frank', 'Frank Meyer', 'Summit Tools AG', 'Owner in another company'),
  persona('gina', 'Gina Rossi', 'Summit Tools AG', 'Full-access recipient in another company'),
  persona('david', 'David Brandt', 'Northwind Supplies GmbH', 'Inactive company account'),
  persona('hugo', 'Hugo Lang', 'No company', 'A customer without a company account'),
];
