// Vouchers on the user's own cart (docs/glue-api.md §11g): a code field, the codes on the
// cart with a way to remove each, and Glue's refusals in plain words. Recipients see the
// discounts in the totals but no field: Glue refuses them (404 `101`) whatever their level.
import { useId, useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { errorMessage } from '../../../lib/json-api/error-message';
import { Button } from '../../../ui/button';
import { submitOnce } from '../../../ui/submit-once';
import { useWriteLocked } from '../../../ui/write-lock';
import type { Cart } from '../cart-model';
import { useAddVoucher, useRemoveVoucher } from '../cart-mutations';

export function VoucherForm({ cart }: { cart: Cart }) {
  const id = useId();
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const locked = useWriteLocked();
  const add = useAddVoucher(cart.id);
  const remove = useRemoveVoucher(cart.id);
  const codes = cart.discounts.flatMap((discount) => (discount.code ? [discount] : []));
  const problem = add.error ?? remove.error;
  return (
    <section aria-labelledby={`${id}-title`} className="stack vouchers">
      <h3 id={`${id}-title`}>{t('voucher.title')}</h3>
      {codes.length > 0 && (
        <ul className="voucher-list" aria-label={t('voucher.applied')}>
          {codes.map((discount) => (
            <li key={discount.code}>
              <span>
                {t('voucher.line', { code: discount.code ?? '', name: discount.displayName })}
              </span>
              <Button
                size="small"
                variant="secondary"
                disabled={remove.isPending}
                onClick={() => {
                  add.reset();
                  remove.mutate(discount.code ?? '');
                }}
              >
                {t('voucher.remove', { code: discount.code ?? '' })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="inline-form"
        aria-label={t('voucher.form')}
        noValidate
        onSubmit={submitOnce(add.isPending, () => {
          const trimmed = code.trim();
          if (trimmed === '') return;
          remove.reset();
          add.mutate(trimmed, {
            onSuccess() {
              setCode('');
            },
          });
        })}
      >
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('voucher.code')}</label>
          <input
            id={`${id}-code`}
            autoComplete="off"
            spellCheck={false}
            readOnly={locked}
            value={code}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-error` : undefined}
            onChange={(event) => {
              setCode(event.target.value);
            }}
          />
          {problem != null && (
            <p id={`${id}-error`} className="field-error" role="alert">
              {errorMessage(problem, t, 'voucher')}
            </p>
          )}
        </div>
        <Button
          type="submit"
          disabled={code.trim() === ''}
          pending={add.isPending}
          pendingLabel={t('voucher.pending')}
        >
          {t('voucher.apply')}
        </Button>
      </form>
    </section>
  );
}
