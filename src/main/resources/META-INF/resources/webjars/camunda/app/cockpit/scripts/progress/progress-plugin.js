/*
 * Cockpit plugin "Theo dõi thực hiện": how the units carry out each directive.
 *
 *   - cockpit.dashboard                  the board: filters, one row per directive with counts and a bar,
 *                                        the units of a directive on demand, Excel export
 *   - cockpit.route + cockpit.navigation the same board on a page of its own (#/theo-doi-thuc-hien)
 *   - cockpit.processInstance.runtime.tab the directive of the instance shown (directive, unit's work,
 *                                        or a sub-process), the unit of a unit-work instance highlighted
 *
 * Every directive keeps its number once its process has ended, links to its issued PDF and DOCX, and opens
 * its history (and each unit's): who did what when, the decisions and comments, the reports. Read-only.
 *
 * Data come from /api/progress (same origin, the Cockpit session cookie). Every text from the server
 * is put in with textContent: nothing from the data goes through innerHTML.
 */

const APP_PATH = '/camunda'; // camunda.bpm.webapp.application-path
const PAGE_PATH = '/theo-doi-thuc-hien';

// the board's words come from GET /api/progress/labels (unitStatuses, types, directiveStatuses); a count's
// key in the JSON is its code in camelCase (IN_TIME -> inTime)
let STATUSES = [];
let TYPES = [];
let DIRECTIVE_STATUSES = [];
let labelsLoaded = null;

function camel(code) {
  return code.toLowerCase().replace(/_([a-z])/g, (m, c) => c.toUpperCase());
}

function loadLabels() {
  if (!labelsLoaded) {
    labelsLoaded = getJson('/labels').then(labels => {
      STATUSES = labels.unitStatuses.map(o => ({ key: camel(o.code), code: o.code, label: o.label }));
      TYPES = [['', 'Tất cả loại']].concat(labels.types.map(o => [o.code, o.label]));
      DIRECTIVE_STATUSES = [['', 'Đã ban hành (tất cả)']]
        .concat(labels.directiveStatuses.map(o => [o.code, o.label]));
    }).catch(e => {
      labelsLoaded = null;
      throw e;
    });
  }
  return labelsLoaded;
}

// ---------------------------------------------------------------- helpers

/** el('td', {className: 'x', title: 't'}, 'text', otherNode …): text children become text nodes. */
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.entries(props || {}).forEach(([key, value]) => {
    if (value === undefined || value === null) {
      return;
    }
    if (key === 'dataset') {
      Object.entries(value).forEach(([k, v]) => { node.dataset[k] = String(v); });
    } else if (key === 'onclick' || key === 'onchange' || key === 'onsubmit') {
      node.addEventListener(key.substring(2), value);
    } else if (key in node && key !== 'list') {
      node[key] = value;
    } else {
      node.setAttribute(key, String(value));
    }
  });
  children.flat().forEach(child => {
    if (child === null || child === undefined || child === false) {
      return;
    }
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return node;
}

// The webapps' root (context path + application path) as Cockpit gives it to plugins: api.adminApi is
// "<root>/api/admin". The progress API sits at the context path, beside the application path.
let appRoot = null;

function apiBase() {
  const root = appRoot || APP_PATH;
  const context = root.endsWith(APP_PATH) ? root.substring(0, root.length - APP_PATH.length) : '';
  return context + '/api/progress';
}

function useApi(props) {
  const adminApi = props && props.api && props.api.adminApi;
  if (adminApi && adminApi.endsWith('/api/admin')) {
    appRoot = adminApi.substring(0, adminApi.length - '/api/admin'.length);
  }
}

// Cockpit calls a plugin's unmount() without arguments when it leaves the view: each plugin keeps its mounted
// nodes and their requests, and unmount aborts those requests so a late answer never writes into a left view.
function mounter() {
  const mounted = new Map();
  return {
    mount(node, props, draw) {
      useApi(props);
      const controller = new AbortController();
      mounted.set(node, controller);
      node.replaceChildren(message('Đang tải…'));
      loadLabels().then(() => {
        if (!controller.signal.aborted) {
          draw(controller.signal);
        }
      }, e => {
        if (!controller.signal.aborted) {
          node.replaceChildren(message(e.message, true));
        }
      });
    },
    unmount() {
      mounted.forEach((controller, node) => {
        controller.abort();
        node.replaceChildren();
      });
      mounted.clear();
    }
  };
}

async function getJson(path, signal) {
  const response = await fetch(apiBase() + path, {
    signal,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
  });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const error = new Error((body && body.message) || 'Không tải được số liệu (mã lỗi ' + response.status + ').');
    error.status = response.status;
    throw error;
  }
  return body;
}

