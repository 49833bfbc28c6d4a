/*
 * Tasklist custom script (config.js, customScripts): documents that already exist, read by the server's reader.
 *
 * 1. "Vào sổ văn bản đến" (plugin point tasklist.navbar.action), for the văn thư and office staff of a body: a
 *    received document as a file (.docx, .pdf with text, .txt) or pasted text goes to POST /api/incoming, which
 *    keeps the original, reads it and starts its registration; the registration task opens, taken by the sender.
 *    A Tasklist start form cannot upload a file, hence this dialog.
 * 2. "Nhập từ văn bản có sẵn" above the draft form (form draft-directive): POST /api/imports reads a file or a
 *    pasted text and fills the fields it can; fields the drafter has already filled are kept unless they agree.
 * 3. The upward report (form report-upward): the proposal the server gathers when the task is taken is shown.
 *
 * The project's API sits beside the webapps (same session cookie). Server data is put in with textContent only.
 */

const APP_PATH = '/camunda'; // camunda.bpm.webapp.application-path
const MAX_MEGABYTES = 20; // TextExtractor.MAX_MEGABYTES, for the message only: the server decides
const ACCEPT = '.docx,.pdf,.txt';

/** The context path the application runs under ("" at the root). */
function contextPath() {
  const path = window.location.pathname;
  const at = path.indexOf(APP_PATH + '/app/');
  return at > 0 ? path.substring(0, at) : '';
}

function apiUrl(path) {
  return contextPath() + '/api' + path;
}

