/* A classic script, not a module, and the only one: from a page opened straight from the disk
 * (file://) browsers load no module script and let no page read the files beside it
 * (story.json), so the player's modules cannot run there; this says why instead. */
'use strict';
if (location.protocol === 'file:') {
  document.body.dataset.vnState = 'error';
  document.getElementById('error-text').textContent = 'This game cannot run from a file opened on disk: '
    + 'browsers do not let a page opened that way read its own story data. Play it where it is '
    + 'published (itch.io), or serve the folder with `vn web serve FOLDER` and open the address it prints.';
  document.getElementById('error').hidden = false;
  document.getElementById('loading').hidden = true;
  // No game to go back to: the error's Main Menu button has nothing to do here.
  document.querySelector('[data-vn=error-title]').hidden = true;
}
