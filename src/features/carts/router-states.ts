// What the carts pages hand each other through navigation (read with useRouterState).
import { z } from 'zod/mini';

/** The list after a cart was deleted: "Cart “Q4” deleted." */
export const noticeState = z.object({ notice: z.string() });

/** A new cart (created or copied) whose name Glue changed: the name the user asked for. */
export const takenNameState = z.object({ takenName: z.string() });

/** A fresh copy: where it came from and which items could not be added, and why. */
export const copyReportState = z.object({
  copiedFrom: z.object({
    name: z.string(),
    total: z.number(),
    failures: z.array(
      z.object({ name: z.string(), sku: z.string(), quantity: z.number(), reason: z.string() }),
    ),
  }),
});

export type CopyReport = z.infer<typeof copyReportState>['copiedFrom'];
