// "Several items": paste lines of SKU and quantity (or read a .csv file), see what was
// read line by line, then add them one after another. Lines that cannot be read, and
// lines Glue refuses, stay in the box with their reason; the rest are added.
import { useId, useState } from 'react';
import { plural } from '../../../lib/i18n/i18n';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { errorMessage } from '../../../lib/json-api/error-message';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { useWriteLocked } from '../../../ui/write-lock';
import { MAX_ITEM_LINES, isReadable, readItemLines } from './item-lines';
import { ItemLinesPreview } from './item-lines-preview';
import { useAddItems } from './use-add-items';
import { WriteError } from '../../../ui/write-error';

/** A list file bigger than this is not a list of items. */
const MAX_FILE_BYTES = 256 * 1024;

export function SeveralItemsForm({ cartId }: { cartId: string }) {
  const id = useId();
  const { t, language } = useI18n();
  const [text, setText] = useState('');
  // Glue's reason per line text, for the lines it refused in the last run.
  const [refused, setRefused] = useState<ReadonlyMap<string, string>>(new Map());
  const [outcome, setOutcome] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const add = useAddItems(cartId);
  const locked = useWriteLocked();
  const read = readItemLines(text);
  const readable = read.lines.filter(isReadable);
  const tooMany = read.count > MAX_ITEM_LINES;

  function send() {
    setOutcome(null);
    add.mutate(readable, {
      onSuccess({ failures }) {
        const reasons = new Map(
          failures.map(({ input, error }) => [input.text, errorMessage(error, t, 'addItem')]),
        );
        // What stays: the lines that could not be read and those Glue refused.
        const kept = read.lines.filter((line) => !isReadable(line) || reasons.has(line.text));
        setText(kept.map((line) => line.text).join('\n'));
        setRefused(reasons);
        setOutcome(
          t('several.outcome', {
            added: readable.length - failures.length,
            total: readable.length,
          }) + (kept.length > 0 ? ` ${plural(t, language, 'several.kept', kept.length)}` : ''),
        );
      },
    });
  }

  async function readFile(file: File) {
    setFileError(null);
    if (file.size > MAX_FILE_BYTES) {
      setFileError(t('several.fileTooBig', { name: file.name }));
      return;
    }
    const content = await file.text();
    setText((before) => (before.trim() === '' ? content : `${before.trimEnd()}\n${content}`));
  }

  return (
    <form
      className="stack several-items"
      aria-label={t('several.label')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!add.isPending && !locked && readable.length > 0 && !tooMany) send();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('several.text')}</label>
        <p id={`${id}-hint`} className="field-hint">
          {t('several.hint', { max: MAX_ITEM_LINES })}
        </p>
        <textarea
          id={`${id}-text`}
          rows={6}
          value={text}
          aria-describedby={`${id}-hint`}
          disabled={add.isPending}
          readOnly={locked}
          onChange={(event) => {
            setText(event.target.value);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('several.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          disabled={add.isPending || locked}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void readFile(file);
          }}
        />
        {fileError && <p className="field-error">{fileError}</p>}
      </div>
      {tooMany && (
        <Alert tone="error">
          {t('several.tooMany', { count: read.count, max: MAX_ITEM_LINES })}
        </Alert>
      )}
      {read.lines.length > 0 && !tooMany && (
        <ItemLinesPreview lines={read.lines} refused={refused} />
      )}
      <WriteError error={add.error} about="cart" />
      <p role="status" className="field-hint">
        {add.progress
          ? t('several.progress', { done: add.progress.done, total: add.progress.total })
          : (outcome ?? '')}
      </p>
      <Button type="submit" disabled={add.isPending || readable.length === 0 || tooMany}>
        {t('several.submit', { count: readable.length })}
      </Button>
    </form>
  );
}