function formatDate(iso) {
  if (!iso) {
    return '';
  }
  const [y, m, d] = iso.substring(0, 10).split('-');
  return d + '/' + m + '/' + y;
}

const DAY = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric'
});

function formatInstant(iso) {
  return iso ? DAY.format(new Date(iso)) : '';
}

function statusOf(code) {
  return STATUSES.find(s => s.code === code) || { code, label: code };
}

function badge(code, label) {
  return el('span', { className: 'cvd-badge cvd-' + code }, label || statusOf(code).label);
}

/** "Còn 5 ngày", "Quá hạn 2 ngày", or for a unit that is done, how it reported against its deadline. */
function daysText(unit) {
  const d = unit.daysLeft;
  if (d === null || d === undefined) {
    return el('span', { className: 'cvd-muted' }, 'Không có hạn');
  }
  const done = unit.status === 'DONE_IN_TIME' || unit.status === 'DONE_LATE';
  if (done) {
    if (d < 0) {
      return el('span', { className: 'cvd-late' }, 'Báo cáo chậm ' + (-d) + ' ngày');
    }
    return d === 0 ? 'Báo cáo đúng ngày hạn' : 'Báo cáo trước hạn ' + d + ' ngày';
  }
  if (d < 0) {
    return el('span', { className: 'cvd-late' }, 'Quá hạn ' + (-d) + ' ngày');
  }
  return d === 0 ? 'Đến hạn hôm nay' : 'Còn ' + d + ' ngày';
}

function reportText(unit) {
  if (unit.reportAccepted) {
    return 'Đã duyệt ' + formatInstant(unit.acceptedAt);
  }
  if (unit.reportReceived) {
    return 'Chờ duyệt (nộp ' + formatInstant(unit.reportedAt) + ')';
  }
  if (unit.recipientStatus === 'RETURNED') {
    return el('span', { className: 'cvd-late' }, 'Bị trả lại, chờ nộp lại');
  }
  return el('span', { className: 'cvd-muted' }, 'Chưa báo cáo');
}

function instanceLink(processInstanceId, running, text) {
  if (!processInstanceId) {
    return el('span', { className: 'cvd-muted' }, '—');
  }
  if (!running) {
    return el('span', { className: 'cvd-muted', title: 'Mã quy trình ' + processInstanceId }, 'Đã kết thúc');
  }
  return el('a', {
    href: '#/process-instance/' + encodeURIComponent(processInstanceId) + '/runtime',
    title: 'Mở quy trình trong Cockpit'
  }, text);
}

function stackedBar(counts, total) {
  const bar = el('div', { className: 'cvd-bar', role: 'img' });
  const parts = [];
  STATUSES.forEach(s => {
    const n = counts[s.key] || 0;
    if (n > 0 && total > 0) {
      bar.appendChild(el('span', {
        className: 'cvd-' + s.code, title: s.label + ': ' + n
      })).style.width = (100 * n / total) + '%';
      parts.push(s.label + ' ' + n);
    }
  });
  bar.setAttribute('aria-label', parts.length ? parts.join(', ') : 'Chưa có đơn vị');
  return bar;
}

