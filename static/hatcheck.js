// Progressive enhancement only: everything works without this file.
// Browsers skip `autofocus` when the address has a #fragment (as after adding an activity,
// which returns to #entry); put the cursor back on the entry line so the next one can be typed.
window.addEventListener("load", () => {
  const field = document.querySelector("[autofocus]");
  if (field && document.activeElement !== field) {
    field.focus();
  }
});

// A Print button where a report can be printed (the browser's own Print works without it).
window.addEventListener("load", () => {
  for (const button of document.querySelectorAll("[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
});
