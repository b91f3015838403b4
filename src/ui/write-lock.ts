// A part of a page that can no longer be written — its cart was deleted or ordered, or
// the user's access dropped to read-only while it was open — keeps its forms on screen
// with what was typed in them, so nothing is lost and it can be copied, but offers no
// write: inside `<WriteLock value>`, the app's Button is disabled and its fields are
// read-only (the components that render their own inputs read useWriteLocked too).
import { createContext, use } from 'react';

export const WriteLock = createContext(false);

export const useWriteLocked = (): boolean => use(WriteLock);