/** One horizontal bar per status, with its number: the chart of a set of directives (or of one). */
function statusChart(counts) {
  const max = Math.max(1, ...STATUSES.map(s => counts[s.key] || 0));
  const chart = el('div', { className: 'cvd-chart' });
  STATUSES.forEach(s => {
    const n = counts[s.key] || 0;
    const fill = el('div', { className: 'cvd-fill cvd-' + s.code });
    fill.style.width = (100 * n / max) + '%';
    chart.append(
      el('span', {}, el('span', { className: 'cvd-dot cvd-' + s.code }), s.label),
      el('div', { className: 'cvd-track' }, fill),
      el('span', { className: 'cvd-num', dataset: { total: s.key } }, n));
  });
  return chart;
}

/** "■ Trong hạn: 3  ■ Quá hạn: 1 …" on one line. */
function legend(counts) {
  return el('div', { className: 'cvd-legend' }, STATUSES.map(s => el('span', { dataset: { total: s.key } },
    el('span', { className: 'cvd-dot cvd-' + s.code }), s.label + ': ', el('strong', {}, counts[s.key] || 0))));
}

function message(text, isError) {
  return el('div', { className: 'cvd-message' + (isError ? ' cvd-error' : '') }, text);
}

// ---------------------------------------------------------------- the units of one directive

function unitTable(directive, focusRecipientId, panel) {
  const table = el('table', { className: 'cvd-table cvd-unit-table' },
    el('thead', {}, el('tr', {},
      el('th', { className: 'cvd-n' }, 'STT'), el('th', {}, 'Đơn vị'), el('th', {}, 'Tình trạng'),
      el('th', {}, 'Hạn cuối'), el('th', {}, 'Còn / quá hạn'), el('th', {}, 'Người chủ trì'),
      el('th', {}, 'Báo cáo'), el('th', {}, 'Quy trình của đơn vị'))));
  const body = el('tbody');
  directive.units.forEach((u, i) => {
    body.appendChild(el('tr', {
      className: u.recipientId === focusRecipientId ? 'cvd-focus' : '',
      dataset: { unitCode: u.unitCode, status: u.status, daysLeft: u.daysLeft === null ? '' : u.daysLeft }
    },
    el('td', { className: 'cvd-n' }, i + 1),
    el('td', {}, u.recipientId === focusRecipientId
      ? [el('strong', {}, u.unitName), el('div', { className: 'cvd-muted' }, 'Đơn vị của quy trình đang xem')]
      : u.unitName),
    el('td', {}, badge(u.status, u.statusLabel)),
    el('td', { className: 'cvd-nowrap' }, formatDate(u.deadline)),
    el('td', { className: 'cvd-nowrap' }, daysText(u)),
    el('td', {}, u.leadPerson || el('span', { className: 'cvd-muted' }, 'Chưa phân công')),
    el('td', {}, reportText(u)),
    el('td', {}, instanceLink(u.processInstanceId, u.processRunning, 'Xem quy trình'),
      panel ? el('div', {}, historyButton(panel, directive.directiveId, u)) : null)));
  });
  table.appendChild(body);
  return table;
}

/** The directive's number: a link to its process while it runs, plain text once it has ended. */
function numberCell(d) {
  const number = d.documentNumber || '(chưa cấp số)';
  if (d.processInstanceId && d.processRunning) {
    return el('a', {
      className: 'cvd-number', href: '#/process-instance/' + encodeURIComponent(d.processInstanceId) + '/runtime',
      title: 'Mở quy trình trong Cockpit'
    }, number);
  }
  return el('strong', { className: 'cvd-number', title: 'Quy trình đã kết thúc' }, number);
}

/** Where a directive comes from when it carries out a văn bản đến: its số đến and sender. */
function incomingNote(d) {
  if (!d.incoming) {
    return null;
  }
  const what = d.incoming.directAssignment ? 'Giao thực hiện văn bản đến' : 'Triển khai văn bản đến';
  return el('div', { className: 'cvd-incoming-note' }, what + ' — ' + d.incoming.registerLabel
    + (d.incoming.directAssignment ? '' : ' (' + (d.incoming.documentNumber || '') + ')')
    + (d.incoming.issuingBody ? ', ' + d.incoming.issuingBody : ''));
}

/**
 * The sổ văn bản đến beside the issued directives: what came from outside, the leader's direction, what carries
 * it out and the báo cáo upward with its deadline.
 */