/** el('div', {className: 'x'}, 'text', node …): strings become text nodes, never markup. */
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.entries(props || {}).forEach(([key, value]) => {
    if (value === undefined || value === null) {
      return;
    }
    if (key.startsWith('on')) {
      node.addEventListener(key.substring(2), value);
    } else if (key in node) {
      node[key] = value;
    } else {
      node.setAttribute(key, String(value));
    }
  });
  children.flat().forEach((child) => {
    if (child !== null && child !== undefined && child !== false) {
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return node;
}

let csrfToken = null;

function csrfHeader() {
  const cookie = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith('XSRF-TOKEN='));
  const token = csrfToken || (cookie ? cookie.substring('XSRF-TOKEN='.length) : null);
  return token ? { 'X-XSRF-TOKEN': token } : {};
}

const STATUS_MESSAGES = {
  401: 'Phiên làm việc đã hết. Đồng chí đăng nhập lại rồi thử lại.',
  403: 'Đồng chí không có quyền thực hiện việc này.',
  413: 'Tệp quá lớn: chỉ nhận tệp đến ' + MAX_MEGABYTES + ' MB.'
};

/** The server's Vietnamese {message}, or one of ours when the answer has none. */
async function failure(response) {
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  return (body && typeof body.message === 'string' && body.message)
    || STATUS_MESSAGES[response.status]
    || 'Máy chủ không xử lý được văn bản (mã lỗi ' + response.status + '). Đồng chí thử lại sau.';
}

/** POST a file (multipart part "file") or pasted text (text/plain) to the project's API. */
async function postDocument(path, source) {
  const headers = Object.assign({ Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }, csrfHeader());
  let body;
  if (source.file) {
    body = new FormData();
    body.append('file', source.file, source.file.name);
  } else {
    headers['Content-Type'] = 'text/plain; charset=UTF-8';
    body = source.text;
  }
  let response;
  try {
    response = await fetch(apiUrl(path), { method: 'POST', credentials: 'same-origin', headers, body });
  } catch (e) {
    throw new Error('Không kết nối được máy chủ. Đồng chí kiểm tra mạng rồi thử lại.');
  }
  if (!response.ok) {
    throw new Error(await failure(response));
  }
  return response.json();
}

// ---- the dialog: a file or a pasted text ----

const STYLE = `
.cvd-reader-backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.45); z-index: 1100; overflow-y: auto; }
.cvd-reader-dialog { max-width: 640px; margin: 60px auto; }
.cvd-reader-dialog .modal-body label { display: block; margin-top: 10px; }
.cvd-reader-dialog .cvd-reader-caption { margin-top: 10px; font-weight: bold; }
.cvd-reader-dialog .cvd-reader-pick { position: relative; margin-top: 4px; }
.cvd-reader-dialog .cvd-reader-pick input[type=file] { position: absolute; width: 1px; height: 1px; opacity: 0; }
.cvd-reader-dialog .cvd-reader-pick input[type=file]:focus + label { outline: 2px solid #337ab7; }
.cvd-reader-dialog .cvd-reader-pick label { display: inline-block; margin: 0; }
.cvd-reader-dialog .cvd-reader-filename { margin-left: 8px; color: #555; }
.cvd-reader-dialog textarea { width: 100%; min-height: 160px; font-family: inherit; }
.cvd-reader-dialog .cvd-reader-or { margin: 12px 0 0; color: #666; }
.cvd-reader-dialog .cvd-reader-error, .cvd-reader-dialog .cvd-reader-confirm { margin: 12px 0 0; white-space: pre-line; }
.cvd-reader-bar { margin: 0 0 12px; }
.cvd-reader-bar .cvd-reader-note { margin-left: 10px; color: #666; }
.cvd-reader-result { margin: 0 0 12px; }
.cvd-reader-result ul { margin: 6px 0 0; padding-left: 20px; }
.incoming-upload-action .cvd-incoming-open { cursor: pointer; }
`;

function addStyle() {
  if (!document.getElementById('cvd-reader-style')) {
    document.head.appendChild(el('style', { id: 'cvd-reader-style', textContent: STYLE }));
  }
}

/**
 * Opens the dialog. options: title, intro, submitText, receivers ([{code,name}] to choose from when several),
 * submit(source, dialog) → a promise; it rejects with an Error whose message is shown in the dialog.
 */
function openDialog(options) {
  addStyle();
  const previousFocus = document.activeElement;
  const error = el('div', { className: 'cvd-reader-error alert alert-danger', role: 'alert', hidden: true });
  const file = el('input', { type: 'file', accept: ACCEPT, className: 'cvd-reader-file', id: 'cvd-reader-file' });
  const text = el('textarea', {
    className: 'form-control cvd-reader-text', id: 'cvd-reader-text', spellcheck: false,
    placeholder: 'Dán toàn bộ nội dung văn bản, từ phần đầu (tên cơ quan, số, ký hiệu) đến nơi nhận.'
  });
  let receiver = null;
  const fields = [];
  if (options.receivers && options.receivers.length > 1) {
    receiver = el('select', { className: 'form-control cvd-reader-receiver', id: 'cvd-reader-receiver' },
      el('option', { value: '' }, 'Chọn cơ quan…'),
      options.receivers.map((r) => el('option', { value: r.code }, r.name)));
    fields.push(el('label', { htmlFor: 'cvd-reader-receiver' }, 'Cơ quan nhận văn bản'), receiver);
  }
  // the browser's own file button speaks the browser's language: a Vietnamese one stands in for it
  const fileName = el('span', { className: 'cvd-reader-filename' }, 'Chưa chọn tệp');
  fields.push(
    el('div', { className: 'cvd-reader-caption' }, 'Tệp văn bản (.docx, .pdf có lớp chữ, .txt; tối đa '
      + MAX_MEGABYTES + ' MB)'),
    el('div', { className: 'cvd-reader-pick' }, file,
      el('label', { htmlFor: 'cvd-reader-file', className: 'btn btn-default' }, 'Chọn tệp…'), ' ', fileName),
    el('p', { className: 'cvd-reader-or' }, 'hoặc'),
    el('label', { htmlFor: 'cvd-reader-text' }, 'Dán nội dung văn bản'),
    text
  );
  const extra = el('div', { className: 'cvd-reader-extra' });
  const cancel = el('button', { type: 'button', className: 'btn btn-default cvd-reader-cancel' }, 'Hủy');
  const submit = el('button', { type: 'submit', className: 'btn btn-primary cvd-reader-submit' }, options.submitText);
  const form = el('form', { className: 'modal-content', noValidate: true },
    el('div', { className: 'modal-header' }, el('h3', { className: 'modal-title' }, options.title)),
    el('div', { className: 'modal-body' }, el('p', {}, options.intro), fields, error, extra),
    el('div', { className: 'modal-footer' }, cancel, submit));
  const dialog = el('div', { className: 'cvd-reader-dialog', role: 'dialog', 'aria-modal': 'true' }, form);
  const backdrop = el('div', { className: 'cvd-reader-backdrop' }, dialog);
  let busy = false;

  const close = () => {
    backdrop.remove();
    document.removeEventListener('keydown', onKey, true);
    if (previousFocus && previousFocus.focus) {
      previousFocus.focus();
    }
  };
  const onKey = (event) => {
    if (event.key === 'Escape' && !busy) {
      event.stopPropagation();
      close();
    }
  };
  const showError = (message) => {
    error.textContent = message;
    error.hidden = !message;
  };
  const setBusy = (on, label) => {
    busy = on;
    submit.disabled = on;
    cancel.disabled = on;
    submit.textContent = on ? label || 'Đang đọc văn bản…' : options.submitText;
  };
  const hideSubmit = () => {
    submit.hidden = true;
  };
  const sourceChanged = () => {
    showError('');
    extra.replaceChildren();
    submit.hidden = false;
  };
  // one source at a time: choosing a file clears the pasted text and the other way round
  const showFileName = () => {
    fileName.textContent = file.files.length ? file.files[0].name : 'Chưa chọn tệp';
  };
  file.addEventListener('change', () => {
    if (file.files.length) {
      text.value = '';
    }
    showFileName();
    sourceChanged();
  });
  text.addEventListener('input', () => {
    if (text.value && file.files.length) {
      file.value = '';
      showFileName();
    }
    sourceChanged();
  });
  cancel.addEventListener('click', close);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    showError('');
    extra.replaceChildren();
    submit.hidden = false;
    const source = { file: file.files[0] || null, text: text.value, receiver: receiver ? receiver.value : null };
    if (receiver && !source.receiver) {
      showError('Đồng chí chọn cơ quan nhận văn bản.');
      receiver.focus();
      return;
    }
    if (!source.file && !source.text.trim()) {
      showError('Đồng chí chọn tệp văn bản hoặc dán nội dung văn bản.');
      file.focus();
      return;
    }
    setBusy(true);
    try {
      await options.submit(source, { close, setBusy, showError, hideSubmit, extra });
    } catch (e) {
      showError(e.message);
    } finally {
      if (backdrop.isConnected) {
        setBusy(false);
      }
    }
  });
  document.addEventListener('keydown', onKey, true);
  document.body.appendChild(backdrop);
  (receiver || file).focus();
  return { close };
}

