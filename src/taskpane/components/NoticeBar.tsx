import { Button, MessageBarActions } from '@fluentui/react-components';
import type { Notice } from '../action-runner.js';
import { ListMessage } from './ListMessage.js';

/** The notice of the last action, in a polite live region, with Dismiss and its one-step fix. */
export function NoticeBar(props: {
  notice: Notice | null;
  onDismiss: () => void;
  busy: boolean;
  testId: string;
}) {
  const { notice } = props;
  return (
    <div aria-live="polite">
      {notice && (
        <ListMessage
          intent={notice.intent}
          testId={props.testId}
          title={notice.title}
          lines={notice.lines}
          actions={
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
          }
        />
      )}
    </div>
  );
}
