import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/**
 * The parts of an item in an editable list (a package, a refresh milestone, a hire): the framed
 * group of its fields and the row of its list operations.
 */

const useStyles = makeStyles({
  item: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** A row of buttons (wrapping at 320 px). */
export function ButtonRow({ children }: { children: ReactNode }) {
  return <div className={useStyles().row}>{children}</div>;
}

/** One list item's fields in a frame with its legend ("Package 2", "Milestone 1"). */
export function ItemFieldset({
  legend,
  testId,
  children,
}: {
  legend: ReactNode;
  testId: string;
  children: ReactNode;
}) {
  const s = useStyles();
  return (
    <fieldset className={s.item} data-testid={testId}>
      <legend className={s.legend}>{legend}</legend>
      {children}
    </fieldset>
  );
}

/**
 * Move up, move down, duplicate (when `onDuplicate` is given) and remove, each button named for
 * the item (`label`, e.g. "package 2 (Cash-heavy)") for assistive technology.
 */
export function ListItemActions({
  index,
  count,
  label,
  onMove,
  onDuplicate,
  canDuplicate = true,
  onRemove,
  canRemove = true,
}: {
  index: number;
  count: number;
  label: string;
  onMove: (to: number) => void;
  onDuplicate?: () => void;
  canDuplicate?: boolean;
  onRemove: () => void;
  canRemove?: boolean;
}) {
  return (
    <ButtonRow>
      <Button
        size="small"
        disabled={index === 0}
        onClick={() => onMove(index - 1)}
        aria-label={`Move up: ${label}`}
      >
        Move up
      </Button>
      <Button
        size="small"
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
        aria-label={`Move down: ${label}`}
      >
        Move down
      </Button>
      {onDuplicate && (
        <Button
          size="small"
          disabled={!canDuplicate}
          onClick={onDuplicate}
          aria-label={`Duplicate ${label}`}
        >
          Duplicate
        </Button>
      )}
      <Button size="small" disabled={!canRemove} onClick={onRemove} aria-label={`Remove ${label}`}>
        Remove
      </Button>
    </ButtonRow>
  );
}
