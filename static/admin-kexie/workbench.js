// Scroll the page text so that the article's highlighted span is in view.
"use strict";
window.addEventListener("load", function () {
  var span = document.getElementById("kexie-span");
  var box = span && span.closest(".kexie-page-text");
  if (box) {
    box.scrollTop = Math.max(0, span.offsetTop - box.offsetTop - 40);
  }
});
