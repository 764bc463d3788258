// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's only script, and optional: words selected in an article's text fill the
// "Add a claim" form, so a checker adds a claim from a selection. Without it, paste the words.
(function () {
  var text = document.getElementById('article-text');
  var box = document.getElementById('add-claim');
  var words = document.getElementById('claim-words');
  if (!text || !box || !words) {
    return;
  }
  function take() {
    var s = window.getSelection();
    if (!s || s.isCollapsed || !text.contains(s.anchorNode) || !text.contains(s.focusNode)) {
      return;
    }
    var picked = s.toString().trim();
    if (picked.length >= 3) {
      words.value = picked;
      box.open = true;
    }
  }
  text.addEventListener('mouseup', take);
  text.addEventListener('keyup', take);
})();