// ---- Angular (Tasklist's notices, its router) ----

function angularService(name) {
  try {
    const injector = window.angular && window.angular.element(document.body).injector();
    return injector && injector.has(name) ? injector.get(name) : null;
  } catch (e) {
    return null;
  }
}

function notify(type, status, message) {
  const notifications = angularService('Notifications');
  const rootScope = angularService('$rootScope');
  if (!notifications) {
    return;
  }
  const add = () => notifications.add({ type, status, message, duration: 8000 });
  if (rootScope && !rootScope.$$phase) {
    rootScope.$apply(add);
  } else {
    add();
  }
}

function currentUser() {
  const rootScope = angularService('$rootScope');
  return rootScope && rootScope.authentication ? rootScope.authentication.name : null;
}

// ---- 1. Vào sổ văn bản đến ----

let engineApi = contextPath() + APP_PATH + '/api/engine/engine/default';

/** The sender registers what they sent: the task is theirs at once (a failure leaves it to the group). */
async function claim(taskId) {
  const user = currentUser();
  if (!user) {
    return;
  }
  try {
    await fetch(engineApi + '/task/' + encodeURIComponent(taskId) + '/claim', {
      method: 'POST',
      credentials: 'same-origin',
      headers: Object.assign({ 'Content-Type': 'application/json', Accept: 'application/json' }, csrfHeader()),
      body: JSON.stringify({ userId: user })
    });
  } catch (e) {
    // the registration task still opens; "Nhận việc" is offered there
  }
}

function openIncomingDialog(receivers) {
  openDialog({
    title: 'Vào sổ văn bản đến',
    intro: 'Chọn tệp văn bản nhận được hoặc dán nội dung văn bản. Hệ thống lưu bản gốc, đọc văn bản và mở phiếu vào '
      + 'sổ với các thông tin đã điền sẵn để đồng chí kiểm tra, bổ sung rồi cấp số đến.',
    submitText: 'Đọc và vào sổ',
    receivers,
    async submit(source, dialog) {
      const query = source.receiver ? '?receiver=' + encodeURIComponent(source.receiver) : '';
      const received = await postDocument('/incoming' + query, source);
      dialog.setBusy(true, 'Đang mở phiếu vào sổ…');
      await claim(received.taskId);
      dialog.close();
      notify('success', 'Đã nhận văn bản đến', 'Đồng chí đối chiếu các thông tin hệ thống đã đọc với văn bản gốc, '
        + 'sửa chỗ chưa đúng rồi bấm “Hoàn thành” để cấp số đến.');
      window.location.hash = '#/?task=' + encodeURIComponent(received.taskId);
    }
  });
}

