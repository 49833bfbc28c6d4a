/*
 * Tasklist custom script (config.js, customScripts): how a clerk takes, saves and finishes a task.
 *
 * 1. Taking a task. A task of the unit that nobody has taken shows its form greyed out, and Tasklist's overlay
 *    swallows every click. A note above the form says so and offers "Nhận việc để xử lý"; a click on the greyed
 *    form takes the task too. Links in the form (the document to read) work before taking it.
 * 2. Refusals. When the server refuses a completion (400/403 with {message, problems, fields}), each problem is
 *    shown under the field it concerns and the rest in a box above the buttons; the form scrolls to the first.
 *    Tasklist's own red notice for it (which covered the buttons) is withdrawn.
 * 3. Feedback. "Hoàn thành" and "Lưu" say what happened.
 * 4. Angular's own dates (the pickers of "Đặt ngày theo dõi" / "Đặt hạn xử lý") in Vietnamese, Monday first.
 *
 * Server data is put in with textContent only.
 */

const COMPLETION = /\/task\/([^/?]+)\/(submit-form|complete|resolve)(\?|$)/;

const VI_DATES = {
  MONTH: ['tháng 1', 'tháng 2', 'tháng 3', 'tháng 4', 'tháng 5', 'tháng 6', 'tháng 7', 'tháng 8', 'tháng 9',
    'tháng 10', 'tháng 11', 'tháng 12'],
  STANDALONEMONTH: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8',
    'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'],
  SHORTMONTH: ['thg 1', 'thg 2', 'thg 3', 'thg 4', 'thg 5', 'thg 6', 'thg 7', 'thg 8', 'thg 9', 'thg 10', 'thg 11',
    'thg 12'],
  DAY: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
  SHORTDAY: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
  AMPMS: ['SA', 'CH'],
  // angular counts from Monday = 0
  FIRSTDAYOFWEEK: 0
};

let injector = null;

function angularService(name) {
  if (!injector && window.angular) {
    injector = window.angular.element(document.body).injector() || null;
  }
  try {
    return injector && injector.has(name) ? injector.get(name) : null;
  } catch (e) {
    return null;
  }
}

/** Once Angular runs: its date names (used by the date pickers and the date filter) become Vietnamese. */
function localizeAngular() {
  const locale = angularService('$locale');
  if (!locale || locale.viLocalized) {
    return !!locale;
  }
  Object.assign(locale.DATETIME_FORMATS, VI_DATES);
  locale.id = 'vi-vn';
  locale.viLocalized = true;
  const datepicker = angularService('uibDatepickerConfig');
  if (datepicker) {
    datepicker.startingDay = 1;
    datepicker.formatDayTitle = 'LLLL/yyyy';
    datepicker.formatMonthTitle = 'yyyy';
    datepicker.showWeeks = false;
  }
  const popup = angularService('uibDatepickerPopupConfig');
  if (popup) {
    popup.currentText = 'Hôm nay';
    popup.clearText = 'Xóa';
    popup.closeText = 'Đóng';
  }
  return true;
}

function notify(type, status, message, duration) {
  const notifications = angularService('Notifications');
  const rootScope = angularService('$rootScope');
  if (!notifications) {
    return;
  }
  const add = () => notifications.add({ type, status, message, duration });
  if (rootScope && !rootScope.$$phase) {
    rootScope.$apply(add);
  } else {
    add();
  }
}

/** Withdraws Tasklist's red notices (the refusal is shown on the form instead), or those the test picks. */
function withdrawErrorNotices(which) {
  const notifications = angularService('Notifications');
  const rootScope = angularService('$rootScope');
  if (!notifications) {
    return;
  }
  const clear = () => notifications.notifications
    .filter((n) => n.type === 'danger' && (!which || which(n)))
    .forEach((n) => notifications.clear(n));
  if (rootScope && !rootScope.$$phase) {
    rootScope.$apply(clear);
  } else {
    clear();
  }
}

// ---- 1. taking a task ----

function claimButton(details) {
  return [...details.querySelectorAll('[cam-tasklist-task-meta] button, [cam-tasklist-task-meta] a')]
    .find((b) => b.textContent.trim() === 'Nhận việc' && b.offsetParent !== null) || null;
}

