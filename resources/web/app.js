// The teachers' page: join with school and name, then send the open activity's form. Plain ES5
// for old Android browsers; every text goes in with textContent, never as HTML. What is typed and
// what is not yet received stays in this phone's storage and is sent again when the network is
// back.
(function () {
  'use strict';

  var prefix = 'fcte:' + location.pathname + ':';
  function load(key) {
    try { return JSON.parse(localStorage.getItem(prefix + key)); } catch (e) { return null; }
  }
  function save(key, value) {
    try { localStorage.setItem(prefix + key, JSON.stringify(value)); } catch (e) { /* full */ }
  }
  function $(id) { return document.getElementById(id); }
  function randomId() {
    var bytes = new Uint8Array(12);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    var text = '';
    for (var i = 0; i < bytes.length; i++) text += ('0' + bytes[i].toString(16)).slice(-2);
    return text;
  }

  var device = load('device');
  if (!device) { device = randomId(); save('device', device); }
  var me = load('me'); // {participant, school, name}
  var outbox = load('outbox') || [];
  var state = null;
  var formKey = '';
  var sending = false;

  function request(method, url, body, done) {
    var x = new XMLHttpRequest();
    x.open(method, url, true);
    x.timeout = 15000;
    if (body) x.setRequestHeader('Content-Type', 'application/json');
    x.onload = function () {
      var data = null;
      try { data = JSON.parse(x.responseText); } catch (e) { data = null; }
      done(x.status, data);
    };
    x.onerror = x.ontimeout = function () { done(0, null); };
    x.send(body ? JSON.stringify(body) : null);
  }

  function setStatus(text, kind) {
    var line = $('status');
    line.textContent = text;
    line.className = kind || '';
  }
  function option(select, value, text) {
    var item = document.createElement('option');
    item.value = String(value);
    item.textContent = text;
    select.appendChild(item);
  }
  function clear(element) { while (element.firstChild) element.removeChild(element.firstChild); }
  function show(id, visible) { $(id).hidden = !visible; }

  function personName(id) {
    for (var i = 0; i < state.people.length; i++)
      if (state.people[i].id === id) return state.people[i].name;
    return '';
  }
  function schoolName(id) {
    for (var i = 0; i < state.schools.length; i++)
      if (state.schools[i].id === id) return state.schools[i].name;
    return '';
  }

  function fillPeople() {
    var school = Number($('school').value);
    var select = $('person');
    clear(select);
    option(select, '', 'Elija su nombre');
    for (var i = 0; i < state.people.length; i++)
      if (state.people[i].school === school) option(select, state.people[i].id, state.people[i].name);
    option(select, 'typed', 'No estoy en la lista');
    show('typedBox', false);
  }

  function renderJoin() {
    var select = $('school');
    clear(select);
    option(select, '', 'Elija su escuela');
    for (var i = 0; i < state.schools.length; i++) option(select, state.schools[i].id, state.schools[i].name);
    fillPeople();
  }

  function draftKey() { return 'draft:' + formKey; }
  function saveDraft() {
    var draft = {};
    var inputs = $('fields').getElementsByTagName('textarea');
    for (var i = 0; i < inputs.length; i++) draft[inputs[i].name] = inputs[i].value;
    save(draftKey(), draft);
  }

  function renderForm(form) {
    var key = form.activity + '/' + form.kind;
    $('who').textContent = (me.participant ? personName(me.participant) : me.name) +
      (me.school ? ' · ' + schoolName(me.school) : '');
    if (key === formKey) return; // the same form: what is being typed stays as it is
    formKey = key;
    $('prompt').textContent = form.prompt || '';
    // A private note is kept here (as a draft) unless the teacher chooses to send it.
    $('send').textContent = form['private'] ? 'Enviar mi nota (privada)' : 'Enviar';
    show('prompt', !!form.prompt);
    show('teamBox', !!form.team);
    if (form.team) {
      var teams = $('team');
      clear(teams);
      option(teams, '', 'Elija su equipo');
      for (var t = 0; t < state.teams.length; t++) option(teams, state.teams[t].id, state.teams[t].name);
      if (load('team')) teams.value = String(load('team'));
    }
    var categories = form.categories || [];
    show('categoryBox', categories.length > 0);
    $('categoryLabel').textContent = form.categoryLabel || 'Pregunta';
    var category = $('category');
    clear(category);
    for (var c = 0; c < categories.length; c++) option(category, c, categories[c]);
    var fields = $('fields');
    clear(fields);
    var draft = load(draftKey()) || {};
    for (var f = 0; f < form.fields.length; f++) {
      var label = document.createElement('label');
      label.textContent = form.fields[f].label;
      label.htmlFor = 'field-' + form.fields[f].key;
      var area = document.createElement('textarea');
      area.id = 'field-' + form.fields[f].key;
      area.name = form.fields[f].key;
      area.maxLength = 2000;
      area.value = draft[form.fields[f].key] || '';
      area.oninput = saveDraft;
      fields.appendChild(label);
      fields.appendChild(area);
    }
  }

  function render() {
    $('session').textContent = state.session || '';
    show('change', !!me);
    if (!me) {
      $('heading').textContent = 'Bienvenida, bienvenido';
      show('join', true); show('form', false); show('follow', false);
      if (!$('school').options.length) renderJoin();
      return;
    }
    show('join', false);
    var form = state.form;
    $('heading').textContent = form ? form.title : 'Consejo Técnico Escolar';
    show('form', !!form);
    show('follow', !form);
    if (form) renderForm(form);
    updatePending();
  }

  function updatePending() {
    $('pending').textContent = outbox.length ?
      outbox.length + (outbox.length === 1 ? ' envío' : ' envíos') + ' por confirmar: se enviarán al volver la conexión.' : '';
  }

  function flush() {
    if (sending || !outbox.length) return;
    sending = true;
    var item = outbox[0];
    request('POST', 'api/submit', item, function (status, data) {
      sending = false;
      if (status === 200) {
        outbox.shift();
        save('outbox', outbox);
        setStatus('Recibido ✓', 'ok');
        updatePending();
        flush();
      } else if (status === 0 || status === 429 || status === 503) {
        setStatus('Sin conexión por ahora: se enviará solo.', 'error');
        updatePending();
        setTimeout(flush, 5000);
      } else {
        // Refused for good (the activity closed, a field too long): the text comes back to the
        // form when it is the same, and the reason is said.
        outbox.shift();
        save('outbox', outbox);
        var draft = {};
        for (var key in item) if (typeof item[key] === 'string') draft[key] = item[key];
        save('draft:' + item.activity + '/' + item.kind, draft);
        if (formKey === item.activity + '/' + item.kind) { formKey = ''; if (state && state.form) renderForm(state.form); }
        setStatus((data && data.error) || 'No se pudo enviar.', 'error');
        updatePending();
        flush();
      }
    });
  }

  function send() {
    var form = state && state.form;
    if (!form) return;
    var item = {
      device: device, clientId: randomId(), activity: form.activity, kind: form.kind,
      participant: me.participant || 0, school: me.school || 0, name: me.name || ''
    };
    var written = false;
    var inputs = $('fields').getElementsByTagName('textarea');
    for (var i = 0; i < inputs.length; i++) {
      item[inputs[i].name] = inputs[i].value.trim();
      written = written || item[inputs[i].name] !== '';
    }
    if (!written) { setStatus('Escriba algo antes de enviar.', 'error'); return; }
    if (form.team) {
      if (!$('team').value) { setStatus('Elija su equipo.', 'error'); return; }
      item.team = Number($('team').value);
      save('team', item.team);
    }
    if ((form.categories || []).length) item.category = Number($('category').value);
    outbox.push(item);
    save('outbox', outbox);
    for (var j = 0; j < inputs.length; j++) inputs[j].value = '';
    save(draftKey(), {});
    setStatus('Enviando…', '');
    updatePending();
    flush();
  }

  function join() {
    var school = Number($('school').value);
    var person = $('person').value;
    if (!school) { setStatus('Elija su escuela.', 'error'); return; }
    if (person === 'typed') {
      var typed = $('typedName').value.trim();
      if (!typed) { setStatus('Escriba su nombre.', 'error'); return; }
      me = { participant: 0, school: school, name: typed };
    } else if (person) {
      me = { participant: Number(person), school: school, name: '' };
    } else {
      setStatus('Elija su nombre.', 'error');
      return;
    }
    save('me', me);
    setStatus('', '');
    render();
  }

  function refresh() {
    request('GET', 'api/state', null, function (status, data) {
      if (status === 200 && data) {
        state = data;
        if ($('status').className === 'error' && !outbox.length) setStatus('', '');
        render();
      } else if (status === 403) {
        setStatus((data && data.error) || 'Este código ya no es válido.', 'error');
      } else if (!state) {
        setStatus('Sin conexión con la computadora de la sesión.', 'error');
      }
    });
  }

  $('school').onchange = fillPeople;
  $('person').onchange = function () { show('typedBox', $('person').value === 'typed'); };
  $('joinButton').onclick = join;
  $('send').onclick = send;
  $('change').onclick = function () { me = null; save('me', null); formKey = ''; render(); };
  window.addEventListener('online', flush);
  refresh();
  setInterval(refresh, 4000);
  setInterval(flush, 10000);
  flush();
})();
