'use strict';
// The Moodbox settings page: log in with the PIN, show the live status, edit the settings, draw the history.
const EMOTIONS = ['Angry', 'Disgust', 'Fear', 'Happy', 'Sad', 'Surprise', 'Neutral'];
const $ = (sel) => document.querySelector(sel);
let loaded = null;      // the settings as last received from the box
let poller = null;
let lastStatus = null;  // the status as last received
const waiting = [];     // actions waiting for the status to say they are done: { after, done(status), then(status) }
let requests = 0;       // status requests sent; only one sent after an action started can say it is done
const FEEDBACK_MS = 5000;

async function api(method, path, body) {
  const options = { method, headers: {}, credentials: 'same-origin' };
  if (body !== undefined) {
    options.headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(body);
  }
  const response = await fetch(path, options);
  const data = (response.headers.get('Content-Type') || '').startsWith('application/json') ? await response.json() : {};
  return { status: response.status, data };
}

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function buildEmotionRows() {
  const music = $('#emotion-music tbody');
  const leds = $('#leds tbody');
  EMOTIONS.forEach((e) => {
    const m = el('tr');
    m.append(el('td', {}, e));
    m.append(cell(el('input', { 'data-field': `emotionMusic.${e}.folders`, 'data-type': 'list', 'aria-label': `${e} folders`, autocapitalize: 'off' })));
    m.append(cell(el('input', { 'data-field': `emotionMusic.${e}.moods`, 'data-type': 'list', 'aria-label': `${e} moods`, autocapitalize: 'off' })));
    music.append(m);
    const l = el('tr');
    l.append(el('td', {}, e));
    l.append(cell(el('input', { type: 'number', min: 2, max: 27, 'data-field': `ledPins.${e}`, 'data-type': 'int', 'aria-label': `${e} LED pin` })));
    l.append(cell(el('input', { type: 'color', 'data-field': `moodColours.${e}`, 'data-type': 'text', 'aria-label': `${e} colour` })));
    leds.append(l);
  });
}

function cell(child) {
  const td = el('td');
  td.append(child);
  return td;
}