function assigneeName(details) {
  const assignee = details.querySelector('[cam-tasklist-task-meta] .assignee');
  return assignee ? assignee.textContent.replace(/\s+/g, ' ').trim() : '';
}

// ---- whether the user is among those who may take the open task ----

const API = '/camunda/api/engine/engine/default';
const candidacy = new Map();
let myGroups = null;

function openTaskId() {
  const match = /[?&]task=([0-9a-fA-F-]{36})/.exec(window.location.hash || window.location.search);
  return match ? match[1] : null;
}

function currentUser() {
  const rootScope = angularService('$rootScope');
  return rootScope && rootScope.authentication ? rootScope.authentication.name : null;
}

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok ? response.json() : null;
}

/**
 * 'yes' when the user is a candidate of the task (or it is theirs), 'no' when the task is only shown to them (a
 * unit reading the office's review of its own extension request), null while it is being found out.
 */
function isCandidate(taskId) {
  if (candidacy.has(taskId)) {
    return candidacy.get(taskId);
  }
  const user = currentUser();
  if (!user) {
    return null;
  }
  candidacy.set(taskId, null);
  (async () => {
    if (!myGroups) {
      const info = await getJson(API + '/identity/groups?userId=' + encodeURIComponent(user));
      myGroups = info && Array.isArray(info.groups) ? info.groups.map((g) => g.id) : [];
    }
    const links = await getJson(API + '/task/' + taskId + '/identity-links');
    const mine = (links || []).some((l) => (l.type === 'candidate' || l.type === 'assignee')
      && (l.userId === user || (l.groupId && myGroups.includes(l.groupId))));
    candidacy.set(taskId, mine || links === null ? 'yes' : 'no');
    scheduleRefresh();
  })().catch(() => candidacy.set(taskId, 'yes'));
  return null;
}

function showClaimNote(details) {
  const disabled = details.querySelector('.disabled-form');
  const existing = details.querySelector('.cvd-claim-note');
  const form = disabled && disabled.querySelector('.fjs-container');
  if (!form) {
    if (existing) {
      existing.remove();
    }
    return;
  }
  let claim = claimButton(details);
  const taskId = openTaskId();
  const candidate = taskId ? isCandidate(taskId) : 'yes';
  if (candidate === null) {
    return;
  }
  if (candidate === 'no' && claim) {
    // shown to the user, not theirs to take: Tasklist's "Nhận việc" would only be refused
    (claim.closest('li') || claim).style.display = 'none';
    claim = null;
  }
  const kind = candidate === 'no' ? 'shown' : (claim ? 'claim' : 'taken');
  if (existing && existing.dataset.kind === kind) {
    return;
  }
  if (existing) {
    existing.remove();
  }
  const note = document.createElement('div');
  note.className = 'cvd-claim-note alert ' + (claim ? 'alert-info' : 'alert-warning');
  note.dataset.kind = kind;
  note.setAttribute('role', 'status');
  const text = document.createElement('span');
  if (claim) {
    text.textContent = 'Việc này giao chung cho đơn vị, chưa đồng chí nào nhận. Bấm “Nhận việc để xử lý” (hoặc bấm '
      + 'vào biểu mẫu) để bắt đầu nhập; các đồng chí khác trong đơn vị vẫn thấy việc và biết đồng chí đang xử lý.';
    note.appendChild(text);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-primary cvd-claim';
    button.textContent = 'Nhận việc để xử lý';
    button.addEventListener('click', () => {
      const current = claimButton(details);
      if (current) {
        current.click();
      }
    });
    note.appendChild(button);
  } else if (kind === 'shown') {
    const groups = details.querySelector('[cam-tasklist-task-meta] .groups');
    const who = groups ? groups.textContent.replace(/\s+/g, ' ').trim() : '';
    text.textContent = 'Việc này do ' + (who || 'đơn vị khác') + ' xử lý; đồng chí xem để biết tình hình (ví dụ: đề '
      + 'nghị gia hạn của đơn vị đang chờ cho ý kiến), không cần thao tác gì.';
    note.appendChild(text);
  } else {
    const who = assigneeName(details);
    text.textContent = 'Việc này ' + (who ? 'do đồng chí ' + who + ' ' : '') + 'đang xử lý: đồng chí chỉ xem được '
      + 'biểu mẫu. Các tài liệu kèm theo vẫn mở được.';
    note.appendChild(text);
  }
  disabled.parentElement.insertBefore(note, disabled);
}

