import type { DirectorySaveResult, Result } from '../../../../main/contract/index.js';

import type { SaveState } from './SaveAnswer.js';

/** Runs one save and turns its answer into what the form shows; a saved change reloads the view. */
export async function saveWith(
  setSave: (state: SaveState) => void,
  call: () => Promise<Result<DirectorySaveResult>>,
  onSaved: () => void,
): Promise<boolean> {
  setSave({ state: 'busy' });
  const result = await call();
  if (!result.ok) {
    setSave({ state: 'failed' });
    return false;
  }
  if (!result.value.saved) {
    setSave({ state: 'refused', problems: result.value.problems });
    return false;
  }
  setSave({ state: 'saved' });
  onSaved();
  return true;
}
