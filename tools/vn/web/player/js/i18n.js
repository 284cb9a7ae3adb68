/* The interface's strings in the player's language: tr() for story strings, ui() for the
 * player's own (game/web_player_strings.rpy, translated in game/tl/LANG/). */
import { hasOwn, state } from './state.js';

export function tr(s) {
  if (!state.TL || typeof s !== 'string') return s;
  if (hasOwn(state.TL.strings, s)) return state.TL.strings[s];
  const notags = s.replace(/\{#[^}]*\}/g, '');
  if (notags !== s && hasOwn(state.TL.strings, notags)) return state.TL.strings[notags];
  return s;
}
export const ui = (s) => tr(s).replace(/\{#[^}]*\}/g, '');
