import { Button } from '@fluentui/react-components';
import { createContext, useContext, useRef, type ReactNode } from 'react';
import { HiddenFileInput } from '../components/FileInput.js';
import type { DocumentActions } from './documents.js';

/**
 * The buttons of a mode's toolbar: its own (ActionButton) and Save and Open of its document, all
 * disabled while one of its actions runs.
 */

/** The busy label of the running action (null while none runs). */
const BusyContext = createContext<string | null>(null);

/** The mode's own buttons (`children`), then Save and Open of its document. */
export function ToolbarButtons({
  busy,
  document,
  children,
}: {
  busy: string | null;
  document: DocumentActions;
  children: ReactNode;
}) {
  return (
    <BusyContext.Provider value={busy}>
      {children}
      <SaveOpenButtons {...document} />
    </BusyContext.Provider>
  );
}

/** A toolbar button: small, and disabled while an action runs. */
export function ActionButton({
  primary = false,
  onClick,
  testId,
  children,
}: {
  primary?: boolean;
  onClick: () => void;
  testId?: string;
  children: ReactNode;
}) {
  const busy = useContext(BusyContext);
  return (
    <Button
      size="small"
      appearance={primary ? 'primary' : 'secondary'}
      disabled={busy !== null}
      onClick={onClick}
      data-testid={testId}
    >
      {children}
    </Button>
  );
}

/**
 * "Save scenario" / "Save plan" and "Open …" with its hidden file input: the buttons every mode
 * has, their test ids named after the document (`save-plan`, `open-plan`, `open-plan-file`).
 */
function SaveOpenButtons({ noun, save, open }: DocumentActions) {
  const openInput = useRef<HTMLInputElement>(null);
  return (
    <>
      <ActionButton onClick={() => void save()} testId={`save-${noun}`}>
        Save {noun}
      </ActionButton>
      <ActionButton onClick={() => openInput.current?.click()} testId={`open-${noun}`}>
        Open {noun}…
      </ActionButton>
      <HiddenFileInput
        inputRef={openInput}
        accept=".json,application/json"
        testId={`open-${noun}-file`}
        onFile={(f) => void open(f)}
      />
    </>
  );
}
