import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  type MessageBarIntent,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * A message bar over several lines: a title, a sentence and/or a list of lines (a file's
 * problems, an action's notes), at most `limit` of them listed and a count of the rest, then
 * `actions` (a MessageBarActions).
 */
export function ListMessage({
  intent,
  testId,
  title,
  text,
  lines,
  limit = Infinity,
  actions,
}: {
  intent: MessageBarIntent;
  testId?: string;
  title?: ReactNode;
  text?: ReactNode;
  lines?: readonly string[];
  limit?: number;
  actions?: ReactNode;
}) {
  const s = useStyles();
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={testId}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {text}
        {lines && (
          <ul className={s.list}>
            {lines.slice(0, limit).map((l) => (
              <li key={l}>{l}</li>
            ))}
            {lines.length > limit && <li>… and {lines.length - limit} more problems</li>}
          </ul>
        )}
      </MessageBarBody>
      {actions}
    </MessageBar>
  );
}
