/*
 * Cockpit for people who read Vietnamese and know units, not codes (a custom script of config.js):
 *
 *   - process keys, group (unit) codes, variable names and their coded values are shown by their
 *     Vietnamese names; the technical name stays in the tooltip (title) for the administrator
 *   - the few English words the Camunda bundle hard-codes ("Actions", "null", the zoom buttons' tooltips,
 *     the variable types, the navigation toggle's hidden label) are put in Vietnamese
 *   - a user without the right to change process instances (the read-only manager) gets no edit, delete
 *     or add buttons; a refused change (403) anywhere in Cockpit shows a Vietnamese message
 *
 * Names come from /api/progress/labels once the user is signed in. Only text nodes and attributes are
 * changed (never innerHTML); Angular keeps working because it rewrites a text only when its value changes,
 * and the observer below labels it again when it does.
 */

const APP_PATH = '/camunda'; // camunda.bpm.webapp.application-path

const FIXED = {
  'zoom in': 'Phóng to',
  'zoom out': 'Thu nhỏ',
  'reset zoom': 'Về kích thước vừa khung'
};

// texts the bundle's templates hard-code in English
const FIXED_TEXTS = {
  'Loading diagram': 'Đang tải sơ đồ…',
  Download: 'Tải xuống',
  Upload: 'Tải lên'
};

const TYPES = {
  String: 'Chuỗi', Long: 'Số nguyên', Integer: 'Số nguyên', Short: 'Số nguyên', Double: 'Số thực',
  Boolean: 'Đúng/sai', Date: 'Ngày giờ', Json: 'JSON', Xml: 'XML', Object: 'Đối tượng', Null: 'Rỗng',
  Bytes: 'Dữ liệu nhị phân', File: 'Tệp'
};

// texts inside these are ours or are identifiers a user types or reads as such
const SKIP = 'script, style, textarea, input, select, option, .cvd-progress, dd.definition-key, dd.definition-id, '
  + 'td.key, dd.instance-id, dd.deployment-id, .CodeMirror';

let labels = null;
let labelsRequested = false;
let readOnly = null;
let scheduled = false;

function contextPath() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || APP_PATH;
  return appRoot.endsWith(APP_PATH) ? appRoot.substring(0, appRoot.length - APP_PATH.length) : '';
}

function engineApi() {
  const base = document.querySelector('base');
  return ((base && base.getAttribute('engine-api')) || contextPath() + APP_PATH + '/api/engine/') + 'engine/default';
}

function signedIn() {
  return !!document.querySelector('[cam-widget-header] .app-banner') && !location.hash.startsWith('#/login');
}

async function getJson(url) {
  const response = await fetch(url, {
    credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
  });
  if (!response.ok) {
    throw new Error('HTTP ' + response.status);
  }
  return response.json();
}

function loadWhenSignedIn() {
  if (labelsRequested || !signedIn()) {
    return;
  }
  labelsRequested = true;
  getJson(contextPath() + '/api/progress/labels').then(data => {
    labels = data;
    schedule();
  }).catch(() => {
    labelsRequested = false; // try again on the next change of the page
  });
  // READ without UPDATE on process instances: the read-only manager
  const check = (resourceType, resourceName, permission) => getJson(engineApi() + '/authorization/check?'
    + new URLSearchParams({ permissionName: permission, resourceName, resourceType, resourceId: '*' }))
    .then(r => r.authorized === true).catch(() => false);
  Promise.all([check(8, 'ProcessInstance', 'UPDATE'), check(6, 'ProcessDefinition', 'UPDATE_INSTANCE')])
    .then(([instance, definition]) => {
      readOnly = !(instance || definition);
      document.body.classList.toggle('cvd-readonly', readOnly);
    });
}

function setText(node, text, technical) {
  if (node.nodeValue !== text) {
    node.nodeValue = text;
  }
  const parent = node.parentElement;
  if (technical && parent && !parent.hasAttribute('title')) {
    parent.setAttribute('title', technical);
  }
}

/** "01-CV/HU du-bao-ha" → "01-CV/HU Đảng ủy xã Bảo Hà": unit codes inside a text, word by word. */
function replaceCodes(text, names) {
  let changed = false;
  const out = text.replace(/[a-z0-9]+(?:[-_][a-z0-9]+)+/g, token => {
    if (names[token]) {
      changed = true;
      return names[token];
    }
    return token;
  });
  return changed ? out : null;
}