async function renderRegister(node, signal) {
  // its own heading level and notes: the board above keeps its single h3 and its own messages
  const title = () => el('h4', { className: 'cvd-register-title' }, 'Văn bản đến');
  const note = (text, isError) => el('div', { className: 'cvd-register-note' + (isError ? ' cvd-late' : '') }, text);
  node.replaceChildren(title(), note('Đang tải sổ văn bản đến…'));
  let lines;
  try {
    lines = await getJson('/incoming', signal);
  } catch (e) {
    node.replaceChildren(title(), note(e.message, true));
    return;
  }
  if (!lines.length) {
    node.replaceChildren(title(),
      note('Chưa có văn bản đến nào được vào sổ, hoặc bạn chưa được cấp quyền xem.'));
    return;
  }
  const base = apiBase().replace(/\/progress$/, '');
  const table = el('table', { className: 'cvd-table cvd-register-table' },
    el('thead', {}, el('tr', {},
      el('th', {}, 'Số đến'), el('th', {}, 'Ngày đến'), el('th', {}, 'Số, ký hiệu'), el('th', {}, 'Cơ quan ban hành'),
      el('th', {}, 'Trích yếu'), el('th', {}, 'Cơ quan nhận'), el('th', {}, 'Ý kiến chỉ đạo'), el('th', {}, 'Thực hiện'),
      el('th', {}, 'Báo cáo cấp trên'))));
  const body = el('tbody');
  lines.forEach(l => {
    const carried = l.implementations.length
      ? l.implementations.map(i => el('div', {}, (i.directAssignment ? 'Giao đơn vị thực hiện' : (i.documentNumber
        || 'Văn bản triển khai (đang soạn)')))) : '';
    let report = '';
    if (l.reportNumber) {
      report = el('div', {}, el('a', { href: base + '/directives/' + l.reportDirectiveId + '/document.pdf' },
        'Báo cáo ' + l.reportNumber));
    } else if (l.reportDeadline) {
      report = el('div', { className: l.reportOverdue ? 'cvd-late' : '' },
        (l.reportOverdue ? 'Quá hạn: ' : 'Hạn: ') + formatDate(l.reportDeadline)
        + (l.reportTo ? ' — ' + l.reportTo : ''));
    }
    body.append(el('tr', { dataset: { incomingId: l.id } },
      el('td', { className: 'cvd-nowrap' }, l.processInstanceId
        ? el('a', { href: '#/process-instance/' + encodeURIComponent(l.processInstanceId) + '/runtime',
          title: 'Mở quy trình văn bản đến' }, l.registerLabel) : l.registerLabel),
      el('td', { className: 'cvd-nowrap' }, formatDate(l.receivedOn)),
      el('td', { className: 'cvd-nowrap' }, el('a', { href: base + '/incoming/' + l.id + '/original',
        title: 'Tải văn bản gốc' }, l.documentNumber || '')),
      el('td', {}, l.issuingBody || ''),
      el('td', { className: 'cvd-subject' }, l.subject || ''),
      el('td', {}, l.receiverName),
      el('td', {}, l.directionLabel || l.statusLabel),
      el('td', {}, carried),
      el('td', {}, report)));
  });
  table.appendChild(body);
  node.replaceChildren(title(),
    el('div', { className: 'cvd-sub' }, lines.length + ' văn bản đến gần nhất.'),
    el('div', { className: 'cvd-scroll' }, table));
}

/** The issued document (PDF, DOCX) of a directive that has a number; the server checks who may read it. */
function documentLinks(d) {
  if (!d.documentNumber) {
    return null;
  }
  const base = apiBase().replace(/\/progress$/, '') + '/directives/' + d.directiveId + '/document.';
  return el('div', { className: 'cvd-docs' },
    el('a', { href: base + 'pdf', className: 'cvd-pdf', title: 'Tải văn bản đã ban hành (PDF)' }, 'Bản PDF'),
    el('a', { href: base + 'docx', className: 'cvd-docx', title: 'Tải văn bản đã ban hành (Word)' }, 'Bản DOCX'));
}

const DAY_TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit'
});

