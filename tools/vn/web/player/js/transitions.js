/* Transitions (dissolve, fade, Pause) between two states of the stage. */
import { el, setState } from './dom.js';
import { imagesReady, renderStage } from './stage.js';
import { COLOR_RE, state } from './state.js';

export function transitionsOff() {
  return state.skipping || state.ctrlSkip || state.prefs.skipTransitions || state.prefs.reduceMotion;
}

export async function doTransition(name) {
  const tr = name ? state.S.transitions[name] : null;
  if (!tr || transitionsOff()) { renderStage(); return; }
  setState('busy');
  const old = el.layer.cloneNode(true);
  old.removeAttribute('id');
  old.classList.add('vn-old');
  el.layer.after(old);
  renderStage();
  await imagesReady(800);
  const anims = [];
  let skip = false;
  state.transitionDone = () => { skip = true; for (const a of anims) a.finish(); };
  try {
    if (tr.type === 'dissolve') {
      const a = old.animate([{ opacity: 1 }, { opacity: 0 }], { duration: tr.time * 1000, fill: 'forwards' });
      anims.push(a);
      await a.finished;
    } else if (tr.type === 'pause') {
      // Pause(N): the new scene at once, held N seconds (a click ends it, as in Ren'Py)
      old.remove();
      const a = el.fader.animate([{ opacity: 0 }, { opacity: 0 }], { duration: tr.time * 1000, fill: 'forwards' });
      anims.push(a);
      await a.finished;
    } else if (tr.type === 'fade') {
      el.fader.style.background = COLOR_RE.test(tr.color) ? tr.color : '#000';
      const a = el.fader.animate([{ opacity: 0 }, { opacity: 1 }], { duration: tr.out * 1000, fill: 'forwards' });
      anims.push(a);
      await a.finished;
      old.remove();
      if (tr.hold > 0 && !skip) {
        const b = el.fader.animate([{ opacity: 1 }, { opacity: 1 }], { duration: tr.hold * 1000, fill: 'forwards' });
        anims.push(b);
        await b.finished;
      }
      const c = el.fader.animate([{ opacity: 1 }, { opacity: 0 }], { duration: skip ? 0 : tr.in * 1000, fill: 'forwards' });
      anims.push(c);
      await c.finished;
    }
  } finally {
    state.transitionDone = null;
    old.remove();
    for (const a of el.fader.getAnimations()) a.cancel();
  }
}
