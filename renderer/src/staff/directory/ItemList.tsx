import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ItemListProps {
  /** The draft's list: it names the buttons' test ids (`phones-add`, `phones-remove-0`). */
  readonly list: 'phones' | 'whatToBring';
  readonly testId: string;
  readonly legend: string;
  readonly count: number;
  readonly itemClassName: string;
  /** The fields of item `index`. */
  readonly item: (index: number) => ReactNode;
  readonly addLabel: string;
  readonly onAdd: () => void;
  readonly onRemove: (index: number) => void;
}

/** A list in a directory entry that staff can grow and shorten: each item with "Remove", then "Add". */
export function ItemList({
  list,
  testId,
  legend,
  count,
  itemClassName,
  item,
  addLabel,
  onAdd,
  onRemove,
}: ItemListProps): ReactElement {
  const { t } = useTranslation();
  return (
    <fieldset className="directory-group" data-testid={testId}>
      <legend>{legend}</legend>
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className={itemClassName}>
          {item(index)}
          <button
            type="button"
            className="button"
            data-testid={`${list}-remove-${String(index)}`}
            onClick={() => {
              onRemove(index);
            }}
          >
            {t('directoryAdmin.remove')}
          </button>
        </div>
      ))}
      <button type="button" className="button" data-testid={`${list}-add`} onClick={onAdd}>
        {addLabel}
      </button>
    </fieldset>
  );
}