function formatDateTime(iso) {
  return iso ? DAY_TIME.format(new Date(iso)) : '';
}

function person(name, id) {
  if (!name && !id) {
    return el('span', { className: 'cvd-muted' }, '—');
  }
  return el('span', { title: id ? 'Tên đăng nhập: ' + id : null }, name || id);
}

function historyTable(headers, rows) {
  return el('div', { className: 'cvd-scroll' }, el('table', { className: 'cvd-table' },
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows)));
}

/** The history of a directive (unit null) or of one unit's part, read-only. */
async function showHistory(panel, directiveId, unit) {
  panel.hidden = false;
  panel.replaceChildren(message('Đang tải lịch sử…'));
  panel.scrollIntoView({ block: 'nearest' });
  const path = '/' + directiveId + (unit ? '/units/' + unit.recipientId : '') + '/history';
  try {
    const h = await getJson(path);
    const d = h.directive;
    const close = el('button', {
      type: 'button', className: 'btn btn-default btn-xs cvd-close', onclick: () => { panel.hidden = true; }
    }, 'Đóng');
    const title = (d.documentNumber || '(chưa cấp số)') + ' — ' + d.subject;
    const children = [close,
      el('h4', {}, unit ? 'Lịch sử thực hiện của ' + h.unit.unitName : 'Lịch sử văn bản ' + title),
      el('div', { className: 'cvd-sub' }, (unit ? title + ' — ' : '') + d.issuerName + ' — ' + d.statusLabel),
      documentLinks(d),
      el('h5', {}, 'Các bước đã thực hiện'),
      h.steps.length ? historyTable(['Công việc', 'Người thực hiện', 'Đơn vị', 'Hoàn thành lúc'],
        h.steps.map(s => el('tr', { className: 'cvd-step' }, el('td', {}, s.taskName),
          el('td', {}, person(s.userName, s.userId)), el('td', {}, s.unitName || ''),
          el('td', { className: 'cvd-nowrap' }, formatDateTime(s.completedAt)))))
        : message('Chưa có bước nào được hoàn thành.'),
      el('h5', {}, 'Ý kiến và quyết định'),
      h.decisions.length ? historyTable(['Thời gian', 'Nội dung', 'Quyết định', 'Ý kiến', 'Người thực hiện'],
        h.decisions.map(x => el('tr', { className: 'cvd-decision' },
          el('td', { className: 'cvd-nowrap' }, formatDateTime(x.at)), el('td', {}, x.what),
          el('td', {}, x.decision || ''), el('td', { className: 'cvd-pre' }, x.comment || ''),
          el('td', {}, person(x.userName, x.userId)))))
        : message('Không có ý kiến, quyết định nào.')];
    if (unit) {
      children.push(el('h5', {}, 'Báo cáo kết quả'), h.reports.length
        ? historyTable(['Nộp lúc', 'Người nộp', 'Nội dung báo cáo', 'Văn bản, minh chứng', 'Kết quả duyệt',
          'Người duyệt', 'Ý kiến duyệt'],
        h.reports.map(r => el('tr', { className: 'cvd-report' },
          el('td', { className: 'cvd-nowrap' }, formatDateTime(r.submittedAt)),
          el('td', {}, person(r.submittedByName, r.submittedBy)), el('td', { className: 'cvd-pre' }, r.content),
          el('td', {}, r.evidence), el('td', {}, r.decisionLabel + (r.decidedAt ? ' (' + formatDateTime(r.decidedAt) + ')' : '')),
          el('td', {}, r.decidedBy ? person(r.decidedByName, r.decidedBy) : ''),
          el('td', { className: 'cvd-pre' }, r.reviewComment || ''))))
        : message('Đơn vị chưa nộp báo cáo.'));
    } else {
      children.push(el('h5', {}, 'Các đơn vị'), historyTable(['Đơn vị', 'Tình trạng', 'Báo cáo', ''],
        d.units.map(u => el('tr', { dataset: { unitCode: u.unitCode } }, el('td', {}, u.unitName),
          el('td', {}, badge(u.status, u.statusLabel)), el('td', {}, reportText(u)),
          el('td', {}, el('button', {
            type: 'button', className: 'btn btn-default btn-xs cvd-unit-history',
            onclick: () => showHistory(panel, directiveId, u)
          }, 'Lịch sử của đơn vị'))))));
    }
    panel.replaceChildren(...children.filter(Boolean));
    panel.classList.add('cvd-history');
    panel.dataset.directiveId = directiveId;
    panel.dataset.recipientId = unit ? unit.recipientId : '';
  } catch (e) {
    panel.replaceChildren(message(e.message, true));
  }
}