document.addEventListener('click', (event) => {
  const disabled = event.target.closest && event.target.closest('.task-details .disabled-form');
  if (!disabled || event.target.closest('a')) {
    return;
  }
  const details = disabled.closest('.task-details');
  const claim = details && claimButton(details);
  const taskId = openTaskId();
  if (claim && (!taskId || candidacy.get(taskId) === 'yes')) {
    claim.click();
  }
}, true);

// ---- 2. refusals shown on the form ----

/** The form field a problem names: "subject" or "assignments[1].deadline" (ids are Field_<key>[_<index>]). */
function fieldElement(container, path) {
  const match = /^([A-Za-z0-9_]+)(?:\[(\d+)\]\.([A-Za-z0-9_]+))?$/.exec(path || '');
  if (!match) {
    return null;
  }
  let id;
  let listField = null;
  if (match[2] !== undefined) {
    id = 'Field_' + match[3] + '_' + match[2];
    listField = container.querySelector('[id$="-List_' + match[1] + '"]');
  } else {
    id = 'Field_' + match[1];
  }
  const input = container.querySelector('[id$="-' + id + '"], [id*="-' + id + '-"]');
  const field = input ? input.closest('.fjs-form-field') : null;
  if (field) {
    return field;
  }
  if (match[2] === undefined) {
    const list = container.querySelector('[id$="-List_' + match[1] + '"]');
    return list ? list.closest('.fjs-form-field') || list : null;
  }
  return listField ? listField.closest('.fjs-form-field') || listField : null;
}

function clearRefusal(details) {
  details.querySelectorAll('.cvd-field-refusal').forEach((e) => e.remove());
  details.querySelectorAll('.cvd-refused').forEach((e) => e.classList.remove('cvd-refused'));
  details.querySelectorAll('.cvd-refusal').forEach((e) => e.remove());
}

function showRefusal(body) {
  const details = document.querySelector('.task-details');
  const container = details && details.querySelector('.fjs-container');
  if (!container) {
    return false;
  }
  clearRefusal(details);
  const fields = Array.isArray(body.fields) ? body.fields : [];
  const placed = new Set();
  let first = null;
  for (const problem of fields) {
    const field = fieldElement(container, problem.field);
    if (!field) {
      continue;
    }
    const message = document.createElement('div');
    message.className = 'cvd-field-refusal';
    message.setAttribute('role', 'alert');
    message.textContent = problem.message;
    field.classList.add('cvd-refused');
    field.appendChild(message);
    placed.add(problem.message);
    first = first || field;
    const clear = () => {
      message.remove();
      field.classList.remove('cvd-refused');
    };
    field.addEventListener('input', clear, { once: true });
    field.addEventListener('change', clear, { once: true });
  }
  const rest = (Array.isArray(body.problems) && body.problems.length ? body.problems : [body.message])
    .filter((p) => p && !placed.has(p));
  const box = document.createElement('div');
  box.className = 'cvd-refusal alert alert-danger';
  box.setAttribute('role', 'alert');
  const title = document.createElement('strong');
  title.textContent = placed.size
    ? 'Chưa hoàn thành được: đồng chí sửa các ô được đánh dấu đỏ rồi bấm “Hoàn thành” lại.'
    : 'Chưa hoàn thành được công việc.';
  box.appendChild(title);
  if (rest.length) {
    const list = document.createElement('ul');
    rest.forEach((p) => {
      const item = document.createElement('li');
      item.textContent = p;
      list.appendChild(item);
    });
    box.appendChild(list);
  }
  const actions = details.querySelector('.form-actions');
  if (actions) {
    actions.parentElement.insertBefore(box, actions);
  } else {
    container.appendChild(box);
  }
  (first || box).scrollIntoView({ block: 'center' });
  const input = first && first.querySelector('input:not([readonly]), textarea:not([readonly])');
  if (input) {
    input.focus({ preventScroll: true });
  }
  return true;
}

/** A unit's "Xin gia hạn" on its assignment task (the form's choice, as sent). */
function asksExtension(body) {
  const sent = typeof body === 'string' ? parse(body) : null;
  const action = sent && sent.variables && sent.variables.assignmentAction;
  return !!action && action.value === 'extend';
}

