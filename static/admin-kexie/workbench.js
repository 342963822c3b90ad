// Scroll the page text so that the article's highlighted span is in view.
"use strict";
window.addEventListener("load", function () {
  var span = document.getElementById("kexie-span");
  var box = span && span.closest(".kexie-page-text");
  if (box) {
    box.scrollTop = Math.max(0, span.offsetTop - box.offsetTop - 40);
  }
});

// 添加另一个 地区/组织/署名…: move the focus into the new row (it appears above the link), once Django's
// autocomplete has made its Select2 box, so a keyboard user types the name at once instead of tabbing back.
document.addEventListener("formset:added", function (event) {
  var row = event.target;
  window.setTimeout(function () {
    // The row's first box; an autocomplete's own <select> is hidden behind its Select2 box.
    var field = row.querySelector(
      ".select2-selection, input:not([type=hidden]), select:not(.admin-autocomplete), textarea"
    );
    if (field) {
      field.focus();
    }
  }, 0);
});