function historyButton(panel, directiveId, unit) {
  return el('button', {
    type: 'button', className: 'btn btn-default btn-xs ' + (unit ? 'cvd-unit-history' : 'cvd-history-button'),
    onclick: () => showHistory(panel, directiveId, unit)
  }, unit ? 'Lịch sử' : 'Xem lịch sử');
}

function exportLink(directive) {
  return el('a', {
    className: 'btn btn-default btn-xs', href: apiBase() + '/' + directive.directiveId + '.xlsx',
    title: 'Tải bảng theo dõi (Excel): Tổng hợp và Nhiệm vụ'
  }, 'Tải Excel');
}

// ---------------------------------------------------------------- the board

function select(options, value) {
  return el('select', {}, options.map(([v, text]) => el('option', { value: v, selected: v === value }, text)));
}

function renderBoard(node, onPage, signal) {
  const state = { q: '', issuer: '', type: '', from: '', to: '', status: '', page: 0 };
  const q = el('input', {
    type: 'search', className: 'cvd-search', name: 'q', maxLength: 200,
    placeholder: 'Số, ký hiệu hoặc trích yếu (VD: 01-CV/HU)'
  });
  const historyPanel = el('div', { className: 'cvd-history', hidden: true });
  const issuer = select([['', 'Tất cả cơ quan']], '');
  const type = select(TYPES, '');
  const from = el('input', { type: 'text', placeholder: 'ngày/tháng/năm', size: 10, inputMode: 'numeric' });
  const to = el('input', { type: 'text', placeholder: 'ngày/tháng/năm', size: 10, inputMode: 'numeric' });
  const status = select(DIRECTIVE_STATUSES, '');
  const asOf = el('div', { className: 'cvd-sub' }, 'Đang tải số liệu…');
  const chart = el('div');
  const results = el('div');

  const form = el('form', {
    className: 'cvd-filters',
    onsubmit: event => {
      event.preventDefault();
      Object.assign(state, {
        q: q.value, issuer: issuer.value, type: type.value, from: from.value, to: to.value, status: status.value,
        page: 0
      });
      load();
    }
  },
  el('label', {}, 'Tìm theo số hoặc trích yếu', q),
  el('label', {}, 'Cơ quan ban hành', issuer),
  el('label', {}, 'Loại văn bản', type),
  el('label', {}, 'Ban hành từ ngày', from),
  el('label', {}, 'đến ngày', to),
  el('label', {}, 'Trạng thái văn bản', status),
  el('button', { type: 'submit', className: 'btn btn-primary btn-sm' }, 'Xem'),
  el('button', {
    type: 'button', className: 'btn btn-default btn-sm',
    onclick: () => {
      form.reset();
      Object.assign(state, { q: '', issuer: '', type: '', from: '', to: '', status: '', page: 0 });
      load();
    }
  }, 'Bỏ lọc'));

  const register = el('div', { className: 'cvd-register' });
  node.replaceChildren(el('div', { className: 'cvd-progress cvd-board' + (onPage ? ' cvd-page' : '') },
    el('h3', {}, 'Theo dõi thực hiện văn bản chỉ đạo'), asOf, form, historyPanel, chart, results, register));
  renderRegister(register, signal);

  getJson('/issuers', signal).then(data => {
    data.issuers.forEach(i => issuer.appendChild(el('option', { value: i.code }, i.name)));
  }).catch(() => { /* the list below reports the problem */ });

  async function load() {
    const query = new URLSearchParams();
    ['q', 'issuer', 'type', 'from', 'to', 'status'].forEach(k => { if (state[k]) query.set(k, state[k]); });
    query.set('page', state.page);
    results.replaceChildren(message('Đang tải…'));
    try {
      const data = await getJson('?' + query.toString(), signal);
      asOf.textContent = 'Số liệu tính đến ngày ' + formatDate(data.asOf)
        + ' — ' + data.total + ' văn bản phù hợp với bộ lọc.';
      showList(data);
    } catch (e) {
      asOf.textContent = '';
      chart.replaceChildren();
      results.replaceChildren(message(e.message, true));
    }
  }

  function showList(data) {
    const totals = Object.fromEntries(STATUSES.map(s => [s.key, 0]));
    data.items.forEach(d => STATUSES.forEach(s => { totals[s.key] += d.counts[s.key]; }));
    chart.replaceChildren(el('div', { className: 'cvd-sub' },
      data.items.length ? 'Tình trạng các đơn vị của ' + data.items.length + ' văn bản trong trang này:' : ''),
    data.items.length ? statusChart(totals) : '');
    if (!data.items.length) {
      results.replaceChildren(message('Không có văn bản nào phù hợp với bộ lọc, hoặc bạn chưa được cấp quyền xem.'));
      return;
    }
    const table = el('table', { className: 'cvd-table cvd-directive-table' },
      el('thead', {}, el('tr', {},
        el('th', {}, 'Số, ký hiệu'), el('th', {}, 'Trích yếu'),
        el('th', { className: 'cvd-issuer' }, 'Cơ quan ban hành'), el('th', {}, 'Ngày ban hành'),
        el('th', { className: 'cvd-n' }, 'Số đơn vị'),
        STATUSES.map(s => el('th', { className: 'cvd-n cvd-count', title: s.label },
          el('span', { className: 'cvd-dot cvd-' + s.code }), s.label)),
        el('th', {}, 'Tiến độ'), el('th', { className: 'cvd-n' }, 'Đã duyệt báo cáo'), el('th', {}, ''))));
    const body = el('tbody');
    data.items.forEach(d => {
      const unitsRow = el('tr', { className: 'cvd-units-row', hidden: true },
        el('td', { colSpan: 12 }));
      const toggle = el('button', {
        type: 'button', className: 'btn btn-default btn-xs cvd-toggle',
        onclick: () => toggleUnits(d, unitsRow, toggle)
      }, 'Xem đơn vị');
      body.append(el('tr', { dataset: { directiveId: d.directiveId } },
        el('td', { className: 'cvd-nowrap' }, numberCell(d),
          el('div', { className: 'cvd-muted' }, d.typeLabel + (d.processRunning ? '' : ' — ' + d.statusLabel)),
          incomingNote(d),
          d.incoming && d.incoming.directAssignment ? null : documentLinks(d)),
        el('td', { className: 'cvd-subject' }, d.subject),
        el('td', { className: 'cvd-issuer' }, d.issuerName),
        el('td', { className: 'cvd-nowrap' }, formatDate(d.issuedOn)),
        el('td', { className: 'cvd-n', dataset: { count: 'units' } }, d.unitCount),
        STATUSES.map(s => el('td', {
          className: 'cvd-n' + (s.code === 'OVERDUE' && d.counts[s.key] ? ' cvd-late' : ''),
          dataset: { count: s.key }
        }, d.counts[s.key])),
        el('td', {}, stackedBar(d.counts, d.unitCount)),
        el('td', { className: 'cvd-n', dataset: { count: 'reportsAccepted' } },
          d.reportsAccepted + '/' + d.unitCount),
        el('td', { className: 'cvd-actions' }, toggle, historyButton(historyPanel, d.directiveId), exportLink(d))),
      unitsRow);
    });
    table.appendChild(body);
    results.replaceChildren(el('div', { className: 'cvd-scroll' }, table), pager(data));
  }

  async function toggleUnits(directive, row, button) {
    if (!row.hidden) {
      row.hidden = true;
      button.textContent = 'Xem đơn vị';
      return;
    }
    row.hidden = false;
    button.textContent = 'Ẩn đơn vị';
    const cell = row.firstChild;
    cell.replaceChildren(message('Đang tải danh sách đơn vị…'));
    try {
      const data = await getJson('/' + directive.directiveId, signal);
      cell.replaceChildren(el('div', { className: 'cvd-units' },
        el('h4', {}, 'Các đơn vị thực hiện ' + (data.directive.documentNumber || '')),
        el('div', { className: 'cvd-scroll' }, unitTable(data.directive, null, historyPanel))));
    } catch (e) {
      cell.replaceChildren(message(e.message, true));
    }
  }

  function pager(data) {
    const pages = Math.max(1, Math.ceil(data.total / data.size));
    if (pages <= 1) {
      return el('div');
    }
    return el('div', { className: 'cvd-pager' },
      el('button', {
        type: 'button', className: 'btn btn-default btn-sm', disabled: data.page === 0,
        onclick: () => { state.page = data.page - 1; load(); }
      }, '‹ Trang trước'),
      'Trang ' + (data.page + 1) + '/' + pages,
      el('button', {
        type: 'button', className: 'btn btn-default btn-sm', disabled: data.page + 1 >= pages,
        onclick: () => { state.page = data.page + 1; load(); }
      }, 'Trang sau ›'));
  }

  load();
}