function parse(text) {
  try {
    const body = JSON.parse(text);
    return body && typeof body === 'object' ? body : null;
  } catch (e) {
    return null;
  }
}

function taskTitle() {
  const title = document.querySelector('.task-details .task-card h2, .task-details h2.names, .task-details h2');
  return title ? title.textContent.replace(/\s+/g, ' ').trim() : '';
}

// Tasklist talks to the server through Angular's $http, which uses XMLHttpRequest.
const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function (method, url) {
  this.cvdRequest = { method: String(method).toUpperCase(), url: String(url) };
  return open.apply(this, arguments);
};
XMLHttpRequest.prototype.send = function () {
  const request = this.cvdRequest;
  if (request && request.method === 'POST' && COMPLETION.test(request.url)) {
    const title = taskTitle();
    const extension = asksExtension(arguments[0]);
    const details = document.querySelector('.task-details');
    if (details) {
      clearRefusal(details);
    }
    this.addEventListener('loadend', () => {
      if (this.status >= 200 && this.status < 300) {
        if (extension) {
          // the task leaves the unit's list while the office decides: say where it went and when it comes back
          notify('success', 'Đã gửi đề nghị gia hạn', 'Văn phòng sẽ xét đề nghị; nhiệm vụ trở lại danh sách việc '
            + 'của đơn vị khi có ý kiến (kèm thời hạn mới nếu được đồng ý).', 12000);
        } else {
          notify('success', 'Đã hoàn thành', title ? '“' + title + '”.' : 'Công việc đã được gửi đi.', 8000);
        }
      } else if (this.status === 400 || this.status === 403) {
        const body = parse(this.responseText);
        if (body && (body.problems || body.message) && showRefusal(body)) {
          // after Tasklist has added its notice for the failed completion
          setTimeout(withdrawErrorNotices, 0);
          setTimeout(withdrawErrorNotices, 300);
        }
      }
    });
  }
  return send.apply(this, arguments);
};

// A start refused, then corrected: "Không thể khởi tạo quy trình." goes as soon as the user types again.
document.addEventListener('input', (event) => {
  if (event.target.closest && event.target.closest('.modal-dialog')) {
    withdrawErrorNotices((n) => String(n.status).indexOf('khởi tạo quy trình') >= 0);
  }
}, true);

// ---- 3. "Lưu" ----

document.addEventListener('click', (event) => {
  const button = event.target.closest && event.target.closest('.task-details .form-actions button');
  if (!button || button.disabled || button.textContent.trim() !== 'Lưu') {
    return;
  }
  setTimeout(() => notify('success', 'Đã lưu tạm', 'Nội dung đang nhập được lưu trên trình duyệt này; khi mở lại '
    + 'công việc trên máy này, biểu mẫu được điền lại. Công việc chỉ được gửi đi khi bấm “Hoàn thành”.', 8000), 0);
}, true);

// ---- Tasklist's own English that no locale key covers (hard-coded in its templates) ----

const PAGE_TEXTS = new Map([
  ['zoom in', 'Phóng to'],
  ['zoom out', 'Thu nhỏ'],
  ['reset zoom', 'Về cỡ ban đầu'],
  ['Powered by bpmn.io', 'Sơ đồ hiển thị bằng bpmn.io'],
  ['Close', 'Đóng']
]);

function translatePage(root) {
  root.querySelectorAll('[title]').forEach((e) => {
    const vi = PAGE_TEXTS.get(e.getAttribute('title'));
    if (vi) {
      e.setAttribute('title', vi);
    }
  });
  root.querySelectorAll('.sr-only').forEach((e) => {
    const vi = PAGE_TEXTS.get(e.textContent.trim());
    if (vi) {
      e.textContent = vi;
    }
  });
}

// ---- watching the page ----

let scheduled = false;
function refresh() {
  scheduled = false;
  localizeAngular();
  translatePage(document.body);
  const details = document.querySelector('.task-details');
  if (details) {
    showClaimNote(details);
  }
}

function scheduleRefresh() {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(refresh);
  }
}

new MutationObserver(scheduleRefresh).observe(document.documentElement, { childList: true, subtree: true });