async function renderIncomingAction(node, api) {
  if (api && api.CSRFToken) {
    csrfToken = api.CSRFToken;
  }
  if (api && api.engineApi) {
    engineApi = api.engineApi;
  }
  const item = node.closest('li');
  const hide = () => {
    node.replaceChildren();
    if (item) {
      item.style.display = 'none';
    }
  };
  hide();
  let receivers;
  try {
    const response = await fetch(apiUrl('/incoming/receivers'), {
      credentials: 'same-origin', headers: { Accept: 'application/json' }
    });
    receivers = response.ok ? await response.json() : [];
  } catch (e) {
    receivers = [];
  }
  if (!Array.isArray(receivers) || !receivers.length) {
    return;
  }
  const link = el('a', {
    href: '', className: 'cvd-incoming-open', role: 'button', title: 'Tải lên văn bản nhận được để vào sổ văn bản đến',
    onclick: (event) => {
      event.preventDefault();
      openIncomingDialog(receivers);
    }
  }, el('span', { className: 'glyphicon glyphicon-inbox', 'aria-hidden': 'true' }), ' ',
  el('span', { className: 'hidden-xs' }, 'Vào sổ văn bản đến'));
  node.replaceChildren(link);
  if (item) {
    item.style.display = '';
  }
}

// ---- 2. Nhập từ văn bản có sẵn (draft form) ----

/** The form-js instance behind a rendered form (as in form-js-vi.js: Preact keeps the tree on the container). */
function findForm(container) {
  const seen = new Set();
  const visit = (vnode, depth) => {
    if (!vnode || depth > 40 || seen.has(vnode)) {
      return null;
    }
    seen.add(vnode);
    const value = vnode.props && vnode.props.value;
    if (value && typeof value.getService === 'function') {
      try {
        return value.getService('form');
      } catch (e) {
        return null;
      }
    }
    for (const child of vnode.__k || []) {
      const form = visit(child, depth + 1);
      if (form) {
        return form;
      }
    }
    return null;
  };
  for (let element = container; element && element !== document.body; element = element.parentElement) {
    if (element.__k) {
      const form = visit(element.__k, 0);
      if (form) {
        return form;
      }
    }
  }
  return null;
}

const FIELD_NAMES = {
  subject: 'Trích yếu',
  basis: 'Căn cứ',
  body: 'Nội dung',
  recipients: 'Kính gửi',
  assignments: 'Nhiệm vụ',
  distribution: 'Nơi nhận'
};

function isEmpty(value) {
  if (value === null || value === undefined) {
    return true;
  }
  if (typeof value === 'string') {
    return !value.trim();
  }
  if (Array.isArray(value)) {
    return value.every(isEmpty);
  }
  if (typeof value === 'object') {
    return Object.values(value).every(isEmpty);
  }
  return false;
}

function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What the reader's draft gives for the form's fields; unit codes only where the form offers them. */
function proposedValues(read, offered) {
  const codes = (list) => [...new Set((list || []).map((u) => u && u.unit).filter((c) => c && offered.has(c)))];
  const values = {};
  if (read.subject) {
    values.subject = read.subject;
  }
  if (read.basis) {
    values.basis = read.basis;
  }
  if (read.body) {
    values.body = read.body;
  }
  const recipients = codes(read.recipients);
  const assignments = (read.assignments || []).filter((a) => a && a.text).map((a) => ({
    content: a.text,
    // a unit must be among the Kính gửi units to be kept by the form
    units: codes(a.units),
    deadline: a.deadline || ''
  }));
  assignments.forEach((a) => a.units.forEach((c) => {
    if (!recipients.includes(c)) {
      recipients.push(c);
    }
  }));
  if (recipients.length) {
    values.recipients = recipients;
  }
  if (assignments.length) {
    values.assignments = assignments;
  }
  if (Array.isArray(read.copies) && read.copies.length) {
    values.distribution = read.copies.join('\n');
  }
  return values;
}