// ---------------------------------------------------------------- the process instance tab

async function renderInstanceTab(node, processInstanceId, signal) {
  const box = el('div', { className: 'cvd-progress cvd-instance' }, message('Đang tải…'));
  node.replaceChildren(box);
  try {
    const data = await getJson('/process-instance/' + encodeURIComponent(processInstanceId), signal);
    const d = data.directive;
    const panel = el('div', { className: 'cvd-history', hidden: true });
    box.replaceChildren(
      el('h3', {}, (d.documentNumber || '(chưa cấp số)') + ' — ' + d.typeLabel),
      el('div', {}, d.subject),
      el('div', { className: 'cvd-sub' }, d.issuerName + ' — ban hành ngày ' + (formatDate(d.issuedOn) || '…')
        + ' — ' + d.statusLabel + ' — số liệu tính đến ngày ' + formatDate(data.asOf)),
      el('div', { className: 'cvd-totals' }, el('strong', {}, d.unitCount + ' đơn vị'),
        'Đã duyệt báo cáo: ' + d.reportsAccepted + '/' + d.unitCount, exportLink(d),
        historyButton(panel, d.directiveId), documentLinks(d)),
      panel,
      legend(d.counts),
      stackedBar(d.counts, d.unitCount),
      el('div', { className: 'cvd-scroll' }, unitTable(d, data.recipientId, panel)));
  } catch (e) {
    box.replaceChildren(message(e.status === 404
      ? 'Quy trình này không gắn với văn bản chỉ đạo nào.' : e.message, e.status !== 404));
  }
}

