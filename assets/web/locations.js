// The school's locations: buildings with coordinates and a radius, for "who is here today".
import { render } from './app.js';
import { t } from './i18n.js';
import { removeRow } from './partners.js';
import { api, field, form, h, load, rows, toast, values } from './ui.js';

export function viewLocations(main) {
  main.append(h('h1', {}, t('nav.locations')), h('p', {}, t('locations.intro')));
  const list = h('ul', { class: 'list' });
  const places = rows('school_locations').sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  for (const l of places) {
    const slot = h('div', { class: 'slot' });
    const where = l.latitude === null || l.latitude === undefined ? t('location.nocoords')
      : `${Number(l.latitude).toFixed(5)}, ${Number(l.longitude).toFixed(5)} · ${l.radius_m} m`;
    list.append(h('li', { class: 'item', 'data-location': l.id }, h('div', { class: 'row' }, h('span', { class: 'title' }, l.name),
      h('span', { class: 'muted' }, [l.address, where].filter(Boolean).join(' · ')),
      h('span', { class: 'buttons' },
        h('button', { type: 'button', onclick: () => slot.replaceChildren(locationForm(l, () => slot.replaceChildren())) }, t('edit')),
        h('button', { type: 'button', class: 'danger', onclick: () => removeRow('school_locations', l.id, l.name) }, t('delete')))), slot));
  }
  if (!places.length) list.append(h('li', { class: 'muted' }, t('none')));
  main.append(h('section', { class: 'card' }, list), h('section', { class: 'card' }, h('h2', {}, t('location.new')), locationForm(null, null)));
}

export function locationForm(l, done) {
  return form({ class: 'grid', 'aria-label': l ? l.name : t('location.new') }, async (f) => {
    const v = values(f);
    // "52.0907, 5.1214" (or "52,0907; 5,1214") pasted from a map app into the first field.
    const both = /^\s*(-?\d+(?:[.,]\d+)?)\s*(?:,\s+|;\s*)(-?\d+(?:[.,]\d+)?)\s*$/.exec(v.latitude);
    if (both && !v.longitude.trim()) { v.latitude = both[1]; v.longitude = both[2]; }
    const fields = { name: v.name, address: v.address, latitude: v.latitude, longitude: v.longitude, radius_m: Number(v.radius_m) };
    await api('POST', '/rows/school_locations' + (l ? '/' + l.id : ''), { fields, base: l ? l.version : 0 });
    await load();
    toast(t('saved'));
    render();
  }, field('name', l ? l.name : '', { required: true }), field('address', l ? l.address : ''),
  field('latitude', l && l.latitude !== null ? l.latitude : '', { inputmode: 'decimal' }),
  field('longitude', l && l.longitude !== null ? l.longitude : '', { inputmode: 'decimal' }),
  field('radius_m', l ? l.radius_m : 150, { type: 'number' }),
  h('div', { class: 'actions wide' }, h('button', { type: 'submit', class: 'primary' }, l ? t('save') : t('add')),
    done ? h('button', { type: 'button', onclick: done }, t('cancel')) : null));
}