/** What the reader could not fill: unmatched units, missing deadlines, its own warnings. */
function leftToCheck(read, values, offered) {
  const notes = [];
  const unmatched = new Set();
  (read.recipients || []).concat(...(read.assignments || []).map((a) => a.units || []))
    .filter((u) => u && u.text && !(u.unit && offered.has(u.unit)))
    .forEach((u) => unmatched.add(u.text));
  if (unmatched.size) {
    notes.push('Chưa khớp được với đơn vị trong danh mục, đồng chí chọn lại: ' + [...unmatched].join('; ') + '.');
  }
  const noDeadline = (values.assignments || []).map((a, i) => (a.deadline ? 0 : i + 1)).filter((n) => n > 0);
  if (noDeadline.length) {
    notes.push('Văn bản không ghi thời hạn cho nhiệm vụ số ' + noDeadline.join(', ') + ': đồng chí nhập thời hạn.');
  }
  (read.warnings || []).forEach((w) => notes.push(w));
  return notes;
}

function applyValues(form, values, fieldNames) {
  const state = form._getState();
  const data = Object.assign({}, state.data);
  fieldNames.forEach((name) => {
    data[name] = values[name];
  });
  form._setState({ data });
}

function showResult(bar, filled, notes) {
  const old = bar.parentElement && bar.parentElement.querySelector('.cvd-reader-result');
  if (old) {
    old.remove();
  }
  const box = el('div', { className: 'cvd-reader-result alert ' + (notes.length ? 'alert-warning' : 'alert-success'),
    role: 'status' },
  el('strong', {}, filled.length ? 'Đã điền từ văn bản: ' + filled.map((f) => FIELD_NAMES[f]).join(', ') + '.'
    : 'Không có ô nào được điền thêm.'),
  notes.length ? el('ul', {}, notes.map((n) => el('li', {}, n))) : null);
  bar.after(box);
}

function openImportDialog(container, bar) {
  openDialog({
    title: 'Nhập từ văn bản có sẵn',
    intro: 'Chọn tệp văn bản đã soạn (ví dụ bản Word) hoặc dán nội dung. Hệ thống đọc văn bản và điền trích yếu, căn '
      + 'cứ, nội dung, Kính gửi, các nhiệm vụ và nơi nhận vào biểu mẫu; đồng chí kiểm tra lại trước khi trình.',
    submitText: 'Đọc và điền vào biểu mẫu',
    async submit(source, dialog) {
      const read = await postDocument('/imports', source);
      const form = findForm(container);
      if (!form || typeof form._getState !== 'function' || typeof form._setState !== 'function') {
        throw new Error('Không điền được vào biểu mẫu trên trang này. Đồng chí tải lại trang rồi thử lại.');
      }
      const state = form._getState();
      const offered = new Set(((state.initialData && state.initialData.unitOptions) || []).map((o) => o.value));
      const values = proposedValues(read, offered);
      const names = Object.keys(values).filter((name) => !same(values[name], state.data[name]));
      const taken = names.filter((name) => !isEmpty(state.data[name]));
      const free = names.filter((name) => isEmpty(state.data[name]));
      const notes = leftToCheck(read, values, offered);
      const finish = (fieldNames) => {
        applyValues(form, values, fieldNames);
        dialog.close();
        showResult(bar, fieldNames, notes);
      };
      if (!taken.length) {
        finish(free);
        return;
      }
      // the drafter's own text is replaced only when they say so
      dialog.hideSubmit();
      const keep = el('button', { type: 'button', className: 'btn btn-default cvd-reader-keep' },
        'Giữ nội dung đã nhập, chỉ điền ô trống');
      const replace = el('button', { type: 'button', className: 'btn btn-warning cvd-reader-replace' },
        'Thay bằng nội dung đọc được');
      keep.addEventListener('click', () => finish(free));
      replace.addEventListener('click', () => finish(free.concat(taken)));
      dialog.extra.replaceChildren(el('div', { className: 'cvd-reader-confirm alert alert-warning', role: 'alert' },
        el('p', {}, 'Các ô sau đã có nội dung khác với văn bản vừa đọc: ' + taken.map((f) => FIELD_NAMES[f])
          .join(', ') + '. Đồng chí muốn thay bằng nội dung đọc được không?'),
        keep, ' ', replace));
      replace.focus();
    }
  });
}

