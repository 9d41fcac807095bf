// Optional: everything works without this file. Filter forms leave out their empty fields, so
// the address of a result page lists only the filters in use (shorter to share and bookmark).
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.matches || !form.matches('form.filters')) {
    return;
  }
  Array.prototype.forEach.call(form.elements, function (field) {
    if (field.name && !field.disabled && field.value === '') {
      field.disabled = true;
    }
  });
  // Re-enable after the navigation starts, so that going back shows the form as it was.
  window.setTimeout(function () {
    Array.prototype.forEach.call(form.elements, function (field) {
      field.disabled = false;
    });
  }, 0);
});