function labelTexts(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) {
    nodes.push(walker.currentNode);
  }
  nodes.forEach(node => {
    const parent = node.parentElement;
    const raw = node.nodeValue;
    const text = raw.trim();
    if (!parent || !text || parent.closest(SKIP)) {
      return;
    }
    if (text === 'Actions' && parent.closest('td.actions, th.actions')) {
      setText(node, 'Thao tác');
      return;
    }
    if (FIXED_TEXTS[text]) {
      setText(node, FIXED_TEXTS[text]);
      return;
    }
    if (text === 'null' && parent.closest('.null-value')) {
      setText(node, 'Không có');
      return;
    }
    if (parent.closest('button.navbar-toggle .sr-only') && text === 'CAM_WIDGET_HEADER_TOGGLE_NAVIGATION') {
      setText(node, 'Ẩn/hiện thanh điều hướng');
      return;
    }
    const typeCell = parent.closest('td.col-type');
    if (typeCell) {
      if (TYPES[text]) {
        setText(node, TYPES[text], text);
      }
      return;
    }
    if (!labels) {
      return;
    }
    const nameCell = parent.closest('td.col-name');
    if (nameCell) {
      const variable = nameCell.dataset.cvdVariable || text;
      if (labels.variables[variable]) {
        nameCell.dataset.cvdVariable = variable;
        setText(node, labels.variables[variable], variable);
      }
      return;
    }
    const valueCell = parent.closest('td.col-value');
    if (valueCell) {
      const nameCellOfRow = valueCell.parentElement && valueCell.parentElement.querySelector('td.col-name');
      const variable = nameCellOfRow && nameCellOfRow.dataset.cvdVariable;
      const values = variable && labels.values[variable];
      if (values && values[text]) {
        setText(node, values[text], text);
        return;
      }
    }
    if (labels.processes[text]) {
      setText(node, labels.processes[text], 'Khóa quy trình: ' + text);
      return;
    }
    if (labels.groups[text]) {
      setText(node, labels.groups[text], 'Mã nhóm: ' + text);
      return;
    }
    const withNames = replaceCodes(raw, labels.groups);
    if (withNames) {
      setText(node, withNames, text);
    }
  });
}

function labelAttributes(root) {
  root.querySelectorAll('[title]').forEach(el => {
    const fixed = FIXED[el.getAttribute('title')];
    if (fixed) {
      el.setAttribute('title', fixed);
    }
  });
}

function run() {
  scheduled = false;
  loadWhenSignedIn();
  // our own changes re-trigger the observer: stop listening while we write
  observer.disconnect();
  try {
    labelTexts(document.body);
    labelAttributes(document.body);
  } finally {
    observe();
  }
}

function schedule() {
  if (!scheduled) {
    scheduled = true;
    setTimeout(run, 60);
  }
}

const observer = new MutationObserver(schedule);

function observe() {
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

// ------------------------------------------------------------- refusals (403) in Vietnamese

function showRefusal(text) {
  let box = document.getElementById('cvd-refusal');
  if (!box) {
    box = document.createElement('div');
    box.id = 'cvd-refusal';
    box.setAttribute('role', 'alert');
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.setAttribute('aria-label', 'Đóng');
    close.textContent = '×';
    close.addEventListener('click', () => box.remove());
    const message = document.createElement('span');
    message.className = 'cvd-refusal-text';
    box.append(close, message);
    document.body.appendChild(box);
  }
  box.querySelector('.cvd-refusal-text').textContent = text;
}

const REFUSED = 'Bạn không có quyền thực hiện thao tác này (chỉ được xem). '
  + 'Nếu cần thay đổi, xin liên hệ quản trị hệ thống.';

/** The server's own reason when it gave one in Vietnamese (the engine's are English). */
function serverReason(xhr) {
  try {
    const message = JSON.parse(xhr.responseText).message;
    return message && /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(message) ? ' (' + message + ')' : '';
  } catch (e) {
    return '';
  }
}

function watchRefusals() {
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.addEventListener('loadend', () => {
      if (this.status === 403 && String(method).toUpperCase() !== 'GET') {
        showRefusal(REFUSED + serverReason(this));
      }
    });
    return open.call(this, method, url, ...rest);
  };
}

function init() {
  watchRefusals();
  observe();
  schedule();
  window.addEventListener('hashchange', () => {
    const refusal = document.getElementById('cvd-refusal');
    if (refusal) {
      refusal.remove(); // it was about the page left
    }
    schedule();
  });
}

if (document.body) {
  init();
} else {
  document.addEventListener('DOMContentLoaded', init);
}

// a custom script is loaded as a plugin module: no plugin here
export default [];
