// Every UI text's key. Type-only imports: the page texts stay out of the first visit.
import type { enCore } from './messages-en';
import type { enPages } from './messages-en-pages';

export type MessageKey = keyof typeof enCore | keyof typeof enPages;
