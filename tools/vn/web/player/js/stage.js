/* Images and the stage: attribute resolution, placement, stage.rpy's ATL motions, preloading. */
import { el, h } from './dom.js';
import { PyError } from './python.js';
import { currentSide } from './say.js';
import { COLOR_RE, preloaded, state } from './state.js';
import { transitionsOff } from './transitions.js';

export function indexImages() {
  state.imagesByTag = new Map();
  for (const name of Object.keys(state.S.images)) {
    const parts = name.split(' ');
    const list = state.imagesByTag.get(parts[0]) || [];
    list.push({ name, attrs: new Set(parts.slice(1)) });
    state.imagesByTag.set(parts[0], list);
  }
}

/* `show calla -gesture happy`: Ren'Py's negative attributes take a pose (or any attribute)
 * away from the shown image; the rest are wanted. */
function splitAttributes(attrs) {
  const want = [], drop = [];
  for (const a of attrs) (a.startsWith('-') ? drop : want).push(a.replace(/^-/, ''));
  return { want, drop };
}

/* A layered image (the sprites' game/images/poses.rpy), as Ren'Py's
 * LayeredImage._choose_attributes: the wanted attributes, then those of the current image
 * that no wanted one replaces (another attribute of its group), so `calla sad` after
 * `calla gesture happy` keeps the gesture. Named in the groups' order, as the export named
 * each combination after its pre-drawn file (`calla gesture sad`). */
function resolveLayered(tag, groups, want, drop, current) {
  const groupOf = new Map();
  const order = [];
  for (const [g, names] of groups) for (const a of names) { groupOf.set(a, g); order.push(a); }
  if (want.some((a) => !groupOf.has(a))) return null;
  const replaced = new Set(want.map((a) => groupOf.get(a)));
  if (replaced.size < new Set(want).size) return null;   // two of one group: Ren'Py refuses
  const keep = (current ? current.split(' ').slice(1) : [])
    .filter((a) => groupOf.has(a) && !drop.includes(a) && !replaced.has(groupOf.get(a)));
  const chosen = [...new Set([...want, ...keep])].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const name = [tag, ...chosen].join(' ');
  return state.S.images[name] ? name : null;
}

/* Ren'Py's attribute resolution: the image of `tag` having every attribute in
 * `want`, preferring one whose other attributes the current image already had. */
