// The form in the browser: draws the form model the server sends, keeps the application as data,
// and after every change asks the server to check it (the server runs modelplan check's engine;
// no rule is decided here). Findings are shown at the field the server names.
(function () {
  'use strict';
  const state = JSON.parse(document.getElementById('state').textContent);
  const ui = state.ui;
  const model = state.model;
  let data = state.data;
  // The version of the saved state this page continues; the server refuses a save from an older one.
  let version = state.version;
  const app = document.getElementById('app');
  const PLACEHOLDER = /^<(?:VUL IN|FILL IN)(?::\s*([^>]*))?>$/;
  let sequence = 0;
  let fieldIds = 0;

  const say = (text, args) => text.replace(/\{(\w+)\}/g, (whole, key) => (args && key in args ? String(args[key]) : whole));
  const el = (tag, attrs, children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children || []) if (child) node.append(child);
    return node;
  };
  const pointerOf = (segments) => segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
  const isRecord = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  const placeholderHint = (v) => {
    if (typeof v !== 'string') return undefined;
    const match = PLACEHOLDER.exec(v.trim());
    return match ? match[1] || '' : undefined;
  };

  function getAt(segments) {
    let value = data;
    for (const s of segments) value = value === null || typeof value !== 'object' ? undefined : value[s];
    return value;
  }

  // Sets a value (undefined removes it); objects on the way are created, and an optional object
  // that becomes empty is removed again.
  function setAt(segments, value, nodes) {
    let parent = data;
    for (let i = 0; i < segments.length - 1; i++) {
      if (!isRecord(parent[segments[i]]) && !Array.isArray(parent[segments[i]])) parent[segments[i]] = {};
      parent = parent[segments[i]];
    }
    const last = segments[segments.length - 1];
    if (value === undefined) delete parent[last];
    else parent[last] = value;
    for (let depth = segments.length - 1; depth > 0; depth--) {
      const holder = getAt(segments.slice(0, depth));
      const node = nodes[depth];
      if (isRecord(holder) && Object.keys(holder).length === 0 && node && !node.required && nodes[depth - 1].type === 'object') {
        delete getAt(segments.slice(0, depth - 1))[segments[depth - 1]];
      } else break;
    }
  }

  function fieldBox(node, segments, control, id) {
    const pointer = pointerOf(segments);
    const helpId = id + '-help';
    // A fixed value needs no hint on how to type it.
    const hint = node.type === 'const' ? undefined : node.expected;
    const findingsId = id + '-findings';
    const described = [node.help || hint ? helpId : null, findingsId].filter(Boolean).join(' ');
    control.setAttribute('aria-describedby', described);
    const label = el('label', { for: id }, [node.label, node.required ? el('span', { class: 'required', text: ' (' + ui.required + ')' }) : null]);
    const help = node.help || hint ? el('p', { class: 'help', id: helpId, text: [node.help, hint].filter(Boolean).join(' · ') }) : null;
    return el('div', { class: 'field', 'data-pointer': pointer }, [label, control, help, norms(node), el('ul', { class: 'findings', id: findingsId })]);
  }

  function norms(node) {
    if (!node.norms || node.norms.length === 0) return null;
    return el('div', { class: 'norms' }, [el('p', { class: 'norms-title', text: ui.norms }), el('ul', {}, node.norms.map((n) => el('li', { text: n })))]);
  }

  function renderLeaf(node, segments, nodes) {
    const id = 'f' + ++fieldIds;
    const value = getAt(segments);
    const hint = placeholderHint(value);
    const common = { id, name: pointerOf(segments) };
    let control;
    const onChange = (v) => {
      setAt(segments, v, nodes);
      scheduleCheck();
    };
    if (node.type === 'const') {
      control = el('input', { ...common, type: 'text', readonly: true, value: node.fixed });
      if (value !== node.fixed) setAt(segments, node.fixed, nodes);
    } else if (node.type === 'select' || node.type === 'boolean') {
      const options = node.type === 'boolean' ? [{ value: 'true', label: ui.yes }, { value: 'false', label: ui.no }] : node.options;
      const current = value === undefined || hint !== undefined ? '' : String(value);
      const list = [{ value: '', label: hint || ui.choose }, ...options];
      if (current !== '' && !options.some((o) => o.value === current)) list.push({ value: current, label: current });
      control = el('select', common, list.map((o) => el('option', { value: o.value, selected: o.value === current, text: o.label })));
      control.addEventListener('change', () => {
        const v = control.value;
        if (v === '') onChange(hint !== undefined ? value : undefined);
        else onChange(node.type === 'boolean' ? v === 'true' : v);
      });
    } else {
      const type = node.type === 'integer' || node.type === 'number' ? 'number' : node.type === 'date' ? 'date' : node.type === 'email' ? 'email' : 'text';
      const attrs = { ...common, type, placeholder: hint };
      if (type === 'number') {
        attrs.step = node.type === 'integer' ? '1' : 'any';
        attrs.inputmode = node.type === 'integer' ? 'numeric' : 'decimal';
        if (node.min !== undefined) attrs.min = node.min;
        if (node.max !== undefined) attrs.max = node.max;
      }
      if (node.maxLength !== undefined && type === 'text') attrs.maxlength = node.maxLength;
      const shown = hint !== undefined || value === undefined || value === null || typeof value === 'object' ? '' : String(value);
      control = el('input', attrs);
      control.value = shown;
      control.addEventListener('input', () => {
        const raw = control.value;
        if (raw === '') return onChange(hint !== undefined ? value : undefined);
        if (type === 'number') {
          const n = Number(raw);
          // A half-typed number ("1e") is not sent; the browser holds it until it is one.
          if (raw.trim() === '' || !Number.isFinite(n)) return;
          return onChange(n);
        }
        onChange(raw);
      });
    }
    return fieldBox(node, segments, control, id);
  }

  function renderGroup(node, segments, nodes, heading) {
    const pointer = pointerOf(segments);
    const id = 'f' + ++fieldIds;
    const findingsId = id + '-findings';
    const legend = el('legend', { text: heading || node.label });
    const box = el('fieldset', { class: node.type === 'array' ? 'list' : 'group', 'data-pointer': pointer, 'aria-describedby': findingsId }, [legend]);
    if (node.help) box.append(el('p', { class: 'help', text: node.help }));
    const n = norms(node);
    if (n) box.append(n);
    box.append(el('ul', { class: 'findings', id: findingsId }));
    if (node.type === 'object') {
      for (const child of node.children) box.append(render(child, [...segments, child.key], [...nodes, child]));
    } else {
      const items = Array.isArray(getAt(segments)) ? getAt(segments) : [];
      items.forEach((_item, index) => {
        const itemSegments = [...segments, index];
        const itemBox = render(node.item, itemSegments, [...nodes, node.item], node.item.label + ' ' + (index + 1));
        const remove = el('button', { type: 'button', class: 'remove', text: say(ui.remove, { label: node.item.label, n: index + 1 }) });
        remove.addEventListener('click', () => {
          getAt(segments).splice(index, 1);
          redraw();
          scheduleCheck();
        });
        itemBox.append(remove);
        box.append(itemBox);
      });
      const add = el('button', { type: 'button', class: 'add', text: say(ui.add, { label: node.item.label }) });
      add.addEventListener('click', () => {
        if (!Array.isArray(getAt(segments))) setAt(segments, [], nodes);
        getAt(segments).push(node.item.type === 'object' ? {} : node.item.type === 'array' ? [] : '');
        redraw();
        scheduleCheck();
        const boxes = app.querySelectorAll(`fieldset[data-pointer="${pointer}"] > fieldset`);
        const first = boxes[boxes.length - 1] && boxes[boxes.length - 1].querySelector('input, select');
        if (first) first.focus();
      });
      box.append(add);
    }
    return box;
  }

  function render(node, segments, nodes, heading) {
    if (node.type === 'object' || node.type === 'array') return renderGroup(node, segments, nodes, heading);
    return renderLeaf(node, segments, nodes);
  }

  const statusBox = el('section', { class: 'status', 'aria-labelledby': 'status-title' });
  const saveStatus = el('p', { class: 'save-status', role: 'status', 'aria-live': 'polite' });
  const summaryLine = el('p', { class: 'summary-line' });
  const formBox = el('form', { novalidate: true, 'data-pointer': '' });
  formBox.addEventListener('submit', (event) => event.preventDefault());

  function redraw() {
    fieldIds = 0;
    formBox.replaceChildren(...model.children.map((child) => render(child, [child.key], [model, child])));
    if (lastResult) showFindings(lastResult);
  }

  let lastResult;
  function showStatus(body) {
    const result = body.result;
    const review = result.review;
    const counts = { errors: 0, warnings: 0, infos: 0 };
    for (const f of result.findings) counts[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
    const locale = state.lang === 'nl' ? 'nl-NL' : 'en-GB';
    const euro = (n) => '€ ' + new Intl.NumberFormat(locale).format(n);
    // One decimal with the language's decimal mark, as in the text output (115,0 in Dutch).
    const decimal = (n) => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(n);
    const rows = [
      [ui.decision, review ? ui.decisions[review.decision] : ui.none, 'decision'],
      [ui.score, result.score ? decimal(result.score.total) : ui.none, 'score'],
      [ui.total, result.aanvraag ? euro(result.aanvraag.totaal) : ui.none, 'total'],
      [ui.perFte, result.score && result.score.euroPerFte !== null ? euro(result.score.euroPerFte) : ui.none, 'per-fte'],
    ];
    const list = el('dl', {}, rows.flatMap(([term, value, key]) => [el('dt', { text: term }), el('dd', { 'data-status': key, text: value })]));
    // The reasons of an invalid application are its errors, each shown at its field too: folded.
    const reasons = review && review.reasons.length
      ? el('details', { class: 'reasons', open: review.decision !== 'ongeldig' }, [
          el('summary', { text: say(ui.reasons, { n: review.reasons.length }) }),
          el('ul', {}, review.reasons.map((r) => el('li', {}, [el('code', { text: r.ruleId }), ' ', r.message]))),
        ])
      : null;
    const countsText = say(ui.counts, counts);
    statusBox.replaceChildren(el('h2', { id: 'status-title', text: ui.status }), list, el('p', { 'data-status': 'counts', text: countsText }), reasons || '');
    statusBox.dataset.decision = review ? review.decision : '';
    statusBox.dataset.sequence = String(body.sequence || 0);
    summaryLine.textContent = (review ? ui.decision + ': ' + ui.decisions[review.decision] + ' · ' : '') + countsText;
  }

  function showFindings(body) {
    lastResult = body;
    for (const list of app.querySelectorAll('ul.findings')) list.replaceChildren();
    const documentList = document.getElementById('document-findings');
    for (const control of app.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
    for (const f of body.result.findings) {
      let holder = app.querySelector(`[data-pointer="${CSS.escape(f.field)}"]`);
      if (!holder) holder = formBox;
      let list = holder.querySelector(':scope > ul.findings');
      if (!list) list = documentList;
      list.append(el('li', { class: 'finding ' + f.severity, 'data-rule': f.ruleId, 'data-pointer': f.pointer }, [el('span', { class: 'severity', text: ui.severities[f.severity] }), ' ', el('code', { text: f.ruleId }), ' ', f.message]));
      if (f.severity === 'error') {
        const control = holder.querySelector(':scope > input, :scope > select');
        if (control) control.setAttribute('aria-invalid', 'true');
      }
    }
    documentSection.hidden = documentList.children.length === 0;
  }

  let pending;
  let inFlight = false;
  // One check at a time: a change during a check is checked right after it, with the newest data.
  function scheduleCheck() {
    pending = true;
    if (!inFlight) runCheck();
  }
  async function runCheck() {
    inFlight = true;
    while (pending) {
      pending = false;
      const mine = ++sequence;
      try {
        const body = await post('/api/check', { data });
        body.sequence = mine;
        showStatus(body);
        showFindings(body);
      } catch (error) {
        saveStatus.textContent = say(ui.checkFailed, { error: error.message });
      }
    }
    inFlight = false;
    app.dataset.checked = String(sequence);
  }

  async function post(path, body) {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Modelplan-Token': state.token },
      body: JSON.stringify(body),
    });
    const json = await response.json();
    // 409: the save did not happen and the answer says why (another tab, an outside edit, read-only).
    if (!response.ok && response.status !== 409) {
      throw new Error(json.error || String(response.status));
    }
    return json;
  }

  async function save(overwrite) {
    try {
      const body = await post('/api/save', overwrite ? { data, version, overwrite: true } : { data, version });
      if (!body.saved) {
        // Only an outside edit may be overwritten, after asking; another tab's save never is.
        if (body.canOverwrite && !overwrite && window.confirm(body.message + ' ' + ui.confirmOverwrite)) return save(true);
        saveStatus.textContent = body.canOverwrite ? ui.notSaved : body.message;
        saveStatus.dataset.saved = body.conflict === 'stale' ? 'stale' : body.canOverwrite ? 'declined' : 'refused';
        return;
      }
      version = body.version;
      showStatus(body);
      showFindings(body);
      const decision = body.result.review ? ui.decisions[body.result.review.decision] : ui.none;
      saveStatus.textContent = say(ui.saved, { file: body.file, decision });
      saveStatus.dataset.saved = body.result.review ? body.result.review.decision : 'saved';
    } catch (error) {
      saveStatus.textContent = say(ui.saveFailed, { error: error.message });
      saveStatus.dataset.saved = 'failed';
    }
  }

  const documentSection = el('section', { class: 'document-findings', 'aria-labelledby': 'document-findings-title' }, [
    el('h2', { id: 'document-findings-title', text: ui.otherFindings }),
    el('ul', { class: 'findings', id: 'document-findings' }),
  ]);
  const saveButton = el('button', { type: 'button', class: 'save', text: ui.save });
  saveButton.addEventListener('click', () => save(false));
  app.replaceChildren(
    el('h1', { text: document.title }),
    el('p', { class: 'intro', text: say(ui.intro, { file: state.file }) }),
    statusBox,
    documentSection,
    formBox,
    el('div', { class: 'actions' }, [saveButton, summaryLine, saveStatus]),
  );
  redraw();
  showStatus(state.initial);
  showFindings(state.initial);
  app.dataset.checked = '0';
  app.dataset.ready = 'true';
})();
