/**
 * Counts the answers of the `plugin.enabled` widgets: `answer(true)` when a widget shows an offer,
 * `answer(false)` when it has none; `onNothing` runs once, when all `widgets` said they have none.
 *
 * @example const answers = followUpAnswers(2, close); answers.answer(false); answers.answer(false); // close()
 */
export function followUpAnswers(widgets: number, onNothing: () => void) {
  let silent = 0;
  let offered = false;
  let ended = false;
  const end = () => {
    if (ended || offered) return;
    ended = true;
    onNothing();
  };
  if (widgets === 0) end();
  return {
    answer(offers: boolean) {
      if (offers) offered = true;
      else if (++silent >= widgets) end();
    },
  };
}