export function resolveImage(tag, attrs, current) {
  const { want, drop } = splitAttributes(attrs);
  const layered = state.S.layered && state.S.layered[tag];
  if (layered) return resolveLayered(tag, layered, want, drop, current);
  // as Ren'Py for flat images: one named exactly is taken as it is (a layered one, above, keeps its pose)
  const exact = [tag, ...want].join(' ');
  if (!drop.length && want.length && (state.imagesByTag.get(tag) || []).some((c) => c.name === exact)) return exact;
  const cands = (state.imagesByTag.get(tag) || [])
    .filter((c) => want.every((a) => c.attrs.has(a)) && !drop.some((a) => c.attrs.has(a)));
  if (!cands.length) return null;
  if (!want.length && !drop.length && current && cands.some((c) => c.name === current)) return current;
  const cur = new Set(current ? current.split(' ').slice(1) : []);
  for (const a of drop) cur.delete(a);
  const score = (c) => {
    let extra = 0, keep = 0;
    for (const a of c.attrs) { if (!want.includes(a)) { if (cur.has(a)) keep++; else extra++; } }
    return [extra, -keep, c.attrs.size];
  };
  cands.sort((a, b) => {
    const x = score(a), y = score(b);
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  return cands[0].name;
}

const DEFAULT_PLACE = { xpos: ['f', 0.5], xanchor: ['f', 0.5], ypos: ['f', 1.0], yanchor: ['f', 1.0] };

function placement(at, previous) {
  const pr = Object.assign({}, previous || DEFAULT_PLACE);
  for (const name of at || []) Object.assign(pr, state.S.transforms[name] || {});
  return pr;
}

export function findShown(tag) {
  return state.st.scene.find((x) => x.tag === tag) || null;
}

export function showImage(tag, imageTag, attrs, at, where) {
  const cur = findShown(tag);
  const name = resolveImage(imageTag, attrs, cur ? cur.im : null);
  if (!name) throw new PyError(`image '${[imageTag, ...attrs].join(' ')}' not found` + (where || ''));
  if (cur) {
    cur.im = name;
    if (at && at.length) { cur.pr = placement(at, cur.pr); startMotion(cur, at); }
  } else {
    const item = { tag, im: name, pr: placement(at, null) };
    startMotion(item, at);
    state.st.scene.push(item);
  }
}

// ---------------------------------------------------------------- motion (stage.rpy's ATL)

/* A `show ... at pos, motion`: the item keeps where the motion starts (mo.from), its
 * segments and when it began; item.pr becomes where it ends, so the next show (and a
 * reload, a rollback, a skip) starts from a sprite that stands still. */
function startMotion(item, at) {
  const name = (at || []).find((a) => state.S.motions && state.S.motions[a]);
  if (!name) { delete item.mo; return; }
  const from = Object.assign({}, item.pr);
  let end = from;
  for (const seg of state.S.motions[name]) end = Object.assign({}, end, seg.p);
  item.pr = end;
  item.mo = { name, from, t0: Date.now() };
}

function motionSeconds(name) {
  return state.S.motions[name].reduce((t, seg) => t + seg.d, 0);
}

/* One keyframe: the same left/top/size arithmetic as place(), zoom relative to the
 * size place() gave the node (its end state). */
function motionFrame(im, pr, endZoom) {
  const [W, H] = state.S.screen;
  const zoom = pr.zoom || 1;
  const w = im.w * zoom, hgt = im.h * zoom;
  const ax = pr.xanchor[0] === 'f' ? pr.xanchor[1] * 100 : (pr.xanchor[1] / w) * 100;
  const ay = pr.yanchor[0] === 'f' ? pr.yanchor[1] * 100 : (pr.yanchor[1] / hgt) * 100;
  return {
    left: pct(pr.xpos, W) + ((pr.xoffset || 0) / W) * 100 + '%',
    top: pct(pr.ypos, H) + ((pr.yoffset || 0) / H) * 100 + '%',
    transform: `translate(${-ax}%, ${-ay}%) scale(${zoom / endZoom})`,
    transformOrigin: `${ax}% ${ay}%`,
    opacity: pr.alpha === undefined ? 1 : pr.alpha,
  };
}

/* Test hook: the `at` lists shown since the last interaction, [tag, [transform...]]
 * each, in body.dataset.vnAt (the engine's autoplay trace records the same per line). */
let staged = [];
export function noteStaging(s) {
  if (s.at && s.at.length) staged.push([s.tag, s.at.slice()]);
}

export function publishStaging() {
  document.body.dataset.vnAt = JSON.stringify(staged);
  staged = [];
  publishShown();
}

/* Test hook: the images on stage (`calla gesture happy`), sorted, in body.dataset.vnShown
 * (the engine's trace records the same per line): poses and expressions resolve alike. */
function publishShown() {
  document.body.dataset.vnShown = JSON.stringify(state.st.scene.map((x) => x.im).sort());
}

/* Play item.mo on its node from where it is now (a node made for a new expression
 * picks the motion up mid-way); reduced motion and skipping show the end at once. */
function playMotion(node, item) {
  const mo = item.mo;
  const im = state.S.images[item.im];
  if (!mo || !state.S.motions[mo.name] || im.solid) return;
  const total = motionSeconds(mo.name) * 1000;
  const elapsed = Date.now() - mo.t0;
  if (transitionsOff() || elapsed >= total || total <= 0) { delete item.mo; return; }
  if (node.vnMotion === mo) return;
  node.vnMotion = mo;
  const endZoom = item.pr.zoom || 1;
  let pr = mo.from, t = 0;
  const frames = [Object.assign(motionFrame(im, pr, endZoom), { offset: 0 })];
  for (const seg of state.S.motions[mo.name]) {
    frames[frames.length - 1].easing = seg.e;
    t += seg.d * 1000;
    pr = Object.assign({}, pr, seg.p);
    frames.push(Object.assign(motionFrame(im, pr, endZoom), { offset: t / total }));
  }
  const anim = node.animate(frames, { duration: total });
  anim.currentTime = elapsed;
  node.dataset.motion = mo.name;
  anim.finished.then(() => { delete node.dataset.motion; }, () => {});
}

/* config.say_attribute_transition: a line's new expression dissolves in over the old,
 * which stays on the layer (untagged) until it has faded. */
function crossfade(layer, ghost, node) {
  const tr = state.S.say_tr ? state.S.transitions[state.S.say_tr] : null;
  if (!tr || tr.type !== 'dissolve' || transitionsOff()) return;
  delete ghost.dataset.tag;
  ghost.classList.add('vn-ghost');
  layer.append(ghost);
  const ms = tr.time * 1000;
  node.animate([{ opacity: 0 }, { opacity: 1 }], { duration: ms });
  ghost.animate([{ opacity: 1 }, { opacity: 0 }], { duration: ms, fill: 'forwards' }).finished
    .then(() => ghost.remove(), () => ghost.remove());
}

function pct(v, total) {
  return v[0] === 'f' ? v[1] * 100 : (v[1] / total) * 100;
}

function place(node, im, pr) {
  const [W, H] = state.S.screen;
  const s = node.style;
  if (im.solid) {
    s.left = '0'; s.top = '0'; s.width = '100%'; s.height = '100%';
    return;
  }
  const zoom = pr.zoom || 1;
  const w = im.w * zoom * (pr.xzoom || 1);
  const hgt = im.h * zoom * (pr.yzoom || 1);
  s.width = (w / W) * 100 + '%';
  s.height = (hgt / H) * 100 + '%';
  s.left = pct(pr.xpos, W) + ((pr.xoffset || 0) / W) * 100 + '%';
  s.top = pct(pr.ypos, H) + ((pr.yoffset || 0) / H) * 100 + '%';
  const ax = pr.xanchor[0] === 'f' ? pr.xanchor[1] * 100 : (pr.xanchor[1] / w) * 100;
  const ay = pr.yanchor[0] === 'f' ? pr.yanchor[1] * 100 : (pr.yanchor[1] / hgt) * 100;
  s.transform = `translate(${-ax}%, ${-ay}%)`;
  s.opacity = pr.alpha === undefined ? '' : String(pr.alpha);
}

function imageNode(name) {
  const im = state.S.images[name];
  let node;
  if (im.solid) {
    node = h('div', { class: 'vn-sprite vn-solid' });
    if (COLOR_RE.test(im.solid)) node.style.background = im.solid;
  } else {
    node = h('img', { class: 'vn-sprite', src: im.f, alt: '', draggable: 'false' });
  }
  node.dataset.im = name;
  return node;
}

export function renderStage() {
  const layer = el.layer;
  const existing = new Map();
  for (const c of layer.children) if (c.dataset.tag) existing.set(c.dataset.tag, c);
  const nodes = [];
  const swaps = [];   // [old node, new node] of expressions a line changed
  for (const item of state.st.scene) {
    let node = existing.get(item.tag);
    if (!node || node.dataset.im !== item.im) {
      const old = node;
      node = imageNode(item.im);
      node.dataset.tag = item.tag;
      if (old && item.xf) swaps.push([old, node]);
    }
    delete item.xf;
    place(node, state.S.images[item.im], item.pr);
    nodes.push(node);
  }
  layer.replaceChildren(...nodes);
  state.st.scene.forEach((item, i) => playMotion(nodes[i], item));
  for (const [old, node] of swaps) crossfade(layer, old, node);
}

function preload(name) {
  const im = state.S.images[name];
  if (!im || im.solid || preloaded.has(im.f)) return preloaded.get(im && im.f);
  const img = new Image();
  img.decoding = 'async';
  img.src = im.f;
  const p = img.decode().catch(() => null);
  preloaded.set(im.f, p);
  return p;
}

export async function imagesReady(timeout) {
  const waits = [];
  for (const item of state.st.scene) {
    const p = preload(item.im);
    if (p) waits.push(p);
  }
  const side = currentSide();
  if (side) { const p = preload(side); if (p) waits.push(p); }
  if (!waits.length) return;
  await Promise.race([Promise.all(waits), new Promise((r) => setTimeout(r, timeout))]);
}

/* Preload the images the next few dozen statements may show. */
export function lookahead(from) {
  const seenIdx = new Set();
  const todo = [[from, 0]];
  let budget = 60;
  while (todo.length && budget-- > 0) {
    const [pc, depth] = todo.shift();
    if (pc < 0 || seenIdx.has(pc) || depth > 3) continue;
    seenIdx.add(pc);
    const s = state.S.code[pc];
    if ((s.k === 'show' || s.k === 'scene') && s.im) {
      const n = resolveImage(s.im, s.a || [], null);
      if (n) preload(n);
    }
    if (s.k === 'jump' || s.k === 'call') todo.push([s.to, depth]);
    if (s.k === 'menu') for (const it of s.i) todo.push([it.x, depth + 1]);
    if (s.k === 'if') for (const [, n] of s.e) todo.push([n, depth + 1]);
    if (s.x !== undefined) todo.push([s.x, depth]);
  }
}
