// A second Enter or click while a form is still saving would send it twice (two carts,
// two items): every form submits through this guard.
import type { SyntheticEvent } from 'react';

export function submitOnce(
  pending: boolean,
  submit: (event: SyntheticEvent<HTMLFormElement>) => Promise<void> | void,
) {
  return (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) void submit(event);
  };
}
