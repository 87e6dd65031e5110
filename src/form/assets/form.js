// The form in the browser: a guided service in steps (NL Design System and GOV.UK patterns). It
// draws the form model the server sends, keeps the application as data, and after every change
// asks the server to check it (the server runs modelplan check's engine; no rule is decided here).
// Amounts, fte and years are sent as the text typed, so check's as-typed reader judges them.
// Findings are shown at the field the server names, in the applicant's words; the rule id only in
// a details element for assessors. A draft is kept in the browser's storage.
(function () {
  'use strict';
  const state = JSON.parse(document.getElementById('state').textContent);
  const ui = state.ui;
  const model = state.model;
  const steps = state.steps;
  // The version of the saved state this page continues; the server refuses a save from an older one.
  let version = state.version;
  const app = document.getElementById('app');
  const PLACEHOLDER = /^<\s*(?:VUL IN|FILL IN)(?:\s*:\s*([^>]*?))?\s*>$/i;
  const NUMERIC = { integer: true, number: true };
  const initialJson = JSON.stringify(state.data);
  const storageKey = 'modelplan-formulier:' + state.file;
  let data = JSON.parse(initialJson);
  let savedJson = initialJson;
  let current = 0;
  let sequence = 0;
  let lastBody;
  let lastYaml = { json: '', text: '' };

  const say = (text, args) => text.replace(/\{(\w+)\}/g, (whole, key) => (args && key in args ? String(args[key]) : whole));
  const el = (tag, attrs, children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children || []) if (child !== null && child !== undefined && child !== '') node.append(child);
    return node;
  };
  const pointerOf = (segments) => segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
  const idOf = (pointer) => 'veld' + pointer.replace(/[^A-Za-z0-9]/g, (c) => '_' + c.charCodeAt(0).toString(16) + '_');
  const isRecord = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  const placeholderHint = (v) => {
    if (typeof v !== 'string') return undefined;
    const match = PLACEHOLDER.exec(v.trim());
    return match ? match[1] || '' : undefined;
  };
  const locale = state.lang === 'nl' ? 'nl-NL' : 'en-GB';
  const euro = (n) => '€ ' + new Intl.NumberFormat(locale).format(n);
  const decimal = (n) => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(n);

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

  // Values the modelplan fixes are written into the data and shown as text; an optional field
  // that still holds the skeleton's placeholder is left empty (it may stay empty).
  function settle(node, segments, nodes) {
    const value = getAt(segments);
    if (node.type === 'const') {
      if (value !== node.fixed) setAt(segments, node.fixed, nodes);
      return;
    }
    if (!node.required && placeholderHint(value) !== undefined && node.type !== 'object' && node.type !== 'array') {
      setAt(segments, undefined, nodes);
      return;
    }
    if (node.type === 'object' && isRecord(value)) for (const child of node.children) settle(child, [...segments, child.key], [...nodes, child]);
    if (node.type === 'array' && Array.isArray(value)) value.forEach((_v, i) => settle(node.item, [...segments, i], [...nodes, node.item]));
  }

  // ---- Draft in the browser's storage -------------------------------------------------------
  function baseHash() {
    let h = 5381;
    for (let i = 0; i < initialJson.length; i++) h = ((h << 5) + h + initialJson.charCodeAt(i)) | 0;
    return String(h >>> 0);
  }
  function storeDraft() {
    try {
      if (JSON.stringify(data) === savedJson) localStorage.removeItem(storageKey);
      else localStorage.setItem(storageKey, JSON.stringify({ base: baseHash(), at: new Date().toISOString(), step: current, data }));
    } catch {
      // Storage full or off: the form works on, without a draft.
    }
  }
  function readDraft() {
    try {
      const draft = JSON.parse(localStorage.getItem(storageKey) || 'null');
      // A draft of another version of the file is not put over it.
      return draft && draft.base === baseHash() && isRecord(draft.data) ? draft : undefined;
    } catch {
      return undefined;
    }
  }
  const dirty = () => JSON.stringify(data) !== savedJson;
  window.addEventListener('beforeunload', (event) => {
    if (!dirty()) return;
    event.preventDefault();
    event.returnValue = '';
  });

  // ---- Fields ----------------------------------------------------------------------------------
  function fieldBox(node, segments, control, id, extra) {
    const pointer = pointerOf(segments);
    const helpId = id + '-help';
    const hint = node.expected;
    const findingsId = id + '-findings';
    const texts = [node.help, hint].filter(Boolean);
    control.setAttribute('aria-describedby', [texts.length ? helpId : null, findingsId].filter(Boolean).join(' '));
    const label = el('label', { for: id, class: 'utrecht-form-label' }, [node.label, node.required ? null : el('span', { class: 'optional', text: ' ' + ui.optional })]);
    const help = texts.length ? el('div', { class: 'utrecht-form-field-description', id: helpId, text: texts.join(' · ') }) : null;
    return el('div', { class: 'utrecht-form-field field', 'data-pointer': pointer }, [label, help, el('ul', { class: 'findings', id: findingsId }), control, extra, norms(node)]);
  }

  function norms(node) {
    if (!node.norms || node.norms.length === 0) return null;
    return el('div', { class: 'norms' }, [el('p', { class: 'norms-title', text: ui.norms }), el('ul', {}, node.norms.map((n) => el('li', { text: n })))]);
  }

  function memberOptions() {
    const leden = getAt(['aanvrager', 'leden']);
    if (!Array.isArray(leden)) return [];
    return leden
      .map((lid) => {
        if (!isRecord(lid)) return undefined;
        const code = [lid.agb, lid.kvk, lid.gemeentecode, lid.uzovi].find((c) => typeof c === 'string' && c !== '' && placeholderHint(c) === undefined);
        if (!code) return undefined;
        const naam = typeof lid.naam === 'string' && placeholderHint(lid.naam) === undefined ? lid.naam : code;
        return { value: code, label: naam + ' (' + code + ')' };
      })
      .filter(Boolean);
  }

  function renderLeaf(node, segments, nodes) {
    const pointer = pointerOf(segments);
    const id = idOf(pointer);
    const value = getAt(segments);
    const hint = placeholderHint(value);
    const common = { id, name: pointer, class: '' };
    const onChange = (v) => {
      setAt(segments, v, nodes);
      changed();
    };
    if (node.type === 'const') {
      return el('div', { class: 'field fixed-field', 'data-pointer': pointer }, [el('p', { class: 'utrecht-paragraph' }, [el('strong', { text: node.label + ': ' }), String(node.fixed)])]);
    }
    let control;
    if (node.type === 'select' || node.type === 'boolean' || node.choicesFrom) {
      const options = node.type === 'boolean' ? [{ value: 'true', label: ui.yes }, { value: 'false', label: ui.no }] : node.choicesFrom === 'leden' ? memberOptions() : node.options;
      const current = value === undefined || hint !== undefined ? '' : String(value);
      const list = [{ value: '', label: node.choicesFrom && options.length === 0 ? ui.noMembers : ui.choose }, ...options];
      if (current !== '' && !options.some((o) => o.value === current)) list.push({ value: current, label: current });
      control = el('select', { ...common, class: 'utrecht-select utrecht-select--html-select' }, list.map((o) => el('option', { value: o.value, selected: o.value === current, text: o.label })));
      control.addEventListener('change', () => {
        const v = control.value;
        const option = options.find((o) => o.value === v);
        if (option && option.fill) {
          for (const [key, filled] of Object.entries(option.fill)) {
            const sibling = [...segments.slice(0, -1), key];
            setAt(sibling, filled, nodes);
            const other = document.getElementById(idOf(pointerOf(sibling)));
            if (other) other.value = filled;
          }
        }
        if (v === '') onChange(hint !== undefined ? value : undefined);
        else onChange(node.type === 'boolean' ? v === 'true' : v);
      });
    } else {
      const numeric = NUMERIC[node.type];
      const shown = hint !== undefined || value === undefined || value === null || typeof value === 'object' ? '' : String(value);
      if (node.multiline) {
        control = el('textarea', { ...common, class: 'utrecht-textarea utrecht-textarea--html-textarea', rows: 5, maxlength: node.maxLength, placeholder: hint || undefined });
      } else {
        const type = node.type === 'date' ? 'date' : node.type === 'email' ? 'email' : 'text';
        control = el('input', {
          ...common,
          class: 'utrecht-textbox utrecht-textbox--html-input',
          type,
          placeholder: hint || undefined,
          // Numbers are typed as text: check reads what was typed, the browser never rounds it.
          inputmode: numeric ? (node.type === 'integer' ? 'numeric' : 'decimal') : undefined,
          autocomplete: node.type === 'email' ? 'email' : 'off',
          spellcheck: numeric ? 'false' : undefined,
          maxlength: type === 'text' && !numeric ? node.maxLength : undefined,
        });
      }
      control.value = shown;
      control.addEventListener('input', () => {
        const raw = control.value;
        if (raw === '') return onChange(undefined);
        onChange(raw);
      });
    }
    return fieldBox(node, segments, control, id);
  }

  function removable(node, items, index) {
    const item = items[index];
    if (node.mandatoryIds && isRecord(item) && node.mandatoryIds.includes(item.id)) return false;
    return items.length > (node.minItems || 0);
  }

  function renderGroup(node, segments, nodes, heading) {
    const pointer = pointerOf(segments);
    const id = idOf(pointer);
    const findingsId = id + '-findings';
    const box = el('fieldset', { class: 'utrecht-form-fieldset ' + (node.type === 'array' ? 'list' : 'group'), 'data-pointer': pointer, 'aria-describedby': findingsId, id }, [
      el('legend', { class: 'utrecht-form-fieldset__legend', text: heading || node.label }),
    ]);
    if (node.help) box.append(el('div', { class: 'utrecht-form-field-description', text: node.help }));
    const n = norms(node);
    if (n) box.append(n);
    box.append(el('ul', { class: 'findings', id: findingsId }));
    if (node.type === 'object') {
      for (const child of node.children) box.append(render(child, [...segments, child.key], [...nodes, child]));
      return box;
    }
    const items = Array.isArray(getAt(segments)) ? getAt(segments) : [];
    items.forEach((_item, index) => {
      const itemSegments = [...segments, index];
      const itemBox = render(node.item, itemSegments, [...nodes, node.item], node.item.label + ' ' + (index + 1));
      if (removable(node, items, index)) {
        const remove = el('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action remove', text: say(ui.remove, { label: node.item.label, n: index + 1 }) });
        remove.addEventListener('click', () => {
          getAt(segments).splice(index, 1);
          changed();
          drawStep();
          announceAction(say(ui.removed, { label: node.item.label, n: index + 1 }));
          // Focus: the item that took its place, else the one before, else the add button.
          const boxes = app.querySelectorAll(`fieldset[data-pointer="${CSS.escape(pointer)}"] > fieldset`);
          const target = boxes[index] || boxes[index - 1];
          const focusable = target ? target.querySelector('input, select, textarea, button') : app.querySelector(`fieldset[data-pointer="${CSS.escape(pointer)}"] > button.add`);
          if (focusable) focusable.focus();
        });
        itemBox.append(remove);
      }
      box.append(itemBox);
    });
    const add = el('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action add', text: say(ui.add, { label: node.item.label }) });
    add.addEventListener('click', () => {
      if (!Array.isArray(getAt(segments))) setAt(segments, [], nodes);
      getAt(segments).push(node.item.type === 'object' ? {} : node.item.type === 'array' ? [] : '');
      changed();
      drawStep();
      const boxes = app.querySelectorAll(`fieldset[data-pointer="${CSS.escape(pointer)}"] > fieldset`);
      const first = boxes[boxes.length - 1] && boxes[boxes.length - 1].querySelector('input, select, textarea');
      if (first) first.focus();
    });
    box.append(add);
    return box;
  }

  function render(node, segments, nodes, heading) {
    if (node.type === 'object' || node.type === 'array') return renderGroup(node, segments, nodes, heading);
    return renderLeaf(node, segments, nodes);
  }

  const childOf = (key) => model.children.find((c) => c.key === key);

  // ---- Findings --------------------------------------------------------------------------------
  const stepOfKey = {};
  steps.forEach((step, index) => step.keys.forEach((key) => (stepOfKey[key] = index)));
  function stepOfFinding(f) {
    const key = f.field.split('/')[1];
    const decoded = key === undefined ? undefined : key.replace(/~1/g, '/').replace(/~0/g, '~');
    return decoded !== undefined && decoded in stepOfKey ? stepOfKey[decoded] : -1;
  }
  // check's findings, and while the schema does not hold the rules' preliminary ones (src/form/partial.ts).
  const findings = () => (lastBody ? [...lastBody.result.findings, ...(lastBody.partial || []).map((f) => ({ ...f, partial: true }))] : []);

  // The text with its place in front, unless the text already starts with it.
  const placed = (f) => (f.text.startsWith(f.place) ? f.text : f.place + ': ' + f.text);

  function findingItem(f, withPlace) {
    const severity = ui.severities[f.severity];
    const label = severity.charAt(0).toUpperCase() + severity.slice(1) + (f.partial ? ' (' + ui.partial + ')' : '') + ': ';
    const parts = [el('strong', { class: 'severity', text: label, title: f.partial ? ui.partialHelp : undefined }), withPlace ? placed(f) : f.text];
    const li = el('li', { class: 'finding ' + f.severity + (f.partial ? ' partial' : ''), 'data-rule': f.ruleId, 'data-pointer': f.pointer }, parts);
    const fix = fixValue(f);
    if (fix !== undefined && !withPlace) {
      const button = el('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action fix', text: say(ui.fix, { value: fix }) });
      button.addEventListener('click', () => {
        const control = document.getElementById(idOf(f.field));
        if (!control) return;
        control.value = fix;
        control.dispatchEvent(new Event('input', { bubbles: true }));
        control.focus();
      });
      li.append(' ', button);
    }
    li.append(el('details', { class: 'assessors' }, [el('summary', { text: ui.assessors }), el('code', { text: say(ui.rule, { rule: f.ruleId }) })]));
    return li;
  }

  // check's repair of a value, when it replaces exactly this field's value (bedrag-notatie: 300000).
  function fixValue(f) {
    if (!f.fix || f.field !== f.pointer || typeof f.fix.replacement !== 'string') return undefined;
    const text = f.fix.replacement;
    if (text.startsWith('"')) {
      try {
        return String(JSON.parse(text));
      } catch {
        return undefined;
      }
    }
    return text;
  }

  function showFindings() {
    for (const list of app.querySelectorAll('ul.findings')) list.replaceChildren();
    for (const box of app.querySelectorAll('.utrecht-form-field--invalid')) box.classList.remove('utrecht-form-field--invalid');
    for (const control of app.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
    const whole = [];
    for (const f of findings()) {
      const holder = app.querySelector(`#step [data-pointer="${CSS.escape(f.field)}"]`);
      const list = holder && holder.querySelector(':scope > ul.findings');
      if (stepOfFinding(f) === -1) whole.push(f);
      if (!list) continue;
      list.append(findingItem(f, false));
      if (f.severity === 'error' && !f.partial) {
        holder.classList.add('utrecht-form-field--invalid');
        const control = holder.querySelector(':scope > input, :scope > select, :scope > textarea');
        if (control) control.setAttribute('aria-invalid', 'true');
      }
    }
    documentList.replaceChildren(...whole.map((f) => findingItem(f, true)));
    documentSection.hidden = whole.length === 0;
    drawErrorSummary();
    drawStepNav();
    if (current === steps.length) drawCheckPage();
  }

  // The problems of this step at its top, each a link to its field (GOV.UK error summary).
  function drawErrorSummary() {
    const box = document.getElementById('error-summary');
    if (!box) return;
    const here = findings().filter((f) => f.severity !== 'info' && stepOfFinding(f) === current);
    box.hidden = here.length === 0;
    box.replaceChildren(
      el('h3', { id: 'error-summary-title', class: 'utrecht-heading-3', text: ui.problems }),
      el('ul', {}, here.map((f) => el('li', {}, [link(placed(f), f.field)]))),
    );
  }

  function link(text, pointer) {
    const a = el('a', { class: 'utrecht-link', href: '#' + idOf(pointer), text });
    a.addEventListener('click', (event) => {
      event.preventDefault();
      const target = document.getElementById(idOf(pointer));
      if (!target) return;
      const control = target.matches('input, select, textarea') ? target : target.querySelector('input, select, textarea');
      (control || target).focus();
    });
    return a;
  }

  // ---- Status ------------------------------------------------------------------------------------
  const statusBox = el('section', { class: 'status', 'aria-labelledby': 'status-title' });
  const liveLine = el('p', { class: 'live', role: 'status', 'aria-live': 'polite' });
  const saveStatus = el('p', { class: 'save-status', role: 'status', 'aria-live': 'polite' });
  // What a button did (an item removed) has its own live region, so the next check does not talk over it.
  const actionLine = el('p', { class: 'live action', role: 'status', 'aria-live': 'polite' });
  const announce = (text) => (liveLine.textContent = text);
  const announceAction = (text) => (actionLine.textContent = text);

  function showStatus(body) {
    const result = body.result;
    const review = result.review;
    const counts = { errors: 0, warnings: 0, infos: 0 };
    for (const f of result.findings) counts[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
    const preview = body.preview;
    const rows = [
      [ui.decision, review ? ui.decisions[review.decision] : ui.none, 'decision'],
      [ui.score, result.score ? decimal(result.score.total) : ui.none, 'score'],
      [ui.total, euro(preview.total) + (preview.waiting ? ' (' + say(ui.waiting, { n: preview.waiting }) + ')' : ''), 'total'],
      [ui.bovengrens, preview.bovengrens !== undefined ? euro(preview.bovengrens) : ui.none, 'bovengrens'],
      [ui.perFte, result.score && result.score.euroPerFte !== null ? euro(result.score.euroPerFte) : ui.none, 'per-fte'],
    ];
    const list = el('dl', { class: 'utrecht-data-list' }, rows.flatMap(([term, value, key]) => [el('dt', { text: term }), el('dd', { 'data-status': key, text: value })]));
    const shares = preview.categories.length
      ? el('details', { class: 'shares' }, [
          el('summary', { text: ui.shares }),
          el('ul', {}, preview.categories.map((c) => el('li', { 'data-category': c.id, text: c.titel + ': ' + euro(c.bedrag) + ' (' + decimal(c.aandeel) + '%)' }))),
        ])
      : null;
    const reasons = review && review.reasons.length && review.decision !== 'ongeldig'
      ? el('details', { class: 'reasons', open: true }, [
          el('summary', { text: say(ui.reasons, { n: review.reasons.length }) }),
          el('ul', {}, review.reasons.map((r) => {
            const f = result.findings.find((x) => x.ruleId === r.ruleId && x.pointer === r.pointer);
            return el('li', { 'data-rule': r.ruleId }, [f ? placed(f) : r.message]);
          })),
        ])
      : null;
    const countsText = say(ui.counts, counts);
    statusBox.replaceChildren(el('h2', { id: 'status-title', class: 'utrecht-heading-2', text: ui.status }), list, el('p', { 'data-status': 'counts', text: countsText }), shares, reasons);
    statusBox.dataset.decision = review ? review.decision : '';
    statusBox.dataset.sequence = String(body.sequence || 0);
    announce(say(ui.checked, { counts: (review ? ui.decisions[review.decision] + ', ' : '') + countsText }));
  }

  // ---- Checking and saving --------------------------------------------------------------------
  let pending = false;
  let inFlight = false;
  function changed() {
    storeDraft();
    pending = true;
    if (!inFlight) runCheck();
  }
  async function runCheck() {
    inFlight = true;
    while (pending) {
      pending = false;
      const mine = ++sequence;
      const sent = JSON.stringify(data);
      try {
        const body = await post('/api/check', { data });
        body.sequence = mine;
        lastBody = body;
        lastYaml = { json: sent, text: body.yaml };
        offline(false);
        showStatus(body);
        showFindings();
      } catch (error) {
        if (error.offline) offline(true);
        else announce(say(ui.checkFailed, { error: error.message }));
      }
    }
    inFlight = false;
    app.dataset.checked = String(sequence);
  }

  async function post(path, body) {
    let response;
    try {
      response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Modelplan-Token': state.token }, body: JSON.stringify(body) });
    } catch {
      const gone = new Error(ui.offline);
      gone.offline = true;
      throw gone;
    }
    const json = await response.json();
    // 409: the save did not happen and the answer says why (another tab, an outside edit, read-only).
    if (!response.ok && response.status !== 409) throw new Error(json.error || String(response.status));
    return json;
  }

  // The server is gone: say so plainly, and offer the application as a file.
  const offlineBox = el('div', { class: 'utrecht-alert utrecht-alert--error offline', role: 'alert', hidden: true });
  function offline(on) {
    if (!on) {
      offlineBox.hidden = true;
      return;
    }
    const button = el('button', { type: 'button', class: 'utrecht-button utrecht-button--primary-action download', text: ui.download });
    button.addEventListener('click', download);
    offlineBox.replaceChildren(el('p', { class: 'utrecht-paragraph', text: ui.offline }), button);
    offlineBox.hidden = false;
  }
  function download() {
    // The server's text of exactly this data when there is one (comments kept); else the data as
    // JSON, which is YAML too and which check reads the same.
    const text = lastYaml.json === JSON.stringify(data) ? lastYaml.text : '# ' + state.file + ' (concept uit modelplan formulier)\n' + JSON.stringify(data, null, 2) + '\n';
    const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
    const a = el('a', { href: url, download: state.file.split('/').pop() });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  async function save(overwrite) {
    try {
      const sent = JSON.stringify(data);
      const body = await post('/api/save', overwrite ? { data, version, overwrite: true } : { data, version });
      if (!body.saved) {
        // Only an outside edit may be overwritten, after asking; another tab's save never is.
        if (body.canOverwrite && !overwrite && window.confirm(body.message + ' ' + ui.confirmOverwrite)) return save(true);
        saveStatus.textContent = body.canOverwrite ? ui.notSaved : body.message;
        saveStatus.dataset.saved = body.conflict === 'stale' ? 'stale' : body.canOverwrite ? 'declined' : 'refused';
        return;
      }
      version = body.version;
      savedJson = sent;
      storeDraft();
      lastBody = body;
      showStatus(body);
      showFindings();
      const decision = body.result.review ? ui.decisions[body.result.review.decision] : ui.none;
      saveStatus.textContent = say(ui.saved, { file: body.file, decision });
      saveStatus.dataset.saved = body.result.review ? body.result.review.decision : 'saved';
    } catch (error) {
      if (error.offline) offline(true);
      saveStatus.textContent = say(ui.saveFailed, { error: error.message });
      saveStatus.dataset.saved = 'failed';
    }
  }

  // ---- Steps -----------------------------------------------------------------------------------
  const navBox = el('nav', { class: 'steps', 'aria-label': ui.steps });
  const stepBox = el('section', { id: 'step', 'aria-labelledby': 'step-title' });
  const documentList = el('ul', { class: 'findings', id: 'document-findings' });
  const documentSection = el('section', { class: 'document-findings', 'aria-labelledby': 'document-findings-title' }, [
    el('h2', { id: 'document-findings-title', class: 'utrecht-heading-2', text: ui.otherFindings }),
    documentList,
  ]);

  function drawStepNav() {
    const counts = steps.map(() => 0);
    for (const f of findings()) if (f.severity !== 'info' && stepOfFinding(f) >= 0) counts[stepOfFinding(f)]++;
    const titles = [...steps.map((s) => s.title), state.checkStep];
    navBox.replaceChildren(
      el('ol', {}, titles.map((title, index) => {
        const button = el('button', { type: 'button', class: 'step-link', 'aria-current': index === current ? 'step' : undefined, 'data-step': index }, [
          (index + 1) + '. ' + title,
          index < steps.length && counts[index] ? el('span', { class: 'step-count', text: ' (' + say(ui.problemsCount, { n: counts[index] }) + ')' }) : null,
        ]);
        button.addEventListener('click', () => go(index));
        return el('li', {}, [button]);
      })),
    );
  }

  function go(index) {
    current = Math.max(0, Math.min(steps.length, index));
    storeDraft();
    drawStep();
    const title = document.getElementById('step-title');
    if (title) title.focus();
  }

  function drawStep() {
    const total = steps.length + 1;
    const isCheck = current === steps.length;
    const title = isCheck ? state.checkStep : steps[current].title;
    const children = [
      el('p', { class: 'step-of', text: say(ui.stepOf, { n: current + 1, total }) }),
      el('h2', { id: 'step-title', class: 'utrecht-heading-2', tabindex: '-1', text: title }),
      el('div', { id: 'error-summary', class: 'utrecht-alert utrecht-alert--error error-summary', 'aria-labelledby': 'error-summary-title', hidden: true }),
    ];
    if (isCheck) {
      children.push(el('div', { id: 'check-page' }));
    } else {
      const form = el('form', { novalidate: true, 'data-step': steps[current].id });
      form.addEventListener('submit', (event) => event.preventDefault());
      for (const key of steps[current].keys) {
        const child = childOf(key);
        if (child) form.append(render(child, [key], [model, child]));
      }
      children.push(form);
    }
    const buttons = [];
    if (current > 0) {
      const back = el('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action previous', text: ui.previous });
      back.addEventListener('click', () => go(current - 1));
      buttons.push(back);
    }
    if (!isCheck) {
      const next = el('button', { type: 'button', class: 'utrecht-button utrecht-button--primary-action next', text: current === steps.length - 1 ? state.checkStep : ui.next });
      next.addEventListener('click', () => go(current + 1));
      buttons.push(next);
    } else {
      const saveButton = el('button', { type: 'button', class: 'utrecht-button utrecht-button--primary-action save', text: ui.save });
      saveButton.addEventListener('click', () => save(false));
      buttons.push(saveButton);
    }
    children.push(el('div', { class: 'utrecht-button-group actions' }, buttons), saveStatus);
    stepBox.replaceChildren(...children);
    showFindings();
  }

  // "Controleer uw aanvraag": every answer per step, with a way back to change it.
  function summaryRows(node, segments, label) {
    const value = getAt(segments);
    if (node.type === 'const') return [];
    if (node.type === 'object') return node.children.flatMap((c) => summaryRows(c, [...segments, c.key], label ? label + ' › ' + c.label : c.label));
    if (node.type === 'array') {
      const items = Array.isArray(value) ? value : [];
      return items.flatMap((_v, i) => summaryRows(node.item, [...segments, i], node.item.label + ' ' + (i + 1)));
    }
    const shown = value === undefined || placeholderHint(value) !== undefined ? ui.empty : node.type === 'boolean' ? (value ? ui.yes : ui.no) : optionLabel(node, value);
    return [[label, shown, pointerOf(segments)]];
  }
  function optionLabel(node, value) {
    const option = (node.options || []).find((o) => o.value === String(value));
    return option ? option.label : String(value);
  }
  function drawCheckPage() {
    const page = document.getElementById('check-page');
    if (!page) return;
    const parts = [];
    steps.forEach((step, index) => {
      const rows = step.keys.flatMap((key) => {
        const child = childOf(key);
        return child ? summaryRows(child, [key], child.label) : [];
      });
      const change = el('button', { type: 'button', class: 'utrecht-button utrecht-button--subtle change', text: say(ui.change, { label: step.title }) });
      change.addEventListener('click', () => go(index));
      const problems = findings().filter((f) => f.severity !== 'info' && stepOfFinding(f) === index);
      parts.push(
        el('section', { class: 'check-step', 'data-step': step.id, 'aria-labelledby': 'check-' + step.id }, [
          el('h3', { id: 'check-' + step.id, class: 'utrecht-heading-3', text: step.title }),
          problems.length ? el('ul', { class: 'findings' }, problems.map((f) => findingItem(f, true))) : null,
          el('dl', { class: 'summary-list' }, rows.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', { text: value })])),
          change,
        ]),
      );
    });
    page.replaceChildren(...parts);
  }

  // ---- Start -------------------------------------------------------------------------------------
  const fixedNodes = model.children.filter((c) => c.type === 'const' || (c.type === 'object' && c.children.every((g) => g.type === 'const')));
  const facts = fixedNodes.flatMap((node) => (node.type === 'const' ? [[node.label, String(node.fixed)]] : [[node.label, node.children.map((g) => String(g.fixed)).join(' ')]]));
  const notice = el('div', { class: 'utrecht-alert utrecht-alert--info draft-notice', hidden: true });

  const draft = readDraft();
  if (draft) {
    data = draft.data;
    current = typeof draft.step === 'number' ? Math.max(0, Math.min(steps.length, draft.step)) : 0;
    const discard = el('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action discard', text: ui.discardDraft });
    discard.addEventListener('click', () => {
      data = JSON.parse(initialJson);
      settle(model, [], [model]);
      localStorage.removeItem(storageKey);
      notice.hidden = true;
      current = 0;
      drawStep();
      changed();
    });
    notice.replaceChildren(el('p', { class: 'utrecht-paragraph', text: say(ui.draftRestored, { when: new Date(draft.at).toLocaleString(locale) }) }), discard);
    notice.hidden = false;
  }
  settle(model, [], [model]);

  app.replaceChildren(
    el('h1', { class: 'utrecht-heading-1', text: document.title }),
    el('p', { class: 'utrecht-paragraph intro', text: say(ui.intro, { file: state.file }) }),
    notice,
    offlineBox,
    facts.length ? el('dl', { class: 'fixed-facts', 'aria-label': ui.fixed }, facts.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', { text: value })])) : null,
    statusBox,
    liveLine,
    actionLine,
    documentSection,
    navBox,
    stepBox,
  );
  lastBody = state.initial;
  lastYaml = { json: initialJson, text: state.initial.yaml };
  showStatus(state.initial);
  drawStep();
  app.dataset.checked = '0';
  app.dataset.ready = 'true';
  // A restored draft (or a settled skeleton) is checked at once: the status is of what is shown.
  if (JSON.stringify(data) !== initialJson) changed();
})();