// ---------------------------------------------------------------- plugins

const dashboard = mounter();
const route = mounter();
const instanceTab = mounter();

export default [
  {
    id: 'cvd-progress-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: (node, props) => dashboard.mount(node, props, signal => renderBoard(node, false, signal)),
    unmount: () => dashboard.unmount(),
    properties: { label: 'Theo dõi thực hiện' }
  },
  {
    id: 'cvd-progress-route',
    pluginPoint: 'cockpit.route',
    priority: 0,
    render: (node, props) => route.mount(node, props, signal => renderBoard(node, true, signal)),
    unmount: () => route.unmount(),
    properties: { path: PAGE_PATH, label: 'Theo dõi thực hiện' }
  },
  {
    id: 'cvd-progress-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 10,
    render: node => {
      node.replaceChildren(el('a', { href: '#' + PAGE_PATH }, 'Theo dõi thực hiện'));
    },
    properties: { path: PAGE_PATH, label: 'Theo dõi thực hiện' }
  },
  {
    id: 'cvd-progress-instance-tab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 20,
    render: (node, props) => instanceTab.mount(node, props,
      signal => renderInstanceTab(node, props.processInstanceId, signal)),
    unmount: () => instanceTab.unmount(),
    properties: { label: 'Theo dõi thực hiện' }
  }
];
