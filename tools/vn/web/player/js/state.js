/* The player's constants and its shared mutable state. Every module reads and writes the
 * shared state as fields of `state` (an imported binding cannot be assigned; a field can). */

export const doc = document;
export const body = doc.body;
export const SAVE_FORMAT = 'vn-web-save';
export const SAVE_VERSION = 1;
export const ROLLBACK_LIMIT = 100;
export const TRANSCRIPT_LIMIT = 40;  // earlier lines of the scene kept in the phone's transcript
export const PAGES = 3;
export const SLOTS_PER_PAGE = 6;
export const PORTRAIT = window.matchMedia('(max-aspect-ratio: 4/5)');   // player.css's phone layout
export const REDUCED_MOTION = window.matchMedia('(prefers-reduced-motion: reduce)');
export const TEXT_SIZES = [100, 125, 150, 175];   // percent; player.css has one rule per step
export const COLOR_RE = /^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
export const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
export const metrics = (window.vnMetrics = { start: performance.now() });

export const preloaded = new Map();

export const state = {
  S: null,                // the story data
  TL: null,               // the current translation, or null for the game's own language
  st: null,               // the game state (JSON-serialisable; saves and rollback copy it)
  rollback: [],           // snapshots (JSON strings) of earlier interactions, newest last
  waiting: null,          // what the current interaction waits for
  seq: 0,
  prefs: null,
  seen: null,             // Set of statement indices already shown
  gameKey: 'game',
  skipping: false,
  ctrlSkip: false,
  autoForward: false,
  timers: { auto: 0, skip: 0, type: 0, notice: 0, pause: 0 },
  transitionDone: null,
  imagesByTag: new Map(),
  runGen: 0,              // counts run() calls: only the newest run goes on
  typing: null,
  // A non-interacting say (`e "Question?" nointeract`, or the say inside a menu) shows its
  // line with the next interaction: a menu keeps it up as a line of its own, as its caption.
  niShown: false,
  lastScene: '',
};