const getPath = (obj, path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
function setPath(obj, path, value) {
  const keys = path.split('.');
  const last = keys.pop();
  keys.reduce((o, k) => (o[k] = o[k] || {}), obj)[last] = value;
}

function fill(settings) {
  loaded = settings;
  document.querySelectorAll('#settings [data-field]').forEach((input) => {
    const value = getPath(settings, input.dataset.field);
    if (input.tagName === 'FIELDSET') {
      input.querySelectorAll('input').forEach((r) => { r.checked = r.value === value; });
    } else if (input.dataset.type === 'bool') {
      input.checked = !!value;
    } else if (input.dataset.type === 'lines') {
      input.value = (value || []).join('\n');
    } else if (input.dataset.type === 'list') {
      input.value = (value || []).join(', ');
    } else {
      input.value = value === undefined ? '' : value;
    }
    input.classList.remove('invalid');
  });
}

function read(input) {
  const raw = input.value.trim();
  switch (input.dataset.type) {
    case 'bool': return input.checked;
    case 'int': case 'number': return raw === '' || isNaN(Number(raw)) ? raw : Number(raw);
    case 'lines': return raw.split('\n').map((s) => s.trim()).filter((s) => s);
    case 'list': return raw.split(',').map((s) => s.trim()).filter((s) => s);
    default: return raw;
  }
}

// Only the fields that differ from what the box sent are saved.
function changes() {
  const out = {};
  document.querySelectorAll('#settings [data-field]').forEach((input) => {
    const field = input.dataset.field;
    let value;
    if (input.tagName === 'FIELDSET') {
      const checked = input.querySelector('input:checked');
      value = checked ? checked.value : getPath(loaded, field);
    } else if (field === 'pin') {
      if (input.value.trim() !== '') out.pin = input.value.trim();
      return;
    } else {
      value = read(input);
    }
    if (JSON.stringify(value) !== JSON.stringify(getPath(loaded, field))) setPath(out, field, value);
  });
  return out;
}

async function save(event) {
  event.preventDefault();
  const status = $('#save-status');
  document.querySelectorAll('.invalid').forEach((n) => n.classList.remove('invalid'));
  const body = changes();
  if (Object.keys(body).length === 0) { status.textContent = 'Nothing changed'; return; }
  status.textContent = 'Saving…';
  const { status: code, data } = await api('PUT', '/api/settings', body);
  if (code === 200) {
    fill(data);
    $('#new-pin').value = '';
    status.className = '';
    status.textContent = 'Saved';
  } else if (code === 401) {
    showLogin('Your session ended: enter the PIN again.');
  } else {
    status.className = 'error';
    status.textContent = data.error || `Not saved (${code})`;
    const bad = data.field && (document.querySelector(`[data-field="${data.field}"]`)
      || document.querySelector(`[data-field^="${data.field}."]`));
    if (bad) { bad.classList.add('invalid'); if (bad.focus) bad.focus(); }
  }
}

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

function showStatus(s, seq) {
  lastStatus = s;
  $('#mood').textContent = s.mood || 'No mood yet';
  $('#confidence').textContent = s.mood ? `${Math.round(s.confidence * 100)} %` : '';
  const playing = !!s.trackTitle;
  $('#track').textContent = playing ? `♪ ${s.trackTitle}${s.trackArtist ? ' — ' + s.trackArtist : ''}${s.paused ? ' (paused)' : ''}` : 'Nothing playing';
  $('#play-pause').disabled = !playing;
  $('#play-pause').textContent = s.paused ? 'Play' : 'Pause';
  $('#skip').disabled = !playing;
  const volume = $('#volume');
  volume.max = s.maxVolume;
  volume.disabled = s.maxVolume === 0;
  if (document.activeElement !== volume) volume.value = s.volume;
  $('#volume-value').textContent = `${volume.value} % (at most ${s.maxVolume} %)`;
  $('#scan').textContent = s.scanning ? `Scanning… ${s.scannedFiles} of ${s.totalFiles || '?'} files`
    : `${plural(s.libraryTracks, 'song', 'songs')} in the library`;
  showUnusable(s.unusableFiles);
  const problems = [...s.problems];
  if (s.settingsProblem) problems.push(s.settingsProblem);
  $('#problems').textContent = problems.join(' · ');
  waiting.filter((w) => seq > w.after && w.done(s)).forEach((w) => { waiting.splice(waiting.indexOf(w), 1); w.then(s); });
}

function showUnusable(files) {
  $('#unusable-files').hidden = files.length === 0;
  $('#unusable-summary').textContent = `${plural(files.length, 'file', 'files')} could not be used`;
  $('#unusable').replaceChildren(...files.slice(0, 200).map((f) => el('li', {}, `${f.file}: ${f.reason}`)));
}

async function refreshStatus() {
  const seq = ++requests;
  const { status, data } = await api('GET', '/api/status');
  if (status === 200) showStatus(data, seq); else if (status === 401) showLogin();
}

// A line of feedback that clears itself a few seconds later (unless another replaced it).
function say(target, text, kind) {
  target.className = kind || '';
  target.textContent = text;
  clearTimeout(target.clearing);
  if (kind !== 'busy') target.clearing = setTimeout(() => { target.textContent = ''; }, FEEDBACK_MS);
}

// Starts an action; its status line says it runs until the box's status shows it ended.
async function longAction(button, path, target, busy, done, finished) {
  button.disabled = true;
  const { status, data } = await api('POST', path, {});
  button.disabled = false;
  if (status === 401) { showLogin('Your session ended: enter the PIN again.'); return; }
  if (status !== 202) { say(target, data.error || `Error ${status}`, 'error'); return; }
  say(target, busy, 'busy');
  waiting.push({ after: requests, done, then: (s) => say(target, finished(s), 'ok') });
  refreshStatus();
}

async function player(path, body) {
  const seq = ++requests;
  const { status, data } = await api('POST', path, body || {});
  if (status === 200) showStatus(data, seq);
  else if (status === 401) showLogin('Your session ended: enter the PIN again.');
  else say($('#player-status'), data.error || `Error ${status}`, 'error');
}

// Stacked bars of moods per day, each day's count above its bar, a count axis on the left.
function drawHistory(history) {
  const svg = $('#chart');
  const ns = 'http://www.w3.org/2000/svg';
  const svgEl = (tag, attrs, text) => {
    const node = document.createElementNS(ns, tag);
    Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    svg.append(node);
    return node;
  };
  svg.replaceChildren();
  const days = history.days;
  const totals = days.map((d) => Object.values(d.counts).reduce((a, b) => a + b, 0));
  const most = Math.max(1, ...totals);
  const left = 30; const top = 16; const bottom = 146; const height = bottom - top;
  const width = (340 - left) / days.length;
  [0, Math.ceil(most / 2), most].filter((v, i, all) => all.indexOf(v) === i).forEach((tick) => {
    const y = bottom - (tick / most) * height;
    svgEl('line', { class: 'grid', x1: left, x2: 340, y1: y, y2: y });
    svgEl('text', { class: 'tick', x: left - 4, y: y + 3, 'text-anchor': 'end' }, String(tick));
  });
  svgEl('line', { class: 'axis', x1: left, x2: left, y1: top, y2: bottom });
  svgEl('line', { class: 'axis', x1: left, x2: 340, y1: bottom, y2: bottom });
  days.forEach((day, i) => {
    let y = bottom;
    EMOTIONS.forEach((e) => {
      const n = day.counts[e] || 0;
      if (!n) return;
      const h = (n / most) * height;
      y -= h;
      const rect = svgEl('rect', { class: 'bar', 'data-emotion': e, x: left + i * width + 4, y, width: width - 8, height: h,
        fill: loaded.moodColours[e] });
      const title = document.createElementNS(ns, 'title');
      title.textContent = `${day.date}: ${e} ×${n}`;
      rect.append(title);
    });
    if (totals[i]) svgEl('text', { class: 'count', x: left + i * width + width / 2, y: y - 3, 'text-anchor': 'middle' }, String(totals[i]));
    svgEl('text', { class: 'day', x: left + i * width + width / 2, y: bottom + 14, 'text-anchor': 'middle' }, day.date.slice(5));
  });
  $('#legend').replaceChildren(...EMOTIONS.map((e) => {
    const item = el('span', {}, e);
    const dot = el('span', { class: 'swatch' });
    dot.style.background = loaded.moodColours[e];
    item.prepend(dot);
    return item;
  }));
  $('#tracks').replaceChildren(...(history.tracks.length ? history.tracks.map((t) =>
    el('li', {}, `${new Date(t.at).toLocaleString()} · ${t.mood} · ${t.title}${t.artist ? ' — ' + t.artist : ''}`))
    : [el('li', { class: 'muted' }, 'No songs yet')]));
}

// "Was the mood right?": the last looks with their face thumbnails (data: URLs of the 48×48 crops), a picker
// per look, and the personal model's status with its last outcome.
function showLooks(data) {
  $('#looks').replaceChildren(...(data.looks.length ? data.looks.map((look) => {
    const item = el('li', { class: 'look' });
    const faces = el('span', { class: 'faces' });
    look.faces.forEach((url, i) => faces.append(el('img', { src: url, width: 48, height: 48, alt: `face ${i + 1} of the look` })));
    item.append(faces);
    const when = new Date(look.decidedAt).toLocaleTimeString();
    item.append(el('span', {}, look.corrected ? `${when}: shown ${look.shown}, really ${look.corrected} ✓` : `${when}: shown ${look.shown}`));
    const pick = el('select', { 'aria-label': `the right mood for the look at ${when}` });
    pick.append(el('option', { value: '' }, 'Really…'));
    data.emotions.forEach((e) => pick.append(el('option', { value: e }, e)));
    pick.addEventListener('change', () => { if (pick.value) correct(look.id, pick.value, pick); });
    item.append(pick);
    return item;
  }) : [el('li', { class: 'muted' }, 'No looks yet: the box shows its last few here once it has decided a mood.')]));
}

function showPersonalModel(p) {
  $('#personal-model').textContent = `${p.model === 'personal' ? 'The personal model is in use.' : 'The shipped model is in use.'}`
    + ` ${p.storedLooks} corrected looks stored; ${p.newCorrections} of ${p.adaptAfter} new ones before it learns again`
    + `${p.adapting ? ' (learning now…)' : ''}.`;
  const o = p.lastOutcome;
  $('#last-outcome').textContent = o ? `Last learning (${new Date(o.time).toLocaleString()}): ${o.reason}`
    + ` — learned from ${o.learnedFaces} faces, checked on ${o.heldOutFaces}: new ${o.newCorrect}, in use ${o.currentCorrect} right.`
    : 'It has not learned yet.';
  $('#back-to-shipped').disabled = p.model !== 'personal';
}

async function refreshHousehold() {
  const looks = await api('GET', '/api/looks');
  if (looks.status === 200) showLooks(looks.data);
  const model = await api('GET', '/api/personal-model');
  if (model.status === 200) showPersonalModel(model.data);
  else $('#personal-model').textContent = model.data.error || `Personal model unavailable (${model.status})`;
}

async function correct(look, emotion, pick) {
  pick.disabled = true;
  const { status, data } = await api('POST', '/api/looks/correct', { look, emotion });
  pick.disabled = false;
  $('#looks-status').className = status === 200 ? '' : 'error';
  $('#looks-status').textContent = status === 200 ? `Thanks: kept as ${emotion}.` : (data.error || `Not saved (${status})`);
  if (status === 401) showLogin('Your session ended: enter the PIN again.'); else refreshHousehold();
}

async function householdAction(button, path, question, done) {
  if (!window.confirm(question)) return;
  button.disabled = true;
  const { status, data } = await api('POST', path, {});
  button.disabled = false;
  $('#looks-status').className = status === 200 ? '' : 'error';
  $('#looks-status').textContent = status === 200 ? done(data) : (data.error || `Error ${status}`);
  refreshHousehold();
}

async function showApp(settings) {
  $('#login').hidden = true;
  $('#app').hidden = false;
  $('#sections').hidden = false;
  $('#savebar').hidden = false;
  $('#logout').hidden = false;
  fill(settings);
  await refreshStatus();
  const { status, data } = await api('GET', '/api/history?days=7');
  if (status === 200) drawHistory(data);
  else $('#tracks').replaceChildren(el('li', { class: 'error' }, data.error || `Mood history unavailable (${status})`));
  await refreshHousehold();
  clearInterval(poller);
  poller = setInterval(refreshStatus, 2000);
}

function showLogin(message) {
  clearInterval(poller);
  $('#app').hidden = true;
  $('#sections').hidden = true;
  $('#savebar').hidden = true;
  $('#logout').hidden = true;
  $('#login').hidden = false;
  $('#login-error').textContent = message || '';
  $('#pin').focus();
}

async function login(event) {
  event.preventDefault();
  const { status, data } = await api('POST', '/api/login', { pin: $('#pin').value.trim() });
  $('#pin').value = '';
  if (status !== 200) { showLogin(status === 401 ? 'Wrong PIN' : data.error || `Error ${status}`); return; }
  const settings = await api('GET', '/api/settings');
  if (settings.status === 200) showApp(settings.data); else showLogin(settings.data.error);
}


document.addEventListener('DOMContentLoaded', async () => {
  buildEmotionRows();
  $('#login-form').addEventListener('submit', login);
  $('#settings').addEventListener('submit', save);
  $('#logout').addEventListener('click', async () => { await api('POST', '/api/logout', {}); showLogin(); });
  $('#test-leds').addEventListener('click', (e) => longAction(e.target, '/api/test-leds', $('#led-status'),
    'Testing the LEDs…', (s) => !s.ledTestRunning, () => 'LED test done'));
  $('#rescan').addEventListener('click', (e) => longAction(e.target, '/api/rescan', $('#rescan-status'),
    'Rescanning the music…', (s) => !s.scanning, (s) => `Rescan finished: ${plural(s.libraryTracks, 'song', 'songs')}`
      + (s.unusableFiles.length ? `; ${plural(s.unusableFiles.length, 'file', 'files')} could not be used (listed below)` : '')));
  $('#play-pause').addEventListener('click', () => player(lastStatus && lastStatus.paused ? '/api/resume' : '/api/pause'));
  $('#skip').addEventListener('click', () => player('/api/skip'));
  $('#volume').addEventListener('input', () => { $('#volume-value').textContent = `${$('#volume').value} %`; });
  $('#volume').addEventListener('change', () => player('/api/volume', { volume: Number($('#volume').value) }));
  $('#forget-corrections').addEventListener('click', (e) => householdAction(e.target, '/api/corrections/forget',
    'Forget every corrected look and go back to the shipped model?', (d) => `Forgot ${d.forgotten} corrected looks.`));
  $('#back-to-shipped').addEventListener('click', (e) => householdAction(e.target, '/api/personal-model/shipped',
    'Go back to the shipped model? The corrections are kept.', () => 'Back to the shipped model.'));
  const { status, data } = await api('GET', '/api/settings');
  if (status === 200) showApp(data); else showLogin();
});
