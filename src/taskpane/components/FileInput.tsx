import type { RefObject } from 'react';

/**
 * A hidden file input that a button opens (`ref.current?.click()`). It hands over the one chosen
 * file and clears itself, so choosing the same file again fires again.
 */
export function HiddenFileInput({
  inputRef,
  accept,
  testId,
  onFile,
}: {
  inputRef: RefObject<HTMLInputElement>;
  accept: string;
  testId: string;
  onFile: (file: File) => void;
}) {
  return (
    <input
      ref={inputRef}
      type="file"
      accept={accept}
      hidden
      data-testid={testId}
      onChange={(e) => {
        const f = e.target.files?.[0];
        e.target.value = '';
        if (f) onFile(f);
      }}
    />
  );
}