function isDraftForm(container) {
  const form = findForm(container);
  const state = form && typeof form._getState === 'function' ? form._getState() : null;
  return !!(state && state.schema && state.schema.id === 'draft-directive');
}

function addImportBar(container) {
  const parent = container.parentElement;
  if (!parent || parent.querySelector(':scope > .cvd-reader-bar') || container.closest('.disabled-form')
    || !container.closest('.task-details') || !isDraftForm(container)) {
    return;
  }
  addStyle();
  const bar = el('div', { className: 'cvd-reader-bar' });
  bar.cvdContainer = container;
  const button = el('button', { type: 'button', className: 'btn btn-default cvd-reader-import' },
    el('span', { className: 'glyphicon glyphicon-import', 'aria-hidden': 'true' }), ' Nhập từ văn bản có sẵn');
  button.addEventListener('click', () => openImportDialog(container, bar));
  bar.appendChild(button);
  bar.appendChild(el('span', { className: 'cvd-reader-note' },
    'Điền biểu mẫu từ một văn bản đã soạn (Word, PDF có lớp chữ, văn bản dán vào).'));
  parent.insertBefore(bar, container);
}

// ---- 3. the upward report's proposal, gathered by the server when the office takes the task ----

/*
 * The server writes the proposal (reportBody, unitResults) when the task is taken; Tasklist keeps showing the values
 * it loaded before, and "Hoàn thành" would send those back. After a claim the two fields are read again.
 */
const GATHERED_ON_CLAIM = { 'report-upward': ['reportBody', 'unitResults'] };
const CLAIM = /\/task\/([^/?]+)\/claim(\?|$)/;

function openForm() {
  const container = document.querySelector('.task-details .fjs-container');
  const form = container && findForm(container);
  return form && typeof form._getState === 'function' && typeof form._setState === 'function' ? form : null;
}

function openTaskId() {
  const match = /[?&]task=([0-9a-fA-F-]{36})/.exec(window.location.hash || window.location.search);
  return match ? match[1] : null;
}

async function reloadGathered(taskId, attempt) {
  if (openTaskId() !== taskId) {
    return;
  }
  const form = openForm();
  if (!form) {
    // the form may be re-rendering after the claim
    if (attempt < 10) {
      setTimeout(() => reloadGathered(taskId, attempt + 1), 200);
    }
    return;
  }
  const schema = form._getState().schema;
  const names = schema && GATHERED_ON_CLAIM[schema.id];
  if (!names) {
    return;
  }
  const response = await fetch(engineApi + '/task/' + encodeURIComponent(taskId) + '/form-variables?variableNames='
    + names.join(','), { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    return;
  }
  const variables = await response.json();
  const data = Object.assign({}, form._getState().data);
  names.filter((n) => variables[n]).forEach((n) => {
    data[n] = variables[n].value;
  });
  form._setState({ data });
}

const xhrOpen = XMLHttpRequest.prototype.open;
const xhrSend = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function (method, url) {
  this.cvdReaderRequest = { method: String(method).toUpperCase(), url: String(url) };
  return xhrOpen.apply(this, arguments);
};
XMLHttpRequest.prototype.send = function () {
  const request = this.cvdReaderRequest;
  const match = request && request.method === 'POST' && CLAIM.exec(request.url);
  if (match) {
    this.addEventListener('loadend', () => {
      if (this.status >= 200 && this.status < 300) {
        reloadGathered(decodeURIComponent(match[1]), 0).catch(() => {});
      }
    });
  }
  return xhrSend.apply(this, arguments);
};

let scheduled = false;
function refresh() {
  scheduled = false;
  // Tasklist keeps the form's parent when another task opens: a bar (and its result) goes with its draft form
  document.querySelectorAll('.cvd-reader-bar').forEach((bar) => {
    const container = bar.cvdContainer;
    if (!container || !container.isConnected || container.parentElement !== bar.parentElement
      || container.closest('.disabled-form') || !isDraftForm(container)) {
      const result = bar.parentElement && bar.parentElement.querySelector('.cvd-reader-result');
      if (result) {
        result.remove();
      }
      bar.remove();
    }
  });
  document.querySelectorAll('.task-details .fjs-container').forEach(addImportBar);
}

new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(refresh);
  }
}).observe(document.documentElement, { childList: true, subtree: true });

export default {
  id: 'incoming-upload-action',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render(node, { api }) {
    renderIncomingAction(node, api);
  }
};
