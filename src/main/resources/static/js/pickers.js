// Suggestions that fill the form: a discipline option sets named fields (data-fill), a person record
// fills the first empty team row (data-fill-row, values by column). A change event follows, so the
// draft autosaves and its local copy is updated as if the user had typed the values.
(function () {
  function changed(form) { form.dispatchEvent(new Event('change', {bubbles: true})); }
  function set(form, name, value) {
    const field = form.elements.namedItem(name);
    if (field && !(field instanceof RadioNodeList)) { field.value = value; }
    const shown = form.querySelector('[data-shows="' + name + '"]');
    if (shown) { shown.textContent = value; }
  }
  function firstEmptyRow(form) {
    for (let i = 0; form.elements.namedItem('team[' + i + '].name'); i++) {
      if (!form.elements.namedItem('team[' + i + '].name').value.trim()) { return i; }
    }
    return -1;
  }
  document.addEventListener('click', (e) => {
    const option = e.target.closest('[data-fill], [data-fill-row]');
    if (!option) { return; }
    e.preventDefault();
    const form = option.closest('form');
    if (option.dataset.fill) {
      Object.entries(JSON.parse(option.dataset.fill)).forEach(([name, value]) => set(form, name, value));
    } else {
      const row = firstEmptyRow(form);
      if (row < 0) { return; }
      Object.entries(JSON.parse(option.dataset.fillRow)).forEach(([column, value]) =>
        set(form, 'team[' + row + '].' + column, value));
    }
    option.closest('[data-suggestions]').innerHTML = '';
    changed(form);
  });
})();
