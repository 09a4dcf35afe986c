// The live example of a docs page: sets the example's data properties, applies each attribute
// editor to the element as it changes, and lists the events the element fires. Loaded by src (no
// inline script), so the docs run under the collector's strict Content-Security-Policy.
const data = JSON.parse(document.getElementById('example-data')?.textContent ?? 'null');
const example = document.getElementById('example');

if (data && example) {
  Object.assign(example, data.properties);
  const log = document.querySelector('.event-log');
  const note = (line) => {
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = line;
    item.append(code);
    log?.prepend(item);
  };
  // Functions an integrator passes in (submit): stood in here, saying what they were given.
  for (const name of data.standIns) {
    example[name] = async (record) => note(`${name}(${JSON.stringify(record).slice(0, 160)}…)`);
  }
  for (const type of data.events) {
    example.addEventListener(type, (event) => {
      const detail =
        event.detail === undefined ? '' : JSON.stringify(event.detail, (_, v) => (v instanceof Error ? `${v.name}: ${v.message}` : v));
      note(`${type} ${detail.slice(0, 200)}`);
    });
  }
  for (const control of document.querySelectorAll('[data-attribute], [data-style]')) {
    control.addEventListener('change', () => {
      const value = control.value;
      if (control.dataset.style) example.style.setProperty(control.dataset.style, value);
      else if (value === '') example.removeAttribute(control.dataset.attribute);
      else example.setAttribute(control.dataset.attribute, value);
    });
  }
}
