import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Notice } from '../action-runner.js';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The notice of the last action, in a polite live region, with Dismiss and its one-step fix. */
export function NoticeBar(props: {
  notice: Notice | null;
  onDismiss: () => void;
  busy: boolean;
  testId: string;
}) {
  const s = useStyles();
  const { notice } = props;
  return (
    <div aria-live="polite">
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" data-testid={props.testId}>
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.lines && (
              <ul className={s.list}>
                {notice.lines.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button size="small" appearance="transparent" onClick={props.onDismiss}>
                Dismiss
              </Button>
            }
          >
            {notice.action && (
              <Button size="small" onClick={notice.action.run} disabled={props.busy}>
                {notice.action.label}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
