// The speed exceptions of docs/decisions/ that lint holds: each wrong import fails with a
// message that names its decision.
import { describe, expect, it } from 'vitest';
import { lintText } from './lint-text';

const { messagesFor } = lintText(new Set(['no-restricted-imports']));

describe('decisions lint holds', () => {
  it.each([
    [
      'src/features/auth/login-form.tsx',
      "import { useForm } from 'react-hook-form';",
      'docs/decisions/login-form-without-rhf.md',
    ],
    [
      'src/features/auth/login-page.tsx',
      "import { zodResolver } from '@hookform/resolvers/zod';",
      'docs/decisions/login-form-without-rhf.md',
    ],
    [
      'src/features/carts/items/add-item-form.tsx',
      "import { Controller } from 'react-hook-form';",
      'docs/decisions/add-form-without-controller.md',
    ],
    [
      'src/features/carts/list/cart-row.tsx',
      "import { Link } from 'react-router-dom';",
      'docs/decisions/cart-row-plain-link.md',
    ],
  ])('%s: %s is refused', async (filePath, code, decision) => {
    const messages = await messagesFor(filePath, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(decision);
  });

  it.each([
    ['src/features/carts/items/add-item-form.tsx', "import { useForm } from 'react-hook-form';"],
    ['src/features/carts/list/cart-table.tsx', "import { Link } from 'react-router-dom';"],
  ])('%s: %s is allowed', async (filePath, code) => {
    expect(await messagesFor(filePath, code)).toEqual([]);
  });
});
